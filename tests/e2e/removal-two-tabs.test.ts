import { afterEach, expect, it } from 'vitest';
import type { Page, Route } from 'playwright';
import {
  busiestDay,
  connectionsPages,
  expectOnlyQueuedRemoved,
  keyOf,
  queueByMessage,
  readLog,
  readQueue,
  send,
  setUpRig,
  waitForSessionEnd,
  type RemovalRig,
} from './removal-harness';

/**
 * Two Connections tabs open (a person often has several), and Start pressed from two
 * places at once. One executor only: one session, in one tab, and never more removals in 24 hours
 * than the cap, however the tabs and the Starts interleave.
 */
const CAP = 10;
const CONNECTIONS_URL = 'https://www.linkedin.com/mynetwork/invite-connect/connections/';

let rig: RemovalRig | null = null;
afterEach(async () => {
  await rig?.ext.close();
  rig = null;
});

it('with two Connections tabs open and two Starts at once, one tab removes, and never more than the cap', async () => {
  rig = await setUpRig({ layout: 'current', size: 40, seed: 51 }, { cap: CAP });
  const { ext, fake, control } = rig;
  const queued = fake.people().slice(3, 3 + CAP + 4);
  await queueByMessage(control, queued);

  const tabs: Page[] = [];
  for (let i = 0; i < 2; i++) {
    const tab = await ext.context.newPage();
    await tab.goto(CONNECTIONS_URL);
    tabs.push(tab);
  }
  expect(connectionsPages(ext)).toHaveLength(2);

  // Which tab sent each removal LinkedIn received.
  const removedFrom: number[] = [];
  await ext.context.route('https://www.linkedin.com/fake-api/remove**', async (route: Route) => {
    if (route.request().method() === 'POST') removedFrom.push(tabs.indexOf(route.request().frame().page()));
    await route.fallback();
  });

  // Two Starts at the same moment, from two extension pages (say, the popup and the reminder).
  const second = await ext.openPage('src/popup/index.html');
  const replies = await Promise.all([
    send(control, { type: 'session/start' }),
    send(second, { type: 'session/start' }),
  ]);
  expect(replies.every((r) => r.ok)).toBe(true);
  expect(
    replies.filter(
      (r) => (r.data as { message?: string } | undefined)?.message === 'A session is already running.',
    ),
  ).toHaveLength(1);

  const session = await waitForSessionEnd(control, 60_000);
  expect(session.removedThisSession).toBe(CAP);
  expect(session.endMessage).toContain(`Today's cap of ${CAP} removals is reached`);
  expect(fake.removals).toHaveLength(CAP);
  // Every removal came from one of the two tabs, and always the same one.
  expect(removedFrom).toHaveLength(CAP);
  expect(new Set(removedFrom).size).toBe(1);
  expect(removedFrom[0]).toBeGreaterThanOrEqual(0);

  // Starting again from the other tab's side changes nothing: the cap is read from the log.
  await tabs[1 - removedFrom[0]!]!.bringToFront();
  expect(await send(second, { type: 'session/start' })).toMatchObject({
    ok: false,
    error: expect.stringContaining(`cap of ${CAP}`),
  });
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  expect(fake.removals).toHaveLength(CAP);

  const log = await readLog(control);
  expect(log).toHaveLength(CAP);
  expect(busiestDay(log.map((e) => e.at))).toBe(CAP);
  const statuses = (await readQueue(control)).map((i) => i.status);
  expect(statuses.filter((s) => s === 'removed')).toHaveLength(CAP);
  expect(statuses.filter((s) => s === 'queued')).toHaveLength(queued.length - CAP);
  expectOnlyQueuedRemoved(fake, queued.map(keyOf));
});
