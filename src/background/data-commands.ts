import { CAP_WINDOW_MS } from '../core/daily-cap';
import { isDatedInFuture, parseBackup, restoreRecords, settleAgainstLog } from '../storage/backup-format';
import { buildListHead } from '../core/list-head';
import type { RemovalLogEntry } from '../core/removal-log';
import { SettingsSchema, type Settings } from '../core/settings';
import { isProfileUrlOf, type Reply } from '../messages';
import { CHECKLIST_KEY, type Checklist } from '../storage/checklist';
import { LIST_HEAD_KEY } from '../storage/list-head';
import { readSessionState, readSyncState } from '../storage/meta';
import { refreshBadge } from './badge';
import { announce } from './broadcast';
import { now } from './clock';
import { database } from './database';
import { ensureReminderAlarm } from './reminder';
import { stopSession } from './session/session-controller';
import { stopSync } from './sync-controller';

/**
 * The options page's commands on the user's data as a whole: settings, delete everything, restore
 * a backup, and "an import was written". Each change to the stores runs in one IndexedDB
 * transaction, so it lands whole or not at all.
 */

const DATA_STORES = ['connections', 'queue', 'keep', 'removalLog', 'facts'] as const;
const ALL_STORES = [...DATA_STORES, 'meta'] as const;
const EVERY_TOPIC = [
  'connections',
  'queue',
  'sync',
  'session',
  'settings',
  'keep',
  'log',
  'facts',
  'checklist',
] as const;
/** Meta records that are not the user's data: the e2e build's test clock (absent in the store build). */
const META_KEPT_ACROSS_RESETS = new Set(['testClock']);

export async function saveSettings(settings: Settings): Promise<Reply> {
  const parsed = SettingsSchema.safeParse(settings);
  if (!parsed.success)
    return { ok: false, error: parsed.error.issues[0]?.message ?? 'These settings are not valid.' };
  await (await database()).put('meta', parsed.data, 'settings');
  await ensureReminderAlarm();
  await refreshBadge();
  await announce('settings');
  return { ok: true };
}

/** Ticks off (with the time) or reopens the checklist item, from the popup or the options page. */
export async function setChecklist(hideConnectionsList: boolean): Promise<Reply> {
  const checklist: Checklist = { hideConnectionsList: hideConnectionsList ? await now() : null };
  await (await database()).put('meta', checklist, CHECKLIST_KEY);
  await announce('checklist');
  return { ok: true };
}

/**
 * Deletes everything QuietPrune stored, except removals from the last 24 hours. The options page
 * has asked the user to confirm, and said why those stay.
 *
 * The daily cap is counted from the removal log alone (core/daily-cap.ts). Forgetting today's
 * removals would hand back a full day's budget at once: "delete all", then remove twenty more,
 * is forty in an hour. So log entries still inside the cap's window are kept; once they are older
 * than 24 hours, deleting all data again removes them. An entry dated in the future (beyond a few
 * minutes of clock skew) is not kept: no removal happened then, and such an entry, which only a
 * file could have brought in, would hold the cap shut until its date, through every reset.
 */
export async function deleteAllData(): Promise<
  Reply<{ keptRecentRemovals: number; keptUntil: number | null }>
> {
  const db = await database();
  // A session or sync still running would write into the emptied stores a moment later.
  const session = await readSessionState(db);
  if (session.status === 'running' || session.status === 'paused') await stopSession('data-deleted');
  if ((await readSyncState(db)).status === 'running') await stopSync();

  const at = await now();
  const tx = db.transaction([...ALL_STORES], 'readwrite');
  let kept: RemovalLogEntry[] = [];
  try {
    kept = (await tx.objectStore('removalLog').getAll()).filter((e) => stillCounts(e, at));
    await Promise.all(DATA_STORES.map((store) => tx.objectStore(store).clear()));
    for (const entry of kept) issue(tx.objectStore('removalLog').put(entry));
    await clearMeta(tx.objectStore('meta'));
    await tx.done;
  } catch (error) {
    abortQuietly(tx);
    return {
      ok: false,
      error: `QuietPrune could not delete its data; nothing was deleted. (${describe(error)})`,
    };
  }
  await afterWholesaleChange();
  const keptUntil = kept.length > 0 ? Math.max(...kept.map((e) => e.at)) + CAP_WINDOW_MS : null;
  return { ok: true, data: { keptRecentRemovals: kept.length, keptUntil } };
}

/** A removal the daily cap still counts and a reset keeps: inside the last 24 hours, not dated in the future. */
function stillCounts(entry: RemovalLogEntry, at: number): boolean {
  return at - entry.at < CAP_WINDOW_MS && !isDatedInFuture(entry, at);
}

