import { FakeLinkedIn } from '../../tests/fake-linkedin';
import type { LoadedExtension } from '../../tests/e2e/harness/extension';
import { openExtensionPage } from './extension-pages';

/**
 * Issue 17's `quick_sync_cards_read_5_new_of_5000`: how many cards the content script reads in a
 * quick Sync after 5 new connections joined the top of a network it had fully synced. A full sync
 * of `network` people on the fake LinkedIn (current layout, the virtualised one) comes first, as
 * the user's earlier Sync; then the fake adds 5 people at the top and the popup's Sync command runs
 * again. The count is the one the content script reports with its result (different people read,
 * src/content/sync/run-sync.ts); the second sync must have ended as a quick one that found exactly
 * the 5, or the figure means nothing and the bench fails. Human pauses are compressed with the e2e
 * build's test clock: they change the time, not which cards are read.
 */
export interface QuickSyncRead {
  network: number;
  fullCardsRead: number;
  quickCardsRead: number;
  message: string;
  wallMs: number;
}

interface StoredSync {
  syncId: string | null;
  status: string;
  kind: 'quick' | 'full' | null;
  cardsRead: number;
  seen: number;
  message: string;
}

export async function quickSyncCardsRead(ext: LoadedExtension, network: number): Promise<QuickSyncRead> {
  const fake = new FakeLinkedIn({ layout: 'current', size: network, seed: 17, latencyMs: 20 });
  await fake.install(ext.context);
  await ext.worker.evaluate(() =>
    (
      globalThis as unknown as { quietPruneTest: { setClock(c: object): Promise<void> } }
    ).quietPruneTest.setClock({ humanDelayScale: 0.02 }),
  );
  const full = await syncOnce(ext, Math.max(120_000, network * 60));
  if (full.status !== 'complete' || full.kind !== 'full' || full.cardsRead !== network)
    throw new Error(
      `The first sync ended ${full.status} (${full.kind}) with ${full.cardsRead} read: ${full.message}`,
    );

  fake.connect(
    ['Quinn', 'Rae', 'Sol', 'Tove', 'Uma'].map((firstName) => ({ firstName, lastName: 'Newcomer' })),
  );
  const started = Date.now();
  const quick = await syncOnce(ext, 120_000);
  const wallMs = Date.now() - started;
  if (
    quick.status !== 'complete' ||
    quick.kind !== 'quick' ||
    !quick.message.startsWith('Quick sync: 5 new,')
  )
    throw new Error(
      `The second sync was not a quick one that found 5 new: ${quick.status} (${quick.kind}): ${quick.message}`,
    );
  if (fake.profileRequests.length > 0)
    throw new Error(`The sync requested profiles: ${fake.profileRequests.join(', ')}`);
  return {
    network,
    fullCardsRead: full.cardsRead,
    quickCardsRead: quick.cardsRead,
    message: quick.message,
    wallMs,
  };
}

/** The popup's Sync command, then the worker's record of the sync once it is no longer running. */
async function syncOnce(ext: LoadedExtension, timeoutMs: number): Promise<StoredSync> {
  const before = (await storedSync(ext)).syncId;
  const popup = await openExtensionPage(ext, 'src/popup/index.html');
  const reply = await popup.evaluate(() =>
    chrome.runtime.sendMessage<unknown, { ok: boolean; error?: string }>({ type: 'sync/start' }),
  );
  await popup.close();
  if (!reply.ok) throw new Error(`sync/start failed: ${reply.error}`);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await new Promise((r) => setTimeout(r, 250));
    const state = await storedSync(ext);
    if (state.syncId !== before && state.status !== 'running') return state;
    if (Date.now() > deadline)
      throw new Error(`The sync was still running after ${timeoutMs} ms (${state.seen} read).`);
  }
}

function storedSync(ext: LoadedExtension): Promise<StoredSync> {
  return ext.worker.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('quietprune');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(new Error(String(open.error)));
    });
    const sync = await new Promise<Partial<StoredSync> | undefined>((resolve, reject) => {
      const request = db.transaction('meta').objectStore('meta').get('sync');
      request.onsuccess = () => resolve(request.result as Partial<StoredSync> | undefined);
      request.onerror = () => reject(new Error(String(request.error)));
    });
    db.close();
    return {
      syncId: sync?.syncId ?? null,
      status: sync?.status ?? 'idle',
      kind: sync?.kind ?? null,
      cardsRead: sync?.cardsRead ?? 0,
      seen: sync?.seen ?? 0,
      message: sync?.message ?? '',
    };
  });
}
