import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright';
import type { ExtraPerson, Layout } from '../fake-linkedin';
import {
  connectionsPages,
  expectOnlyQueuedRemoved,
  keyOf,
  openPopup,
  queueByMessage,
  readLog,
  readMeta,
  readQueue,
  readSession,
  setUpRig,
  startFromPopup,
  waitForSessionEnd,
  type RemovalRig,
} from './removal-harness';

/**
 * Issue 13, hands-on mode: the person makes the clicks, with Playwright's mouse at each element's
 * box (trusted input, as a person's), and QuietPrune only types the search and watches. The guide
 * is read from the popup, where the person reads it. One browser for the file (the suite's time):
 * the classic layout's tests follow the current one's, on the same fake reloaded in the other
 * layout, each with its own people.
 */
interface Cast {
  layout: Layout;
  /** The only card their search lists. */
  solo: ExtraPerson;
  /** A queued person and, listed next by the same search, the neighbour a wrongly bound menu acts on. */
  queued: ExtraPerson;
  neighbour: ExtraPerson;
}
const CASTS: Cast[] = [
  {
    layout: 'current',
    solo: { firstName: 'Quentin', lastName: 'Marlowe', slug: 'quentin-marlowe-queued' },
    queued: { firstName: 'Jane', lastName: 'Roe', slug: 'jane-roe-queued' },
    neighbour: { firstName: 'Jane', lastName: 'Roebuck', slug: 'jane-roebuck-kept' },
  },
  {
    layout: 'classic',
    solo: { firstName: 'Quincy', lastName: 'Harrow', slug: 'quincy-harrow-queued' },
    queued: { firstName: 'Nora', lastName: 'Vale', slug: 'nora-vale-queued' },
    neighbour: { firstName: 'Nora', lastName: 'Valentine', slug: 'nora-valentine-kept' },
  },
];
const fullName = (p: ExtraPerson) => `${p.firstName} ${p.lastName}`;

let rig: RemovalRig;
let popup: Page;
let layoutShown: Layout = 'current';
beforeAll(async () => {
  rig = await setUpRig({
    layout: 'current',
    size: 30,
    seed: 43,
    extraPeople: CASTS.flatMap((c) => [c.solo, c.queued, c.neighbour]),
  });
  popup = await openPopup(rig.ext);
  // The choice at Start, in the popup, as a person makes it: it is the setting the session reads.
  await popup.getByRole('tab', { name: /^Queue/ }).click();
  await popup.getByRole('radio', { name: /^I click \(hands-on\)/ }).check();
  // (expect.poll is for tests only: a plain wait here.)
  for (let tries = 0; ; tries++) {
    const settings = await readMeta<{ whoClicks?: string } | undefined>(rig.control, 'settings');
    if (settings?.whoClicks === 'hands-on') break;
    if (tries > 50) throw new Error('the popup’s choice was not saved');
    await popup.waitForTimeout(200);
  }
}, 120_000);
afterAll(async () => {
  await rig?.ext.close();
});

