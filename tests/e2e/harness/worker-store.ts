import { expect } from 'vitest';
import type { Page, Worker } from 'playwright';
import { normaliseProfileUrl } from '../../../src/linkedin/profile-url';

/**
 * Reading and seeding QuietPrune's IndexedDB from the service worker (Playwright's
 * worker.evaluate), and sending messages as an extension page does. For setting up what a test
 * needs that a person could only build over days (a removal log) and for checking what the
 * extension stored; everything a test is about still goes through the product's own paths.
 */

export const STORES = ['connections', 'queue', 'keep', 'removalLog', 'facts'] as const;
export type StoreName = (typeof STORES)[number] | 'meta';

export interface StoreSnapshot {
  connections: unknown[];
  queue: unknown[];
  keep: unknown[];
  removalLog: unknown[];
  facts: unknown[];
  /** The meta records that belong to the user (and travel with a backup). */
  settings: unknown;
  checklist: unknown;
}

/**
 * Waits until the extension has set itself up after install (its database exists). Opening the database from a test before the extension created it
 * would create it without its stores.
 */
export async function whenInstalled(worker: Worker): Promise<void> {
  await expect
    .poll(
      // The reminder is off by default (issue 13), so its alarm no longer tells; the database does,
      // listed once the worker opened it (reading the list does not create it).
      () => worker.evaluate(async () => (await indexedDB.databases()).some((d) => d.name === 'quietprune')),
      { timeout: 10_000 },
    )
    .toBe(true);
}

/** Everything the user's data is made of, as the stores hold it. */
export async function readStores(worker: Worker): Promise<StoreSnapshot> {
  return worker.evaluate(
    async (stores) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('quietprune');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error ?? new Error('IndexedDB request failed'));
      });
      const tx = db.transaction([...stores, 'meta']);
      const get = <T>(request: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
        });
      const lists = await Promise.all(stores.map((name) => get(tx.objectStore(name).getAll())));
      const [settings, checklist] = await Promise.all([
        get(tx.objectStore('meta').get('settings')),
        get(tx.objectStore('meta').get('checklist')),
      ]);
      db.close();
      return {
        ...Object.fromEntries(stores.map((name, i) => [name, lists[i]])),
        settings,
        checklist,
      } as never;
    },
    STORES as unknown as string[],
  );
}

/** Writes records straight into a store (for history a test cannot live through, like a removal log). */
export async function putRecords(worker: Worker, store: StoreName, records: unknown[]): Promise<void> {
  await worker.evaluate(
    async ({ store, records }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('quietprune');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error ?? new Error('IndexedDB request failed'));
      });
      const tx = db.transaction(store, 'readwrite');
      for (const record of records) tx.objectStore(store).put(record);
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('IndexedDB request failed'));
        tx.onabort = () => reject(tx.error ?? new Error('IndexedDB request failed'));
      });
      db.close();
    },
    { store, records },
  );
}

/** Sends a message to the worker from an extension page, as the popup and options page do; returns the reply. */
export async function sendFromPage<T = { ok: boolean; error?: string; data?: unknown }>(
  page: Page,
  message: unknown,
): Promise<T> {
  return page.evaluate((m) => chrome.runtime.sendMessage<unknown, T>(m), message);
}

export interface TestPerson {
  profileKey: string;
  profileUrl: string;
  name: string;
}

/** A person as QuietPrune identifies them: the key and canonical URL the product derives from a profile link. */
export function personAt(profileUrl: string, name: string): TestPerson {
  const normalised = normaliseProfileUrl(profileUrl);
  if (!normalised) throw new Error(`Not a profile link: ${profileUrl}`);
  return { profileKey: normalised.key, profileUrl: normalised.url, name };
}

/** A removal log entry as the session writes one. */
export function removalLogEntry(person: TestPerson, at: number, extra: Record<string, unknown> = {}) {
  return { ...person, at, reason: 'No contact since 2019', lost: null, ...extra };
}

/** The worker's "now" (the test clock's, which tests may move). */
export function workerNow(worker: Worker): Promise<number> {
  return worker.evaluate(() =>
    (globalThis as unknown as { quietPruneTest: { now(): Promise<number> } }).quietPruneTest.now(),
  );
}
