import type { IDBPDatabase } from 'idb';
import type { CollectedCard, Connection } from '../core/connection';
import { markGoneIfUnlisted, mergeCollected } from '../core/merge-connection';
import { buildListHead } from '../core/list-head';
import { asEndedElsewhere, endedElsewhere, keepEndedElsewhere, type EndedElsewhere } from '../core/daily-cap';
import type { QuietPruneDB } from './db';
import { LIST_HEAD_KEY, updateStoredListHead } from './list-head';

type Db = IDBPDatabase<QuietPruneDB>;

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

/** meta key: connections that ended outside QuietPrune, as core/daily-cap.ts `EndedElsewhere[]`. */
export const ENDED_ELSEWHERE_KEY = 'endedElsewhere';

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
  const meta = tx.objectStore('meta');
  await meta.put(buildListHead(all), LIST_HEAD_KEY);
  let found: EndedElsewhere[] = [];
  if (newlyGone.length > 0) {
    const logged = new Set((await tx.objectStore('removalLog').getAll()).map((entry) => entry.profileKey));
    found = endedElsewhere(newlyGone, logged, now);
    if (found.length > 0) {
      const stored = asEndedElsewhere(await meta.get(ENDED_ELSEWHERE_KEY));
      await meta.put(keepEndedElsewhere(stored, found, now), ENDED_ELSEWHERE_KEY);
    }
  }
  await tx.done;
  return { marked: newlyGone.length, endedElsewhere: found.length };
}

/** The connections that ended outside QuietPrune, as stored (read in any transaction that has meta). */
export async function readEndedElsewhere(meta: {
  get(key: string): Promise<unknown>;
}): Promise<EndedElsewhere[]> {
  return asEndedElsewhere(await meta.get(ENDED_ELSEWHERE_KEY));
}

export function allConnections(db: Db): Promise<Connection[]> {
  return db.getAll('connections');
}

/** meta key: the list's first people at the last sync, newest first (core/quick-sync.ts). */
export const SYNC_ORDER_KEY = 'syncOrder';

export async function readSyncOrder(meta: { get(key: string): Promise<unknown> }): Promise<string[]> {
  const value = await meta.get(SYNC_ORDER_KEY);
  return Array.isArray(value) ? value.filter((key): key is string => typeof key === 'string') : [];
}
