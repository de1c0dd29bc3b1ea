import type { IDBPDatabase } from 'idb';
import { openQuietPruneDb, type QuietPruneDB } from '../storage/db';

/**
 * The worker's handle on IndexedDB. The open connection is cached for the life of this worker
 * instance (a cache, not state: every value is read from the database when needed, so nothing is
 * lost when Chrome stops the worker).
 */
let opening: Promise<IDBPDatabase<QuietPruneDB>> | null = null;

export function database(): Promise<IDBPDatabase<QuietPruneDB>> {
  opening ??= openQuietPruneDb().catch((error) => {
    opening = null;
    throw error;
  });
  return opening;
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
