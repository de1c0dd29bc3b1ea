import { afterEach, describe, expect, it } from 'vitest';
import type { Route } from 'playwright';
import type { Layout } from '../fake-linkedin';
import {
  expectOnlyQueuedRemoved,
  keyOf,
  openPopup,
  queueByMessage,
  readLog,
  readQueue,
  readSession,
  send,
  setUpRig,
  startFromPopup,
  statusByKey,
  waitForSessionEnd,
  type RemovalRig,
} from './removal-harness';

/**
 * Safety stops: LinkedIn warning mid-session stops it at once, keeps the queue, says why
 * in the popup (and by a notification), and nothing resumes by itself. Two moments are tried:
 * - a restriction banner that appears right after a removal was confirmed: the person was
 *   removed, so they must not be queued again as if nothing happened; the next session checks
 *   them by a search before anything else;
 * - a security checkpoint page in answer to the search for the next person: nothing removed.
 */
let rig: RemovalRig | null = null;
afterEach(async () => {
  await rig?.ext.close();
  rig = null;
});

const sessionAlarm = (rig: RemovalRig) =>
  rig.ext.context.serviceWorkers()[0]!.evaluate(() => chrome.alarms.get('quietprune-session-step'));

describe.each(['current', 'classic'] as Layout[])('in the %s layout', (layout) => {
  it('stops at a warning, keeps the queue, shows why, resumes only when the user starts again', async () => {
    rig = await setUpRig({ layout, size: 40, seed: 31 });
    const { ext, fake, control } = rig;
    const queued = fake.people().slice(2, 6);
    const [first, second, third, fourth] = queued as [
      (typeof queued)[0],
      (typeof queued)[0],
      (typeof queued)[0],
      (typeof queued)[0],
    ];
    await queueByMessage(control, queued);

    // LinkedIn's answers turn to warnings at chosen moments: first a restriction banner in answer to
    // the search that checks the second removal went through, later a checkpoint page in answer to
    // the search for the fourth person.
    let phase: 'restrict-after-second' | 'checkpoint-at-fourth' = 'restrict-after-second';
    await ext.context.route('https://www.linkedin.com/fake-api/connections**', async (route: Route) => {
      const query = new URL(route.request().url()).searchParams.get('q') ?? '';
      const searching = (name: string) => query !== '' && name.startsWith(query);
      const secondRemoved = fake.removals.some((r) => r.slug === second.slug);
      if (phase === 'restrict-after-second' && secondRemoved && searching(second.name))
        fake.setWarning('restricted');
      if (phase === 'checkpoint-at-fourth' && searching(fourth.name)) fake.setWarning('checkpoint');
      await route.fallback();
    });
    const popup = await openPopup(ext);
    await startFromPopup(popup);
    let session = await waitForSessionEnd(control, 30_000);
    expect(session).toMatchObject({ safetyStop: true, removedThisSession: 1 });
    expect(session.endMessage).toMatch(/restriction/i);
    expect(fake.removals.map((r) => r.slug)).toEqual([first.slug, second.slug]);
    let status = statusByKey(await readQueue(control));
    expect(status[keyOf(first)]).toBe('removed');
    // Removed on LinkedIn but not seen gone: unsure, left to be checked, never queued again as untouched.
    expect(status[keyOf(second)]).toBe('unsure');
    expect([status[keyOf(third)], status[keyOf(fourth)]]).toEqual(['queued', 'queued']);

    // The popup says why; nothing is scheduled, and nothing happens by itself.
    const panel = popup.getByTestId('session-state');
    await expect
      .poll(() => panel.locator('.safety-stop').textContent())
      .toMatch(/Safety stop\..*restriction/is);
    expect(await sessionAlarm(rig)).toBeUndefined();
    const notifications = await ext.context
      .serviceWorkers()[0]!
      .evaluate(() => chrome.notifications.getAll());
    expect(Object.keys(notifications).some((id) => id.startsWith('quietprune-session-'))).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(fake.removals).toHaveLength(2);
    expect((await readSession(control)).status).toBe('ended');

    // The user deals with LinkedIn and starts again. The interrupted person is checked first (gone:
    // removed, logged once); then a checkpoint page answers the search for the next person.
    fake.setWarning('none');
    phase = 'checkpoint-at-fourth';
    const tab = ext.context.pages().find((p) => p.url().includes('/mynetwork/'))!;
    await tab.reload();
    await startFromPopup(popup);
    session = await waitForSessionEnd(control, 30_000, session);
    expect(session).toMatchObject({ safetyStop: true });
    expect(session.endMessage).toMatch(/checkpoint|security check|verify/i);
    expect(fake.removals.map((r) => r.slug)).toEqual([first.slug, second.slug, third.slug]);
    // The page's own report (nothing done: the search was answered by the checkpoint) may come
    // just after the worker saw the tab move to the checkpoint address and stopped.
    await expect.poll(async () => statusByKey(await readQueue(control))[keyOf(fourth)]).toBe('queued');
    status = statusByKey(await readQueue(control));
    expect(status).toEqual({
      [keyOf(first)]: 'removed',
      [keyOf(second)]: 'removed',
      [keyOf(third)]: 'removed',
      [keyOf(fourth)]: 'queued',
    });
    const log = await readLog(control);
    expect(log.map((e) => e.profileKey).sort()).toEqual([first, second, third].map(keyOf).sort());
    expect(log.find((e) => e.profileKey === keyOf(second))?.confirmedAfterInterruption).toBe(true);
    await expect.poll(() => panel.locator('.safety-stop').textContent()).toMatch(/Safety stop\./);
    expect(await sessionAlarm(rig)).toBeUndefined();

    // A Start refused nothing here: the user could start again, but the page is still a checkpoint.
    expect(await send(control, { type: 'session/stop' })).toMatchObject({ ok: true });
    expectOnlyQueuedRemoved(fake, queued.map(keyOf));
  });
});
