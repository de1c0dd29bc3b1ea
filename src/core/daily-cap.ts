import { DAILY_CAP_DEFAULT, DAILY_CAP_MAX, DAILY_CAP_MIN } from './settings';
import type { Result } from './result';

/**
 * The daily cap: at most `cap` removals in ANY 24 hours, not per calendar day (ten at 23:50 and
 * ten more at 00:10 would be twenty in twenty minutes). The count comes from the removal log's own
 * timestamps every time, so there is no counter to drift, reset at midnight, or be lost when the
 * service worker stops.
 *
 * A removal at time t counts while `now - t < 24 h`, and stops counting at exactly t + 24 h.
 * Log entries later than `now` (the clock was set back) count as inside the window: when in doubt,
 * wait.
 */
export { DAILY_CAP_DEFAULT, DAILY_CAP_MAX, DAILY_CAP_MIN };

export const CAP_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * Checks a cap the user typed or a stored value. Accepts a number or a string of digits (what a
 * form field gives).
 */
export function validateDailyCap(n: unknown): Result<number> {
  let value: number;
  if (typeof n === 'number') value = n;
  else if (typeof n === 'string' && /^\s*\d+\s*$/.test(n)) value = Number(n);
  else
    return {
      ok: false,
      message: `The daily cap must be a whole number from ${DAILY_CAP_MIN} to ${DAILY_CAP_MAX}.`,
    };
  if (!Number.isInteger(value)) {
    return {
      ok: false,
      message: `The daily cap must be a whole number from ${DAILY_CAP_MIN} to ${DAILY_CAP_MAX}.`,
    };
  }
  if (value < DAILY_CAP_MIN)
    return { ok: false, message: `The daily cap must be at least ${DAILY_CAP_MIN}.` };
  if (value > DAILY_CAP_MAX) {
    return {
      ok: false,
      message: `The daily cap must be at most ${DAILY_CAP_MAX}: more than that is what gets accounts restricted.`,
    };
  }
  return { ok: true, value };
}

/**
 * The cap actually enforced. A corrupt or out-of-range value must never lift the limit, so it is
 * clamped into the allowed range, and anything unreadable falls to the strictest cap.
 */
export function effectiveCap(cap: number): number {
  if (!Number.isFinite(cap)) return DAILY_CAP_MIN;
  return Math.min(DAILY_CAP_MAX, Math.max(DAILY_CAP_MIN, Math.floor(cap)));
}

/** Removal times still inside the 24 hours ending at `now`, oldest first. */
function timesInWindow(log: readonly number[], now: number): number[] {
  return log.filter((at) => now - at < CAP_WINDOW_MS).sort((a, b) => a - b);
}

/** How many removals the last 24 hours hold. */
export function removalsInWindow(log: readonly number[], now: number): number {
  let count = 0;
  for (const at of log) if (now - at < CAP_WINDOW_MS) count++;
  return count;
}

/** How many more removals the cap allows right now (never negative). */
export function remainingToday(log: readonly number[], cap: number, now: number): number {
  return Math.max(0, effectiveCap(cap) - removalsInWindow(log, now));
}

export function mayRemoveNow(log: readonly number[], cap: number, now: number): boolean {
  return remainingToday(log, cap, now) > 0;
}

/**
 * `now` when a removal is allowed now; otherwise the moment enough old removals have left the
 * window for one more to fit (the oldest one that must leave, plus 24 hours).
 */
export function nextAllowedAt(log: readonly number[], cap: number, now: number): number {
  const window = timesInWindow(log, now);
  const limit = effectiveCap(cap);
  if (window.length < limit) return now;
  // window.length - limit + 1 removals must leave; the last of them to leave is this one.
  const mustLeave = window[window.length - limit]!;
  return Math.max(now, mustLeave + CAP_WINDOW_MS);
}

/**
 * Connections that ended outside QuietPrune count too. LinkedIn's limits see every removal, not
 * only QuietPrune's: a person removed by hand, or in LinkedIn's phone app (where no extension
 * runs), is a removal all the same. A full sync that finds someone gone whom the removal log does
 * not name adds the moment it found them (storage/connections.ts); from then on that time counts
 * against the cap like a removal of QuietPrune's own. Some of them left by their own choice, which
 * looks the same from here: they count all the same, because LinkedIn may count them, and when in
 * doubt, wait.
 */
export interface EndedElsewhere {
  profileKey: string;
  /** When a sync found them gone (the removal itself was at some time before). */
  at: number;
}

/** Every time that counts against the cap: QuietPrune's own removals, then the endings found elsewhere. */
export function capTimes(removals: readonly number[], endedElsewhere: readonly EndedElsewhere[]): number[] {
  return [...removals, ...endedElsewhere.map((ended) => ended.at)];
}

/**
 * The people a complete sync has just found gone whom QuietPrune did not remove: no removal-log
 * entry names them (a removal of its own, pending, settled or unexpected, is already counted).
 */
export function endedElsewhere(
  newlyGone: readonly string[],
  loggedKeys: ReadonlySet<string>,
  foundAt: number,
): EndedElsewhere[] {
  return newlyGone.filter((key) => !loggedKeys.has(key)).map((profileKey) => ({ profileKey, at: foundAt }));
}

/**
 * What is kept of the stored endings: those that may still count (two windows, as a clock set back
 * must not hide one), plus the newly found. Older ones can no longer matter to the cap.
 */
export function keepEndedElsewhere(
  stored: readonly EndedElsewhere[],
  found: readonly EndedElsewhere[],
  now: number,
): EndedElsewhere[] {
  return [...stored.filter((ended) => now - ended.at < 2 * CAP_WINDOW_MS), ...found];
}

/** A stored list of endings, checked (our own record, but maybe damaged): anything unreadable is dropped. */
export function asEndedElsewhere(value: unknown): EndedElsewhere[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (v): v is EndedElsewhere =>
      typeof v === 'object' &&
      v !== null &&
      typeof (v as EndedElsewhere).profileKey === 'string' &&
      typeof (v as EndedElsewhere).at === 'number' &&
      Number.isFinite((v as EndedElsewhere).at),
  );
}
