import { afterEach, expect, it } from 'vitest';
import type { Worker } from 'playwright';
import { FakeLinkedIn } from '../fake-linkedin';
import { launchWithExtension, type LoadedExtension } from './harness/extension';
import {
  personAt,
  putRecords,
  readStores,
  removalLogEntry,
  sendFromPage,
  whenInstalled,
  type TestPerson,
} from './harness/worker-store';

/**
 * The daily reminder, driven through Chrome's own alarm and notification machinery: the test moves
 * the worker's clock to the reminder time the extension armed and makes that alarm fire now, so
 * the listener the worker registered at start-up runs as it would in the morning. A headless
 * browser shows no notification to click, so a click on a notification's button is dispatched to
 * the worker's registered chrome.notifications.onButtonClicked listeners.
 */
const REMINDER_ALARM = 'quietprune-daily-reminder';
const CONNECTIONS_URL = 'https://www.linkedin.com/mynetwork/invite-connect/connections/';
const HOUR = 3_600_000;

let ext: LoadedExtension | null = null;
afterEach(async () => {
  await ext?.close();
  ext = null;
});

interface Shown {
  id: string;
  title: string;
  message: string;
  buttons: string[];
}

/**
 * Records what the worker asks Chrome to show (Chrome's getAll returns only ids), passing each
 * call on to the real chrome.notifications.create.
 */
async function recordNotifications(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const g = globalThis as unknown as { shownNotifications?: unknown[] };
    if (g.shownNotifications) return;
    const shown: unknown[] = (g.shownNotifications = []);
    const create = chrome.notifications.create.bind(chrome.notifications) as (
      ...args: unknown[]
    ) => Promise<string>;
    (chrome.notifications as unknown as { create: unknown }).create = (
      id: string,
      options: chrome.notifications.NotificationOptions,
    ) => {
      shown.push({
        id,
        title: options.title,
        message: options.message,
        buttons: (options.buttons ?? []).map((b) => b.title),
      });
      return create(id, options);
    };
  });
}

const shownNotifications = (worker: Worker) =>
  worker.evaluate(() => (globalThis as unknown as { shownNotifications: Shown[] }).shownNotifications);
const openNotificationIds = (worker: Worker) =>
  worker.evaluate(async () => Object.keys(await chrome.notifications.getAll()));
const reminderAlarmTime = (worker: Worker) =>
  worker.evaluate(async (name) => (await chrome.alarms.get(name))?.scheduledTime ?? null, REMINDER_ALARM);

/** The moment the armed reminder alarm is for, on the worker's clock. */
async function armedReminderTime(worker: Worker): Promise<number> {
  return worker.evaluate(async (name) => {
    const alarm = await chrome.alarms.get(name);
    if (!alarm) throw new Error('The reminder alarm is not armed.');
    const test = (globalThis as unknown as { quietPruneTest: { now(): Promise<number> } }).quietPruneTest;
    // The clock's offset, never under: Date.now() read before the worker's now(), not after (after
    // made dueAt a few ms early under load, and a reminder fired before its time is rightly not due).
    const before = Date.now();
    return alarm.scheduledTime + ((await test.now()) - before);
  }, REMINDER_ALARM);
}

/**
 * Lives through to `dueAt` (worker clock) and fires the reminder alarm there: the alarm is cleared,
 * as Chrome clears a one-shot alarm that fires, and the worker's alarm handler (the function its
 * onAlarm listener calls) runs to the end before this returns, so what it showed can be read.
 */
async function fireReminderAt(worker: Worker, dueAt: number): Promise<void> {
  await worker.evaluate(
    async ({ name, dueAt }) => {
      const test = (
        globalThis as unknown as {
          quietPruneTest: {
            setClock(c: { offsetMs: number }): Promise<void>;
            runReminderAlarm(): Promise<void>;
          };
        }
      ).quietPruneTest;
      await test.setClock({ offsetMs: dueAt - Date.now() });
      await chrome.alarms.clear(name);
      await test.runReminderAlarm();
    },
    { name: REMINDER_ALARM, dueAt },
  );
  expect((await reminderAlarmTime(worker)) ?? 0, 'the next reminder is armed').toBeGreaterThan(
    Date.now() + 10 * 60_000,
  );
}

/** Presses a button on a notification, as a click on it reaches the worker. */
async function pressNotificationButton(worker: Worker, id: string, buttonIndex: number): Promise<void> {
  await worker.evaluate(
    ({ id, buttonIndex }) =>
      (
        chrome.notifications.onButtonClicked as unknown as { dispatch(id: string, index: number): void }
      ).dispatch(id, buttonIndex),
    { id, buttonIndex },
  );
}

type StoredSession = { status: string; tabId: number; plannedThisSession: number } | undefined;

function readSession(worker: Worker): Promise<StoredSession> {
  return worker.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('quietprune');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('IndexedDB request failed'));
    });
    const session = await new Promise<StoredSession>((resolve) => {
      const request = db.transaction('meta').objectStore('meta').get('session');
      request.onsuccess = () => resolve(request.result as StoredSession);
    });
    db.close();
    return session;
  });
}

