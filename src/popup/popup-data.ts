import type { IDBPDatabase } from 'idb';
import type { Connection, ProfileKey } from '../core/connection';
import type { QueueItem } from '../core/removal-queue';
import type { Settings } from '../core/settings';
import { CAP_WINDOW_MS } from '../core/daily-cap';
import { openQuietPruneDb, type QuietPruneDB } from '../storage/db';
import {
  readSessionState,
  readSettings,
  readSyncState,
  type SessionState,
  type SyncState,
} from '../storage/meta';
import { readClockOffset } from '../ui/page-clock';
import { foldForSearch } from '../core/search-text';
import { readListHead } from '../storage/list-head';
import { rememberFoldedNames } from './connection-view';
import { CHECKLIST_KEY, readChecklist, type Checklist } from '../storage/checklist';

/**
 * What the popup shows, read straight from IndexedDB (pages read; every change goes to the
 * service worker as a message). Each part has its own reader so a "state changed" broadcast
 * re-reads only what changed.
 */
export type Db = IDBPDatabase<QuietPruneDB>;

export interface PopupData {
  /**
   * The connections: every one of them once `allConnections` is true; before that only the first
   * screen of the default view (the stored list head: current people in name order), which lets
   * the popup paint before it has read 30,000 records.
   */
  connections: Connection[];
  allConnections: boolean;
  /** How many people are not gone (from the list head until the whole list is read). */
  currentCount: number;
  queue: QueueItem[];
  keep: ReadonlySet<ProfileKey>;
  sync: SyncState;
  session: SessionState;
  settings: Settings;
  /** Removal times recent enough to count against the daily cap. */
  removalTimes: number[];
  /** Add to Date.now() for the worker's "now" (non-zero only when e2e tests move the clock). */
  clockOffset: number;
  /** "Before your first session": shown in the Queue tab until ticked off. */
  checklist: Checklist;
}

/** The parts a broadcast can ask to re-read (the connection list is re-read as a whole). */
export type PopupPart = Exclude<keyof PopupData, 'allConnections' | 'currentCount'>;

export const readers: { [K in PopupPart]: (db: Db) => Promise<PopupData[K]> } = {
  connections: readAllConnections,
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
  checklist: async (db) => readChecklist(await db.get('meta', CHECKLIST_KEY)),
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
  checklist: ['checklist'],
};

let dbPromise: Promise<Db> | null = null;

/** The page's one connection to the database, opened on first use. */
export function popupDb(): Promise<Db> {
  dbPromise ??= openQuietPruneDb();
  return dbPromise;
}

/**
 * What the first paint needs: the list head instead of the whole list when the store has a
 * usable one (storage/list-head.ts), else the whole list (small lists, or data from before heads).
 */
export async function readFirstScreen(db: Db): Promise<PopupData> {
  const [head, queue, keep, sync, session, settings, removalTimes, clockOffset, checklist] =
    await Promise.all([
      readListHead(db),
      readers.queue(db),
      readers.keep(db),
      readers.sync(db),
      readers.session(db),
      readers.settings(db),
      readers.removalTimes(db),
      readers.clockOffset(db),
      readers.checklist(db),
    ]);
  const rest = { queue, keep, sync, session, settings, removalTimes, clockOffset, checklist };
  // Even a head that holds everyone is followed by the whole list: the head is not checked
  // against the store (storage/list-head.ts), and the list read is what the popup stands on.
  if (head) return { ...rest, connections: head.rows, allConnections: false, currentCount: head.current };
  const connections = await readAllConnections(db);
  return { ...rest, connections, allConnections: true, currentCount: countCurrent(connections) };
}

export function countCurrent(connections: readonly Connection[]): number {
  let n = 0;
  for (const c of connections) if (c.goneAt === undefined) n++;
  return n;
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

/**
 * Every stored connection. Each chunk's names are folded as it lands (connection-view.ts keeps
 * them for sorting and search), so no single task folds 30,000 names.
 */
export async function readAllConnections(db: Db): Promise<Connection[]> {
  const all: Connection[] = [];
  const folded: string[] = [];
  await readInChunks(db, 'connections', (chunk) => {
    for (const c of chunk) {
      all.push(c);
      folded.push(foldForSearch(c.name));
    }
  });
  rememberFoldedNames(all, folded);
  return all;
}
