import { afterEach, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright';
import { launchWithExtension, type LoadedExtension } from './harness/extension';
import {
  personAt,
  putRecords,
  readStores,
  removalLogEntry,
  sendFromPage,
  whenInstalled,
  workerNow,
  type TestPerson,
} from './harness/worker-store';

/**
 * The options page in the browser: backup to a file and restore it into a fresh profile, bad
 * backups refused whole, the daily cap's bounds, the toolbar badge, the privacy checklist and
 * "Delete all data".
 */
const OPTIONS = 'src/options/index.html';
const HOUR = 3_600_000;

const launched: LoadedExtension[] = [];
const tempDirs: string[] = [];
afterEach(async () => {
  await Promise.all(launched.splice(0).map((ext) => ext.close()));
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function launch(): Promise<LoadedExtension> {
  const ext = await launchWithExtension();
  launched.push(ext);
  await whenInstalled(ext.worker);
  return ext;
}

const JANE = personAt('https://www.linkedin.com/in/jane-roe-pmp/', 'Jane Roe, PMP');
const ZOE = personAt('https://www.linkedin.com/in/zo%C3%AB-m%C3%BCller-3b/', 'Zoë Müller');
const XIAOMING = personAt('https://www.linkedin.com/in/ACoAABx9Yz3kQw12AbCdEfGh/', '王小明');
const SAM = personAt('https://www.linkedin.com/in/sam-taylor-rocket/', 'Sam Taylor 🚀');
const AYSE = personAt('https://www.linkedin.com/in/ayse-yilmaz-7/', 'Ayşe Yılmaz');

/** What the tests read of a downloaded backup (the file's own schema is checked by the restore under test). */
interface BackupJson {
  settings: object;
  queue: Array<TestPerson & Record<string, unknown>>;
  keep: unknown[];
  removalLog: Array<Record<string, unknown>>;
}

function connection(person: TestPerson, date: string, at: number) {
  return {
    ...person,
    headline: 'Consultant',
    connectedOn: { kind: 'exact', date },
    firstSeenAt: at - 40 * HOUR,
    lastSeenAt: at - HOUR,
    sources: ['sync'],
  };
}

/** A profile with some of everything: connections, a queue, a Keep list, a removal log, facts. */
async function seedData(ext: LoadedExtension, page: Page): Promise<void> {
  const at = await workerNow(ext.worker);
  await putRecords(ext.worker, 'connections', [
    connection(JANE, '2014-03-02', at),
    connection(ZOE, '2019-11-20', at),
    connection(XIAOMING, '2021-06-01', at),
  ]);
  await putRecords(ext.worker, 'facts', [
    {
      profileKey: JANE.profileKey,
      endorsementsReceived: ['Negotiation'],
      endorsementsGiven: [],
      recommendationsReceived: 1,
      recommendationsGiven: 0,
      messagesSent: 2,
      messagesReceived: 1,
      lastMessageAt: '2019-02-01',
      invitedBy: 'them',
      invitationMessage: true,
    },
  ]);
  await putRecords(ext.worker, 'removalLog', [
    removalLogEntry(SAM, at - 50 * HOUR, {
      lost: {
        endorsementsReceived: ['Sales'],
        endorsementsGiven: ['Python'],
        recommendationsReceived: 0,
        recommendationsGiven: 1,
      },
    }),
    removalLogEntry(AYSE, at - 2 * HOUR, { confirmedAfterInterruption: true }),
  ]);
  expect(
    await sendFromPage(page, {
      type: 'queue/add',
      people: [JANE, ZOE],
      reason: 'Recruiter spam',
      warningConfirmed: true,
      confirmedOnTheirOwn: [JANE.profileKey],
    }),
  ).toMatchObject({ ok: true });
  expect(await sendFromPage(page, { type: 'keep/set', people: [XIAOMING], keep: true })).toEqual({
    ok: true,
  });
}

const section = (page: Page, id: string) => page.locator(`section#${id}`);

async function expectStatus(page: Page, id: string, text: string | RegExp): Promise<void> {
  await expect
    .poll(async () => (await section(page, id).getByRole('status').textContent()) ?? '', { timeout: 10_000 })
    .toMatch(text);
}

async function expectAlert(page: Page, id: string, text: string | RegExp): Promise<void> {
  await expect
    .poll(
      async () =>
        (await section(page, id)
          .getByRole('alert')
          .textContent()
          .catch(() => '')) ?? '',
      { timeout: 10_000 },
    )
    .toMatch(text);
}

/** Clicks "Download backup" and keeps the file the browser saved. */
async function downloadBackup(page: Page): Promise<{ path: string; name: string; text: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'quietprune-backup-'));
  tempDirs.push(dir);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download backup' }).click(),
  ]);
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  return { path, name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

const badgeText = (worker: Worker) => worker.evaluate(() => chrome.action.getBadgeText({}));

it('a backup downloaded from the options page restores into a fresh profile with the same queue, Keep list, log and settings', async () => {
  const first = await launch();
  const options = await first.openPage(OPTIONS);
  await seedData(first, options);

  // Settings and the checklist, set the way a person sets them.
  await options.getByLabel('Daily cap').fill('12');
  await options.getByRole('button', { name: 'Save daily cap' }).click();
  await expectStatus(options, 'daily-cap', 'Saved: at most 12 removals');
  await options.getByRole('radio', { name: /^Careful/ }).check();
  await options.getByRole('radio', { name: /^I click \(hands-on\)/ }).check();
  await options.getByRole('button', { name: 'Save pace' }).click();
  await expectStatus(options, 'pace', 'Saved: careful pace');
  await options.getByRole('checkbox', { name: 'Remind me every day' }).check(); // off by default (issue 13)
  await options.getByLabel('Reminder time').fill('07:45');
  await options.getByRole('button', { name: 'Save reminder' }).click();
  await expectStatus(options, 'reminder', 'Saved: a reminder every day at 07:45.');
  await options.getByRole('checkbox', { name: 'Hide your connections list' }).check();
  await expectStatus(options, 'first-session', 'Ticked off');

  const backup = await downloadBackup(options);
  expect(backup.name).toMatch(/^quietprune-backup-\d{4}-\d{2}-\d{2}\.json$/);
  await expectStatus(
    options,
    'backup',
    `Backup downloaded as ${backup.name}: 3 connections, 2 queue items, 1 person kept, 2 removal log entries`,
  );
  const original = await readStores(first.worker);
  expect(original.settings).toEqual({
    dailyCap: 12,
    pace: 'careful',
    reminder: { enabled: true, time: '07:45' },
    whoClicks: 'hands-on',
  });
  expect(original.queue).toHaveLength(2);
  expect(original.removalLog).toHaveLength(2);
  expect(JSON.parse(backup.text)).toMatchObject({
    format: 'quietprune-backup',
    version: 1,
    settings: original.settings,
    keep: original.keep,
  });
  await first.close();

  // A new computer: a fresh profile, nothing stored.
  const second = await launch();
  expect(await readStores(second.worker)).toMatchObject({
    connections: [],
    queue: [],
    keep: [],
    removalLog: [],
    facts: [],
  });
  const restorePage = await second.openPage(OPTIONS);
  await restorePage.getByLabel('Restore from backup').setInputFiles(backup.path);
  const confirm = restorePage.getByTestId('restore-confirm');
  await expect
    .poll(() => confirm.textContent())
    .toContain('holds 3 connections, 2 queue items, 1 person kept, 2 removal log entries');
  await confirm.getByRole('button', { name: 'Replace my data' }).click();
  await expectStatus(restorePage, 'backup', `Restored ${backup.name}`);

  expect(await readStores(second.worker)).toEqual(original);
  // The page shows what was restored, and the worker acts on it.
  await expect.poll(() => restorePage.getByLabel('Daily cap').inputValue()).toBe('12');
  expect(await restorePage.getByRole('radio', { name: /^Careful/ }).isChecked()).toBe(true);
  expect(await restorePage.getByLabel('Reminder time').inputValue()).toBe('07:45');
  expect(await restorePage.getByRole('checkbox', { name: 'Hide your connections list' }).isChecked()).toBe(
    true,
  );
  expect(await restorePage.getByRole('list', { name: 'Keep list' }).textContent()).toContain('王小明');
  await expect.poll(() => badgeText(second.worker)).toBe('2');
  const reminderAt = await second.worker.evaluate(async () => {
    const alarm = await chrome.alarms.get('quietprune-daily-reminder');
    const when = new Date(alarm!.scheduledTime);
    return `${String(when.getHours()).padStart(2, '0')}:${String(when.getMinutes()).padStart(2, '0')}`;
  });
  expect(reminderAt).toBe('07:45');

  // The restored Keep list is a working one: taking someone off it.
  await restorePage.getByRole('button', { name: 'Remove 王小明 from the Keep list' }).click();
  await expectStatus(restorePage, 'keep', '王小明 is no longer on your Keep list.');
  expect((await readStores(second.worker)).keep).toEqual([]);
  expect(await restorePage.locator('section#keep').textContent()).toContain(
    'Nobody is on your Keep list yet.',
  );
});

it('refuses a corrupt backup whole, with a message that says what is wrong, and changes nothing', async () => {
  const ext = await launch();
  const options = await ext.openPage(OPTIONS);
  await seedData(ext, options);
  const good = await downloadBackup(options);
  const before = await readStores(ext.worker);
  const input = options.getByLabel('Restore from backup');
  const valid = JSON.parse(good.text) as BackupJson;

  const bad: Array<{ name: string; text: string; says: RegExp }> = [
    {
      name: 'cut-short.json',
      text: good.text.slice(0, good.text.length / 2),
      says: /^cut-short\.json: This file cannot be restored: it is not valid JSON .*Nothing was changed\.$/,
    },
    {
      name: 'something-else.json',
      text: JSON.stringify({ bookmarks: [] }),
      says: /it does not say "format": "quietprune-backup", so it is not a QuietPrune backup\. Nothing was changed\./,
    },
    {
      name: 'cap-40.json',
      text: JSON.stringify({ ...valid, settings: { ...valid.settings, dailyCap: 40 } }),
      says: /field “settings\.dailyCap”: The daily cap must be at most 20/,
    },
    {
      // Everything right except one queued person's link, which leads to someone else.
      name: 'wrong-person.json',
      text: JSON.stringify({
        ...valid,
        queue: valid.queue.map((q: TestPerson, i: number) =>
          i === 0 ? { ...q, profileUrl: SAM.profileUrl } : q,
        ),
      }),
      says: /queue item 1 \(“[^”]+”\), field “profileUrl”: The profile link is not a LinkedIn profile, or not the one its key names\./,
    },
    {
      name: 'from-the-future.json',
      text: JSON.stringify({ ...valid, version: 7 }),
      says: /written by a newer QuietPrune \(backup version 7\)/,
    },
  ];
  for (const file of bad) {
    await input.setInputFiles({
      name: file.name,
      mimeType: 'application/json',
      buffer: Buffer.from(file.text),
    });
    await expectAlert(options, 'backup', file.says);
    expect(await options.getByTestId('restore-confirm').count()).toBe(0); // nothing to confirm: refused outright
    expect(await readStores(ext.worker)).toEqual(before);
  }

  // The worker checks again whatever reaches it (a page is not trusted to have checked).
  const reply = await sendFromPage(options, {
    type: 'data/restore',
    backup: { ...valid, keep: [...valid.keep, valid.queue[0]] },
  });
  expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/Nothing was changed\./) });
  expect(await readStores(ext.worker)).toEqual(before);

  // A good file that the user then cancels changes nothing either.
  await input.setInputFiles({
    name: 'empty-queue.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...valid, queue: [] })),
  });
  await options.getByTestId('restore-confirm').getByRole('button', { name: 'Cancel' }).click();
  expect(await options.getByTestId('restore-confirm').count()).toBe(0);
  expect(await readStores(ext.worker)).toEqual(before);
});

