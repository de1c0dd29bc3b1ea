import browser from 'webextension-polyfill';
import type { ContentToBackground, Reply } from '../messages';
import { sendToTab } from '../platform/messaging';
import { countSeenInSync, markUnlistedGone, saveCollected } from '../storage/connections';
import { database } from '../storage/db';
import { getMeta, updateMeta, type SyncState } from '../storage/meta';
import { announce } from './broadcast';
import { humanDelayScale, now } from './clock';
import { openFreshConnectionsPage, tabIsOnConnectionsPage } from './connections-tab';

/**
 * Sync: the content script on the Connections tab reads the list; the worker stores what it reads
 * and keeps the sync's state in IndexedDB, so a stopped worker or a closed popup loses nothing and
 * "Sync" again continues the same sync.
 */
const readSync = async () => getMeta(await database(), 'sync');
const changeSync = async (change: (s: SyncState) => SyncState) =>
  updateMeta(await database(), 'sync', change);

const RESUMABLE = new Set<SyncState['status']>(['running', 'stopped', 'stalled', 'warning', 'failed']);

export async function startSync(): Promise<Reply> {
  const at = await now();
  const session = await getMeta(await database(), 'session');
  if (session.status === 'running' || session.status === 'paused') {
    return { ok: false, error: 'A removal session is using the Connections page. Sync when it has ended.' };
  }
  const tab = await openFreshConnectionsPage();
  if (tab.id === undefined) return { ok: false, error: 'Could not open LinkedIn’s Connections page.' };
  const tabId = tab.id;
  const state = await changeSync((s) => ({
    ...s,
    // An unfinished sync continues: people it already read count towards the same total.
    syncId: s.syncId && RESUMABLE.has(s.status) ? s.syncId : `sync-${at}`,
    status: 'running',
    tabId,
    startedAt: s.status === 'running' ? s.startedAt : at,
    updatedAt: at,
    message: 'Reading your connections on LinkedIn’s Connections page…',
  }));
  await announce('sync');
  // No order yet: the page is loading afresh, and its content script says page/ready when it is
  // listening; `onPageReady` sends the order then.
  return state.syncId ? { ok: true } : { ok: false, error: 'The sync could not start.' };
}

async function tellTabToSync(tabId: number, syncId: string): Promise<void> {
  await sendToTab(tabId, { type: 'sync/run', syncId, humanDelayScale: await humanDelayScale() }).catch(
    () => undefined,
  );
}

export async function stopSync(): Promise<Reply> {
  const state = await readSync();
  if (state.status !== 'running') return { ok: true };
  const reached =
    state.tabId !== null && (await tabIsOnConnectionsPage(state.tabId))
      ? await sendToTab(state.tabId, { type: 'sync/stop' }).then(
          () => true,
          () => false, // no page, or an answer that is not one: the sync is ended here instead
        )
      : false;
  if (!reached) await endSync('stopped', 'Sync stopped. Press Sync to continue where it left off.');
  return { ok: true };
}

export async function onPageReady(tabId: number): Promise<void> {
  const state = await readSync();
  if (state.status === 'running' && state.tabId === tabId && state.syncId)
    await tellTabToSync(tabId, state.syncId);
}

export async function onSyncBatch(
  message: Extract<ContentToBackground, { type: 'sync/batch' }>,
  tabId: number,
): Promise<Reply> {
  const db = await database();
  const state = await getMeta(db, 'sync');
  if (state.syncId !== message.syncId || state.tabId !== tabId) {
    return { ok: false, error: 'This sync is no longer running.' };
  }
  const at = await now();
  await saveCollected(db, message.cards, message.syncId, at);
  const seen = await countSeenInSync(db, message.syncId);
  await changeSync((s) =>
    s.syncId === message.syncId
      ? { ...s, seen, total: message.total ?? s.total, updatedAt: at, lastSyncAt: at }
      : s,
  );
  await announce('connections', 'sync');
  return { ok: true };
}

export async function onSyncFinished(
  message: Extract<ContentToBackground, { type: 'sync/finished' }>,
  tabId: number,
): Promise<Reply> {
  const db = await database();
  const state = await getMeta(db, 'sync');
  if (state.syncId !== message.syncId || state.tabId !== tabId)
    return { ok: false, error: 'This sync is no longer running.' };
  // "Complete" is believed only when the store itself holds as many people from this sync as the
  // page's total: marking people gone on a short count would hide connections who are still there.
  const storedSeen = await countSeenInSync(db, message.syncId);
  if (message.outcome === 'complete' && (message.total === null || storedSeen < message.total)) {
    await endSync(
      'stalled',
      `The page listed ${message.total ?? 'an unknown number of'} connections but QuietPrune stored ${storedSeen}. Nobody was marked gone; press Sync to try again.`,
    );
    return { ok: true };
  }
  if (message.outcome === 'complete') {
    const at = await now();
    const gone = await markUnlistedGone(db, message.syncId, at);
    const seen = await countSeenInSync(db, message.syncId);
    const note =
      gone > 0 ? ` ${gone} ${gone === 1 ? 'person is' : 'people are'} no longer listed and marked gone.` : '';
    await changeSync((s) => ({
      ...s,
      status: 'complete',
      seen,
      total: message.total,
      updatedAt: at,
      lastCompleteAt: at,
      lastSyncAt: at,
      tabId: null,
      message: `Synced ${seen} connections.${note}`,
    }));
    await announce('connections', 'sync');
    return { ok: true };
  }
  const status = message.outcome === 'unrecognised-page' ? 'failed' : message.outcome;
  await endSync(status, message.message);
  return { ok: true };
}

/** The tab that was syncing closed or left the Connections page. */
export async function onTabGone(tabId: number): Promise<void> {
  const state = await readSync();
  if (state.status === 'running' && state.tabId === tabId) {
    await endSync(
      'stopped',
      'The Connections tab was closed or left the page, so the sync paused. Press Sync to continue.',
    );
  }
}

async function endSync(status: SyncState['status'], message: string): Promise<void> {
  const at = await now();
  await changeSync((s) => ({ ...s, status, message, updatedAt: at, tabId: null }));
  await announce('sync');
}
