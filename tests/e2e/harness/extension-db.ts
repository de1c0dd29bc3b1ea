import type { Page } from 'playwright';

/**
 * QuietPrune's IndexedDB read and written from an extension page (not from the worker: the soak
 * stops the worker on purpose, and a stopped worker's handle answers nothing). No vitest here:
 * `npm run soak` runs outside the test runner.
 */

export async function getAll<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('quietprune');
        open.onerror = () => reject(open.error ?? new Error('IndexedDB request failed'));
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction(name, 'readonly').objectStore(name).getAll();
          request.onsuccess = () => {
            db.close();
            resolve(request.result as T[]);
          };
          request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
        };
      }),
    store,
  );
}

export async function getMeta<T>(page: Page, key: string): Promise<T | undefined> {
  return page.evaluate(
    (k) =>
      new Promise<T | undefined>((resolve, reject) => {
        const open = indexedDB.open('quietprune');
        open.onerror = () => reject(open.error ?? new Error('IndexedDB request failed'));
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('meta', 'readonly').objectStore('meta').get(k);
          request.onsuccess = () => {
            db.close();
            resolve(request.result as T | undefined);
          };
          request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
        };
      }),
    key,
  );
}

/** Puts records (with `key` for the out-of-line keyed meta store) in one transaction. */
export async function putAll(
  page: Page,
  store: string,
  records: ReadonlyArray<{ value: unknown; key?: string }>,
): Promise<void> {
  await page.evaluate(
    ({ store, records }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('quietprune');
        open.onerror = () => reject(open.error ?? new Error('IndexedDB request failed'));
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(store, 'readwrite');
          for (const record of records) {
            if (record.key === undefined) tx.objectStore(store).put(record.value);
            else tx.objectStore(store).put(record.value, record.key);
          }
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error ?? new Error('IndexedDB request failed'));
          tx.onabort = () => reject(tx.error ?? new Error('IndexedDB request failed'));
        };
      }),
    { store, records: records as Array<{ value: unknown; key?: string }> },
  );
}

/** Sends a message to the worker as the popup does (it wakes a stopped worker). */
export function send(page: Page, message: object): Promise<{ ok: boolean; error?: string; data?: unknown }> {
  return page.evaluate((m) => chrome.runtime.sendMessage(m), message);
}

/** Polls until `check` holds or the time is up; returns whether it held. */
export async function until(
  check: () => Promise<boolean> | boolean,
  timeoutMs: number,
  intervalMs = 100,
): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() >= end) return false;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
