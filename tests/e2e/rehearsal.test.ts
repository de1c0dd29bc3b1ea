import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { FakeLinkedIn, type ExtraPerson, type FakePerson, type Lang, type Layout } from '../fake-linkedin';
import { launchWithExtension, type LoadedExtension } from './harness/extension';
import {
  FAST,
  keyOf,
  openPopup,
  queueByMessage,
  readMeta,
  readQueue,
  send,
  setClock,
} from './removal-harness';
import type { RehearsalState } from '../../src/storage/meta';
import type { PageShape } from '../../src/linkedin/page-shape';
import { REHEARSAL_STEPS } from '../../src/core/rehearsal-report';

/**
 * Issue 14, the rehearsal and the page diagnosis, against the fake LinkedIn in each of its
 * languages and both layouts, in one browser (the suite's time): every step is reported, the mode
 * is automatic where every step is found, nobody is removed (the fake's record) and no profile is
 * requested; a dialog that names someone else is a ✗ with a page shape to read before saving; and
 * the page-shape file of each page holds none of the fake's names, slugs, links or numbers.
 *
 * LANGUAGES is the list to grow as the fake learns more languages (the lang helper's work).
 */
const LANGUAGES: Lang[] = ['en', 'tr'];
const LAYOUTS: Layout[] = ['current', 'classic'];

/** Three people to queue per language and layout, unique in the list. */
const castFor = (lang: Lang, layout: Layout): ExtraPerson[] =>
  ['Quentin', 'Rosalind', 'Theodora'].map((firstName, i) => ({
    firstName,
    lastName: `${layout === 'current' ? 'Marlowe' : 'Harrow'}${lang === 'tr' ? 'oğlu' : 'son'}`,
    slug: `${firstName.toLowerCase()}-${layout}-${lang}-${i + 1}`,
  }));

let ext: LoadedExtension;
let control: Page;
let fake: FakeLinkedIn;
/** Everyone every fake of this file listed, for the page-shape greps. */
const everyone: FakePerson[] = [];

beforeAll(async () => {
  ext = await launchWithExtension();
  await setClock(ext, { humanDelayScale: FAST });
  control = await ext.openPage('src/options/index.html');
}, 60_000);
afterAll(async () => {
  await ext?.close();
});

async function useFake(lang: Lang, layout: Layout): Promise<void> {
  await ext.context.unrouteAll({ behavior: 'ignoreErrors' });
  fake = new FakeLinkedIn({
    lang,
    layout,
    size: 40,
    seed: 14,
    latencyMs: 20,
    extraPeople: LAYOUTS.flatMap((l) => castFor(lang, l)),
  });
  await fake.install(ext.context);
  everyone.push(...fake.people());
}

const readRehearsal = () => readMeta<RehearsalState>(control, 'rehearsal');

/** Presses the options page's Check button (or `from`'s) and waits for the report. */
async function rehearse(from: Page = control): Promise<RehearsalState> {
  const before = await readRehearsal();
  await from.bringToFront();
  await from.getByRole('button', { name: /^Check (now|again)$/ }).click();
  await expect
    .poll(
      async () => {
        const r = await readRehearsal();
        return r?.status === 'done' && r.rehearsalId !== before?.rehearsalId;
      },
      { timeout: 90_000, interval: 300 },
    )
    .toBe(true);
  await control.bringToFront();
  return readRehearsal();
}

/** The shape of the open Connections page once it lists cards again (after the search is cleared). */
async function shapeOfOpenPage(failedStep: string, cardMark: string): Promise<PageShape> {
  let shape: PageShape | null = null;
  await expect
    .poll(
      async () => {
        const reply = await send(control, { type: 'page/capture-shape', failedStep });
        expect(reply).toMatchObject({ ok: true });
        shape = reply.data as PageShape;
        return shape.outline.includes(cardMark);
      },
      { timeout: 15_000, interval: 500 },
    )
    .toBe(true);
  return shape!;
}

/** The page shape holds nothing of any fake person, and no number anywhere in the page's outline. */
function expectNothingPersonal(shape: PageShape): void {
  const whole = JSON.stringify(shape);
  const found: string[] = [];
  for (const person of everyone) {
    for (const word of person.name.split(/[\s,]+/u))
      if (
        word.length >= 2 &&
        new RegExp(`(?<![\\p{L}\\p{M}])${escape(word)}(?![\\p{L}\\p{M}])`, 'u').test(whole)
      )
        found.push(word);
    for (const s of [person.slug, safeDecode(person.slug), person.profileUrl])
      if (whole.toLowerCase().includes(s.toLowerCase())) found.push(s);
  }
  expect(found).toEqual([]);
  expect(shape.outline.replace(/<\/?h[1-6]\b/g, '<h').match(/\d+/g) ?? []).toEqual([]);
  expect(whole).not.toMatch(/linkedin\.com\/in|licdn/);
}
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const safeDecode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

