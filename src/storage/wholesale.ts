import type { Connection } from '../core/connection';
import { buildListHead } from '../core/list-head';
import type { QueueItem } from '../core/removal-queue';
import { anonymousRemoval, type RemovalLogEntry } from '../core/removal-log';
import type { Settings } from '../core/settings';
import { deleteAndReopenDatabase, type Db, type KeepEntry, type QuietPruneDB } from './db';
import { LIST_HEAD_KEY } from './list-head';
import { getMeta, META_KEPT_ACROSS_RESETS, metaIn, type MetaKey, type MetaStore } from './meta';

/**
 * The user's data as a whole: read for a backup, deleted, or replaced by a backup's. Each runs in
 * one transaction over every store, so it lands whole or not at all; a failed write aborts it and
 * the function throws (the worker turns that into "nothing was changed").
 */

const DATA_STORES = ['connections', 'queue', 'keep', 'removalLog', 'facts'] as const;
const ALL_STORES = [...DATA_STORES, 'meta'] as const;

type DataStore = (typeof DATA_STORES)[number];
type StoredFacts = QuietPruneDB['facts']['value'];

/** Every record of each data store, the settings, and the meta records that travel with a backup. */
export type AllRecords = { [S in DataStore]: QuietPruneDB[S]['value'][] } & {
  settings: Settings;
  /** As stored: a restore checks them on the way in. */
  meta: { checklist: unknown };
};

/** Everything, in one read-only transaction (a consistent picture, even while the worker writes). */
export async function readAllRecords(db: Db): Promise<AllRecords> {
  const tx = db.transaction([...ALL_STORES]);
  const [connections, queue, keep, removalLog, facts, checklist] = await Promise.all([
    tx.objectStore('connections').getAll(),
    tx.objectStore('queue').getAll(),
    tx.objectStore('keep').getAll(),
    tx.objectStore('removalLog').getAll(),
    tx.objectStore('facts').getAll(),
    // As stored, unchecked (or undefined): a backup carries it as it is; a restore checks it.
    tx.objectStore('meta').get('checklist' satisfies MetaKey),
  ]);
  await tx.done;
  const settings = await getMeta(db, 'settings');
  return { settings, connections, queue, keep, removalLog, facts, meta: { checklist } };
}

/** Delete all deleted the data but could not put the kept removal times back. */
export class KeptTimesLostError extends Error {}

/**
 * Deletes everything: the database itself is deleted and created afresh (db.ts
 * deleteAndReopenDatabase), so the removal log's id counter starts again. What goes back in: the
 * TIMES of the removal log entries `keepEntry` keeps (as anonymous entries, numbered afresh in time
 * order), and the meta records that are not the user's data (META_KEPT_ACROSS_RESETS).
 * `beforeDelete` runs once the kept records are read and before anything is deleted (the worker
 * clears its alarms and notifications there). Returns the new connection and the kept times;
 * throws KeptTimesLostError when the data is gone but the kept times could not be written back.
 */
export async function deleteAllRecords(
  db: Db,
  keepEntry: (entry: RemovalLogEntry) => boolean,
  beforeDelete: () => Promise<void> = () => Promise.resolve(),
): Promise<{ db: Db; keptTimes: number[] }> {
  const tx = db.transaction(['removalLog', 'meta']);
  const keptTimes = (await tx.objectStore('removalLog').getAll())
    .filter(keepEntry)
    .map((entry) => entry.at)
    .sort((x, y) => x - y);
  const meta = tx.objectStore('meta');
  const keptMeta = await Promise.all(
    [...META_KEPT_ACROSS_RESETS].map(async (key): Promise<[string, unknown]> => [key, await meta.get(key)]),
  );
  await tx.done;
  await beforeDelete();
  const fresh = await deleteAndReopenDatabase(db);
  try {
    const write = fresh.transaction(['removalLog', 'meta'], 'readwrite');
    for (const time of keptTimes) issue(write.objectStore('removalLog').add(anonymousRemoval(time)));
    for (const [key, value] of keptMeta)
      if (value !== undefined) issue(write.objectStore('meta').put(value, key));
    await write.done;
  } catch (error) {
    throw new KeptTimesLostError((error as Error)?.message ?? String(error));
  }
  return { db: fresh, keptTimes };
}

/** What replaces everything: a backup's records, the log without ids (the store numbers it afresh). */
export interface Replacement {
  settings: Settings;
  connections: readonly Connection[];
  queue: readonly QueueItem[];
  keep: readonly KeepEntry[];
  removalLog: ReadonlyArray<Omit<RemovalLogEntry, 'id'>>;
  facts: readonly StoredFacts[];
  /** Absent: the record is left empty. */
  checklist?: unknown;
}

/**
 * Replaces all data. `build` sees the removal log as it is now (a restore keeps recent removals the
 * backup lacks) and returns what to write, inside the same transaction.
 */
export async function replaceAllRecords(
  db: Db,
  build: (currentLog: RemovalLogEntry[]) => Replacement,
): Promise<void> {
  const tx = db.transaction([...ALL_STORES], 'readwrite');
  try {
    const next = build(await tx.objectStore('removalLog').getAll());
    await Promise.all(DATA_STORES.map((store) => tx.objectStore(store).clear()));
    const meta = tx.objectStore('meta');
    await clearMeta(meta);
    // Writes are issued without waiting one by one; a failed one aborts the transaction and tx.done says so.
    for (const c of next.connections) issue(tx.objectStore('connections').put(c));
    for (const q of next.queue) issue(tx.objectStore('queue').put(q));
    for (const k of next.keep) issue(tx.objectStore('keep').put(k));
    for (const e of next.removalLog) issue(tx.objectStore('removalLog').add(e));
    for (const f of next.facts) issue(tx.objectStore('facts').put(f));
    issue(metaIn(meta).put('settings', next.settings));
    // A backup's checklist is put as the file had it; the catalog checks it whenever it is read.
    if (next.checklist !== undefined) issue(meta.put(next.checklist, 'checklist' satisfies MetaKey));
    issue(metaIn(meta).put(LIST_HEAD_KEY, buildListHead(next.connections)));
    await tx.done;
  } catch (error) {
    abortQuietly(tx);
    throw error;
  }
}

async function clearMeta(
  meta: MetaStore & { getAllKeys(): Promise<string[]>; delete(key: string): Promise<void> },
) {
  const keys = await meta.getAllKeys();
  await Promise.all(
    keys.filter((key) => !META_KEPT_ACROSS_RESETS.has(key as MetaKey)).map((key) => meta.delete(key)),
  );
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
