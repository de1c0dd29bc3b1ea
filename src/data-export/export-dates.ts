/**
 * Dates as LinkedIn's export writes them, and as a spreadsheet rewrites them.
 *
 * LinkedIn's own forms: `04 Jul 2023` (Connections), `"1/8/18, 6:14 PM"` (2018 Connections,
 * Invitations, Recommendations; always month first), `2021/08/11 11:00:31 UTC` (Endorsements),
 * `2023-07-04 10:35:00 UTC` and `2019-11-06T02:08:20` (messages). A spreadsheet re-saving a file
 * writes `2023-07-04`, `7/4/2023`, `04/07/2023`, `04.07.2023`, `4-Jul-23` or `Jul 4, 2023`.
 *
 * `7/4/2023` is July 4 in one locale and 4 July in another. A file is written in one locale, so
 * the caller collects `slashOrderEvidence` over the whole file and passes the order it found; with
 * no evidence such a date is not read at all (unknown, never a guess).
 *
 * Times without a zone (2018-2020 files) are local time of the person who exported; they are read
 * as UTC, which can be a few hours off but never a day's worth of a wrong date on the date part.
 */

export type SlashOrder = 'month-first' | 'day-first' | 'unknown';

/** A calendar date and, when the text had one, a time of day (UTC). */
export interface ExportDate {
  date: string; // YYYY-MM-DD
  time: string | null; // HH:MM:SS
}

/** LinkedIn opened in 2003: an earlier date is a misreading. */
const FIRST_YEAR = 2003;
const LAST_YEAR = 2100;

const FULL_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
/** English month names, full or abbreviated ("Jul", "July", "Sept"): the export is always in English. */
const MONTHS: ReadonlyMap<string, number> = new Map([
  ...FULL_MONTHS.map((m, i) => [m, i + 1] as const),
  ...FULL_MONTHS.map((m, i) => [m.slice(0, 3), i + 1] as const),
  ['sept', 9] as const,
]);

const ISO_LIKE =
  /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*(UTC|GMT|Z|[+-]\d{2}:?\d{2})?$/i;
const DAY_MONTH_NAME_YEAR = /^(\d{1,2})[ -]([a-z]{3,9})\.?[ -](\d{4}|\d{2})$/i;
const MONTH_NAME_DAY_YEAR = /^([a-z]{3,9})\.? (\d{1,2}),? (\d{4})$/i;
/** `1/8/18, 6:14 PM`: LinkedIn's own US form (two-digit year, comma, 12-hour clock). */
const LINKEDIN_SLASH = /^(\d{1,2})\/(\d{1,2})\/(\d{2}),\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AP]M)$/i;
/** Any other numeric day-month-year form (spreadsheets). Dots are always day first (de, ru, ...). */
const NUMERIC_DMY =
  /^(\d{1,2})([/.])(\d{1,2})\2(\d{4}|\d{2})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AP]M)?)?$/i;

/** Reads one date; null when the text is empty, not a date we know, or ambiguous under `order`. */
export function readExportDate(text: string, order: SlashOrder = 'unknown'): ExportDate | null {
  const clean = text.trim();
  if (clean === '') return null;

  let m = ISO_LIKE.exec(clean);
  if (m) {
    return build(
      +m[1]!,
      +m[2]!,
      +m[3]!,
      m[4] === undefined ? null : [+m[4], +m[5]!, +(m[6] ?? 0)],
      zoneMinutes(m[7]),
    );
  }
  m = LINKEDIN_SLASH.exec(clean);
  if (m) {
    return build(fullYear(m[3]!), +m[1]!, +m[2]!, [twentyFourHour(+m[4]!, m[7]!), +m[5]!, +(m[6] ?? 0)], 0);
  }
  m = DAY_MONTH_NAME_YEAR.exec(clean);
  if (m) {
    const month = monthNumber(m[2]!);
    return month === null ? null : build(fullYear(m[3]!), month, +m[1]!, null, 0);
  }
  m = MONTH_NAME_DAY_YEAR.exec(clean);
  if (m) {
    const month = monthNumber(m[1]!);
    return month === null ? null : build(+m[3]!, month, +m[2]!, null, 0);
  }
  m = NUMERIC_DMY.exec(clean);
  if (m) {
    const a = +m[1]!;
    const b = +m[3]!;
    const dayFirst = m[2] === '.' || order === 'day-first' || a > 12;
    const monthFirst = m[2] !== '.' && (order === 'month-first' || b > 12);
    if (dayFirst === monthFirst) return null; // ambiguous, or impossible (13/13/2023)
    const time: [number, number, number] | null =
      m[5] === undefined ? null : [m[8] ? twentyFourHour(+m[5], m[8]) : +m[5], +m[6]!, +(m[7] ?? 0)];
    return dayFirst ? build(fullYear(m[4]!), b, a, time, 0) : build(fullYear(m[4]!), a, b, time, 0);
  }
  return null;
}

/**
 * What one date says about the file's order of day and month: `13/7/2023` can only be day first,
 * `7/13/2023` only month first; `7/4/2023` says nothing (null). LinkedIn's own `1/8/18, 6:14 PM`
 * needs no evidence and gives none.
 */
export function slashOrderEvidence(text: string): 'month-first' | 'day-first' | null {
  const clean = text.trim();
  if (LINKEDIN_SLASH.test(clean)) return null;
  const m = NUMERIC_DMY.exec(clean);
  if (!m || m[2] === '.') return null;
  const a = +m[1]!;
  const b = +m[3]!;
  if (a > 12 && b <= 12) return 'day-first';
  if (b > 12 && a <= 12) return 'month-first';
  return null;
}

/** True when the text is a numeric date whose reading depends on the file's locale. */
export function isLocaleDependentDate(text: string): boolean {
  const clean = text.trim();
  const m = NUMERIC_DMY.exec(clean);
  return m !== null && m[2] === '/' && !LINKEDIN_SLASH.test(clean) && +m[1]! <= 12 && +m[3]! <= 12;
}

/** `2023-07-04T10:35:00Z`; a date without a time is taken at midnight UTC. */
export function toIsoDateTime(d: ExportDate): string {
  return `${d.date}T${d.time ?? '00:00:00'}Z`;
}

function monthNumber(name: string): number | null {
  return MONTHS.get(name.toLowerCase()) ?? null;
}

function fullYear(text: string): number {
  const n = Number(text);
  return text.length === 2 ? 2000 + n : n;
}

function twentyFourHour(hour: number, meridiem: string): number {
  const pm = meridiem.toUpperCase() === 'PM';
  if (hour === 12) return pm ? 12 : 0;
  return pm ? hour + 12 : hour;
}

/** Minutes east of UTC for a zone suffix; UTC when absent. */
function zoneMinutes(zone: string | undefined): number {
  if (zone === undefined || /^(utc|gmt|z)$/i.test(zone)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

function build(
  year: number,
  month: number,
  day: number,
  time: [number, number, number] | null,
  offsetMinutes: number,
): ExportDate | null {
  if (year < FIRST_YEAR || year > LAST_YEAR) return null;
  const [h, min, s] = time ?? [0, 0, 0];
  if (h > 23 || min > 59 || s > 59) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day)
    return null;
  if (time === null) return { date: probe.toISOString().slice(0, 10), time: null };
  const at = new Date(Date.UTC(year, month - 1, day, h, min, s) - offsetMinutes * 60_000).toISOString();
  return { date: at.slice(0, 10), time: at.slice(11, 19) };
}
