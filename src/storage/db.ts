import { deleteDB, openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Connection, ProfileKey } from '../core/connection';

/**
 * QuietPrune's IndexedDB. Every extension page and the service worker open the same database
 * (same origin). The worker is the only writer of queue, log and sync state; pages read.
 * Only src/storage/ knows it is IndexedDB: every other file calls the functions here and beside
 * (docs/storage.md lists each store and meta key, who writes it and how long it is kept).
 *
 * The schema is versioned from the first release: `MIGRATIONS[n]` upgrades version n to n+1,
 * and a browser that skipped versions runs each step in order.
 */
export const DB_NAME = 'quietprune';

export interface KeepEntry {
  profileKey: ProfileKey;
  profileUrl: string;
  name: string;
  addedAt: number;
}

export interface MetaValues {
  [key: string]: unknown;
}

export interface QuietPruneDB extends DBSchema {
  connections: { key: ProfileKey; value: Connection; indexes: { byLastSyncId: string } };
  queue: { key: ProfileKey; value: import('../core/removal-queue').QueueItem; indexes: { byStatus: string } };
  keep: { key: ProfileKey; value: KeepEntry };
  removalLog: {
    key: number;
    value: import('../core/removal-log').RemovalLogEntry;
    indexes: { byAt: number };
  };
  facts: { key: ProfileKey; value: import('../data-export').PersonFacts & { profileKey: ProfileKey } };
  meta: { key: string; value: unknown };
}

/** An open connection to QuietPrune's database, as the storage functions take it. */
export type Db = IDBPDatabase<QuietPruneDB>;

type Migration = (db: IDBPDatabase<QuietPruneDB>) => void;

const MIGRATIONS: Migration[] = [
  // 0 -> 1: the first schema.
  (db) => {
    const connections = db.createObjectStore('connections', { keyPath: 'profileKey' });
    connections.createIndex('byLastSyncId', 'lastSyncId');
    const queue = db.createObjectStore('queue', { keyPath: 'profileKey' });
    queue.createIndex('byStatus', 'status');
    db.createObjectStore('keep', { keyPath: 'profileKey' });
    const log = db.createObjectStore('removalLog', { keyPath: 'id', autoIncrement: true });
    log.createIndex('byAt', 'at');
    db.createObjectStore('facts', { keyPath: 'profileKey' });
    db.createObjectStore('meta');
  },
];

export const DB_VERSION = MIGRATIONS.length;

/**
 * `onClosed` runs when this connection is closed for another's sake (an upgrade, or the worker
 * deleting the database for "Delete all data"), so a cached handle can be dropped and reopened.
 */
export function openQuietPruneDb(name = DB_NAME, onClosed?: () => void): Promise<IDBPDatabase<QuietPruneDB>> {
  return openDB<QuietPruneDB>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      for (let v = oldVersion; v < DB_VERSION; v++) MIGRATIONS[v]!(db);
    },
    blocking(_currentVersion, _blockedVersion, event) {
      // A newer version of the extension wants to upgrade: let it, this page will reopen.
      (event.target as IDBDatabase).close();
      onClosed?.();
    },
    terminated() {
      onClosed?.();
    },
  });
}

let opening: Promise<Db> | null = null;

/**
 * This context's connection (the worker's, or one page's), opened on first use and kept for the
 * life of the context: a cache, not state (every value is read from the database when needed, so
 * nothing is lost when Chrome stops the worker). A failed open is tried again next time.
 */
export function database(): Promise<Db> {
  // Dropped when another context closes this connection (an upgrade, or Delete all data deleting
  // the database), so the next read reopens it.
  opening ??= openQuietPruneDb(undefined, () => (opening = null)).catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}

/**
 * Deletes the whole database and opens it afresh, empty ("Delete all data"). Only a new database
 * resets IndexedDB's key generators (the removal log's ids, which would tell how many removals
 * were ever made); clearing a store does not. Pages holding a connection are asked to close it
 * (`blocking` above) and reopen on their next read.
 */
export async function deleteAndReopenDatabase(db: Db): Promise<Db> {
  const name = db.name;
  if (name === DB_NAME) opening = null;
  db.close();
  await deleteDB(name);
  return name === DB_NAME ? database() : openQuietPruneDb(name);
}
