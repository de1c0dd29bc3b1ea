import type { ContentToBackground, Reply } from '../messages';
import {
  fullSyncReasonText,
  nextStoredOrder,
  planQuickSync,
  type FullSyncReason,
  type QuickSyncPlan,
} from '../core/quick-sync';
import { sendToTab } from '../platform/messaging';
import {
  countSeenInSync,
  markUnlistedGone,
  readQuickSyncInputs,
  saveCollected,
} from '../storage/connections';
import { database } from '../storage/db';
import { getMeta, putMeta, updateMeta, type SyncState } from '../storage/meta';
import { refreshBadge } from './badge';
import { announce } from './broadcast';
import { humanDelayScale, now } from './clock';
import { openFreshConnectionsPage, tabIsOnConnectionsPage } from './connections-tab';
import { isSessionLive } from '../core/session-status';

/**
 * Sync: the content script on the Connections tab reads the list; the worker stores what it reads
 * and keeps the sync's state in IndexedDB, so a stopped worker or a closed popup loses nothing and
 * "Sync" again continues the same sync.
 */
const readSync = async () => getMeta(await database(), 'sync');
const changeSync = async (change: (s: SyncState) => SyncState) =>
  updateMeta(await database(), 'sync', change);

/**
 * A sync that ended having read the whole list: complete, and both the last sync and the last
 * complete one, at `at`; the tab is let go.
 */
const completeSync = (
  at: number,
  ended: Pick<SyncState, 'seen' | 'total' | 'kind' | 'fullReason' | 'cardsRead' | 'message'> &
    Partial<Pick<SyncState, 'plan'>>,
) =>
  changeSync((s) => ({
    ...s,
    ...ended,
    status: 'complete',
    updatedAt: at,
    lastCompleteAt: at,
    lastSyncAt: at,
    tabId: null,
  }));

const RESUMABLE = new Set<SyncState['status']>(['running', 'stopped', 'stalled', 'warning', 'failed']);

export async function startSync(full = false): Promise<Reply> {
  const at = await now();
  const db = await database();
  const session = await getMeta(db, 'session');
  if (isSessionLive(session.status)) {
    return { ok: false, error: 'A removal session is using the Connections page. Sync when it has ended.' };
  }
  const before = await getMeta(db, 'sync');
  // An unfinished full sync continues (people it already read count towards the same total);
  // anything else starts afresh, quick when QuietPrune can check a quick one.
  const continuing = before.syncId !== null && RESUMABLE.has(before.status) && before.kind === 'full';
  const planned: QuickSyncPlan | { reason: FullSyncReason } = continuing
    ? { reason: before.fullReason ?? { code: 'never-synced' } }
    : full
      ? { reason: { code: 'asked' } }
      : await planFromStore(before);
  const plan = 'known' in planned ? planned : null;
  const tab = await openFreshConnectionsPage();
  if (tab.id === undefined) return { ok: false, error: 'Could not open LinkedIn’s Connections page.' };
  const tabId = tab.id;
  const state = await changeSync((s) => ({
    ...s,
    syncId: continuing && s.syncId ? s.syncId : `sync-${at}`,
    status: 'running',
    tabId,
    startedAt: s.status === 'running' ? s.startedAt : at,
    updatedAt: at,
    kind: plan ? 'quick' : 'full',
    plan,
    fullReason: 'reason' in planned ? planned.reason : null,
    message: plan
      ? 'Quick sync: reading the newest of your connections on LinkedIn’s Connections page…'
      : 'Reading your connections on LinkedIn’s Connections page…',
  }));
  await announce('sync');
  // No order yet: the page is loading afresh, and its content script says page/ready when it is
  // listening; `onPageReady` sends the order then.
  return state.syncId ? { ok: true } : { ok: false, error: 'The sync could not start.' };
}