it('refuses a backup the UI would refuse: future log dates, strangers in the queue, an unticked person with endorsements, an unsettled removal', async () => {
  const ext = await launch();
  const options = await ext.openPage(OPTIONS);
  await seedData(ext, options);
  const good = await downloadBackup(options);
  const before = await readStores(ext.worker);
  const input = options.getByLabel('Restore from backup');
  const valid = JSON.parse(good.text) as BackupJson;
  const at = await workerNow(ext.worker);
  const queueItem = (key: string) => valid.queue.find((q: TestPerson) => q.profileKey === key);
  expect(queueItem(JANE.profileKey)).toMatchObject({ confirmedOnTheirOwn: true }); // the backup carries the tick

  const bad: Array<{ name: string; backup: unknown; says: RegExp }> = [
    {
      name: 'future.json',
      backup: {
        ...valid,
        removalLog: [...valid.removalLog, removalLogEntry(SAM, Date.UTC(2099, 0, 1, 9, 0))],
      },
      says: /a removal log entry is dated in the future \(Sam Taylor 🚀 on 2099-01-01 09:00 UTC\)\./,
    },
    {
      name: 'stranger.json',
      backup: { ...valid, queue: [...valid.queue, { ...queueItem(ZOE.profileKey), ...AYSE, order: 5 }] },
      says: /the queue holds Ayşe Yılmaz, who is not among the file’s connections\./,
    },
    {
      name: 'unticked.json',
      backup: {
        ...valid,
        queue: valid.queue.map((q: Record<string, unknown>) =>
          q.profileKey === JANE.profileKey ? { ...q, confirmedOnTheirOwn: undefined } : q,
        ),
      },
      says: /Jane Roe, PMP is in the queue without having been confirmed on their own.*then queue them again/,
    },
    {
      name: 'unsettled.json',
      backup: {
        ...valid,
        queue: valid.queue.map((q: Record<string, unknown>) =>
          q.profileKey === ZOE.profileKey ? { ...q, status: 'in-progress', attempts: 1 } : q,
        ),
        removalLog: [...valid.removalLog, removalLogEntry(ZOE, at - 60_000, { state: 'pending' })],
      },
      says: /LinkedIn’s answer about removing Zoë Müller was not known yet/,
    },
  ];
  for (const file of bad) {
    await input.setInputFiles({
      name: file.name,
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file.backup)),
    });
    await expectAlert(options, 'backup', file.says);
    expect(await options.getByTestId('restore-confirm').count()).toBe(0);
    // The worker holds the same rules whatever a page checked.
    expect(await sendFromPage(options, { type: 'data/restore', backup: file.backup })).toMatchObject({
      ok: false,
      error: expect.stringMatching(file.says),
    });
    expect(await readStores(ext.worker)).toEqual(before);
  }

  // Ids are the store's: a file's 2^53-1 is not taken. An item in progress with nothing clicked comes back queued.
  const renumbered = {
    ...valid,
    queue: valid.queue.map((q: Record<string, unknown>) =>
      q.profileKey === ZOE.profileKey ? { ...q, status: 'in-progress', attempts: 1 } : q,
    ),
    removalLog: valid.removalLog.map((e: Record<string, unknown>, i: number) => ({
      ...e,
      id: Number.MAX_SAFE_INTEGER - i,
    })),
  };
  await input.setInputFiles({
    name: 'renumbered.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(renumbered)),
  });
  const confirm = options.getByTestId('restore-confirm');
  await expect
    .poll(() => confirm.textContent())
    .toContain('1 person was being removed when the backup was written');
  await confirm.getByRole('button', { name: 'Replace my data' }).click();
  await expectStatus(options, 'backup', 'Restored renumbered.json');
  const after = await readStores(ext.worker);
  expect(after.removalLog.map((e) => (e as { id: number }).id).every((id) => id < 1000)).toBe(true);
  expect(after.queue.find((q) => (q as TestPerson).profileKey === ZOE.profileKey)).toMatchObject({
    status: 'queued',
  });
});

