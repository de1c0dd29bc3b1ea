import { afterEach, expect, it } from 'vitest';
import type { Route } from 'playwright';
import type { FakePerson } from '../fake-linkedin';
import {
  expectOnlyQueuedRemoved,
  keyOf,
  queueByMessage,
  readLog,
  readSession,
  send,
  setUpRig,
  waitForSessionEnd,
  type RemovalRig,
} from './removal-harness';
import { WATCHDOG } from '../../src/core/pacing';

/**
 * Pause pressed while a removal is under way on the page. The order's watchdog (the
 * alarm that notices a result that never comes) must be armed again on Resume, or a hung page
 * would leave the session "running" with nothing to wake it. When the result does come, the
 * session carries on and finishes, removing each person once.
 */
// The watchdog is drawn (issue 13: a varied watchdog), from 3 minutes up to its cap.
const { minMs: WATCHDOG_MIN_MS, capMs: WATCHDOG_CAP_MS } = WATCHDOG;

let rig: RemovalRig | null = null;
afterEach(async () => {
  await rig?.ext.close();
  rig = null;
});

it('paused and resumed mid-removal, keeps the watchdog armed and finishes with each person removed once', async () => {
  rig = await setUpRig({ layout: 'current', size: 40, seed: 61 });
  const { ext, fake, control } = rig;
  const queued = fake.people().slice(4, 6);
  const [first] = queued as [FakePerson, FakePerson];
  await queueByMessage(control, queued);

  // LinkedIn is slow to answer the first removal: it is held until the test lets it through.
  let held: Route | null = null;
  await ext.context.route('https://www.linkedin.com/fake-api/remove**', async (route: Route) => {
    const body = JSON.parse(route.request().postData() ?? '{}') as { slug?: string };
    const slug = new URL(route.request().url()).searchParams.get('slug') ?? body.slug;
    if (route.request().method() === 'POST' && slug === first.slug && held === null) held = route;
    else await route.fallback();
  });
  const alarm = () => ext.worker.evaluate(() => chrome.alarms.get('quietprune-session-step'));

  expect(await send(control, { type: 'session/start' })).toMatchObject({ ok: true });
  await expect.poll(() => held !== null, { timeout: 30_000 }).toBe(true);
  const during = await readSession(control);
  expect(during.currentKey).toBe(keyOf(first));

  expect(await send(control, { type: 'session/pause' })).toMatchObject({ ok: true });
  expect((await readSession(control)).status).toBe('paused');
  expect(await alarm()).toBeUndefined();

  expect(await send(control, { type: 'session/resume' })).toMatchObject({ ok: true });
  const watchdog = await alarm();
  expect(watchdog, 'Resume arms the watchdog of the order still on the page').toBeDefined();
  // Due when the order is three to six minutes old (the test clock runs at real speed here).
  expect(watchdog!.scheduledTime).toBeGreaterThan(Date.now() + WATCHDOG_MIN_MS - 60_000);
  expect(watchdog!.scheduledTime).toBeLessThanOrEqual(during.currentSince! + WATCHDOG_CAP_MS + 1_000);
  expect(fake.removals).toHaveLength(0);

  // LinkedIn answers at last: the session carries on to the end.
  await held!.fallback();
  const session = await waitForSessionEnd(control, 60_000);
  expect(session.endMessage).toBe('The queue is done: nobody left to remove.');
  expect(fake.removals.map((r) => r.slug)).toEqual(queued.map((p) => p.slug));
  expect((await readLog(control)).map((e) => e.profileKey).sort()).toEqual(queued.map(keyOf).sort());
  expectOnlyQueuedRemoved(fake, queued.map(keyOf));
});
