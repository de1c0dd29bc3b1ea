import type { CollectedCard, Connection } from '../core/connection';
import { markGoneIfUnlisted, mergeCollected } from '../core/merge-connection';
import { buildListHead } from '../core/list-head';
import { endedElsewhere, keepEndedElsewhere, type EndedElsewhere } from '../core/daily-cap';
import type { RemovalLogEntry } from '../core/removal-log';
import type { Db } from './db';
import { LIST_HEAD_KEY, updateStoredListHead } from './list-head';
import { metaIn, readMeta } from './meta';

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

export interface MarkedGone {
  /** How many were newly marked gone. */
  marked: number;
  /** Of them, those no removal-log entry names: they now count against the daily cap. */
  endedElsewhere: number;
}

/**
 * Marks everyone a complete sync did not list as gone. Whoever of them QuietPrune did not remove
 * (no removal-log entry) is added, in the same transaction, to the connections that ended
 * elsewhere, which count against the daily cap from now (core/daily-cap.ts).
 */
export async function markUnlistedGone(db: Db, syncId: string, now: number): Promise<MarkedGone> {
  const tx = db.transaction(['connections', 'meta', 'removalLog'], 'readwrite');
  const all: Connection[] = [];
  const newlyGone: string[] = [];
  for (
    let cursor = await tx.objectStore('connections').openCursor();
    cursor;
    cursor = await cursor.continue()
  ) {
    const gone = markGoneIfUnlisted(cursor.value, syncId, now);
    if (gone) {
      await cursor.update(gone);
      newlyGone.push(gone.profileKey);
    }
    all.push(gone ?? cursor.value);
  }
  const meta = metaIn(tx.objectStore('meta'));
  await meta.put(LIST_HEAD_KEY, buildListHead(all));
  let found: EndedElsewhere[] = [];
  if (newlyGone.length > 0) {
    const logged = new Set((await tx.objectStore('removalLog').getAll()).map((entry) => entry.profileKey));
    found = endedElsewhere(newlyGone, logged, now);
    if (found.length > 0)
      await meta.put('endedElsewhere', keepEndedElsewhere(await meta.get('endedElsewhere'), found, now));
  }
  await tx.done;
  return { marked: newlyGone.length, endedElsewhere: found.length };
}

/** What a quick sync is planned from (core/quick-sync.ts), read in one transaction; null before any sync. */
export interface QuickSyncInputs {
  /** The list's first people at the last sync, newest first. */
  order: string[];
  /** How many current connections the store holds (its list head's count). */
  current: number;
  log: RemovalLogEntry[];
  /** The stored records of the people in `order` and in the log. */
  records: Map<string, Connection>;
}

export async function readQuickSyncInputs(db: Db): Promise<QuickSyncInputs | null> {
  const tx = db.transaction(['connections', 'meta', 'removalLog']);
  const meta = tx.objectStore('meta');
  const [order, head, log] = await Promise.all([
    meta.get('syncOrder').then((stored) => readMeta('syncOrder', stored)),
    meta.get('listHead').then((stored) => readMeta('listHead', stored)),
    tx.objectStore('removalLog').getAll(),
  ]);
  if (!head) {
    await tx.done;
    return null;
  }
  const records = new Map<string, Connection>();
  const store = tx.objectStore('connections');
  for (const key of new Set([...order, ...log.map((entry) => entry.profileKey)])) {
    const record = await store.get(key);
    if (record) records.set(key, record);
  }
  await tx.done;
  return { order, current: head.current, log, records };
}
