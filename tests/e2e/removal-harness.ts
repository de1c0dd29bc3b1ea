import { expect } from 'vitest';
import type { Page } from 'playwright';
import { FakeLinkedIn, type FakeLinkedInOptions, type FakePerson } from '../fake-linkedin';
import { normaliseProfileUrl } from '../../src/linkedin/profile-url';
import type { QueueItem } from '../../src/core/removal-queue';
import type { RemovalLogEntry } from '../../src/core/removal-log';
import type { SessionState } from '../../src/storage/meta';
import { launchWithExtension, type LoadedExtension } from './harness/extension';
import { getAll, getMeta } from './harness/extension-db';
import type { TestHooksGlobal } from '../../src/background/test-hooks';

/**
 * Shared set-up for the removal end-to-end tests (tests/e2e/removal-*.test.ts): Chromium with the
 * e2e build, the fake LinkedIn, the test clock, and ways to read what the worker stored.
 * Every read goes through IndexedDB from an extension page, as the popup itself reads.
 */
export const HOUR = 60 * 60 * 1000;
export const DAY = 24 * HOUR;
/** Human pauses at 0.2 % of their length: a 45..150 s gap becomes 0.09..0.3 s; network waits stay real. */
export const FAST = 0.002;
/**
 * The fake's search box searches 100 ms after the last key (300 by default, as LinkedIn's): the
 * name is typed in well under that at FAST, and each removal searches twice, so this saves
 * about half a second per removal. Still a debounce the executor must wait out (it waits for the
 * list to re-render, whenever that comes), and still shorter than its 700 ms quiet window, as
 * LinkedIn's is.
 */
const SEARCH_DEBOUNCE_MS = 100;

export interface RemovalRig {
  ext: LoadedExtension;
  fake: FakeLinkedIn;
  /** An extension page used to send the popup's messages and to read IndexedDB. */
  control: Page;
}

export async function setUpRig(
  fakeOptions: FakeLinkedInOptions,
  options: { cap?: number; humanDelayScale?: number } = {},
): Promise<RemovalRig> {
  const fake = new FakeLinkedIn({ latencyMs: 20, searchDebounceMs: SEARCH_DEBOUNCE_MS, ...fakeOptions });
  const ext = await launchWithExtension();
  try {
    await fake.install(ext.context);
    await setClock(ext, { humanDelayScale: options.humanDelayScale ?? FAST });
    const control = await ext.openPage('src/options/index.html');
    if (options.cap !== undefined) {
      const settings = await readMeta<{ pace: string; reminder: unknown } | undefined>(control, 'settings');
      const reply = await send(control, {
        type: 'settings/save',
        settings: {
          pace: settings?.pace ?? 'normal',
          reminder: settings?.reminder ?? { enabled: false, time: '09:30' },
          dailyCap: options.cap,
        },
      });
      expect(reply).toMatchObject({ ok: true });
    }
    return { ext, fake, control };
  } catch (error) {
    await ext.close();
    throw error;
  }
}

export function setClock(
  ext: LoadedExtension,
  change: { offsetMs?: number; humanDelayScale?: number },
): Promise<void> {
  return ext.worker.evaluate(
    (c) => (globalThis as unknown as TestHooksGlobal).quietPruneTest.setClock(c),
    change,
  );
}

/** Sends a message to the worker from an extension page, as the popup does. */
export function send(page: Page, message: object): Promise<{ ok: boolean; error?: string; data?: unknown }> {
  return page.evaluate((m) => chrome.runtime.sendMessage(m), message);
}

export function personRef(person: FakePerson): { profileKey: string; profileUrl: string; name: string } {
  const normalised = normaliseProfileUrl(person.profileUrl);
  if (!normalised) throw new Error(`not a profile URL: ${person.profileUrl}`);
  return { profileKey: normalised.key, profileUrl: normalised.url, name: person.name };
}

export const keyOf = (person: FakePerson): string => personRef(person).profileKey;

/**
 * The people whose name no one else in the list shares. The fake, like LinkedIn, has namesakes
 * (three "Alex Kim"s), and QuietPrune leaves a namesake to the user (lock 4, removal-dialog.ts):
 * tests of pacing, caps and interruptions queue people it will remove.
 */
export function uniquelyNamed(people: readonly FakePerson[]): FakePerson[] {
  const count = new Map<string, number>();
  const fold = (name: string) =>
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .trim();
  for (const p of people) count.set(fold(p.name), (count.get(fold(p.name)) ?? 0) + 1);
  return people.filter((p) => count.get(fold(p.name)) === 1);
}

/** Queues people by the popup's own message (the popup path itself is queueFromPopup below). */
export async function queueByMessage(
  page: Page,
  people: readonly FakePerson[],
  reason = 'e2e cleanup',
): Promise<void> {
  const reply = await send(page, {
    type: 'queue/add',
    people: people.map(personRef),
    reason,
    warningConfirmed: true,
    confirmedOnTheirOwn: [],
  });
  expect(reply).toMatchObject({ ok: true, data: { added: people.length, refused: [] } });
}

