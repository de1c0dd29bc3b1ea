import type { Connection } from '../core/connection';
import type { Settings } from '../core/settings';
import type { PersonFacts } from '../data-export/types';
import type { Db, KeepEntry } from '../storage/db';
import { readLastImport, type ImportSummary } from '../storage/import-store';
import { getMeta } from '../storage/meta';
import {
  activeQueueKeys,
  allConnections,
  allFactsByKey,
  allRemovalTimes,
  keepListByName,
  readClockOffset,
} from '../storage/queries';
import type { Checklist } from '../storage/checklist';

/**
 * What the options page shows, read straight from IndexedDB (pages read; settings changes go to
 * the service worker as messages). Each part has its own reader so a "state changed" broadcast
 * re-reads only what changed.
 */
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
  settings: (db) => getMeta(db, 'settings'),
  keep: keepListByName,
  checklist: (db) => getMeta(db, 'checklist'),
  lastImport: readLastImport,
  connections: allConnections,
  facts: allFactsByKey,
  removalTimes: allRemovalTimes,
  queuedKeys: activeQueueKeys,
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

export async function readAll(db: Db): Promise<OptionsData> {
  const parts = Object.keys(readers) as OptionsPart[];
  const values = await Promise.all(parts.map((part) => readers[part](db)));
  return Object.fromEntries(parts.map((part, i) => [part, values[i]])) as unknown as OptionsData;
}
