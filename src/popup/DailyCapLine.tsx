import {
  CAP_WINDOW_MS,
  effectiveCap,
  nextAllowedAt,
  remainingToday,
  type EndedElsewhere,
} from '../core/daily-cap';
import { formatCountdown, plural } from '../ui/format';

/**
 * "N removals left today (cap C)", counted over the last 24 hours by the same rule the worker
 * enforces: from the removal log's own times and the connections a sync found ended outside
 * QuietPrune (`removalTimes` holds both), and when the next one is allowed once it is 0. It says how
 * many of those that count ended elsewhere, and how to remove on the phone at the same pace.
 */
export function DailyCapLine({
  removalTimes,
  endedElsewhere,
  cap,
  now,
}: {
  removalTimes: readonly number[];
  endedElsewhere: readonly EndedElsewhere[];
  cap: number;
  now: number;
}) {
  const left = remainingToday(removalTimes, cap, now);
  const shownCap = effectiveCap(cap);
  // Those still inside the window (a time "in the future", the clock set back, counts: when in doubt, wait).
  const outside = endedElsewhere.filter((ended) => now - ended.at < CAP_WINDOW_MS).length;
  return (
    <div class="cap-line">
      <p class="cap-text" data-testid="daily-cap">
        <strong>{plural(left, 'removal')} left today</strong> (cap {shownCap} in any 24 hours)
        {outside > 0 && (
          <span data-testid="daily-cap-elsewhere">
            {' '}
            Of those that count, {outside} {outside === 1 ? 'is a connection' : 'are connections'} that ended
            outside QuietPrune (removed by hand or in LinkedIn’s app, or the person left): they count because
            LinkedIn may count them.
          </span>
        )}
        {left === 0 && (
          <span class="muted">
            {' '}
            Next one allowed in {formatCountdown(nextAllowedAt(removalTimes, cap, now) - now)}.
          </span>
        )}
      </p>
      <details class="muted">
        <summary>Removing on your phone?</summary>
        In LinkedIn’s app: My Network › Connections › ⋯ beside the person › Remove connection. The same daily
        pace applies there: LinkedIn counts every removal, wherever it is made. QuietPrune cannot see those
        removals as they happen; the next full Sync finds them gone and counts them against this cap from then
        on.
      </details>
    </div>
  );
}
