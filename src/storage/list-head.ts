import type { IDBPObjectStore, StoreNames } from 'idb';
import {
  buildListHead,
  headIsFull,
  updateListHead,
  type ConnectionChange,
  type ListHead,
} from '../core/list-head';
import type { Db, QuietPruneDB } from './db';
import { getMeta, metaIn, type MetaKey } from './meta';

/**
 * The stored list head (core/list-head.ts) in meta 'listHead'. Whatever writes connections
 * writes the head in the same transaction: storage/connections.ts (sync), storage/import-store.ts
 * (data export), background/data-commands.ts (restore; "delete all" drops it with the rest of
 * meta). The popup paints it, then always reads the whole list, which replaces it: a writer that
 * forgot the head would show a stale first screen for a moment, never lose or invent data. The
 * worker checks it against the store's count when it starts (ensureListHead).
 */
export const LIST_HEAD_KEY = 'listHead' satisfies MetaKey;

type Stores = ArrayLike<StoreNames<QuietPruneDB>>;
type Store<T extends Stores, N extends StoreNames<QuietPruneDB>> = IDBPObjectStore<
  QuietPruneDB,
  T,
  N,
  'readwrite'
>;

/** Updates the stored head for records just written in this transaction (rebuilding it if it must). */
export async function updateStoredListHead<T extends Stores>(
  connections: Store<T, 'connections'>,
  meta: Store<T, 'meta'>,
  changes: readonly ConnectionChange[],
): Promise<void> {
  const stored = await metaIn(meta).get(LIST_HEAD_KEY);
  let head = stored ? updateListHead(stored, changes) : null;
  if (!head || !headIsFull(head)) head = buildListHead(await connections.getAll());
  await metaIn(meta).put(LIST_HEAD_KEY, head);
}

/**
 * The stored head, if there is a usable one; otherwise null. It is not checked against the store's
 * count: Chromium counts by walking every record (20-35 ms at 30,000 on a 2-core machine, 0 ms
 * with an empty store), which was most of what the popup's first paint at 30,000 waited for that it
 * did not wait for at 0. The whole-list read that follows every first paint is the check.
 */
export async function readListHead(db: Db): Promise<ListHead | null> {
  const head = await getMeta(db, LIST_HEAD_KEY);
  return head && headIsFull(head) ? head : null;
}

/** Builds the head from the whole store when there is none yet (data stored before heads existed). */
export async function ensureListHead(db: Db): Promise<void> {
  const tx = db.transaction(['connections', 'meta'], 'readwrite');
  const meta = metaIn(tx.objectStore('meta'));
  const [head, count] = await Promise.all([meta.get(LIST_HEAD_KEY), tx.objectStore('connections').count()]);
  if (!head || head.total !== count)
    await meta.put(LIST_HEAD_KEY, buildListHead(await tx.objectStore('connections').getAll()));
  await tx.done;
}