/** A quick sync's plan from what is stored, or why only a full sync will do. */
async function planFromStore(state: SyncState): Promise<QuickSyncPlan | { reason: FullSyncReason }> {
  const stored = await readQuickSyncInputs(await database());
  if (!stored) return { reason: { code: 'never-synced' } };
  return planQuickSync({
    order: stored.order,
    lookup: (key) => stored.records.get(key),
    current: stored.current,
    log: stored.log,
    lastCompleteAt: state.lastCompleteAt,
  });
}

async function tellTabToSync(tabId: number, state: SyncState): Promise<void> {
  if (!state.syncId) return;
  await sendToTab(tabId, {
    type: 'sync/run',
    syncId: state.syncId,
    humanDelayScale: await humanDelayScale(),
    quick: state.plan,
  }).catch(() => undefined); // no page, or no answer: the page asks again when it is ready
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
  if (state.status === 'running' && state.tabId === tabId && state.syncId) await tellTabToSync(tabId, state);
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
  // A quick sync reads only the top: its own check is the total (finishQuick).
  if (message.outcome === 'complete' && message.ran === 'quick') return finishQuick(message, state);
  // A full "complete" is believed only when the store itself holds as many people from this sync as the
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
    await putMeta(db, 'syncOrder', nextStoredOrder(message.top, []));
    const seen = await countSeenInSync(db, message.syncId);
    const reason = message.fullReason ?? state.fullReason;
    const note =
      gone.marked === 0
        ? ''
        : ` ${gone.marked} ${gone.marked === 1 ? 'person is' : 'people are'} no longer listed and marked gone` +
          (gone.endedElsewhere === 0
            ? '.'
            : `; ${gone.endedElsewhere} of them ended outside QuietPrune and count against the daily cap.`);
    await completeSync(at, {
      seen,
      total: message.total,
      kind: 'full',
      plan: null,
      fullReason: reason,
      cardsRead: message.cardsRead,
      message: `Full sync${reason ? ` (${fullSyncReasonText(reason)})` : ''}: synced ${seen} connections.${note}`,
    });
    await announce('connections', 'sync', 'log');
    await refreshBadge();
    return { ok: true };
  }
  const status = message.outcome === 'unrecognised-page' ? 'failed' : message.outcome;
  // A quick sync that went on into a full one continues as a full one next time.
  await changeSync((s) => ({
    ...s,
    kind: message.ran,
    fullReason: message.fullReason ?? s.fullReason,
    cardsRead: message.cardsRead,
  }));
  await endSync(status, message.message);
  return { ok: true };
}

/**
 * A quick sync ended at its run of known people. The page judged it; the worker checks the page's
 * total once more against its own plan (the page could be wrong only through a bug, and a wrong
 * "nobody left" would keep a gone person listed), then keeps the new order. Nobody is marked gone.
 */
async function finishQuick(
  message: Extract<ContentToBackground, { type: 'sync/finished' }>,
  state: SyncState,
): Promise<Reply> {
  const db = await database();
  const at = await now();
  const plan = state.plan;
  if (!plan || message.total === null || message.total !== plan.expected + message.newFound) {
    await endSync(
      'stalled',
      `The quick sync’s count did not add up (LinkedIn shows ${message.total ?? 'no total'}). Nobody was marked gone; press Full sync.`,
    );
    return { ok: true };
  }
  await updateMeta(db, 'syncOrder', (oldOrder) => nextStoredOrder(message.top, oldOrder));
  const seen = await countSeenInSync(db, message.syncId);
  // The store now lists exactly who LinkedIn lists (the total agrees): as good as a full sync.
  // Its plan stays (a full sync's is cleared).
  await completeSync(at, {
    seen,
    total: message.total,
    kind: 'quick',
    fullReason: null,
    cardsRead: message.cardsRead,
    message: `Quick sync: ${message.newFound} new, stopped after ${message.knownRun} known people in a row.`,
  });
  await announce('connections', 'sync');
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
