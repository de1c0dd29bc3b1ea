import type { Page } from 'playwright';
import type { LoadedExtension } from '../../tests/e2e/harness/extension';

/**
 * Driving the extension's own pages for the benchmark: the data-export import on the options
 * page (how 30,000 connections get into the store, timed), the floor it is compared with (the
 * same records put straight into IndexedDB), deleting everything, and what the store takes on
 * disk.
 */

/**
 * Waits until the page has had no long task for 1.5 s (work the popup does after its first
 * paint, such as folding names for search, is over), at most 30 s.
 */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = performance.now();
        const observer = new PerformanceObserver((list) => {
          for (const e of list.getEntries()) last = Math.max(last, e.startTime + e.duration);
        });
        observer.observe({ type: 'longtask', buffered: true });
        const giveUp = performance.now() + 30_000;
        const check = () => {
          if (performance.now() - last > 1500 || performance.now() > giveUp) {
            observer.disconnect();
            resolve();
          } else setTimeout(check, 100);
        };
        check();
      }),
  );
}

/** The toolbar popup's size: pages opened as tabs get the same viewport. */
export const POPUP_VIEWPORT = { width: 420, height: 580 };

export async function openExtensionPage(
  ext: LoadedExtension,
  path: string,
  viewport = POPUP_VIEWPORT,
): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(`chrome-extension://${ext.extensionId}/${path}`);
  return page;
}

/**
 * Imports a Connections.csv through the options page as a user does (choosing the file) and
 * returns the time from the file input's change event to the "Import finished" status, both
 * measured in the page. Throws if the import reports anything else than `expectedNew` new people
 * and `expectedUpdated` updated ones.
 */
export async function importConnectionsCsv(
  ext: LoadedExtension,
  csv: string,
  expectedNew: number,
  expectedUpdated = 0,
): Promise<number> {
  const options = await openExtensionPage(ext, 'src/options/index.html', { width: 1000, height: 900 });
  try {
    const input = options.getByLabel('Import LinkedIn data export');
    await input.waitFor();
    // A person chooses the file seconds after the page opens, not in its first milliseconds: wait
    // until the page has loaded what it shows (with 30,000 stored, its own read of them and its
    // charts), so the re-import is not timed against the page's start-up and the first import
    // (an empty store, nothing to load) is not favoured by it.
    await settle(options);
    // The clock starts at the change event (capture phase on window, before the page's handler).
    const finished = options.evaluate(
      () =>
        new Promise<{ ms: number; status: string }>((resolve, reject) => {
          let start = -1;
          window.addEventListener('change', () => (start = performance.now()), { capture: true, once: true });
          const section = document.getElementById('import')!;
          const timer = setTimeout(
            () => reject(new Error(`No import outcome after 120 s: ${section.textContent}`)),
            120_000,
          );
          const check = () => {
            const status = section.querySelector('[role="status"]')?.textContent ?? '';
            const alert = section.querySelector('[role="alert"]')?.textContent ?? '';
            if (start >= 0 && (status.startsWith('Import finished') || alert !== '')) {
              observer.disconnect();
              clearTimeout(timer);
              resolve({ ms: performance.now() - start, status: status || alert });
            }
          };
          const observer = new MutationObserver(check);
          observer.observe(section, { childList: true, subtree: true, characterData: true });
        }),
    );
    await input.setInputFiles({
      name: 'Connections.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });
    const { ms, status } = await finished;
    if (status !== `Import finished: ${expectedNew} new, ${expectedUpdated} updated.`)
      throw new Error(`The import said: ${status}`);
    return ms;
  } finally {
    await options.close();
  }
}

/** Every record of the connections store, as the import left them (in key order). */
export async function storedConnections(ext: LoadedExtension): Promise<unknown[]> {
  const page = await openExtensionPage(ext, 'src/log/index.html');
  try {
    return await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('quietprune');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error ?? new Error('open failed'));
      });
      const all = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction('connections').objectStore('connections').getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('getAll failed'));
      });
      db.close();
      return all;
    });
  } finally {
    await page.close();
  }
}

/**
 * IndexedDB's own floor for an import: `records` put into a new database with the connections
 * store's schema (key path, index), in one transaction, on the options page (the import's own
 * page origin and page), plain requests without any library. Times the transaction from its
 * creation to its complete event; the records are in the page before the clock starts, and the
 * database is opened before and deleted after.
 */
export async function putFloorMs(ext: LoadedExtension, records: readonly unknown[]): Promise<number> {
  const page = await openExtensionPage(ext, 'src/options/index.html', { width: 1000, height: 900 });
  try {
    return await page.evaluate(async (all) => {
      const name = 'quietprune-bench-floor';
      await new Promise((resolve) => {
        const del = indexedDB.deleteDatabase(name);
        del.onsuccess = del.onerror = del.onblocked = resolve;
      });
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name, 1);
        open.onupgradeneeded = () =>
          open.result
            .createObjectStore('connections', { keyPath: 'profileKey' })
            .createIndex('byLastSyncId', 'lastSyncId');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error ?? new Error('open failed'));
      });
      const start = performance.now();
      const tx = db.transaction('connections', 'readwrite');
      const store = tx.objectStore('connections');
      for (const record of all) store.put(record);
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = tx.onabort = () => reject(tx.error ?? new Error('the transaction was aborted'));
      });
      const ms = performance.now() - start;
      db.close();
      await new Promise((resolve) => {
        const del = indexedDB.deleteDatabase(name);
        del.onsuccess = del.onerror = del.onblocked = resolve;
      });
      return ms;
    }, records);
  } finally {
    await page.close();
  }
}

/** Deletes all QuietPrune data through the worker's own command (as the options page's button does). */
export async function deleteAllData(ext: LoadedExtension): Promise<void> {
  const page = await openExtensionPage(ext, 'src/log/index.html');
  try {
    const reply = await page.evaluate(() =>
      chrome.runtime.sendMessage<{ type: string }, { ok: boolean; error?: string }>({
        type: 'data/delete-all',
      }),
    );
    if (!reply.ok) throw new Error(`data/delete-all failed: ${reply.error}`);
  } finally {
    await page.close();
  }
}

export interface StoreSize {
  /** navigator.storage.estimate().usageDetails.indexedDB: the database's files on disk. */
  estimateBytes: number;
  /** Sum over every record of every store of its JSON, UTF-8 encoded. */
  recordBytes: number;
}

export async function measureStoreSize(ext: LoadedExtension): Promise<StoreSize> {
  const page = await openExtensionPage(ext, 'src/log/index.html');
  try {
    return await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('quietprune');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error ?? new Error('IndexedDB request failed'));
      });
      const encoder = new TextEncoder();
      let recordBytes = 0;
      for (const name of Array.from(db.objectStoreNames)) {
        const all = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
        });
        for (const record of all) recordBytes += encoder.encode(JSON.stringify(record)).length;
      }
      db.close();
      const estimate = (await navigator.storage.estimate()) as StorageEstimate & {
        usageDetails?: { indexedDB?: number };
      };
      return { estimateBytes: estimate.usageDetails?.indexedDB ?? estimate.usage ?? 0, recordBytes };
    });
  } finally {
    await page.close();
  }
}
