import type { Connection, ProfileKey } from '../core/connection';
import { CAP_WINDOW_MS, capTimes } from '../core/daily-cap';
import { isActive, type QueueItem } from '../core/removal-queue';
import type { RemovalLogEntry } from '../core/removal-log';
import type { Db, KeepEntry, QuietPruneDB } from './db';
import { getMeta } from './meta';

/**
 * Named reads that more than one context makes. Each is one IndexedDB request or one read-only
 * transaction (a consistent picture even while the worker writes).
 */

/**
 * Removal times recent enough to matter to the daily cap at `now`: two windows back, because the
 * cap window slides while a page stays open, and a removal logged "in the future" (the clock was
 * set back) must still count.
 */
export async function recentRemovalTimes(db: Db, now: number): Promise<number[]> {
  const entries = await db.getAllFromIndex(
    'removalLog',
    'byAt',
    IDBKeyRange.lowerBound(now - 2 * CAP_WINDOW_MS),
  );
  return entries.map((entry) => entry.at);
}

/**
 * Every time the daily cap counts at `now` (core/daily-cap.ts capTimes): recent removals, and the
 * connections a sync found ended outside QuietPrune.
 */
export async function recentCapTimes(db: Db, now: number): Promise<number[]> {
  const [removals, elsewhere] = await Promise.all([
    recentRemovalTimes(db, now),
    getMeta(db, 'endedElsewhere'),
  ]);
  return capTimes(removals, elsewhere);
}

/** Every removal time, oldest first. */
export async function allRemovalTimes(db: Db): Promise<number[]> {
  return (await db.getAll('removalLog')).map((e) => e.at).sort((a, b) => a - b);
}

/** The whole removal log (the log page). */
export function allRemovalLog(db: Db): Promise<RemovalLogEntry[]> {
  return db.getAll('removalLog');
}

/** How many people wait in the queue (not counting the one in progress or the finished). */
export function countQueued(db: Db): Promise<number> {
  return db.countFromIndex('queue', 'byStatus', 'queued');
}

export function allQueueItems(db: Db): Promise<QueueItem[]> {
  return db.getAll('queue');
}

/** Profile keys of people queued or being removed now. */
export async function activeQueueKeys(db: Db): Promise<Set<ProfileKey>> {
  return new Set((await db.getAll('queue')).filter(isActive).map((q) => q.profileKey));
}

export function queueItem(db: Db, key: ProfileKey): Promise<QueueItem | undefined> {
  return db.get('queue', key);
}

export function connectionByKey(db: Db, key: ProfileKey): Promise<Connection | undefined> {
  return db.get('connections', key);
}

export function allConnections(db: Db): Promise<Connection[]> {
  return db.getAll('connections');
}

export async function keptKeys(db: Db): Promise<Set<ProfileKey>> {
  return new Set(await db.getAllKeys('keep'));
}

/** The Keep list, by name. */
export async function keepListByName(db: Db): Promise<KeepEntry[]> {
  return (await db.getAll('keep')).sort((a, b) => a.name.localeCompare(b.name));
}

export async function allFactsByKey(db: Db): Promise<Map<ProfileKey, QuietPruneDB['facts']['value']>> {
  return new Map((await db.getAll('facts')).map((f) => [f.profileKey, f]));
}

/**
 * "Now" as the service worker sees it, less Date.now(): zero in the store build. The e2e build lets
 * tests move the worker's clock forward (background/clock.ts keeps the offset in meta 'testClock');
 * the pages read the same offset so they count the same 24 hours as the worker. Vite drops the
 * branch from the store build.
 */
export async function readClockOffset(db: Db): Promise<number> {
  if (import.meta.env.MODE !== 'e2e') return 0;
  return (await getMeta(db, 'testClock')).offsetMs;
}

/** Records per read while loading a whole store: each chunk lands (and is unpacked) in a task of its own. */
const CHUNK = 2000;

/**
 * Every record of a store keyed by profile key, read in chunks inside one transaction (one
 * consistent picture), so the page never stops for the one long task a single 30,000-record read
 * takes to unpack. `onChunk` sees each chunk as it lands.
 */
export async function readInChunks<N extends 'connections' | 'facts'>(
  db: Db,
  storeName: N,
  onChunk: (records: QuietPruneDB[N]['value'][]) => void,
): Promise<void> {
  const store = db.transaction(storeName).store;
  let after: ProfileKey | null = null;
  for (;;) {
    const chunk = await store.getAll(after === null ? null : IDBKeyRange.lowerBound(after, true), CHUNK);
    onChunk(chunk);
    if (chunk.length < CHUNK) return;
    after = chunk[chunk.length - 1]!.profileKey;
  }
}