for (const lang of LANGUAGES) {
  describe(`LinkedIn in ${lang}`, () => {
    beforeAll(async () => {
      await useFake(lang, 'current');
    });

    for (const layout of LAYOUTS) {
      it(`${layout} layout: every step for three queued people, cancelled, nobody removed`, async () => {
        fake.setLayout(layout);
        await send(control, { type: 'queue/clear', which: 'all-queued' });
        const cast = castFor(lang, layout).map((c) => fake.people().find((p) => p.slug === c.slug)!);
        await queueByMessage(control, cast);
        // The first time, from the popup's Queue tab, where it is offered before the first session.
        const first = lang === LANGUAGES[0] && layout === LAYOUTS[0];
        let popup: Page | null = null;
        if (first) {
          popup = await openPopup(ext);
          await popup.getByRole('tab', { name: /^Queue/ }).click();
          await expect
            .poll(() => popup!.getByText('Check that QuietPrune recognises your LinkedIn').count())
            .toBe(1);
        }
        const state = await rehearse(popup ?? control);
        await popup?.close();

        expect(state.run).toMatchObject({ layout, lang, labelsKnown: true, problem: null });
        expect(state.run!.people.map((p) => p.name)).toEqual(cast.map((p) => p.name));
        for (const person of state.run!.people)
          expect(person.steps).toEqual(REHEARSAL_STEPS.map((step) => ({ step, ok: true })));
        expect(state.shape).toBeNull();
        // Nobody removed, no profile opened, the queue as it was.
        expect(fake.removals).toEqual([]);
        expect(fake.profileRequests).toEqual([]);
        expect(fake.people().map((p) => p.slug)).toEqual(expect.arrayContaining(cast.map((p) => p.slug)));
        const queue = await readQueue(control);
        expect(queue.filter((q) => cast.some((p) => keyOf(p) === q.profileKey)).map((q) => q.status)).toEqual(
          ['queued', 'queued', 'queued'],
        );
        // The report, as the person reads it on the options page.
        const section = control.locator('#rehearsal');
        await expect
          .poll(() => section.getByTestId('rehearsal-verdict').getAttribute('data-mode'))
          .toBe('automatic');
        const page = (await section.getByTestId('rehearsal-page').textContent()) ?? '';
        expect(page).toContain(`${layout} layout`);
        expect(page).toContain(`(${lang})`);
        const lines = await section.getByTestId('rehearsal-steps').locator('li').allTextContents();
        expect(lines).toHaveLength(3 * REHEARSAL_STEPS.length);
        for (const line of lines) expect(line).toMatch(/^✓ /);

        // The page shape of this page (the list after the rehearsal) holds nothing personal.
        const shape = await shapeOfOpenPage(
          'asked by the person',
          layout === 'current' ? 'data-view-name="connections-profile"' : 'class="mn-connection-card',
        );
        expect(shape).toMatchObject({ layoutGuess: layout, lang, failedStep: 'asked by the person' });
        expectNothingPersonal(shape);
      }, 180_000);
    }

    it('a dialog naming someone else: a ✗, hands-on mode, the page shape shown before saving, nobody removed', async () => {
      fake.setLayout('current');
      // Nobody queued: the first three listed are tried.
      await send(control, { type: 'queue/clear', which: 'all-queued' });
      fake.nextDialogNames('Bartholomew');
      const state = await rehearse();
      const first = state.run!.people[0]!;
      expect(state.run!.people).toHaveLength(3);
      expect(first.name).toBe(fake.people()[0]!.name);
      expect(first.steps.map((s) => [s.step, s.ok])).toEqual([
        ['page', true],
        ['search', true],
        ['card', true],
        ['menu', true],
        ['remove-item', true],
        ['dialog', true],
        ['names-person', false],
        ['cancel', true],
      ]);
      expect(fake.removals).toEqual([]);
      expect(fake.profileRequests).toEqual([]);
      expect(state.shape).toMatchObject({
        failedStep: 'rehearsal: names-person',
        layoutGuess: 'current',
        lang,
      });
      // Captured with the dialog open: its structure is in the file, its words are not.
      expect(state.shape!.outline).toMatch(/<dialog[^>]* open/);
      expect(state.shape!.outline).not.toContain('Bartholomew');
      expectNothingPersonal(state.shape!);
      const section = control.locator('#rehearsal');
      await expect
        .poll(() => section.getByTestId('rehearsal-verdict').getAttribute('data-mode'))
        .toBe('hands-on');
      await expect.poll(() => section.getByText(/^✗/).count()).toBe(1);
      const preview = (await section.getByTestId('page-shape-preview').textContent()) ?? '';
      expect(JSON.parse(preview)).toEqual(state.shape);
      const download = control.waitForEvent('download');
      await section.getByRole('button', { name: 'Save page-shape file' }).click();
      expect((await download).suggestedFilename()).toBe('quietprune-page-shape.json');
    }, 180_000);
  });
}
