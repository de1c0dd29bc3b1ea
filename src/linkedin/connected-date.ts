import type { ConnectedOn } from '../core/connection';
import { foldForSearch } from '../core/search-text';
import { baseLanguage } from './labels';

/**
 * Reads the "connected on" line of a Connections card.
 *
 * Current layout: an exact date in the page's language, "Connected on June 29, 2026" (English) or
 * "29 Haziran 2026 tarihinde bağlantı kuruldu" (Turkish). Only those two phrasings are confirmed
 * on the live pages. For German, French, Spanish, Portuguese, Dutch and Italian we know the month
 * names but not LinkedIn's exact sentence, so the parser does not depend on word order: it looks
 * for one day, one month name and one year in any order, plus a "connected" word of that language,
 * and nothing else but a few small words of that language (on, am, le, de...). That strictness
 * matters because every paragraph of a card is tried (the caller cannot tell a headline from a date
 * line by markup), and a headline such as "Connected Cars lead since 12 March 2024" must not become
 * a connection date. If LinkedIn's real sentence in one of those languages uses other words, the
 * result is unknown, never a wrong date; add the words here once seen on a live page.
 *
 * Classic layout: relative English only, "Connected 3 weeks ago", with an estimated date counted
 * back from `now` (in UTC; calendar months and years).
 *
 * Anything else is `{ kind: 'unknown' }`: a wrong date could get someone removed, an unknown one
 * only asks the user to look.
 */

interface LanguageDates {
  /** Folded month names and common abbreviations, January first. */
  months: readonly (readonly string[])[];
  /** Folded word beginnings that mark a "connected on" line in this language (connected, verbunden...). */
  connectedWords: readonly string[];
  /** Folded small words such a line may also hold (on, am, le, de...). Any other word means it is not a date line. */
  fillers: readonly string[];
}