/**
 * The Playwright page of a tab the extension opened. Playwright's request routing does not always
 * catch the first load of a tab opened through chrome.tabs (microsoft/playwright#21061); the
 * harness then loads it again through the fake LinkedIn (reloadUnroutedLinkedInPages), so this
 * waits for the tab to arrive at the URL rather than loading it a second time itself.
 */
async function pageOfExtensionTab(ext: LoadedExtension, url: string) {
  await expect.poll(() => ext.context.pages().some((p) => p.url() === url), { timeout: 15_000 }).toBe(true);
  const page = ext.context.pages().find((p) => p.url() === url)!;
  await page.waitForLoadState('domcontentloaded');
  return page;
}

async function start(): Promise<{ ext: LoadedExtension; fake: FakeLinkedIn; people: TestPerson[] }> {
  const fake = new FakeLinkedIn({ size: 40, seed: 5, latencyMs: 10 });
  ext = await launchWithExtension();
  await fake.install(ext.context);
  await whenInstalled(ext.worker);
  await recordNotifications(ext.worker);
  await turnReminderOn(ext);
  const people = fake.people().map((p) => personAt(p.profileUrl, p.name));
  return { ext, fake, people };
}

/**
 * Issue 13: the reminder is off until the person turns it on, which asks Chrome for the optional
 * notifications permission in the click. The e2e build holds the permission from install (a
 * headless browser cannot answer Chrome's prompt; vite.config.ts), so the request resolves at once
 * and this drives the options page's whole flow but the prompt.
 */
async function turnReminderOn(ext: LoadedExtension): Promise<void> {
  expect(await reminderAlarmTime(ext.worker), 'off by default').toBeNull();
  const options = await ext.openPage('src/options/index.html');
  await options.getByRole('checkbox', { name: 'Remind me every day' }).check();
  await options.getByRole('button', { name: 'Save reminder' }).click();
  await expect.poll(() => reminderAlarmTime(ext.worker)).not.toBeNull();
  await options.close();
}

/** Queues people through the worker's own command, as the popup does. */
async function queue(ext: LoadedExtension, people: TestPerson[]): Promise<void> {
  const page = await ext.openPage('src/options/index.html');
  expect(
    await sendFromPage(page, {
      type: 'queue/add',
      people,
      reason: 'Never talked',
      warningConfirmed: true,
      confirmedOnTheirOwn: [],
    }),
  ).toMatchObject({ ok: true, data: { added: people.length } });
  await page.close();
}

it('reminds once a day with "N queued, M removals left today", and "Start session" opens the Connections page and starts', async () => {
  const { ext, fake, people } = await start();
  await queue(ext, people.slice(0, 3));
  const dueAt = await armedReminderTime(ext.worker);
  // Four removals in the last 24 hours count against the default cap of 15; one from two days ago does not.
  await putRecords(ext.worker, 'removalLog', [
    ...people.slice(10, 14).map((p, i) => removalLogEntry(p, dueAt - (i + 1) * HOUR)),
    removalLogEntry(people[14]!, dueAt - 48 * HOUR),
  ]);

  await fireReminderAt(ext.worker, dueAt);
  const [shown] = await shownNotifications(ext.worker);
  expect(await shownNotifications(ext.worker)).toHaveLength(1);
  expect(shown).toMatchObject({
    title: 'QuietPrune',
    message: '3 queued, 11 removals left today',
    buttons: ['Start session', 'Snooze'],
  });
  expect(await openNotificationIds(ext.worker)).toEqual([shown!.id]); // Chrome really holds it
  // The next alarm is tomorrow at the same local time.
  const next = await armedReminderTime(ext.worker);
  expect(next - dueAt).toBeGreaterThan(23 * HOUR);
  expect(next - dueAt).toBeLessThan(25 * HOUR);

  // A second wake-up the same day (the alarm set again by hand, as a restart might) reminds nobody.
  await fireReminderAt(ext.worker, dueAt + 10 * 60_000);
  expect(await shownNotifications(ext.worker)).toHaveLength(1);

  // "Start session": the click is the consent.
  expect(ext.context.pages().some((p) => p.url().startsWith(CONNECTIONS_URL))).toBe(false);
  await pressNotificationButton(ext.worker, shown!.id, 0);
  await expect
    .poll(() => readSession(ext.worker).then((s) => s?.status), { timeout: 10_000 })
    .toBe('running');
  const session = (await readSession(ext.worker))!;
  expect(session.plannedThisSession).toBe(3);
  // The session runs in a tab the worker opened on the Connections page (Chrome's own record of it).
  const tabUrl = () =>
    ext.worker.evaluate(
      async (id) => ((tab) => tab.pendingUrl ?? tab.url)(await chrome.tabs.get(id)),
      session.tabId,
    );
  await expect.poll(tabUrl, { timeout: 10_000 }).toBe(CONNECTIONS_URL);
  expect(
    (await ext.worker.evaluate(() => chrome.tabs.query({}))).filter((t) =>
      (t.pendingUrl ?? t.url ?? '').startsWith('https://'),
    ),
  ).toHaveLength(1);
  // The session shows beside the page, never in it: the toolbar badge says it runs (▶, then the
  // number queued), and LinkedIn's page holds nothing of QuietPrune.
  await expect
    .poll(() => ext.worker.evaluate(() => chrome.action.getBadgeText({})), { timeout: 15_000 })
    .toMatch(/^▶/);
  const connectionsPage = await pageOfExtensionTab(ext, CONNECTIONS_URL);
  expect(await connectionsPage.locator('quietprune-session, [data-quietprune]').count()).toBe(0);
  expect(await openNotificationIds(ext.worker)).toEqual([]); // the reminder went away with the click
  expect(fake.profileRequests).toEqual([]);
});

