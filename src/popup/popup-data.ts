import type { IDBPDatabase } from 'idb';
import type { Connection, ProfileKey } from '../core/connection';
import type { QueueItem } from '../core/removal-queue';
import type { Settings } from '../core/settings';
import { CAP_WINDOW_MS } from '../core/daily-cap';
import { openQuietPruneDb, type QuietPruneDB } from '../storage/db';
import { readSessionState, readSettings, readSyncState, type SessionState, type SyncState } from '../storage/meta';
import { readClockOffset } from '../ui/page-clock';

/**
 * What the popup shows, read straight from IndexedDB (pages read; every change goes to the
 * service worker as a message). Each part has its own reader so a "state changed" broadcast
 * re-reads only what changed.
 */
export type Db = IDBPDatabase<QuietPruneDB>;

export interface PopupData {
  connections: Connection[];
  queue: QueueItem[];
  keep: ReadonlySet<ProfileKey>;
  sync: SyncState;
  session: SessionState;
  settings: Settings;
  /** Removal times recent enough to count against the daily cap. */
  removalTimes: number[];
  /** Add to Date.now() for the worker's "now" (non-zero only when e2e tests move the clock). */
  clockOffset: number;
}

export type PopupPart = keyof PopupData;

export const readers: { [K in PopupPart]: (db: Db) => Promise<PopupData[K]> } = {
  // One getAll: the fastest way to 30,000 records, and the list needs all of them to sort.
  connections: (db) => db.getAll('connections'),
  queue: (db) => db.getAll('queue'),
  keep: async (db) => new Set(await db.getAllKeys('keep')),
  sync: readSyncState,
  session: readSessionState,
  settings: readSettings,
  removalTimes: async (db) => {
    const offset = await readClockOffset(db);
    // Two windows back: the cap window slides while the popup stays open, and a clock that was
    // set back must not hide a removal.
    const since = Date.now() + offset - 2 * CAP_WINDOW_MS;
    const entries = await db.getAllFromIndex('removalLog', 'byAt', IDBKeyRange.lowerBound(since));
    return entries.map((entry) => entry.at);
  },
  clockOffset: readClockOffset,
};

/** Which parts a broadcast topic invalidates. */
export const TOPIC_PARTS: Record<string, PopupPart[]> = {
  connections: ['connections'],
  queue: ['queue'],
  keep: ['keep'],
  sync: ['sync'],
  session: ['session', 'clockOffset'],
  settings: ['settings'],
  log: ['removalTimes'],
  facts: [],
};

let dbPromise: Promise<Db> | null = null;

/** The page's one connection to the database, opened on first use. */
export function popupDb(): Promise<Db> {
  dbPromise ??= openQuietPruneDb();
  return dbPromise;
}

/** Reads everything, connections first so the list can paint as early as possible. */
export async function readAll(db: Db): Promise<PopupData> {
  const [connections, queue, keep, sync, session, settings, removalTimes, clockOffset] = await Promise.all([
    readers.connections(db),
    readers.queue(db),
    readers.keep(db),
    readers.sync(db),
    readers.session(db),
    readers.settings(db),
    readers.removalTimes(db),
    readers.clockOffset(db),
  ]);
  return { connections, queue, keep, sync, session, settings, removalTimes, clockOffset };
}