const DATE_LANGUAGES: Readonly<Record<string, LanguageDates>> = {
  en: {
    months: [
      ['january', 'jan'],
      ['february', 'feb'],
      ['march', 'mar'],
      ['april', 'apr'],
      ['may'],
      ['june', 'jun'],
      ['july', 'jul'],
      ['august', 'aug'],
      ['september', 'sep', 'sept'],
      ['october', 'oct'],
      ['november', 'nov'],
      ['december', 'dec'],
    ],
    connectedWords: ['connected'],
    fillers: ['on', 'since', 'st', 'nd', 'rd', 'th'],
  },
  tr: {
    months: [
      ['ocak', 'oca'],
      ['subat', 'sub'],
      ['mart', 'mar'],
      ['nisan', 'nis'],
      ['mayis', 'may'],
      ['haziran', 'haz'],
      ['temmuz', 'tem'],
      ['agustos', 'agu'],
      ['eylul', 'eyl'],
      ['ekim', 'eki'],
      ['kasim', 'kas'],
      ['aralik', 'ara'],
    ],
    connectedWords: ['baglan'], // bağlantı, bağlandı
    fillers: ['tarihinde', 'tarihinden', 'kuruldu', 'beri', 'itibaren'],
  },
  de: {
    months: [
      ['januar', 'janner', 'jan'],
      ['februar', 'feb'],
      ['marz', 'mrz', 'mar'],
      ['april', 'apr'],
      ['mai'],
      ['juni', 'jun'],
      ['juli', 'jul'],
      ['august', 'aug'],
      ['september', 'sep', 'sept'],
      ['oktober', 'okt'],
      ['november', 'nov'],
      ['dezember', 'dez'],
    ],
    connectedWords: ['verbunden', 'vernetzt'],
    fillers: ['am', 'seit', 'dem'],
  },
  fr: {
    months: [
      ['janvier', 'janv'],
      ['fevrier', 'fevr', 'fev'],
      ['mars'],
      ['avril', 'avr'],
      ['mai'],
      ['juin'],
      ['juillet', 'juil'],
      ['aout'],
      ['septembre', 'sept'],
      ['octobre', 'oct'],
      ['novembre', 'nov'],
      ['decembre', 'dec'],
    ],
    connectedWords: ['connecte'],
    fillers: ['le', 'er', 'depuis', 'du'],
  },
  es: {
    months: [
      ['enero', 'ene'],
      ['febrero', 'feb'],
      ['marzo', 'mar'],
      ['abril', 'abr'],
      ['mayo', 'may'],
      ['junio', 'jun'],
      ['julio', 'jul'],
      ['agosto', 'ago'],
      ['septiembre', 'setiembre', 'sep', 'sept', 'set'],
      ['octubre', 'oct'],
      ['noviembre', 'nov'],
      ['diciembre', 'dic'],
    ],
    connectedWords: ['conectad'],
    fillers: ['el', 'de', 'del', 'desde'],
  },
  pt: {
    months: [
      ['janeiro', 'jan'],
      ['fevereiro', 'fev'],
      ['marco', 'mar'],
      ['abril', 'abr'],
      ['maio', 'mai'],
      ['junho', 'jun'],
      ['julho', 'jul'],
      ['agosto', 'ago'],
      ['setembro', 'set'],
      ['outubro', 'out'],
      ['novembro', 'nov'],
      ['dezembro', 'dez'],
    ],
    connectedWords: ['conectad'],
    fillers: ['em', 'de', 'desde'],
  },
  nl: {
    months: [
      ['januari', 'jan'],
      ['februari', 'feb'],
      ['maart', 'mrt'],
      ['april', 'apr'],
      ['mei'],
      ['juni', 'jun'],
      ['juli', 'jul'],
      ['augustus', 'aug'],
      ['september', 'sep', 'sept'],
      ['oktober', 'okt'],
      ['november', 'nov'],
      ['december', 'dec'],
    ],
    connectedWords: ['verbonden'],
    fillers: ['op', 'sinds', 'sedert'],
  },
  it: {
    months: [
      ['gennaio', 'gen'],
      ['febbraio', 'feb'],
      ['marzo', 'mar'],
      ['aprile', 'apr'],
      ['maggio', 'mag'],
      ['giugno', 'giu'],
      ['luglio', 'lug'],
      ['agosto', 'ago'],
      ['settembre', 'set'],
      ['ottobre', 'ott'],
      ['novembre', 'nov'],
      ['dicembre', 'dic'],
    ],
    connectedWords: ['collegat', 'connesso', 'connessi'],
    fillers: ['il', 'dal', 'l', 'dall'],
  },
};

/** Month lookup per language: folded name -> month number 1..12. */
const MONTH_LOOKUP: ReadonlyMap<string, ReadonlyMap<string, number>> = new Map(
  Object.entries(DATE_LANGUAGES).map(([lang, table]) => [
    lang,
    new Map(table.months.flatMap((names, index) => names.map((name) => [name, index + 1] as const))),
  ]),
);

/** Languages whose month names this parser knows (base codes of `<html lang>`). */
export const DATE_LANGUAGES_KNOWN = Object.keys(DATE_LANGUAGES);

/** LinkedIn opened in May 2003: an earlier connection date is a misreading. */
const FIRST_POSSIBLE_DATE = '2003-01-01';
const DAY_MS = 24 * 60 * 60 * 1000;
/** A date line is a short sentence; anything much longer is a headline or an about text. */
const MAX_DATE_LINE_LENGTH = 100;

export function parseConnectedOn(text: string, lang: string, now: number): ConnectedOn {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean === '' || clean.length > MAX_DATE_LINE_LENGTH || !Number.isFinite(now)) return UNKNOWN;
  return parseRelative(clean, now) ?? parseExact(clean, lang, now) ?? UNKNOWN;
}

const UNKNOWN: ConnectedOn = { kind: 'unknown' };

