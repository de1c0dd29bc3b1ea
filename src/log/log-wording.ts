import { logStateOf, type RemovalLogEntry } from '../core/removal-log';
import { t } from '../ui/i18n';

/** "2026-06-01 14:05" in local time: unambiguous in any locale, and sorts as text. */
export function formatWhen(at: number): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** What went with a removal, line by line; null when QuietPrune did not know at the time. */
export function lostLines(lost: RemovalLogEntry['lost']): string[] | null {
  if (lost === null) return null;
  const lines: string[] = [];
  const skills = (list: string[]) =>
    list.length > 6 ? t('facts_andMore', list.slice(0, 6).join(', '), list.length - 6) : list.join(', ');
  if (lost.endorsementsReceived.length > 0)
    lines.push(t('lost_theirEndorsements', skills(lost.endorsementsReceived)));
  if (lost.endorsementsGiven.length > 0)
    lines.push(t('lost_yourEndorsements', skills(lost.endorsementsGiven)));
  if (lost.recommendationsReceived > 0)
    lines.push(t('lost_theirRecommendations', lost.recommendationsReceived));
  if (lost.recommendationsGiven > 0) lines.push(t('lost_yourRecommendations', lost.recommendationsGiven));
  return lines;
}

/**
 * Where LinkedIn's answer stands for an entry, in words; null for a plain confirmed removal.
 * Pending and still-listed entries count against the daily cap all the same: LinkedIn saw the click.
 */
export function stateLine(entry: Pick<RemovalLogEntry, 'state' | 'unexpected'>): string | null {
  if (entry.unexpected) return t('logState_unexpected');
  switch (logStateOf(entry)) {
    case 'pending':
      return t('logState_pending');
    case 'still-listed':
      return t('logState_stillListed');
    case 'removed':
      return null;
  }
}
