import type { ProfileKey } from './connection';

/**
 * One line of the removal log: the only record of who was removed, and the source the daily cap
 * is counted from (no separate counter that could drift from what really happened).
 */
export interface RemovalLogEntry {
  id?: number;
  profileKey: ProfileKey;
  profileUrl: string;
  name: string;
  /** Epoch ms when the removal was confirmed on the page. */
  at: number;
  reason: string;
  /** What went with them, where known at the time; null when the extension did not know. */
  lost: {
    endorsementsReceived: string[];
    endorsementsGiven: string[];
    recommendationsReceived: number;
    recommendationsGiven: number;
  } | null;
  /** True when a later search, not the page's own look just after the click, found the person gone (after an interruption, or a lagging search). */
  confirmedAfterInterruption?: boolean;
  /**
   * Where LinkedIn's answer stands. Written 'pending' just before the confirm click (so it counts
   * against the cap even if nothing is heard again), settled 'removed' when LinkedIn no longer
   * lists them, or 'still-listed' when a later search still does (the click still counts against
   * the cap: LinkedIn saw it). Entries written before this field existed are 'removed'.
   */
  state?: RemovalLogState;
  /**
   * Someone QuietPrune was not removing, found gone from the list at a confirm click. Logged so
   * that it is seen and counted; the session stops for safety.
   */
  unexpected?: true;
  /**
   * Kept by "Delete all data" with its time only (no name, URL, reason or state), so that the
   * daily cap still counts it for the rest of its 24 hours; see anonymousRemoval.
   */
  detailsDeleted?: true;
}

/** What "Delete all data" keeps of a removal from the last 24 hours: the time, nothing else. */
export function anonymousRemoval(at: number): RemovalLogEntry {
  return { profileKey: '', profileUrl: '', name: '', at, reason: '', lost: null, detailsDeleted: true };
}

export type RemovalLogState = 'pending' | 'removed' | 'still-listed';

/** The state of an entry, old entries (no field) being removals. */
export function logStateOf(entry: Pick<RemovalLogEntry, 'state'>): RemovalLogState {
  return entry.state ?? 'removed';
}

/** The removal times the cap is computed from. */
export function removalTimes(log: readonly RemovalLogEntry[]): number[] {
  return log.map((entry) => entry.at);
}
