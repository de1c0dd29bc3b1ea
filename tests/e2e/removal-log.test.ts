import { afterEach, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { FakeLinkedIn } from '../fake-linkedin';
import { launchWithExtension, type LoadedExtension } from './harness/extension';
import { personAt, putRecords, removalLogEntry, whenInstalled, workerNow } from './harness/worker-store';

/**
 * The removal log page: who was removed, when, why and what went with them; a filter, a CSV of
 * what the filter shows, and "Reconnect", which opens a profile only after saying what that means.
 */
let ext: LoadedExtension | null = null;
afterEach(async () => {
  await ext?.close();
  ext = null;
});

const HOUR = 3_600_000;
const ZOE = personAt('https://www.linkedin.com/in/zo%C3%AB-m%C3%BCller-3b/', 'Zoë Müller');
const JANE = personAt('https://www.linkedin.com/in/jane-roe-pmp/', 'Jane Roe, PMP');
const FORMULA = personAt('https://www.linkedin.com/in/sam-cell/', '=HYPERLINK("x")');

it('lists removals newest first, filters them, exports what the filter shows, and opens a profile only through Reconnect', async () => {
  const fake = new FakeLinkedIn({
    size: 0,
    latencyMs: 10,
    extraPeople: [{ firstName: 'Zoë', lastName: 'Müller', slug: 'zo%C3%AB-m%C3%BCller-3b' }],
  });
  ext = await launchWithExtension();
  await fake.install(ext.context);
  await whenInstalled(ext.worker);
  const at = await workerNow(ext.worker);
  await putRecords(ext.worker, 'removalLog', [
    removalLogEntry(JANE, at - 30 * HOUR, { reason: 'Recruiter spam', lost: null }),
    removalLogEntry(ZOE, at - 2 * HOUR, {
      reason: 'No contact since 2016',
      lost: {
        endorsementsReceived: ['Negotiation', 'Sales'],
        endorsementsGiven: [],
        recommendationsReceived: 1,
        recommendationsGiven: 0,
      },
    }),
    removalLogEntry(FORMULA, at - 50 * HOUR, {
      reason: 'Unknown',
      lost: {
        endorsementsReceived: [],
        endorsementsGiven: [],
        recommendationsReceived: 0,
        recommendationsGiven: 0,
      },
    }),
  ]);

  const log = await ext.openPage('src/log/index.html');
  const rows = log.getByRole('table').locator('tbody tr');
  await expect.poll(() => rows.count()).toBe(3);
  expect(await log.getByRole('status').textContent()).toBe('3 removals');
  const names = await rows.locator('th').allTextContents();
  expect(names).toEqual(['Zoë Müller', 'Jane Roe, PMP', '=HYPERLINK("x")']); // newest first
  const zoeRow = await rows.nth(0).textContent();
  expect(zoeRow).toContain(ZOE.profileUrl);
  expect(zoeRow).toContain('No contact since 2016');
  expect(zoeRow).toContain('Their endorsements of you: Negotiation, Sales');
  expect(zoeRow).toContain('Recommendations from them: 1');
  expect(await rows.nth(1).textContent()).toContain('Not known');
  expect(await rows.nth(2).textContent()).toContain('No endorsements or recommendations');
  // A profile link shown as a link would be one click from a visit the person can see.
  expect(await log.locator('a[href*="/in/"]').count()).toBe(0);

  // The filter folds accents and case, and the CSV holds what it shows.
  await log.getByLabel('Filter').fill('zoe muller');
  await expect.poll(() => rows.count()).toBe(1);
  expect(await log.getByRole('status').textContent()).toBe('1 of 3 removals');
  const [download] = await Promise.all([
    log.waitForEvent('download'),
    log.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^quietprune-removal-log-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = Papa.parse<string[]>(readFileSync(await download.path(), 'utf8').trim()).data;
  expect(csv[0]).toEqual([
    'name',
    'profile_url',
    'removed_at',
    'reason',
    'endorsements_received',
    'endorsements_given',
    'recommendations_received',
    'recommendations_given',
    'confirmed_after_interruption',
    'state',
    'unexpected',
  ]);
  expect(csv.slice(1)).toEqual([
    [
      'Zoë Müller',
      ZOE.profileUrl,
      new Date(at - 2 * HOUR).toISOString(),
      'No contact since 2016',
      'Negotiation; Sales',
      '',
      '1',
      '0',
      'no',
      'removed',
      'no',
    ],
  ]);
  expect(await log.getByRole('status').textContent()).toContain(
    'Exported 1 removal as CSV (the rows the filter shows).',
  );

  // A cell that a spreadsheet would run as a formula is exported as text.
  await log.getByLabel('Filter').fill('');
  await expect.poll(() => rows.count()).toBe(3);
  const [all] = await Promise.all([
    log.waitForEvent('download'),
    log.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  const allRows = Papa.parse<string[]>(readFileSync(await all.path(), 'utf8').trim()).data;
  expect(allRows.map((r) => r[0])).toEqual(['name', 'Zoë Müller', 'Jane Roe, PMP', `'=HYPERLINK("x")`]);

  // Reconnect: first what it means; Cancel opens nothing.
  const profileTabs = async () =>
    (await ext!.worker.evaluate(() => chrome.tabs.query({})))
      .map((t) => t.pendingUrl ?? t.url ?? '')
      .filter((url) => url.includes('/in/'));
  await log.getByRole('button', { name: 'Reconnect with Zoë Müller' }).click();
  const dialog = log.getByTestId('reconnect-dialog');
  const says = await dialog.textContent();
  expect(says).toContain('The visit is visible to them.');
  expect(says).toContain('The invitation is yours to send.');
  expect(says).toContain('Endorsements do not come back.');
  expect(says).toContain('Their endorsements of you: Negotiation, Sales');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(await log.getByTestId('reconnect-dialog').count()).toBe(0);
  expect(await profileTabs()).toEqual([]);
  expect(fake.profileRequests).toEqual([]);

  // Only "Open their profile" opens it: that one profile, in a new tab. (Chrome's own list of tabs
  // says which: Playwright's routing may miss the first load of a tab an extension opens,
  // microsoft/playwright#21061, so the fake's record of profile requests cannot be relied on here.)
  await log.getByRole('button', { name: 'Reconnect with Zoë Müller' }).click();
  await log
    .getByTestId('reconnect-dialog')
    .getByRole('button', { name: 'Open their profile in a new tab' })
    .click();
  await expect.poll(profileTabs).toEqual([ZOE.profileUrl]);
  await expect
    .poll(async () => (await log.getByRole('status').textContent()) ?? '')
    .toContain('Opened the profile of Zoë Müller in a new tab.');
  expect(await log.getByTestId('reconnect-dialog').count()).toBe(0);
});

it('says which confirmations LinkedIn has not answered, which it did not carry out, and who left unexpectedly; the CSV carries the state', async () => {
  ext = await launchWithExtension();
  await whenInstalled(ext.worker);
  const at = await workerNow(ext.worker);
  await putRecords(ext.worker, 'removalLog', [
    removalLogEntry(JANE, at - 1 * HOUR, { state: 'pending' }),
    removalLogEntry(ZOE, at - 2 * HOUR, { state: 'still-listed' }),
    removalLogEntry(FORMULA, at - 3 * HOUR, {
      state: 'removed',
      unexpected: true,
      reason: 'Unexpected: not queued',
    }),
  ]);
  const log = await ext.openPage('src/log/index.html');
  const rows = log.getByRole('table').locator('tbody tr');
  await expect.poll(() => rows.count()).toBe(3);
  expect(await rows.nth(0).textContent()).toContain('Unsure: waiting for LinkedIn');
  expect(await rows.nth(1).textContent()).toContain('Still listed: LinkedIn kept the connection');
  expect(await rows.nth(2).textContent()).toContain('Unexpected: you did not queue them');
  const [download] = await Promise.all([
    log.waitForEvent('download'),
    log.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  const csv = Papa.parse<string[]>(readFileSync(await download.path(), 'utf8').trim()).data;
  expect(csv.slice(1).map((r) => [r[0], r[9], r[10]])).toEqual([
    ['Jane Roe, PMP', 'pending', 'no'],
    ['Zoë Müller', 'still-listed', 'no'],
    [`'=HYPERLINK("x")`, 'removed', 'yes'],
  ]);
});
