import type { CollectedCard, Connection } from '../core/connection';
import { markGoneIfUnlisted, mergeCollected } from '../core/merge-connection';
import { buildListHead } from '../core/list-head';
import type { Db } from './db';
import { LIST_HEAD_KEY, updateStoredListHead } from './list-head';
import { metaIn } from './meta';

/**
 * Writes one batch of collected cards in one transaction: all of it lands, or none. The list head
 * (storage/list-head.ts) is updated in the same transaction.
 */
export async function saveCollected(
  db: Db,
  cards: readonly CollectedCard[],
  syncId: string,
  now: number,
): Promise<void> {
  const tx = db.transaction(['connections', 'meta'], 'readwrite');
  const store = tx.objectStore('connections');
  const existing = await Promise.all(cards.map((card) => store.get(card.profileKey)));
  const merged = cards.map((card, i) => mergeCollected(existing[i], card, syncId, now));
  await Promise.all(merged.map((connection) => store.put(connection)));
  await updateStoredListHead(
    store,
    tx.objectStore('meta'),
    merged.map((after, i) => ({ before: existing[i], after })),
  );
  await tx.done;
}

/** How many different people this sync has listed so far (survives a worker restart). */
export function countSeenInSync(db: Db, syncId: string): Promise<number> {
  return db.countFromIndex('connections', 'byLastSyncId', syncId);
}

/** Marks everyone a complete sync did not list as gone; returns how many were newly marked. */
export async function markUnlistedGone(db: Db, syncId: string, now: number): Promise<number> {
  const tx = db.transaction(['connections', 'meta'], 'readwrite');
  const all: Connection[] = [];
  let marked = 0;
  for (
    let cursor = await tx.objectStore('connections').openCursor();
    cursor;
    cursor = await cursor.continue()
  ) {
    const gone = markGoneIfUnlisted(cursor.value, syncId, now);
    if (gone) {
      await cursor.update(gone);
      marked++;
    }
    all.push(gone ?? cursor.value);
  }
  await metaIn(tx.objectStore('meta')).put(LIST_HEAD_KEY, buildListHead(all));
  await tx.done;
  return marked;
}