/**
 * An exact date, tried in the page's language and then in English (LinkedIn leaves some strings
 * untranslated). Each try must find exactly one month name and exactly one day and one year: two
 * candidates for any of them is ambiguous, and ambiguous is unknown.
 */
function parseExact(text: string, lang: string, now: number): ConnectedOn | null {
  const tokens = foldForSearch(text).match(/\p{L}+|[0-9]+/gu) ?? [];
  const numbers = tokens.filter((t) => /^[0-9]+$/.test(t));
  const years = numbers.filter((t) => t.length === 4);
  const days = numbers.filter((t) => t.length <= 2);
  if (years.length !== 1 || days.length !== 1 || numbers.length !== 2) return null;
  const year = Number(years[0]);
  const day = Number(days[0]);
  const words = tokens.filter((t) => !/^[0-9]+$/.test(t));

  for (const language of new Set([baseLanguage(lang), 'en'])) {
    const table = DATE_LANGUAGES[language];
    const lookup = MONTH_LOOKUP.get(language);
    if (!table || !lookup) continue;
    const isConnectedWord = (word: string) => table.connectedWords.some((stem) => word.startsWith(stem));
    if (!words.some(isConnectedWord)) continue;
    const months = words.map((word) => lookup.get(word)).filter((m): m is number => m !== undefined);
    if (months.length !== 1) continue;
    // Every other word must belong to the sentence: "Connected since 1 May 2019 at Acme" is not one.
    const stray = words.some(
      (word) => !lookup.has(word) && !isConnectedWord(word) && !table.fillers.includes(word),
    );
    if (stray) continue;
    const date = isoDate(year, months[0]!, day);
    const latest = toIsoDate(now + DAY_MS); // a day of slack for time zones
    if (date === null || latest === null || date < FIRST_POSSIBLE_DATE || date > latest) return null;
    return { kind: 'exact', date };
  }
  return null;
}

const RELATIVE =
  /^connected (?:(?<count>[0-9]+|an?|one) (?<unit>second|minute|hour|day|week|month|year)s? ago|(?<word>yesterday|today|just now))$/i;

/** "Connected 3 weeks ago" and the like, from the classic layout (English only). */
function parseRelative(text: string, now: number): ConnectedOn | null {
  const match = RELATIVE.exec(text);
  if (!match?.groups) return null;
  const { count, unit, word } = match.groups;
  let estimate: string | null;
  if (word !== undefined) {
    estimate = toIsoDate(word.toLowerCase() === 'yesterday' ? now - DAY_MS : now);
  } else {
    const n = /^[0-9]+$/.test(count ?? '') ? Number(count) : 1;
    estimate = toIsoDate(timeAgo(now, n, (unit ?? '').toLowerCase()));
  }
  if (estimate === null || estimate < FIRST_POSSIBLE_DATE) return null;
  return { kind: 'relative', text, estimate };
}

function timeAgo(now: number, n: number, unit: string): number {
  switch (unit) {
    case 'second':
      return now - n * 1000;
    case 'minute':
      return now - n * 60_000;
    case 'hour':
      return now - n * 3_600_000;
    case 'day':
      return now - n * DAY_MS;
    case 'week':
      return now - n * 7 * DAY_MS;
    case 'month':
      return monthsBefore(now, n);
    default: // year
      return monthsBefore(now, 12 * n);
  }
}

/** The same day of the month, `months` earlier; clamped to the month's last day (Mar 31 -> Feb 28). */
function monthsBefore(now: number, months: number): number {
  const at = new Date(now);
  const firstOfTarget = Date.UTC(at.getUTCFullYear(), at.getUTCMonth() - months, 1);
  const target = new Date(firstOfTarget);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(at.getUTCDate(), lastDay));
}

/** YYYY-MM-DD for a real calendar date, or null (February 30 is not a date). */
function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return toIsoDate(date.getTime());
}

/** YYYY-MM-DD (UTC), or null when the time is outside what Date can represent. */
function toIsoDate(epochMs: number): string | null {
  const date = new Date(epochMs);
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}