/** A person's click: the mouse moves to the middle of the element's box and clicks (isTrusted). */
async function mouseClick(page: Page, target: Locator): Promise<void> {
  await page.bringToFront();
  await target.waitFor({ state: 'visible', timeout: 10_000 });
  const box = await target.boundingBox();
  if (!box) throw new Error('the element has no box');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** The guide's words in the popup, once they contain `text`. */
async function guideSays(popup: Page, text: string): Promise<string> {
  await popup.bringToFront();
  const guide = popup.getByTestId('hands-on-guide');
  await expect
    .poll(async () => (await guide.textContent().catch(() => '')) ?? '', { timeout: 30_000 })
    .toContain(text);
  return (await guide.textContent()) ?? '';
}

function onPage(page: Page, layout: Layout, slug: string) {
  const card = page.locator(
    layout === 'current' ? '[componentkey^="ConnectionCard_"]' : 'li.mn-connection-card',
    {
      has: page.locator(`a[href*="/in/${slug}/"]`),
    },
  );
  const dialog = page.locator('dialog[open], [role="alertdialog"]');
  return {
    moreActions: card.locator(
      layout === 'current'
        ? 'button[aria-label^="More actions"]'
        : 'button.mn-connection-card__dropdown-trigger',
    ),
    removeItem: (layout === 'current'
      ? page.locator('[role="menu"] [role="menuitem"]')
      : card.locator('.artdeco-dropdown__content--is-open button')
    ).filter({ hasText: 'Remove connection' }),
    confirm: dialog.locator(
      'button[data-view-name="connections-remove"], button[data-test-dialog-primary-btn]',
    ),
    cancel: dialog.getByRole('button', { name: 'Cancel', exact: true }),
    dialog,
  };
}

const pendingEntries = async (rig: RemovalRig) =>
  (await readLog(rig.control)).filter((entry) => entry.state === 'pending');

describe.each(CASTS)('hands-on mode, $layout layout', ({ layout, solo, queued, neighbour }) => {
  beforeAll(async () => {
    rig.fake.setFaults({ menuActsOnOther: false, dialogShowsFullName: false });
    if (layoutShown === layout) return;
    rig.fake.setLayout(layout);
    layoutShown = layout;
    // The session's tab shows the other layout from its next load (Start focuses it, never reloads it).
    for (const page of connectionsPages(rig.ext)) await page.reload();
  }, 60_000);

  it('the person clicks ⋯, Remove connection and Remove: the queued person is removed and logged; the pending entry is written before the confirm click', async () => {
    const quentin = rig.fake.people().find((p) => p.slug === solo.slug)!;
    const removedBefore = rig.fake.removals.map((r) => r.slug);
    await queueByMessage(rig.control, [quentin]);
    const before = await readSession(rig.control);
    await startFromPopup(popup);
    expect(await guideSays(popup, `Click ⋯ on ${fullName(solo)}’s card`)).toContain(
      `Click ⋯ on ${fullName(solo)}’s card — the only card listed — then Remove connection.`,
    );
    const page = connectionsPages(rig.ext)[0]!;
    const on = onPage(page, layout, solo.slug!);

    await mouseClick(page, on.moreActions);
    await guideSays(popup, `${fullName(solo)}’s menu is open: click Remove connection.`);
    await mouseClick(page, on.removeItem);
    await guideSays(popup, `It names ${fullName(solo)}: confirm with Remove.`);
    // Counted before the person can confirm: the same pending entry automatic mode writes.
    expect((await pendingEntries(rig)).map((e) => e.profileKey)).toEqual([keyOf(quentin)]);

    if (layout === 'current') {
      // The person cancels a dialog QuietPrune said to confirm: the entry is withdrawn, they are asked again.
      await mouseClick(page, on.cancel);
      await guideSays(popup, `Click ⋯ on ${fullName(solo)}’s card`);
      expect(await pendingEntries(rig)).toEqual([]);
      expect(rig.fake.removals.map((r) => r.slug)).toEqual(removedBefore);
      await mouseClick(page, on.moreActions);
      await mouseClick(page, on.removeItem);
      await guideSays(popup, `It names ${fullName(solo)}: confirm with Remove.`);
    }

    await mouseClick(page, on.confirm);
    const session = await waitForSessionEnd(rig.control, 60_000, before);
    expect(session.endReason).toEqual({ code: 'queue-done' });
    expect(session.removedThisSession).toBe(1);
    expect(rig.fake.removals.map((r) => r.slug)).toEqual([...removedBefore, solo.slug]);
    expectOnlyQueuedRemoved(
      rig.fake,
      CASTS.map((c) => c.solo.slug!),
    );
    const log = await readLog(rig.control);
    expect(log.filter((e) => e.profileKey === keyOf(quentin)).map((e) => e.state)).toEqual(['removed']);
    expect(log.every((e) => e.state === 'removed')).toBe(true);
    expect((await readQueue(rig.control)).find((i) => i.profileKey === keyOf(quentin))?.status).toBe(
      'removed',
    );
  }, 120_000);

  it('a dialog naming someone else is flagged before the confirm click; the person cancels and nobody is removed', async () => {
    rig.fake.setFaults({ menuActsOnOther: true, dialogShowsFullName: true });
    const jane = rig.fake.people().find((p) => p.slug === queued.slug)!;
    const removedBefore = rig.fake.removals.map((r) => r.slug);
    await queueByMessage(rig.control, [jane]);
    const before = await readSession(rig.control);
    const logBefore = await readLog(rig.control);
    await startFromPopup(popup);
    expect(await guideSays(popup, `Click ⋯ on ${fullName(queued)}’s card`)).not.toContain(
      'the only card listed',
    );
    const page = connectionsPages(rig.ext)[0]!;
    const on = onPage(page, layout, queued.slug!);

    await mouseClick(page, on.moreActions);
    await mouseClick(page, on.removeItem);
    await on.dialog.waitFor({ state: 'visible' });
    expect(await on.dialog.textContent()).toContain(fullName(neighbour));
    expect(await guideSays(popup, 'Don’t confirm')).toContain(
      `Don’t confirm: this dialog names ${fullName(neighbour)}, not ${fullName(queued)}. Press Cancel.`,
    );
    expect(await pendingEntries(rig)).toEqual([]); // nothing pre-counted

    await mouseClick(page, on.cancel);
    const session = await waitForSessionEnd(rig.control, 60_000, before);
    expect(rig.fake.removals.map((r) => r.slug)).toEqual(removedBefore); // nobody new
    expect(await readLog(rig.control)).toEqual(logBefore);
    const item = (await readQueue(rig.control)).find((i) => i.profileKey === keyOf(jane))!;
    expect(item.status).toBe('failed');
    expect(item.detail).toContain(fullName(neighbour));
    expect(session.removedThisSession).toBe(0);
  }, 120_000);
});
