/**
 * The soak's verdict on one scenario, computed from two records: the fake LinkedIn's (what the
 * server saw: removals and profile requests, the truth) and the extension's (its removal log and
 * queue, read from IndexedDB at the end). Pure: no browser, no clock; the runner passes times.
 */

export const DAY_MS = 24 * 60 * 60 * 1000;

/** A removal as LinkedIn's server saw it, its time already on the extension's clock. */
export interface ServerRemoval {
  profileKey: string;
  /** Epoch ms on the extension's (test) clock. */
  at: number;
}

export interface LogLine {
  profileKey: string;
  at: number;
  state?: string;
  unexpected?: boolean;
}

export interface QueueLine {
  profileKey: string;
  status: string;
}

export interface ScenarioRecord {
  /** Profile keys the scenario queued. */
  queued: readonly string[];
  /** Removal times already in the log before the scenario (seeded history), on the extension's clock. */
  history: readonly number[];
  cap: number;
  removals: readonly ServerRemoval[];
  /** Who the fake still lists as connected at the end. */
  stillConnected: ReadonlySet<string>;
  profileRequests: number;
  log: readonly LogLine[];
  queue: readonly QueueLine[];
}

export interface LostItem {
  profileKey: string;
  why: 'shown-removed-still-connected' | 'removed-shown-queued' | 'removed-shown-failed' | 'removed-shown-skipped' | 'vanished-unlogged';
}

export interface ScenarioMetrics {
  wrongRemovals: string[];
  unloggedRemovals: string[];
  /** Removals over the cap in the busiest 24 hours (0 when none). */
  capBreaches: number;
  lostItems: LostItem[];
  profileRequests: number;
}

/** The most entries any 24 hours of these times hold (a busiest window always starts at one of them). */
export function busiestDay(times: readonly number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  let lo = 0;
  for (let hi = 0; hi < sorted.length; hi++) {
    while (sorted[hi]! - sorted[lo]! >= DAY_MS) lo++;
    best = Math.max(best, hi - lo + 1);
  }
  return best;
}

export function scenarioMetrics(record: ScenarioRecord): ScenarioMetrics {
  const queued = new Set(record.queued);
  const logged = new Set(record.log.map((e) => e.profileKey));
  const removedKeys = new Set(record.removals.map((r) => r.profileKey));
  const wrongRemovals = record.removals.filter((r) => !queued.has(r.profileKey)).map((r) => r.profileKey);
  const unloggedRemovals = record.removals.filter((r) => !logged.has(r.profileKey)).map((r) => r.profileKey);
  const capBreaches = Math.max(0, busiestDay([...record.history, ...record.removals.map((r) => r.at)]) - record.cap);

  const statusOf = new Map(record.queue.map((i) => [i.profileKey, i.status]));
  const lostItems: LostItem[] = [];
  for (const key of record.queued) {
    const status = statusOf.get(key);
    if (status === undefined) {
      if (!logged.has(key)) lostItems.push({ profileKey: key, why: 'vanished-unlogged' });
      continue;
    }
    if (status === 'removed' && record.stillConnected.has(key)) lostItems.push({ profileKey: key, why: 'shown-removed-still-connected' });
    if (removedKeys.has(key) && (status === 'queued' || status === 'failed' || status === 'skipped')) {
      lostItems.push({ profileKey: key, why: `removed-shown-${status}` });
    }
  }
  return { wrongRemovals, unloggedRemovals, capBreaches, lostItems, profileRequests: record.profileRequests };
}

/** Real server times to the extension's clock: each removal takes the test-clock offset in force when it arrived. */
export function onExtensionClock(realAt: number, offsets: ReadonlyArray<{ fromRealAt: number; offsetMs: number }>): number {
  let offset = 0;
  for (const change of offsets) if (change.fromRealAt <= realAt) offset = change.offsetMs;
  return realAt + offset;
}
