import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { FakeLinkedIn, type FakePerson } from '../fake-linkedin';
import { normaliseProfileUrl } from '../../src/linkedin/profile-url';
import type { QueueItem } from '../../src/core/removal-queue';
import type { RemovalLogEntry } from '../../src/core/removal-log';
import type { SessionState } from '../../src/storage/meta';
import {
  byText,
  getAll,
  getMeta,
  putAll,
  launchFirefoxWithExtension,
  send,
  setClock,
  waitFor,
  type FirefoxExtension,
} from './firefox-harness';

/**
 * QuietPrune in a real Firefox (ESR), one browser for the whole file: sync from the popup, the
 * list in the popup, one removal in a session with one removal left under today's cap, the cap
 * refusing the next start, and no profile ever requested. Each step builds on the one before, as a person's
 * first day would; the Chromium suite (tests/e2e/) covers each part in depth.
 */
const CONNECTIONS_URL = 'https://www.linkedin.com/mynetwork/invite-connect/connections/';
const SIZE = 30;
/** The smallest daily cap QuietPrune allows; all but one of it used an hour ago (seeded below). */
const CAP = 10;
/** Human pauses at 0.2 % of their length, as in the Chromium removal tests. */
const FAST = 0.002;

const fake = new FakeLinkedIn({ layout: 'current', size: SIZE, seed: 5, latencyMs: 20 });
let ext: FirefoxExtension;
let control: Page;
let popup: Page;

beforeAll(async () => {
  ext = await launchFirefoxWithExtension(fake);
  control = await ext.openPage('src/options/index.html');
  await setClock(control, { humanDelayScale: FAST });
  const reply = await send(control, {
    type: 'settings/save',
    settings: { pace: 'normal', reminder: { enabled: false, time: '09:30' }, dailyCap: CAP },
  });
  expect(reply, reply.error).toMatchObject({ ok: true });
  // Nine removals an hour ago (people no longer listed), so today's cap leaves exactly one.
  const anHourAgo = Date.now() - 60 * 60_000;
  await putAll(
    control,
    'removalLog',
    Array.from({ length: CAP - 1 }, (_, i) => ({
      profileKey: `earlier-${i}`,
      profileUrl: `https://www.linkedin.com/in/earlier-${i}/`,
      name: `Earlier ${i}`,
      at: anHourAgo + i,
      reason: 'earlier today',
      lost: null,
      state: 'removed',
    })),
  );
}, 90_000);

afterAll(async () => {
  await ext?.close();
});

const keyOf = (person: FakePerson) => normaliseProfileUrl(person.profileUrl)!.key;
const readSession = async () =>
  (await getMeta<SessionState>(control, 'session')) ?? ({ status: 'idle' } as SessionState);

/** Two people whose names no one else shares (QuietPrune leaves namesakes to the person). */
function uniquelyNamed(people: readonly FakePerson[]): FakePerson[] {
  const count = new Map<string, number>();
  for (const p of people) count.set(p.name, (count.get(p.name) ?? 0) + 1);
  return people.filter((p) => count.get(p.name) === 1);
}

it('syncs the Connections page from the popup and lists everyone there', async () => {
  const tab = await ext.openLinkedIn(CONNECTIONS_URL);
  await tab.waitForSelector('main'); // the fake's page is up; QuietPrune's content script runs at idle
  popup = await ext.openPage('src/popup/index.html');
  await popup.bringToFront();
  await (await byText(popup, 'button', /^Sync( again)?$/)).click();
  await waitFor(
    async () =>
      ((await popup.$eval('[data-testid="connection-count"]', (e) => e.textContent)) ?? '').includes(
        `${SIZE} connections`,
      ),
    60_000,
    `the popup to count ${SIZE} connections`,
  );
  // The list in the popup: rows by profile key, the first of them the fake's first people.
  await popup.bringToFront();
  await (await byText(popup, '[role="tab"]', /^Connections/)).click();
  await popup.waitForSelector('[role="listitem"][data-profile-key]');
  const shown = await popup.$$eval('[role="listitem"][data-profile-key]', (rows) =>
    rows.map((row) => row.getAttribute('data-profile-key')),
  );
  const everyone = new Set(fake.people().map(keyOf));
  expect(shown.length).toBeGreaterThan(0);
  for (const key of shown) expect(everyone).toContain(key);
  expect(await getAll(control, 'connections')).toHaveLength(SIZE);
});

