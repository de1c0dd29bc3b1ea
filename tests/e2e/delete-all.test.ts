import { afterEach, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { putRecords, workerNow } from './harness/worker-store';
import {
  HOUR,
  personRef,
  queueByMessage,
  readLog,
  send,
  setUpRig,
  uniquelyNamed,
  waitForSessionEnd,
  type RemovalRig,
} from './removal-harness';

/**
 * Issue 13: "Delete all data" deletes everything it can. After real removals on the fake LinkedIn,
 * a daily reminder turned on and a notification on screen, it reads back every IndexedDB store and
 * meta record, every alarm and every notification: nothing remains but the times of the last 24
 * hours' removals, with no name, URL, reason or outcome, numbered from 1 again (the log's id
 * counter reset), and those times still hold the daily cap shut.
 */
const REMINDER_ALARM = 'quietprune-daily-reminder';

let rig: RemovalRig | null = null;
afterEach(async () => {
  await rig?.ext.close();
  rig = null;
});

/** Every record of every store, meta by key, read from an extension page. */
function readEverything(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown>>((resolve, reject) => {
        const open = indexedDB.open('quietprune');
        open.onerror = () => reject(new Error(open.error?.message));
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names, 'readonly');
          const out: Record<string, unknown> = {};
          for (const name of names) {
            const store = tx.objectStore(name);
            const keys = store.getAllKeys();
            const values = store.getAll();
            values.onsuccess = () => {
              out[name] =
                name === 'meta'
                  ? Object.fromEntries(keys.result.map((k, i) => [JSON.stringify(k), values.result[i]]))
                  : values.result;
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
          tx.onerror = () => reject(new Error(tx.error?.message));
        };
      }),
  );
}

it('deletes every store, meta record, alarm and notification, keeping only anonymous removal times that still hold the cap', async () => {
  rig = await setUpRig({ layout: 'current', size: 30, seed: 83 });
  const { ext, fake, control } = rig;
  const people = uniquelyNamed(fake.people());
  const removed = people.slice(2, 5);
  await queueByMessage(control, removed);
  await putRecords(ext.worker, 'keep', [{ ...personRef(people[10]!), addedAt: Date.now() }]);

  // Three real removals, in a session the worker runs to its end.
  expect(await send(control, { type: 'session/start' })).toMatchObject({ ok: true });
  expect(await waitForSessionEnd(control, 60_000)).toMatchObject({ removedThisSession: 3 });
  expect(fake.removals.map((r) => r.slug).sort()).toEqual(removed.map((p) => p.slug).sort());
  // Seven more in the last 24 hours, and one two days ago: ten count against a cap of ten.
  const at = await workerNow(ext.worker);
  const older = people.slice(11, 19).map((p, i) => ({
    ...personRef(p),
    at: at - (i < 7 ? (i + 1) * HOUR : 48 * HOUR),
    reason: 'No contact since 2019',
    lost: null,
    state: 'removed',
  }));
  await putRecords(ext.worker, 'removalLog', older);
  const logBefore = await readLog(control);
  expect(logBefore).toHaveLength(11);
  const recentTimes = logBefore
    .filter((e) => at - e.at < 24 * HOUR)
    .map((e) => e.at)
    .sort((a, b) => a - b);
  expect(recentTimes).toHaveLength(10);

  // The daily reminder turned on with the popup's one-click offer on first use (it asks Chrome for
  // the notifications permission in the click; the e2e build holds it already), and a
  // notification on screen.
  const popup = await ext.openPage('src/popup/index.html');
  await popup.getByRole('tab', { name: /^Queue/ }).click();
  await popup.getByTestId('reminder-offer').getByRole('button', { name: 'Remind me daily' }).click();
  await expect.poll(() => popup.getByTestId('reminder-offer').count()).toBe(0);
  await popup.close();
  await expect
    .poll(() =>
      ext.worker.evaluate((name) => chrome.alarms.get(name).then((a) => a !== undefined), REMINDER_ALARM),
    )
    .toBe(true);
  await ext.worker.evaluate(() =>
    chrome.notifications.create('quietprune-reminder:start:1', {
      type: 'basic',
      iconUrl: chrome.runtime.getURL('icons/icon-128.png'),
      title: 'QuietPrune',
      message: '1 queued, 5 removals left today',
    }),
  );
  expect(Object.keys(await ext.worker.evaluate(() => chrome.notifications.getAll())).length).toBeGreaterThan(
    0,
  );
  const before = await readEverything(control);
  expect(Object.keys(before.meta as object)).toEqual(expect.arrayContaining(['"settings"', '"session"']));

  // ---- Delete all data, from the options page ----
  await control.getByRole('button', { name: 'Delete all data…' }).click();
  const confirm = control.getByTestId('delete-confirm');
  expect(await confirm.textContent()).toContain(
    'the time of each removal from the last 24 hours, with no name',
  );
  await confirm.getByRole('button', { name: 'Delete everything' }).click();
  await expect
    .poll(() => control.locator('#delete .outcome-status').textContent(), { timeout: 15_000 })
    .toMatch(
      /^All QuietPrune data was deleted except the times of 10 removals from the last 24 hours, without names/,
    );

  const after = await readEverything(control);
  expect(after).toEqual({
    connections: [],
    queue: [],
    keep: [],
    facts: [],
    // The e2e build's test clock only: no settings (the reminder is off), session, sync, checklist.
    meta: { '"testClock"': expect.anything() as unknown },
    removalLog: recentTimes.map((time, i) => ({
      id: i + 1, // a new database: the id counter no longer tells how many removals were ever made
      profileKey: '',
      profileUrl: '',
      name: '',
      at: time,
      reason: '',
      lost: null,
      detailsDeleted: true,
    })),
  });
  expect(await ext.worker.evaluate(() => chrome.alarms.getAll())).toEqual([]);
  expect(await ext.worker.evaluate(() => chrome.notifications.getAll())).toEqual({});

  // The log page shows them without details.
  const log = await ext.openPage('src/log/index.html');
  await expect.poll(() => log.locator('tr[data-details-deleted="true"]').count()).toBe(10);
  expect(await log.locator('body').textContent()).not.toContain(removed[0]!.name);
  await log.close();

  // And the cap still counts them: at a cap of ten, no session may start today.
  expect(
    await send(control, {
      type: 'settings/save',
      settings: { dailyCap: 10, pace: 'normal', reminder: { enabled: false, time: '09:30' } },
    }),
  ).toMatchObject({ ok: true });
  await queueByMessage(control, people.slice(20, 21));
  const refused = await send(control, { type: 'session/start' });
  expect(refused.ok).toBe(false);
  expect(refused.error).toContain("Today's cap of 10 removals is reached");
  expect(fake.removals).toHaveLength(3);
});
