import type { IDBPDatabase } from 'idb';
import type { Connection } from '../core/connection';
import type { Settings } from '../core/settings';
import type { PersonFacts } from '../data-export/types';
import { openQuietPruneDb, type KeepEntry, type QuietPruneDB } from '../storage/db';
import { readLastImport, type ImportSummary } from '../storage/import-store';
import { readSettings } from '../storage/meta';
import { readClockOffset } from '../ui/page-clock';
import { CHECKLIST_KEY, readChecklist, type Checklist } from '../storage/checklist';

/**
 * What the options page shows, read straight from IndexedDB (pages read; settings changes go to
 * the service worker as messages). Each part has its own reader so a "state changed" broadcast
 * re-reads only what changed.
 */
export type Db = IDBPDatabase<QuietPruneDB>;

export interface OptionsData {
  settings: Settings;
  keep: KeepEntry[];
  checklist: Checklist;
  lastImport: ImportSummary | null;
  /** Everyone stored, for the chart and the suggestions summary. */
  connections: Connection[];
  facts: Map<string, PersonFacts>;
  /** Removal times, newest last (for the suggestions summary and the cap). */
  removalTimes: number[];
  queuedKeys: Set<string>;
  /** Add to Date.now() for the worker's "now" (non-zero only when e2e tests move the clock). */
  clockOffset: number;
}

export type OptionsPart = keyof OptionsData;

export const readers: { [K in OptionsPart]: (db: Db) => Promise<OptionsData[K]> } = {
  settings: readSettings,
  keep: async (db) => (await db.getAll('keep')).sort((a, b) => a.name.localeCompare(b.name)),
  checklist: async (db) => readChecklist(await db.get('meta', CHECKLIST_KEY)),
  lastImport: readLastImport,
  connections: (db) => db.getAll('connections'),
  facts: async (db) => new Map((await db.getAll('facts')).map((f) => [f.profileKey, f])),
  removalTimes: async (db) => (await db.getAll('removalLog')).map((e) => e.at).sort((a, b) => a - b),
  queuedKeys: async (db) =>
    new Set(
      (await db.getAll('queue'))
        .filter((q) => q.status === 'queued' || q.status === 'in-progress')
        .map((q) => q.profileKey),
    ),
  clockOffset: readClockOffset,
};

/** Which parts each broadcast topic invalidates. */
export const TOPIC_PARTS: Record<string, OptionsPart[]> = {
  connections: ['connections', 'lastImport'],
  facts: ['facts', 'lastImport'],
  keep: ['keep'],
  settings: ['settings'],
  checklist: ['checklist'],
  queue: ['queuedKeys'],
  log: ['removalTimes'],
  session: ['clockOffset'],
  sync: [],
};

let dbPromise: Promise<Db> | null = null;

export function optionsDb(): Promise<Db> {
  // Reopened after Delete all data, which deletes the database (background/data-commands.ts).
  dbPromise ??= openQuietPruneDb(undefined, () => (dbPromise = null));
  return dbPromise;
}

export async function readAll(db: Db): Promise<OptionsData> {
  const parts = Object.keys(readers) as OptionsPart[];
  const values = await Promise.all(parts.map((part) => readers[part](db)));
  return Object.fromEntries(parts.map((part, i) => [part, values[i]])) as unknown as OptionsData;
}
