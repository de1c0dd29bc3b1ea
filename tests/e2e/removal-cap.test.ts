import { afterEach, expect, it } from 'vitest';
import type { Page } from 'playwright';
import {
  DAY,
  busiestDay,
  connectionsPages,
  expectOnlyQueuedRemoved,
  keyOf,
  openPopup,
  queueByMessage,
  readLog,
  readQueue,
  readSession,
  send,
  setClock,
  setUpRig,
  startFromPopup,
  uniquelyNamed,
  waitForSessionEnd,
  type RemovalRig,
} from './removal-harness';

/**
 * 25 people queued under a daily cap of 12. Every step between removals is a real
 * chrome.alarms alarm (no test shortcut), with human pauses compressed and the worker's clock
 * moved forward a day at a time. Day one runs on the current layout, day two on the classic one
 * (the same people, the page reloaded), so each layout ends a session at exactly the cap with
 * more people still queued.
 */
const CAP = 12;
const QUEUED = 25;

let rig: RemovalRig | null = null;
afterEach(async () => {
  await rig?.ext.close();
  rig = null;
});

async function sessionEndedAtCap(popup: Page): Promise<void> {
  const panel = popup.getByTestId('session-state');
  await expect.poll(() => panel.getAttribute('data-status'), { timeout: 10_000 }).toBe('ended');
  await expect
    .poll(() => panel.textContent())
    .toContain(`Today's cap of ${CAP} removals is reached. The next removal is allowed`);
  await expect.poll(() => panel.textContent()).toContain('Today’s cap is reached.');
  expect(await popup.getByRole('button', { name: 'Start session' }).isDisabled()).toBe(true);
}

it(`removes exactly ${CAP} of ${QUEUED} in the first 24 hours and the rest later, in both layouts`, async () => {
  rig = await setUpRig({ layout: 'current', size: 70, seed: 11 }, { cap: CAP });
  const { ext, fake, control } = rig;
  const all = fake.people();
  const everyone = uniquelyNamed(all);
  // Every other person, so the queue is not simply the top of the list.
  const queued = everyone.filter((_, i) => i % 2 === 1).slice(0, QUEUED);
  expect(queued).toHaveLength(QUEUED);
  await queueByMessage(control, queued);
  const queuedKeys = queued.map(keyOf);

  // Day one, current layout.
  const popup = await openPopup(ext);
  await startFromPopup(popup);
  let session = await waitForSessionEnd(control, 90_000);
  expect(session.removedThisSession).toBe(CAP);
  expect(session.safetyStop).toBe(false);
  expect(fake.removals).toHaveLength(CAP);
  await sessionEndedAtCap(popup);
  const firstAt = Math.min(...(await readLog(control)).map((e) => e.at));

  // Still inside the same 24 hours (a minute before they end): refused, by the worker too.
  await setClock(ext, { offsetMs: DAY - 60_000 - (Date.now() - firstAt) });
  expect(await send(control, { type: 'session/start' })).toMatchObject({
    ok: false,
    error: expect.stringContaining(`cap of ${CAP}`),
  });
  expect(fake.removals).toHaveLength(CAP);

  // Day two, classic layout: the same people on a reloaded page.
  await setClock(ext, { offsetMs: DAY + 60_000 });
  fake.setLayout('classic');
  const [tab] = connectionsPages(ext);
  await tab!.reload();
  await popup.reload(); // a popup opened now sees the new day
  await startFromPopup(popup);
  session = await waitForSessionEnd(control, 90_000, session);
  expect(session.removedThisSession).toBe(CAP);
  expect(fake.removals).toHaveLength(2 * CAP);
  await sessionEndedAtCap(popup);

  // Day three: the last one, and the queue is done.
  await setClock(ext, { offsetMs: 2 * DAY + 120_000 });
  await popup.reload();
  await startFromPopup(popup);
  session = await waitForSessionEnd(control, 30_000, session);
  expect(session.removedThisSession).toBe(QUEUED - 2 * CAP);
  expect(session.endMessage).toBe('The queue is done: nobody left to remove.');

  // The log, in the worker's (compressed) time: 12 in the first 24 hours, no 24 hours over the cap.
  const log = await readLog(control);
  const times = log.map((e) => e.at).sort((a, b) => a - b);
  expect(times).toHaveLength(QUEUED);
  expect(times.filter((at) => at < firstAt + DAY)).toHaveLength(CAP);
  expect(busiestDay(times)).toBe(CAP);
  expect(new Set(log.map((e) => e.profileKey))).toEqual(new Set(queuedKeys));
  expect(Object.values(await readQueue(control)).every((item) => item.status === 'removed')).toBe(true);
  // Removed in queue order, each exactly once, and nobody else.
  expect(fake.removals.map((r) => r.slug)).toEqual(queued.map((p) => p.slug));
  expectOnlyQueuedRemoved(fake, queuedKeys);
  expect(fake.people()).toHaveLength(all.length - QUEUED);
  expect((await readSession(control)).status).toBe('ended');
});
