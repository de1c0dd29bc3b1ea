import { deleteDB, type IDBPDatabase } from 'idb';
import { DB_NAME, openQuietPruneDb, type QuietPruneDB } from '../storage/db';

/**
 * The worker's handle on IndexedDB. The open connection is cached for the life of this worker
 * instance (a cache, not state: every value is read from the database when needed, so nothing is
 * lost when Chrome stops the worker).
 */
let opening: Promise<IDBPDatabase<QuietPruneDB>> | null = null;

export function database(): Promise<IDBPDatabase<QuietPruneDB>> {
  opening ??= openQuietPruneDb(undefined, () => (opening = null)).catch((error) => {
    opening = null;
    throw error;
  });
  return opening;
}

/**
 * Deletes the whole database and opens it afresh, empty ("Delete all data"). Only a new database
 * resets IndexedDB's key generators (the removal log's ids, which would tell how many removals
 * were ever made); clearing a store does not. Pages holding a connection are asked to close it
 * (db.ts `blocking`) and reopen on their next read.
 */
export async function deleteAndReopenDatabase(): Promise<IDBPDatabase<QuietPruneDB>> {
  const current = opening;
  opening = null;
  if (current) (await current.catch(() => null))?.close();
  await deleteDB(DB_NAME);
  return database();
}

/** Read-modify-write of one meta record inside one transaction, so concurrent updates never interleave. */
export async function updateMeta<T>(
  key: string,
  read: (stored: unknown) => T,
  change: (value: T) => T,
): Promise<T> {
  const db = await database();
  const tx = db.transaction('meta', 'readwrite');
  const next = change(read(await tx.store.get(key)));
  await tx.store.put(next, key);
  await tx.done;
  return next;
}
