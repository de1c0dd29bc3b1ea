import { logStateOf, type RemovalLogEntry } from '../core/removal-log';

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
    list.length > 6 ? `${list.slice(0, 6).join(', ')} and ${list.length - 6} more` : list.join(', ');
  if (lost.endorsementsReceived.length > 0)
    lines.push(`Their endorsements of you: ${skills(lost.endorsementsReceived)}`);
  if (lost.endorsementsGiven.length > 0)
    lines.push(`Your endorsements of them: ${skills(lost.endorsementsGiven)}`);
  if (lost.recommendationsReceived > 0)
    lines.push(`Recommendations from them: ${lost.recommendationsReceived}`);
  if (lost.recommendationsGiven > 0) lines.push(`Recommendations you wrote: ${lost.recommendationsGiven}`);
  return lines;
}

/**
 * Where LinkedIn's answer stands for an entry, in words; null for a plain confirmed removal.
 * Pending and still-listed entries count against the daily cap all the same: LinkedIn saw the click.
 */
export function stateLine(entry: Pick<RemovalLogEntry, 'state' | 'unexpected'>): string | null {
  if (entry.unexpected)
    return 'Unexpected: you did not queue them; they left your connections at another removal’s confirmation';
  switch (logStateOf(entry)) {
    case 'pending':
      return 'Unsure: waiting for LinkedIn (confirmation clicked, not yet confirmed by a search)';
    case 'still-listed':
      return 'Still listed: LinkedIn kept the connection after the confirmation';
    case 'removed':
      return null;
  }
}