it('refuses a daily cap outside 10 to 20 with a message and keeps the saved one; the badge shows the queue, or that the cap is reached', async () => {
  const ext = await launch();
  const options = await ext.openPage(OPTIONS);
  const cap = options.getByLabel('Daily cap');
  const save = options.getByRole('button', { name: 'Save daily cap' });
  expect(await cap.inputValue()).toBe('15');

  for (const [typed, says] of [
    ['9', 'The daily cap must be at least 10.'],
    ['21', 'The daily cap must be at most 20: more than that is what gets accounts restricted.'],
    ['12.5', 'The daily cap must be a whole number from 10 to 20.'],
    ['', 'The daily cap must be a whole number from 10 to 20.'],
  ]) {
    await cap.fill(typed!);
    await save.click();
    await expectAlert(options, 'daily-cap', says!);
    expect((await readStores(ext.worker)).settings).toBeUndefined(); // still the defaults, nothing written
  }
  // Nor does the worker take it from anywhere else.
  expect(
    await sendFromPage(options, {
      type: 'settings/save',
      settings: { dailyCap: 50, pace: 'normal', reminder: { enabled: true, time: '09:30' } },
    }),
  ).toMatchObject({ ok: false });

  // The badge: empty with nobody queued, then the queue size.
  expect(await badgeText(ext.worker)).toBe('');
  const people = [JANE, ZOE, SAM];
  expect(
    await sendFromPage(options, {
      type: 'queue/add',
      people,
      reason: 'Cleanup',
      warningConfirmed: true,
      confirmedOnTheirOwn: [],
    }),
  ).toMatchObject({ ok: true });
  await expect.poll(() => badgeText(ext.worker)).toBe('3');

  // Ten removals in the last 24 hours, and a cap lowered to 10: the badge says the cap is reached.
  const at = await workerNow(ext.worker);
  await putRecords(
    ext.worker,
    'removalLog',
    Array.from({ length: 10 }, (_, i) =>
      removalLogEntry(personAt(`https://www.linkedin.com/in/gone-${i}/`, `Gone ${i}`), at - (i + 1) * HOUR),
    ),
  );
  await cap.fill('10');
  await save.click();
  await expectStatus(options, 'daily-cap', 'Saved: at most 10 removals in any 24 hours.');
  expect((await readStores(ext.worker)).settings).toMatchObject({ dailyCap: 10 });
  await expect.poll(() => badgeText(ext.worker)).toBe('cap');
  expect(await ext.worker.evaluate(() => chrome.action.getTitle({}))).toMatch(
    /today’s cap of 10 removals is reached\. 3 queued/,
  );

  // Raising the cap frees two removals: the badge shows the queue again.
  await cap.fill('12');
  await save.click();
  await expect.poll(() => badgeText(ext.worker)).toBe('3');
  expect(await sendFromPage(options, { type: 'queue/remove', profileKeys: [JANE.profileKey] })).toMatchObject(
    { ok: true },
  );
  await expect.poll(() => badgeText(ext.worker)).toBe('2');
});

