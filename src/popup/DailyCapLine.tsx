import { nextAllowedAt, remainingToday, effectiveCap } from '../core/daily-cap';
import { formatCountdown, plural } from '../ui/format';

/**
 * "N removals left today (cap C)", counted from the removal log's own times over the last 24
 * hours (the same rule the worker enforces), and when the next one is allowed once it is 0.
 */
export function DailyCapLine({
  removalTimes,
  cap,
  now,
}: {
  removalTimes: readonly number[];
  cap: number;
  now: number;
}) {
  const left = remainingToday(removalTimes, cap, now);
  const shownCap = effectiveCap(cap);
  return (
    <p class="cap-line" data-testid="daily-cap">
      <strong>{plural(left, 'removal')} left today</strong> (cap {shownCap} in any 24 hours)
      {left === 0 && (
        <span class="muted">
          {' '}
          Next one allowed in {formatCountdown(nextAllowedAt(removalTimes, cap, now) - now)}.
        </span>
      )}
    </p>
  );
}