/** One meta record (undefined when absent). */
export const readMeta = <T>(page: Page, key: string): Promise<T> => getMeta<T>(page, key) as Promise<T>;

export const readQueue = (page: Page) => getAll<QueueItem>(page, 'queue');
export const readLog = (page: Page) => getAll<RemovalLogEntry>(page, 'removalLog');
export async function readSession(page: Page): Promise<SessionState> {
  return (await readMeta<SessionState | undefined>(page, 'session')) ?? ({ status: 'idle' } as SessionState);
}

/**
 * Waits until a session has ended and returns it. Pass the session seen before Start: a session
 * that had already ended then does not count.
 */
export async function waitForSessionEnd(
  page: Page,
  timeoutMs: number,
  before?: SessionState,
): Promise<SessionState> {
  await expect
    .poll(
      async () => {
        const session = await readSession(page);
        return session.status === 'ended' && (before === undefined || session.sessionId !== before.sessionId);
      },
      { timeout: timeoutMs, interval: 200 },
    )
    .toBe(true);
  return readSession(page);
}

export function statusByKey(queue: readonly QueueItem[]): Record<string, string> {
  return Object.fromEntries(queue.map((item) => [item.profileKey, item.status]));
}

/**
 * What every removal test must hold: no profile page was ever requested, and everyone the fake
 * saw removed was queued (by profile key), each at most once.
 */
export function expectOnlyQueuedRemoved(fake: FakeLinkedIn, queuedKeys: Iterable<string>): void {
  expect(fake.profileRequests).toEqual([]);
  const queued = new Set(queuedKeys);
  const removedKeys = fake.removals.map((r) => normaliseProfileUrl(r.profileUrl)!.key);
  for (const key of removedKeys) expect(queued, `removed ${key}, who was not queued`).toContain(key);
  expect(new Set(removedKeys).size, 'nobody removed twice').toBe(removedKeys.length);
}

/** Connections tab (the session's tab), found by URL. */
export function connectionsPages(ext: LoadedExtension): Page[] {
  return ext.context
    .pages()
    .filter((p) => p.url().startsWith('https://www.linkedin.com/mynetwork/invite-connect/connections'));
}

/** The toolbar popup, opened as a tab (what a click on the toolbar icon shows). */
export function openPopup(ext: LoadedExtension): Promise<Page> {
  return ext.openPage('src/popup/index.html');
}

/** In the popup: the Queue tab, then "Start session", as a user starts one. */
export async function startFromPopup(popup: Page): Promise<void> {
  await popup.bringToFront();
  await popup.getByRole('tab', { name: /^Queue/ }).click();
  const start = popup.getByRole('button', { name: 'Start session' });
  await expect.poll(() => start.isEnabled(), { timeout: 10_000 }).toBe(true);
  await start.click();
}

/** The most removals any 24 hours of these times hold (every busiest window starts at a removal). */
export function busiestDay(times: readonly number[]): number {
  return Math.max(0, ...times.map((start) => times.filter((at) => at >= start && at < start + DAY).length));
}

/** Sync through the popup, as a user does before ticking anyone. */
export async function syncFromPopup(popup: Page, expectedCount: number): Promise<void> {
  await popup.getByRole('button', { name: /^Sync( again)?$/ }).click();
  await expect
    .poll(async () => (await popup.getByTestId('connection-count').textContent()) ?? '', {
      timeout: 60_000,
      interval: 250,
    })
    .toContain(`${expectedCount} connections`);
}

/**
 * In the popup's Connections tab: search, tick exactly these people (by profile key: several rows
 * may show the same name), press "Add N to removal queue", and confirm the removal warning.
 */
export async function queueFromPopup(popup: Page, search: string, keys: readonly string[]): Promise<void> {
  // The real popup is always on screen; as a tab it must be in front, or Chromium stops its frames.
  await popup.bringToFront();
  await popup.getByRole('tab', { name: /^Connections/ }).click();
  await popup.getByRole('searchbox', { name: 'Search connections' }).fill(search);
  for (const key of keys) {
    const box = popup.locator(`[role="listitem"][data-profile-key="${key}"] input[type="checkbox"]`);
    await box.check();
  }
  await popup.getByRole('button', { name: `Add ${keys.length} to removal queue` }).click();
  const warning = popup.getByTestId('removal-warning');
  await warning.waitFor();
  await warning
    .getByRole('button', {
      name: keys.length === 1 ? 'Confirm: queue removal' : `Confirm: queue ${keys.length}`,
    })
    .click();
  await warning.waitFor({ state: 'detached' });
  await popup.getByRole('searchbox', { name: 'Search connections' }).fill('');
}