it('the privacy checklist can be ticked off, stays ticked, and can be reopened', async () => {
  const ext = await launch();
  const options = await ext.openPage(OPTIONS);
  const box = options.getByRole('checkbox', { name: 'Hide your connections list' });
  const firstSession = section(options, 'first-session');
  expect(await box.isChecked()).toBe(false);
  expect(await firstSession.textContent()).toContain('Who can see your connections');
  expect(
    await firstSession.getByRole('link', { name: 'Open LinkedIn’s privacy settings' }).getAttribute('href'),
  ).toBe('https://www.linkedin.com/mypreferences/d/categories/privacy');

  await box.check();
  await expectStatus(options, 'first-session', 'Ticked off: connections list hidden.');
  expect(await firstSession.textContent()).toContain('Untick to reopen.');
  expect((await readStores(ext.worker)).checklist).toEqual({ hideConnectionsList: expect.any(Number) });

  await options.reload();
  await expect.poll(() => box.isChecked()).toBe(true);
  // The steps are still there, folded away.
  await firstSession.getByText('Show the steps again').click();
  expect(await firstSession.getByRole('link', { name: 'Open LinkedIn’s privacy settings' }).isVisible()).toBe(
    true,
  );

  await box.uncheck();
  await expectStatus(options, 'first-session', 'Reopened: hide your connections list.');
  expect((await readStores(ext.worker)).checklist).toEqual({ hideConnectionsList: null });
  await options.reload();
  await expect.poll(() => box.isChecked()).toBe(false);
  expect(await firstSession.getByText('Show the steps again').count()).toBe(0);
});

