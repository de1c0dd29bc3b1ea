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
  /** True when the worker or tab stopped mid-removal and a later search found the person gone. */
  confirmedAfterInterruption?: boolean;
}

/** The removal times the cap is computed from. */
export function removalTimes(log: readonly RemovalLogEntry[]): number[] {
  return log.map((entry) => entry.at);
}
