import type { Connection, ProfileKey } from '../core/connection';
import type { QueueItem } from '../core/removal-queue';
import type { Settings } from '../core/settings';
import type { EndedElsewhere } from '../core/daily-cap';
import type { Db } from '../storage/db';
import { getMeta, type SessionState, type SyncState } from '../storage/meta';
import { allQueueItems, keptKeys, readClockOffset, readInChunks, recentCapTimes } from '../storage/queries';
import { foldForSearch } from '../core/search-text';
import { readListHead } from '../storage/list-head';
import { rememberFoldedNames } from './connection-view';
import type { Checklist } from '../storage/checklist';

/**
 * What the popup shows, read straight from IndexedDB (pages read; every change goes to the
 * service worker as a message). Each part has its own reader so a "state changed" broadcast
 * re-reads only what changed.
 */
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
  /** Times recent enough to count against the daily cap: removals, and connections that ended elsewhere. */
  removalTimes: number[];
  /** Connections a sync found ended outside QuietPrune (they are in `removalTimes` too). */
  endedElsewhere: EndedElsewhere[];
  /** Add to Date.now() for the worker's "now" (non-zero only when e2e tests move the clock). */
  clockOffset: number;
  /** "Before your first session": shown in the Queue tab until ticked off. */
  checklist: Checklist;
  /** When the user accepted the statement about LinkedIn's rules (popup/RiskStatement.tsx); null before. */
  riskAccepted: number | null;
}

/** The parts a broadcast can ask to re-read (the connection list is re-read as a whole). */
export type PopupPart = Exclude<keyof PopupData, 'allConnections' | 'currentCount'>;

export const readers: { [K in PopupPart]: (db: Db) => Promise<PopupData[K]> } = {
  connections: readAllConnections,
  queue: allQueueItems,
  keep: keptKeys,
  sync: (db) => getMeta(db, 'sync'),
  session: (db) => getMeta(db, 'session'),
  settings: (db) => getMeta(db, 'settings'),
  removalTimes: async (db) => recentCapTimes(db, Date.now() + (await readClockOffset(db))),
  endedElsewhere: (db) => getMeta(db, 'endedElsewhere'),
  clockOffset: readClockOffset,
  checklist: (db) => getMeta(db, 'checklist'),
  riskAccepted: (db) => getMeta(db, 'riskAccepted'),
};

/** Which parts a broadcast topic invalidates. */
export const TOPIC_PARTS: Record<string, PopupPart[]> = {
  connections: ['connections'],
  queue: ['queue'],
  keep: ['keep'],
  sync: ['sync', 'removalTimes', 'endedElsewhere'],
  session: ['session', 'clockOffset'],
  settings: ['settings'],
  log: ['removalTimes'],
  facts: [],
  checklist: ['checklist'],
  risk: ['riskAccepted'],
};

/**
 * What the first paint needs: the list head instead of the whole list when the store has a
 * usable one (storage/list-head.ts), else the whole list (small lists, or data from before heads).
 */
export async function readFirstScreen(db: Db): Promise<PopupData> {
  const [head, rest] = await Promise.all([
    readListHead(db),
    allOf({
      queue: readers.queue(db),
      keep: readers.keep(db),
      sync: readers.sync(db),
      session: readers.session(db),
      settings: readers.settings(db),
      removalTimes: readers.removalTimes(db),
      clockOffset: readers.clockOffset(db),
      checklist: readers.checklist(db),
      endedElsewhere: readers.endedElsewhere(db),
      riskAccepted: readers.riskAccepted(db),
    }),
  ]);
  // Even a head that holds everyone is followed by the whole list: the head is not checked
  // against the store (storage/list-head.ts), and the list read is what the popup stands on.
  if (head) return { ...rest, connections: head.rows, allConnections: false, currentCount: head.current };
  const connections = await readAllConnections(db);
  return { ...rest, connections, allConnections: true, currentCount: countCurrent(connections) };
}

/** Promise.all for a record: each key's promise, awaited together, under the same key. */
async function allOf<T extends Record<string, Promise<unknown>>>(
  parts: T,
): Promise<{ [K in keyof T]: Awaited<T[K]> }> {
  const entries = await Promise.all(
    Object.entries(parts).map(async ([key, part]) => [key, await part] as const),
  );
  return Object.fromEntries(entries) as { [K in keyof T]: Awaited<T[K]> };
}

export function countCurrent(connections: readonly Connection[]): number {
  let n = 0;
  for (const c of connections) if (c.goneAt === undefined) n++;
  return n;
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
