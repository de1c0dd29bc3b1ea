import Papa from 'papaparse';
import { logStateOf, type RemovalLogEntry } from '../core/removal-log';
import { neutraliseFormula } from './csv-formula';

/**
 * The removal log as CSV, one row per confirm click: `state` says where LinkedIn's answer stands
 * (removed, pending, still-listed) and `unexpected` marks someone who was not queued but left at a
 * confirmation. Names and reasons come from LinkedIn pages and the user: a cell that starts like a
 * formula (=, +, -, @, tab, CR, LF) is escaped so a spreadsheet shows it as text instead of
 * running it (csv-formula.ts).
 */
const COLUMNS = [
  'name',
  'profile_url',
  'removed_at',
  'reason',
  'endorsements_received',
  'endorsements_given',
  'recommendations_received',
  'recommendations_given',
  'confirmed_after_interruption',
  'state',
  'unexpected',
] as const;

export function removalLogCsv(entries: readonly RemovalLogEntry[]): string {
  const rows = entries.map((entry) => ({
    name: entry.name,
    profile_url: entry.profileUrl,
    removed_at: new Date(entry.at).toISOString(),
    reason: entry.reason,
    // Unknown stays empty; known-but-none is an empty list / zero.
    endorsements_received: entry.lost ? entry.lost.endorsementsReceived.join('; ') : '',
    endorsements_given: entry.lost ? entry.lost.endorsementsGiven.join('; ') : '',
    recommendations_received: entry.lost ? String(entry.lost.recommendationsReceived) : '',
    recommendations_given: entry.lost ? String(entry.lost.recommendationsGiven) : '',
    confirmed_after_interruption: entry.confirmedAfterInterruption ? 'yes' : 'no',
    state: logStateOf(entry),
    unexpected: entry.unexpected ? 'yes' : 'no',
  }));
  // Escaping is ours (csv-formula.ts): papaparse's `escapeFormulae` misses cells with line breaks.
  return Papa.unparse(
    { fields: [...COLUMNS], data: rows.map((row) => COLUMNS.map((c) => neutraliseFormula(row[c]))) },
    { quotes: true, newline: '\r\n' },
  );
}

/** "quietprune-removal-log-2026-07-01.csv" */
export function removalLogFileName(at: number): string {
  return `quietprune-removal-log-${new Date(at).toISOString().slice(0, 10)}.csv`;
}