it('the popup shows the checklist next to Start before the first session; ticked there, the options page agrees, and reopening brings it back', async () => {
  const ext = await launch();
  const popup = await ext.openPage('src/popup/index.html');
  await popup.getByRole('tab', { name: /^Queue/ }).click();
  const card = popup.getByTestId('first-session-checklist');
  await card.waitFor();
  expect(await card.textContent()).toContain('Who can see your connections › Only you');
  expect(
    await card.getByRole('link', { name: 'Open LinkedIn’s privacy settings' }).getAttribute('href'),
  ).toBe('https://www.linkedin.com/mypreferences/d/categories/privacy');

  await card.getByRole('button', { name: 'Done: my list is hidden' }).click();
  await card.waitFor({ state: 'detached' });
  expect((await readStores(ext.worker)).checklist).toEqual({ hideConnectionsList: expect.any(Number) });
  const options = await ext.openPage(OPTIONS);
  const box = options.getByRole('checkbox', { name: 'Hide your connections list' });
  await expect.poll(() => box.isChecked()).toBe(true);
  await popup.reload();
  await popup.getByRole('tab', { name: /^Queue/ }).click();
  await popup.getByRole('button', { name: 'Start session' }).waitFor();
  expect(await card.count()).toBe(0);

  // Reopened on the options page: the popup, still open, shows it again without a reload.
  await box.uncheck();
  await expectStatus(options, 'first-session', 'Reopened: hide your connections list.');
  await popup.bringToFront();
  await card.waitFor();
});

