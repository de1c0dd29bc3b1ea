import { afterEach, describe, expect, it } from 'vitest';
import type { ExtraPerson, FakeFaults, FakeLinkedInOptions, Layout } from '../fake-linkedin';
import type { RemovalOutcome } from '../../src/messages';
import type { QueueItem } from '../../src/core/removal-queue';
import type { SessionState } from '../../src/storage/meta';
import {
  keyOf,
  openPopup,
  queueByMessage,
  readQueue,
  setUpRig,
  startFromPopup,
  waitForSessionEnd,
  type RemovalRig,
} from './removal-harness';
import type { TestHooksGlobal } from '../../src/background/test-hooks';

/**
 * The content side: the locks of one removal and the page faults they guard against.
 * - Findings 1 and 3: a stale menu left open by another card, and a list that re-renders or
 *   reuses its rows, removed the wrong person (or stopped falsely) on the old code.
 * - Each lock alone: with every other lock switched off (the e2e build's test switch,
 *   `quietPruneTest.setLocksOff`), its fault is caught by that lock and nobody wrong is removed.
 * What the page answered is read from the worker: a listener records every `removal/result`.
 */
const ALL_LOCKS = ['card', 'menu', 'button-label', 'dialog', 'list-diff'] as const;
type Lock = (typeof ALL_LOCKS)[number];
const onlyLock = (lock: Lock) => ALL_LOCKS.filter((l) => l !== lock);

/** Two people whose given names match: a dialog naming "Jane" alone fits both. */
const JANES: ExtraPerson[] = [
  { firstName: 'Jane', lastName: 'Roe', slug: 'jane-roe-queued', headline: 'The one queued' },
  {
    firstName: 'Jane',
    lastName: 'Roebuck',
    slug: 'jane-roebuck-kept',
    headline: 'Listed next, never queued',
  },
];
/**
 * Twenty rows for one search. The virtualised list renders the first thirteen; the queued person
 * is the thirteenth, so the search finds their card, and scrolling it into view moves the list
 * by four rows: a recycling list then shows someone else in the element the search found. The
 * thirteenth is "Kim {lastName}" and the others "Kim {lastName} <word>": the thirteenth's search
 * lists them all, a dialog naming "Kim" fits all, but no two share a whole name (the very same
 * name listed twice is a namesake, which the dialog lock leaves to the user).
 */
const WORDS = [
  'Ames',
  'Baker',
  'Cole',
  'Dunn',
  'Eady',
  'Frost',
  'Grant',
  'Hale',
  'Irwin',
  'Judd',
  'Kane',
  'Lund',
  'Mills',
  'Moss',
  'Nash',
  'Orr',
  'Pike',
  'Quinn',
  'Rowe',
  'Shaw',
];
const manyNamed = (lastName: string, count: number, slug: string): ExtraPerson[] =>
  Array.from({ length: count }, (_, i) => ({
    firstName: 'Kim',
    lastName: i === 12 ? lastName : `${lastName} ${WORDS[i]}`,
    slug: `${slug}-${String(i + 1).padStart(2, '0')}`,
  }));

let rig: RemovalRig | null = null;
afterEach(async () => {
  await rig?.ext.close();
  rig = null;
});

interface Run {
  results: RemovalOutcome[];
  session: SessionState;
  queue: Record<string, QueueItem>;
}

/**
 * One session for the queued slugs, with these faults and these locks off. A larger pause scale
 * than the other tests: the page re-renders at its own pace (a frame after a scroll), and the
 * executor must have moved on before the old code would notice.
 */
async function runSession(
  options: FakeLinkedInOptions,
  faults: Partial<FakeFaults>,
  queuedSlugs: string[],
  locksOff: readonly Lock[] = [],
): Promise<Run> {
  rig = await setUpRig({ size: 30, seed: 41, ...options, faults }, { humanDelayScale: 0.02 });
  const { ext, fake, control } = rig;
  if (locksOff.length > 0)
    await ext.worker.evaluate(
      (names) => (globalThis as unknown as TestHooksGlobal).quietPruneTest.setLocksOff(names),
      [...locksOff],
    );
  await ext.worker.evaluate(() => {
    const seen: RemovalOutcome[] = [];
    (globalThis as unknown as { __removalResults: RemovalOutcome[] }).__removalResults = seen;
    chrome.runtime.onMessage.addListener((raw: unknown) => {
      const message = raw as { type?: string; result: RemovalOutcome } | undefined;
      if (message?.type === 'removal/result') seen.push(message.result);
      return undefined;
    });
  });
  const queued = queuedSlugs.map((slug) => fake.people().find((p) => p.slug === slug)!);
  await queueByMessage(control, queued);
  const popup = await openPopup(ext);
  await startFromPopup(popup);
  const session = await waitForSessionEnd(control, 60_000);
  const results = await ext.worker.evaluate(
    () => (globalThis as unknown as { __removalResults: RemovalOutcome[] }).__removalResults,
  );
  const queue = Object.fromEntries((await readQueue(control)).map((item) => [item.profileKey, item]));
  return { results, session, queue };
}