it('removes one queued person in a session, stops at the cap, and refuses a start past it', async () => {
  const [first, second] = uniquelyNamed(fake.people());
  // The first through the popup, as a person does: search, tick, add, confirm the warning.
  await popup.bringToFront();
  const search = await popup.waitForSelector('input[aria-label="Search connections"]');
  await search!.type(first!.name);
  const box = await popup.waitForSelector(
    `[role="listitem"][data-profile-key="${keyOf(first!)}"] input[type="checkbox"]`,
  );
  await box!.click();
  await (await byText(popup, 'button', 'Add 1 to removal queue')).click();
  await (await byText(popup, '[data-testid="removal-warning"] button', 'Confirm: queue removal')).click();
  await waitFor(
    async () => (await popup.$('[data-testid="removal-warning"]')) === null,
    10_000,
    'the warning to close',
  );
  // The second by the popup's own message: queued behind the first, and over today's cap.
  const added = await send(control, {
    type: 'queue/add',
    people: [
      {
        profileKey: keyOf(second!),
        profileUrl: normaliseProfileUrl(second!.profileUrl)!.url,
        name: second!.name,
      },
    ],
    reason: 'e2e cleanup',
    warningConfirmed: true,
    confirmedOnTheirOwn: [],
  });
  expect(added).toMatchObject({ ok: true, data: { added: 1, refused: [] } });

  await popup.bringToFront();
  await (await byText(popup, '[role="tab"]', /^Queue/)).click();
  // Once before the first session, as anyone must: LinkedIn's rules and whose risk it is.
  await (await byText(popup, 'button', 'I understand: the risk is mine')).click();
  const start = await byText(popup, 'button', 'Start session');
  await waitFor(
    () => start.evaluate((b) => !(b as HTMLButtonElement).disabled),
    10_000,
    'Start to be enabled',
  );
  await start.click();
  await waitFor(async () => (await readSession()).status === 'ended', 60_000, 'the session to end');

  const session = await readSession();
  expect(session.removedThisSession).toBe(1);
  expect(session.safetyStop).toBe(false);
  expect(fake.removals.map((r) => r.slug)).toEqual([first!.slug]);
  const queue = await getAll<QueueItem>(control, 'queue');
  expect(Object.fromEntries(queue.map((item) => [item.profileKey, item.status]))).toEqual({
    [keyOf(first!)]: 'removed',
    [keyOf(second!)]: 'queued',
  });
  const log = await getAll<RemovalLogEntry>(control, 'removalLog');
  expect(
    log.filter((entry) => entry.reason !== 'earlier today').map((entry) => [entry.profileKey, entry.state]),
  ).toEqual([[keyOf(first!), 'removed']]);

  // Past the cap: the worker refuses, and nobody else is removed.
  expect(await send(control, { type: 'session/start' })).toMatchObject({
    ok: false,
    error: expect.stringContaining(`cap of ${CAP}`),
  });
  expect(fake.removals).toHaveLength(1);
});

it("answers the platform layer's chrome.* calls with promises, as Chrome does", async () => {
  // src/platform/notification-permission.ts, background/notifications.ts and
  // platform/side-panel.ts call chrome.* and await the answer; the e2e build holds the
  // notifications permission from install (no prompt headless).
  const answers = await control.evaluate(async () => {
    const held = await chrome.permissions.contains({ permissions: ['notifications'] });
    const shown = await chrome.notifications.getAll();
    const window = await chrome.windows.getCurrent();
    return { held, shown: typeof shown, windowId: typeof window.id };
  });
  expect(answers).toEqual({ held: true, shown: 'object', windowId: 'number' });
});

it('never requested a profile page, nor opened any LinkedIn tab but the Connections page', () => {
  expect(fake.profileRequests).toEqual([]);
  expect(fake.requests.length).toBeGreaterThan(0);
  for (const url of ext.tabsOpenedByExtension)
    expect(url).toMatch(/\/mynetwork\/invite-connect\/connections\//);
});