/**
 * Replaces all data with a backup's, after checking the whole file against the rules the UI and
 * the worker hold (storage/backup-format.ts), whatever the options page checked. A bad file changes nothing.
 */
export async function restoreBackup(
  raw: unknown,
): Promise<Reply<{ connections: number; queue: number; keep: number; removalLog: number; facts: number }>> {
  const check = parseBackup(raw, { now: await now(), isProfileUrlOf });
  if (!check.ok) return { ok: false, error: check.error };
  const backup = check.backup;

  const db = await database();
  const session = await readSessionState(db);
  if (session.status === 'running' || session.status === 'paused') {
    return {
      ok: false,
      error: 'A removal session is running. Stop it first, then restore; nothing was changed.',
    };
  }
  if ((await readSyncState(db)).status === 'running') {
    return { ok: false, error: 'A sync is running. Stop it first, then restore; nothing was changed.' };
  }

  const at = await now();
  const tx = db.transaction([...ALL_STORES], 'readwrite');
  try {
    const current = await tx.objectStore('removalLog').getAll();
    const restored = restoreRecords(backup, at);
    const removalLog = withRecentRemovals(restored.removalLog, current, at);
    await Promise.all(DATA_STORES.map((store) => tx.objectStore(store).clear()));
    await clearMeta(tx.objectStore('meta'));
    // Writes are issued without waiting one by one; a failed one aborts the transaction and tx.done says so.
    for (const c of backup.connections) issue(tx.objectStore('connections').put(c));
    for (const q of settleAgainstLog(restored.queue, removalLog, at)) issue(tx.objectStore('queue').put(q));
    for (const k of backup.keep) issue(tx.objectStore('keep').put(k));
    // Without ids: the store numbers them (storage/backup-format.ts restoreRecords says why).
    for (const e of removalLog) issue(tx.objectStore('removalLog').add(e));
    for (const f of backup.facts) issue(tx.objectStore('facts').put(f));
    issue(tx.objectStore('meta').put(backup.settings, 'settings'));
    if (backup.meta?.checklist !== undefined)
      issue(tx.objectStore('meta').put(backup.meta.checklist, 'checklist'));
    issue(tx.objectStore('meta').put(buildListHead(backup.connections), LIST_HEAD_KEY));
    await tx.done;
  } catch (error) {
    abortQuietly(tx);
    return {
      ok: false,
      error: `QuietPrune could not restore this backup; nothing was changed. (${describe(error)})`,
    };
  }
  await afterWholesaleChange();
  return {
    ok: true,
    data: {
      connections: backup.connections.length,
      queue: backup.queue.length,
      keep: backup.keep.length,
      removalLog: backup.removalLog.length,
      facts: backup.facts.length,
    },
  };
}

/** The options page wrote an import into IndexedDB (storage/import-store.ts, one transaction). */
export async function importDone(): Promise<Reply> {
  await refreshBadge();
  await announce('connections', 'facts');
  return { ok: true };
}

/**
 * The backup's log, plus any removal made in the last 24 hours that the backup does not hold.
 * Those removals happened (the log is the only record of them) and count against today's cap;
 * restoring an older backup must not hide them and so lift the cap. All without ids: the store
 * numbers the restored log afresh.
 */
type UnnumberedEntry = Omit<RemovalLogEntry, 'id'>;
function withRecentRemovals(
  fromBackup: UnnumberedEntry[],
  current: RemovalLogEntry[],
  at: number,
): UnnumberedEntry[] {
  const held = new Set(fromBackup.map((e) => `${e.profileKey}@${e.at}`));
  const recent = current
    .filter((e) => stillCounts(e, at) && !held.has(`${e.profileKey}@${e.at}`))
    .map(({ id: _id, ...entry }) => entry);
  return [...fromBackup, ...recent];
}

async function clearMeta(meta: {
  getAllKeys(): Promise<string[]>;
  delete(key: string): Promise<void>;
}): Promise<void> {
  const keys = await meta.getAllKeys();
  await Promise.all(keys.filter((key) => !META_KEPT_ACROSS_RESETS.has(key)).map((key) => meta.delete(key)));
}

async function afterWholesaleChange(): Promise<void> {
  await ensureReminderAlarm();
  await refreshBadge();
  await announce(...EVERY_TOPIC);
}

function issue(request: Promise<unknown>): void {
  request.catch(() => undefined);
}

function abortQuietly(tx: { abort(): void; done: Promise<void> }): void {
  try {
    tx.abort();
  } catch {
    // already finished or aborted by the failed request: either way nothing was committed
  }
  tx.done.catch(() => undefined);
}

function describe(error: unknown): string {
  return (error as Error)?.message ?? String(error);
}