const removedSlugs = () => rig!.fake.removals.map((r) => r.slug);

describe('findings 1 and 3, all locks on', () => {
  it('a stale menu of another "Jane" left open: removes only the queued Jane (the old code took the first visible menu)', async () => {
    const { results } = await runSession(
      { layout: 'current', extraPeople: [JANES[1]!, JANES[0]!] },
      { staleMenu: true },
      ['jane-roe-queued'],
    );
    expect(removedSlugs()).toEqual(['jane-roe-queued']);
    expect(results).toEqual([{ outcome: 'removed' }]);
  });

  for (const fault of ['rerenderDuringRemoval', 'recycleRows'] as const) {
    it(`rows ${fault === 'recycleRows' ? 'reused for other people' : 're-rendered'} after scrolling to the card: removes the queued one, no false stop`, async () => {
      const people = manyNamed('Lee', 20, 'kim-lee');
      const { results, session } = await runSession(
        { layout: 'current', extraPeople: people },
        { [fault]: true },
        ['kim-lee-13'],
      );
      expect(results).toEqual([{ outcome: 'removed' }]);
      expect(removedSlugs()).toEqual(['kim-lee-13']);
      expect(session.safetyStop).toBe(false);
    });
  }
});

describe('each lock alone catches its fault', () => {
  it('card: rows reused for other people after the scroll, the card is found again by profile URL', async () => {
    const { results } = await runSession(
      { layout: 'current', extraPeople: manyNamed('Lee', 20, 'kim-lee') },
      { recycleRows: true },
      ['kim-lee-13'],
      onlyLock('card'),
    );
    expect(results).toEqual([{ outcome: 'removed' }]);
    expect(removedSlugs()).toEqual(['kim-lee-13']);
  });

  it('button-label: a reused row now labelled for another Kim, the click never happens', async () => {
    const leeds = manyNamed('Leeds', 19, 'kim-leeds');
    const people = [
      ...leeds.slice(0, 12),
      { firstName: 'Kim', lastName: 'Lee', slug: 'kim-lee-queued' },
      ...leeds.slice(12),
    ];
    const { results, queue } = await runSession(
      { layout: 'current', extraPeople: people },
      { recycleRows: true },
      ['kim-lee-queued'],
      onlyLock('button-label'),
    );
    expect(results).toMatchObject([{ outcome: 'stopped', code: 'button-names-other' }]);
    expect(queue[keyOf(rig!.fake.people().find((p) => p.slug === 'kim-lee-queued')!)]!.detail).toContain(
      'names someone other than Kim Lee',
    );
    expect(removedSlugs()).toEqual([]);
  });

  it('menu: another Jane’s menu left open before ours, only the menu our button opened is used', async () => {
    const { results } = await runSession(
      { layout: 'current', extraPeople: [JANES[1]!, JANES[0]!] },
      { staleMenu: true },
      ['jane-roe-queued'],
      onlyLock('menu'),
    );
    expect(results).toEqual([{ outcome: 'removed' }]);
    expect(removedSlugs()).toEqual(['jane-roe-queued']);
  });

  describe.each(['current', 'classic'] as Layout[])('in the %s layout', (layout) => {
    it('dialog: a menu bound to the next row, whose dialog names Jane Roebuck in full: cancelled', async () => {
      const { results, queue } = await runSession(
        { layout, extraPeople: JANES },
        { menuActsOnOther: true, dialogShowsFullName: true },
        ['jane-roe-queued'],
        onlyLock('dialog'),
      );
      expect(results).toMatchObject([{ outcome: 'stopped', code: 'dialog-names-other' }]);
      expect(Object.values(queue)[0]!.detail).toContain('it said “');
      expect(Object.values(queue)[0]!.detail).toContain(
        'Remove Jane Roebuck as a connection? Jane Roebuck won',
      );
      expect(removedSlugs()).toEqual([]);
    });

    it('list-diff: the confirm also took the next person: reported as unsure, others-gone, with who', async () => {
      const { results, session } = await runSession(
        { layout, extraPeople: JANES },
        { alsoRemovesNeighbour: true },
        ['jane-roe-queued'],
        onlyLock('list-diff'),
      );
      const roebuck = rig!.fake.removals.find((r) => r.slug === 'jane-roebuck-kept')!;
      expect(removedSlugs()).toEqual(['jane-roe-queued', 'jane-roebuck-kept']); // the fault itself, server-side
      expect(results).toMatchObject([
        {
          outcome: 'unsure',
          code: 'others-gone',
          othersGone: [
            { profileKey: 'jane-roebuck-kept', profileUrl: roebuck.profileUrl, name: 'Jane Roebuck' },
          ],
        },
      ]);
      expect(session.safetyStop).toBe(true);
    });
  });
});