it('"Delete all data" deletes everything after confirming, but keeps today’s removals so the daily cap is not reset', async () => {
  const ext = await launch();
  const options = await ext.openPage(OPTIONS);
  await seedData(ext, options); // one removal 2 hours ago, one 50 hours ago
  // And one dated years ahead, as an old restore could bring in: no removal happened then, and it must not survive.
  await putRecords(ext.worker, 'removalLog', [
    removalLogEntry(JANE, (await workerNow(ext.worker)) + 3 * 365 * 24 * HOUR),
  ]);
  await options.getByRole('button', { name: 'Delete all data…' }).click();
  const confirm = options.getByTestId('delete-confirm');
  expect(await confirm.textContent()).toContain(
    'It keeps one thing: the time of each removal from the last 24 hours',
  );
  await confirm.getByRole('button', { name: 'Delete everything' }).click();
  await expectStatus(
    options,
    'delete',
    /^All QuietPrune data was deleted except the times of 1 removal from the last 24 hours, without names, links or reasons/,
  );

  const after = await readStores(ext.worker);
  expect(after).toMatchObject({
    connections: [],
    queue: [],
    keep: [],
    facts: [],
    settings: undefined,
    checklist: undefined,
  });
  // Issue 13: its time only (tests/e2e/delete-all.test.ts reads everything else that remains).
  expect(after.removalLog).toEqual([
    expect.objectContaining({ profileKey: '', name: '', profileUrl: '', detailsDeleted: true }),
  ]);
  await expect.poll(() => badgeText(ext.worker)).toBe('');
});
