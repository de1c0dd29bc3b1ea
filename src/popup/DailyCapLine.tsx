import {
  CAP_WINDOW_MS,
  effectiveCap,
  nextAllowedAt,
  remainingToday,
  type EndedElsewhere,
} from '../core/daily-cap';
import { formatCountdown } from '../ui/format';
import { t, tp } from '../ui/i18n';

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
        <strong>{tp('cap_left', left)}</strong> {t('cap_window', shownCap)}
        {outside > 0 && <span data-testid="daily-cap-elsewhere"> {tp('cap_elsewhere', outside)}</span>}
        {left === 0 && (
          <span class="muted">
            {' '}
            {t('cap_nextIn', formatCountdown(nextAllowedAt(removalTimes, cap, now) - now))}
          </span>
        )}
      </p>
      <details class="muted">
        <summary>{t('cap_phoneSummary')}</summary>
        {t('cap_phone')}
      </details>
    </div>
  );
}