it('stays silent when nobody is queued or suggested, or when today’s removals are used up, and reminds again the next day', async () => {
  const { ext, people } = await start();

  // Day 1: nothing queued, nothing stored to suggest.
  const day1 = await armedReminderTime(ext.worker);
  await fireReminderAt(ext.worker, day1);
  expect(await shownNotifications(ext.worker)).toEqual([]);

  // Day 2: someone is queued, but the last 24 hours already hold 15 removals (the default cap).
  await queue(ext, people.slice(0, 1));
  const day2 = await armedReminderTime(ext.worker);
  expect(day2 - day1).toBeGreaterThan(23 * HOUR);
  await putRecords(
    ext.worker,
    'removalLog',
    people.slice(20, 35).map((p, i) => removalLogEntry(p, day2 - 20 * HOUR + i * 60_000)),
  );
  await fireReminderAt(ext.worker, day2);
  expect(await shownNotifications(ext.worker)).toEqual([]);

  // Day 3: those removals are more than 24 hours old, so the whole cap is free again.
  const day3 = await armedReminderTime(ext.worker);
  await fireReminderAt(ext.worker, day3);
  expect((await shownNotifications(ext.worker)).map((n) => n.message)).toEqual([
    '1 queued, 15 removals left today',
  ]);
});

it('Snooze brings the reminder back an hour later, and the day is then done', async () => {
  const { ext, people } = await start();
  await queue(ext, people.slice(0, 2));
  const dueAt = await armedReminderTime(ext.worker);
  await fireReminderAt(ext.worker, dueAt);
  const [first] = await shownNotifications(ext.worker);
  expect(first?.message).toBe('2 queued, 15 removals left today');

  await pressNotificationButton(ext.worker, first!.id, 1);
  // Re-armed for an hour after the press (the press came a moment after dueAt on the worker's clock).
  await expect
    .poll(async () => (await armedReminderTime(ext.worker)) - dueAt, { timeout: 10_000 })
    .toBeLessThan(HOUR + 60_000);
  const snoozedTo = await armedReminderTime(ext.worker);
  expect(snoozedTo - dueAt).toBeGreaterThanOrEqual(HOUR);
  expect(await openNotificationIds(ext.worker)).toEqual([]);
  expect((await readStores(ext.worker)).queue).toHaveLength(2); // snoozing changes nothing else

  await fireReminderAt(ext.worker, snoozedTo);
  const shown = await shownNotifications(ext.worker);
  expect(shown.map((n) => n.message)).toEqual([
    '2 queued, 15 removals left today',
    '2 queued, 15 removals left today',
  ]);
  expect(shown[1]!.id).not.toBe(first!.id);
  // After the snoozed reminder, the next one is tomorrow's.
  expect((await armedReminderTime(ext.worker)) - dueAt).toBeGreaterThan(23 * HOUR);
});

it('arms the reminder at the chosen time on the computer’s own clock, and not at all when turned off', async () => {
  // The browser runs in Kolkata (UTC+5:30, no daylight saving): 09:30 there is 04:00 UTC.
  const zoneBefore = process.env.TZ;
  process.env.TZ = 'Asia/Kolkata';
  try {
    ext = await launchWithExtension();
  } finally {
    if (zoneBefore === undefined) delete process.env.TZ;
    else process.env.TZ = zoneBefore;
  }
  await whenInstalled(ext.worker);
  await turnReminderOn(ext);
  const utcTime = async () => new Date((await reminderAlarmTime(ext!.worker))!).toISOString().slice(11, 16);
  expect(await utcTime()).toBe('04:00');
  expect((await reminderAlarmTime(ext.worker))! - Date.now()).toBeLessThanOrEqual(24 * HOUR);

  const options = await ext.openPage('src/options/index.html');
  expect(await options.locator('section#reminder').textContent()).toMatch(/now Asia\/(Kolkata|Calcutta)\)/); // ICU may give the older name
  await options.getByLabel('Reminder time').fill('18:45');
  await options.getByRole('button', { name: 'Save reminder' }).click();
  await expect.poll(utcTime).toBe('13:15');

  await options.getByRole('checkbox', { name: 'Remind me every day' }).uncheck();
  await options.getByRole('button', { name: 'Save reminder' }).click();
  await expect.poll(() => reminderAlarmTime(ext!.worker)).toBeNull();
  expect((await readStores(ext.worker)).settings).toMatchObject({
    reminder: { enabled: false, time: '18:45' },
  });
});
