import { afterEach, describe, expect, it } from 'vitest';
import type { Route } from 'playwright';
import type { Layout } from '../fake-linkedin';
import {
  expectOnlyQueuedRemoved,
  keyOf,
  openPopup,
  queueFromPopup,
  readQueue,
  setUpRig,
  startFromPopup,
  syncFromPopup,
  waitForSessionEnd,
  type RemovalRig,
} from './removal-harness';

/**
 * Driven through the popup as a user does (Sync, tick rows, the removal warning, the Queue tab,
 * Start session): the profile URL decides whose card is opened, never the name; where another
 * listed connection has the very same name, nothing LinkedIn shows can say which of the two a
 * confirm click removes, so that person is left to the user with why; a confirmation that names
 * someone else removes nobody and says why; two such failures in a row stop the session for
 * safety with the rest of the queue kept.
 */
const TWINS = [
  { firstName: 'Jordan', lastName: 'Blake', slug: 'jordan-blake-a1', headline: 'Listed first, never queued' },
  { firstName: 'Jordan', lastName: 'Blake', slug: 'jordan-blake-b2', headline: 'The one queued' },
];
/** Queued after the twin; their confirmation dialogs will name "Morgan" instead. */
const WRONG_DIALOG = [
  { firstName: 'Rosa', lastName: 'Lind', slug: 'case-dialog-1' },
  { firstName: 'Pavel', lastName: 'Lind', slug: 'case-dialog-2' },
];
/** Queued last; never reached because the session stops for safety before. */
const LEFT_QUEUED = { firstName: 'Una', lastName: 'Lind', slug: 'case-dialog-3' };

let rig: RemovalRig | null = null;
afterEach(async () => {
  await rig?.ext.close();
  rig = null;
});

describe.each(['current', 'classic'] as Layout[])('in the %s layout', (layout) => {
  it('opens only the queued one of two same-named people and leaves them to the user, and removes nobody when the dialog names someone else', async () => {
    rig = await setUpRig({
      layout,
      size: 40,
      seed: 21,
      extraPeople: [...TWINS, ...WRONG_DIALOG, LEFT_QUEUED],
    });
    const { ext, fake, control } = rig;
    const byslug = (slug: string) => fake.people().find((p) => p.slug === slug)!;
    const twinKept = byslug('jordan-blake-a1');
    const twinQueued = byslug('jordan-blake-b2');
    const wrong = WRONG_DIALOG.map((p) => byslug(p.slug));
    const leftQueued = byslug(LEFT_QUEUED.slug);

    // The page's dialog for these two names someone else (LinkedIn showing another person's dialog).
    const dialogsAsked: string[] = [];
    await ext.context.route('https://www.linkedin.com/fake-api/remove-dialog**', async (route: Route) => {
      const slug = new URL(route.request().url()).searchParams.get('slug') ?? '';
      dialogsAsked.push(slug);
      if (WRONG_DIALOG.some((p) => p.slug === slug)) fake.nextDialogNames('Morgan');
      await route.fallback();
    });

    const popup = await openPopup(ext);
    await syncFromPopup(popup, fake.people().length);
    await queueFromPopup(popup, 'Jordan Blake', [keyOf(twinQueued)]);
    await queueFromPopup(popup, 'Lind', [...wrong, leftQueued].map(keyOf));
    const queued = await readQueue(control);
    expect(queued.map((i) => i.profileKey).sort()).toEqual(
      [twinQueued, ...wrong, leftQueued].map(keyOf).sort(),
    );
    expect(queued.find((i) => i.profileKey === keyOf(twinQueued))!.order).toBe(0);

    await startFromPopup(popup);
    const session = await waitForSessionEnd(control, 60_000);

    // The URL decided whose menu was opened (the queued twin's dialog was asked for, not the
    // other's), and the namesake made QuietPrune cancel: both twins are still connected.
    expect(fake.removals.map((r) => r.slug)).toEqual([]);
    expect(fake.people().map((p) => p.slug)).toEqual(
      expect.arrayContaining(['jordan-blake-a1', 'jordan-blake-b2']),
    );
    expect(dialogsAsked).toEqual(['jordan-blake-b2', 'case-dialog-1', 'case-dialog-2']);

    // Two wrong dialogs in a row: failed with why, nobody removed, then a safety stop.
    const items = Object.fromEntries((await readQueue(control)).map((i) => [i.profileKey, i]));
    expect(items[keyOf(twinQueued)]).toMatchObject({ status: 'skipped' });
    expect(items[keyOf(twinQueued)]!.detail).toMatch(
      /^Another connection listed, also named Jordan Blake, cannot be told apart from Jordan Blake in LinkedIn’s confirmation \(“.*Remove Jordan.*”\)\. Cancelled; nobody was removed\. Remove Jordan Blake by hand on the Connections page: their card links to https:\/\/www\.linkedin\.com\/in\/jordan-blake-b2\/\.$/,
    );
    for (const person of wrong) {
      expect(items[keyOf(person)]).toMatchObject({ status: 'failed' });
      expect(items[keyOf(person)]!.detail).toMatch(
        new RegExp(
          `^The confirmation did not name ${person.name} \\(it said “.*Remove Morgan as a connection\\?.*”\\)\\. Cancelled; nobody was removed\\.$`,
        ),
      );
      // Quoted as the dialog showed it, read before it was cancelled: its lines do not run together.
      expect(items[keyOf(person)]!.detail).toContain('Remove Morgan as a connection? Morgan won');
    }
    expect(items[keyOf(leftQueued)]).toMatchObject({ status: 'queued' });
    expect(session).toMatchObject({ status: 'ended', safetyStop: true, removedThisSession: 0 });
    expect(session.endMessage).toContain('Two removals failed in a row');

    // What the user sees in the popup: the safety stop and why each one failed.
    const panel = popup.getByTestId('session-state');
    await expect
      .poll(() => panel.locator('.safety-stop').textContent())
      .toContain('Two removals failed in a row');
    for (const person of wrong) {
      const row = popup.locator(`.queue-item[data-profile-key="${keyOf(person)}"]`);
      await expect.poll(() => row.getAttribute('data-status')).toBe('failed');
      expect(await row.textContent()).toContain('Cancelled; nobody was removed.');
    }

    expectOnlyQueuedRemoved(fake, [twinQueued, ...wrong, leftQueued].map(keyOf));
    expect(twinKept.profileUrl).not.toBe(twinQueued.profileUrl);
  });
});
