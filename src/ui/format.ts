import type { ConnectedOn } from '../core/connection';
import { formatNumber, localeTag, t } from './i18n';

/**
 * How QuietPrune words numbers, dates and durations on its pages. Pure functions of their
 * inputs (the caller passes `now`), so the wording is tested without a browser. Numbers, dates and
 * durations go through Intl in the language of the words (ui/i18n.ts), never the browser's own
 * locale, so a page never mixes two languages in one sentence.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * A moment within the coming week, as "Mon 14:05" in the user's locale: when the cap allows the
 * next removal, until when "delete all" keeps today's removals. (The log page writes full dates:
 * log/log-wording.ts `formatWhen`.)
 */
export function formatTime(at: number): string {
  return new Date(at).toLocaleString(localeTag(), { weekday: 'short', hour: '2-digit', minute: '2-digit' });
}

/** 30000 -> "30,000" (in English; "30.000" in German). */
export function formatCount(n: number): string {
  return formatNumber(n);
}

/**
 * "1 connection", "2 connections": English only, for the words not yet in the message files.
 * Translated text counts with `tp` (ui/i18n.ts) instead.
 */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** "5 minutes ago" in the language in use (Intl.RelativeTimeFormat). */
function ago(n: number, unit: Intl.RelativeTimeFormatUnit): string {
  return new Intl.RelativeTimeFormat(localeTag(), { numeric: 'always' }).format(-n, unit);
}

/** "just now", "5 minutes ago", "3 hours ago", "2 days ago", "4 months ago", "2 years ago". */
export function timeAgo(then: number, now: number): string {
  const elapsed = now - then;
  if (elapsed < MINUTE) return t('format_justNow'); // also a time slightly in the future (clock skew)
  if (elapsed < HOUR) return ago(Math.floor(elapsed / MINUTE), 'minute');
  if (elapsed < DAY) return ago(Math.floor(elapsed / HOUR), 'hour');
  const days = Math.floor(elapsed / DAY);
  if (days < 31) return ago(days, 'day');
  const months = Math.floor(days / 30.44);
  if (months < 12) return ago(months, 'month');
  return ago(Math.floor(days / 365.25), 'year');
}

/** "1:23" for a wait of 83 s; "1:02:03" past an hour. Never negative. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** "2026-06-14" -> "Jun 2026" ("Juni 2026" in German); null for text that is not such a date. */
export function monthYear(isoDate: string): string | null {
  const match = /^(\d{4})-(\d{2})-\d{2}$/.exec(isoDate);
  if (!match || Number(match[2]) < 1 || Number(match[2]) > 12) return null;
  const at = Date.UTC(Number(match[1]), Number(match[2]) - 1, 1);
  return new Intl.DateTimeFormat(localeTag(), { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    at,
  );
}

/** Whole-day distance in words for an estimated date: "about 2 years ago", "about 3 months ago". */
function aboutAgo(isoDate: string, now: number): string | null {
  const at = Date.parse(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(at)) return null;
  const days = Math.max(0, Math.floor((now - at) / DAY));
  if (days < 7) return new Intl.RelativeTimeFormat(localeTag(), { numeric: 'auto' }).format(0, 'week');
  if (days < 31) return t('format_about', ago(Math.floor(days / 7), 'week'));
  const months = Math.floor(days / 30.44);
  if (months < 12) return t('format_about', ago(months, 'month'));
  return t('format_about', ago(Math.floor(days / 365.25), 'year'));
}

/**
 * When someone became a connection, saying how sure we are: an exact date from LinkedIn or
 * the export, an estimate from "Connected 2 years ago", or unknown (never passed off as a date).
 */
export function connectedLabel(connectedOn: ConnectedOn, now: number): string {
  switch (connectedOn.kind) {
    case 'exact': {
      const when = monthYear(connectedOn.date);
      return when ? t('format_connected', when) : t('format_connectedUnknown');
    }
    case 'relative': {
      const when = aboutAgo(connectedOn.estimate, now);
      return when ? t('format_connectedEstimate', when) : t('format_connectedUnknown');
    }
    case 'unknown':
      return t('format_connectedUnknown');
  }
}

/**
 * Up to two letters for an avatar: first and last word of the name, credentials after a comma
 * dropped ("Jane Roe, PMP" -> "JR"), words without letters skipped. Whole code points, so an emoji or a surrogate pair is never
 * cut in half. "?" when the name is empty.
 */
export function initials(name: string): string {
  const words = (name.split(',')[0] ?? '')
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+/u, ''))
    .filter((word) => word !== '');
  // Prefer words with letters: "Jane Doe 2" is "JD", not "J2".
  const lettered = words.filter((word) => /\p{L}/u.test(word));
  const use = lettered.length > 0 ? lettered : words;
  const first = use[0];
  if (first === undefined) return '?';
  const last = use.length > 1 ? use[use.length - 1]! : '';
  const letter = (word: string) => Array.from(word)[0] ?? '';
  return (letter(first) + letter(last)).toUpperCase();
}
