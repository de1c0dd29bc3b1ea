import type { PersonFacts, PitchSignal } from './person-facts';
import type { ConnectedOn, ProfileKey } from './connection';
import { burstThreshold, dayLabel, medianOf } from './connections-per-month';

/**
 * Suggestions of whom the user might remove, each with the reasons in sentences they can check.
 * A suggestion is never a decision: QuietPrune only lists them.
 *
 * - possible-spam: their first messages soon after connecting carried pitch signals (moving the
 *   talk to WhatsApp or email, an "opportunity", crypto...). An empty company and position, or an
 *   invitation that came from them, is added as a further reason, never enough on its own.
 * - inactive: connected years ago and no message for years (or never). Unknown is never zero: a
 *   person with no facts, or whose messages could not be read or attributed, gets no such claim.
 * - mass-connection-period: connected on a day (or in a week) when the user connected with far
 *   more people than usual, computed from the whole list. Only exact dates count: estimates from
 *   "Connected 2 years ago" all fall on one day and would make a burst out of nothing.
 */
export type SuggestionKind = 'possible-spam' | 'inactive' | 'mass-connection-period';

export interface Suggestion {
  kind: SuggestionKind;
  reasons: string[];
}

export interface TriagePerson {
  profileKey: ProfileKey;
  name: string;
  headline: string;
  connectedOn: ConnectedOn;
  facts?: PersonFacts | null;
  /** From the export; undefined when not known (which is not the same as empty). */
  company?: string;
  position?: string;
}

/** Connected at least this long ago, and no message for at least as long, to be called inactive. */
export const INACTIVE_AFTER_YEARS = 2;
/** A week is a burst from this many connections (and 5x the usual week). */
export const WEEK_BURST_FLOOR = 20;

const DAY_MS = 24 * 60 * 60 * 1000;
const YEAR_MS = 365.25 * DAY_MS;

export function suggest(people: readonly TriagePerson[], now: number): Map<ProfileKey, Suggestion[]> {
  const bursts = findBursts(people);
  const result = new Map<ProfileKey, Suggestion[]>();
  for (const person of people) {
    const suggestions = suggestFor(person, now, bursts);
    if (suggestions.length > 0) result.set(person.profileKey, suggestions);
  }
  return result;
}

/**
 * The same as `suggest`, one person at a time, for callers that spread 30,000 people over several
 * tasks (the popup): `findBursts` looks at everyone first, since a burst is a property of the list.
 */
export function suggestFor(person: TriagePerson, now: number, bursts: Bursts): Suggestion[] {
  return [possibleSpam(person), inactive(person, now), massConnection(person, bursts)].filter(
    (s): s is Suggestion => s !== null,
  );
}

// ---- possible-spam ----------------------------------------------------------------------------

const SIGNAL_WORDS: Readonly<Record<PitchSignal, string>> = {
  whatsapp: 'moving to WhatsApp',
  telegram: 'moving to Telegram',
  email: 'a private email address',
  phone: 'a phone number',
  opportunity: 'an "opportunity"',
  investment: 'investment',
  crypto: 'crypto',
  services: 'their services',
  'quick-call': 'a quick call',
};

function possibleSpam(person: TriagePerson): Suggestion | null {
  const first = person.facts?.firstMessageAfterConnect;
  if (!first || first.pitchSignals.length === 0) return null;
  const connected = connectionDate(person.connectedOn);
  const daysAfter =
    connected === null ? null : Math.floor((Date.parse(first.at) - Date.parse(connected)) / DAY_MS);
  const when =
    daysAfter === null || daysAfter < 0
      ? 'soon after connecting'
      : daysAfter === 0
        ? 'the day you connected'
        : `${daysAfter} ${daysAfter === 1 ? 'day' : 'days'} after connecting`;
  const reasons = [
    `Their first messages, ${when}, mentioned ${listOf(first.pitchSignals.map((s) => SIGNAL_WORDS[s]))}`,
  ];
  if (person.company === '' && person.position === '')
    reasons.push('No company or position on their profile');
  if (person.facts?.invitedBy === 'them') reasons.push('They sent the invitation');
  return { kind: 'possible-spam', reasons };
}

// ---- inactive ---------------------------------------------------------------------------------

function inactive(person: TriagePerson, now: number): Suggestion | null {
  const facts = person.facts;
  if (!facts || facts.known?.messages === false) return null;
  const connected = connectionDate(person.connectedOn);
  if (connected === null) return null;
  const connectedYears = wholeYears(now - Date.parse(connected));
  if (connectedYears < INACTIVE_AFTER_YEARS) return null;
  const about = person.connectedOn.kind === 'exact' ? '' : 'about ';
  const since = `Connected ${about}${connectedYears} years ago`;

  if (facts.messagesSent === 0 && facts.messagesReceived === 0) {
    return { kind: 'inactive', reasons: [`${since}; no messages in either direction`] };
  }
  if (facts.lastMessageAt === null) return null; // messages, but of unknown date: no claim
  const silentYears = wholeYears(now - Date.parse(facts.lastMessageAt));
  if (!(silentYears >= INACTIVE_AFTER_YEARS)) return null;
  return {
    kind: 'inactive',
    reasons: [`${since}; last message ${silentYears} years ago (${dayLabel(facts.lastMessageAt)})`],
  };
}

// ---- mass-connection-period -------------------------------------------------------------------

export interface Bursts {
  days: Map<string, number>;
  weeks: Map<string, number>;
  dayThreshold: number;
  weekThreshold: number;
  usualDay: number;
  usualWeek: number;
}

export function findBursts(people: readonly TriagePerson[]): Bursts {
  const days = new Map<string, number>();
  const weeks = new Map<string, number>();
  for (const person of people) {
    if (person.connectedOn.kind !== 'exact' || !isIsoDate(person.connectedOn.date)) continue;
    const day = person.connectedOn.date;
    days.set(day, (days.get(day) ?? 0) + 1);
    const week = weekStart(day);
    weeks.set(week, (weeks.get(week) ?? 0) + 1);
  }
  return {
    days,
    weeks,
    dayThreshold: burstThreshold(days.values()),
    weekThreshold: burstThreshold(weeks.values(), WEEK_BURST_FLOOR),
    usualDay: medianOf([...days.values()]),
    usualWeek: medianOf([...weeks.values()]),
  };
}

function massConnection(person: TriagePerson, bursts: Bursts): Suggestion | null {
  if (person.connectedOn.kind !== 'exact' || !isIsoDate(person.connectedOn.date)) return null;
  const day = person.connectedOn.date;
  const onDay = bursts.days.get(day) ?? 0;
  if (onDay >= bursts.dayThreshold) {
    return {
      kind: 'mass-connection-period',
      reasons: [
        `Connected on ${dayLabel(day)}, a day you made ${onDay} new connections (a usual day: ${round(bursts.usualDay)})`,
      ],
    };
  }
  const week = weekStart(day);
  const inWeek = bursts.weeks.get(week) ?? 0;
  if (inWeek >= bursts.weekThreshold) {
    return {
      kind: 'mass-connection-period',
      reasons: [
        `Connected in the week of ${dayLabel(week)}, when you made ${inWeek} new connections (a usual week: ${round(bursts.usualWeek)})`,
      ],
    };
  }
  return null;
}

// ---- the connection limit ---------------------------------------------------------------------

/** LinkedIn's cap on first-degree connections. */
export const CONNECTION_LIMIT = 30_000;
export const NEAR_LIMIT_FROM = 29_000;

export function nearLimit(total: number): { level: 'ok' | 'near' | 'at'; message: string } {
  const count = formatCount(total);
  if (total >= CONNECTION_LIMIT) {
    return {
      level: 'at',
      message: `You have ${count} connections, LinkedIn's limit of ${formatCount(CONNECTION_LIMIT)}: nobody can connect with you until you remove some.`,
    };
  }
  if (total >= NEAR_LIMIT_FROM) {
    return {
      level: 'near',
      message: `You have ${count} connections; LinkedIn stops new connections at ${formatCount(CONNECTION_LIMIT)} (${formatCount(CONNECTION_LIMIT - total)} to go).`,
    };
  }
  return {
    level: 'ok',
    message: `You have ${count} connections; LinkedIn's limit is ${formatCount(CONNECTION_LIMIT)}.`,
  };
}

// ---- helpers ----------------------------------------------------------------------------------

/** The exact or estimated ISO date of a connection, or null when unknown. */
function connectionDate(on: ConnectedOn): string | null {
  const date = on.kind === 'exact' ? on.date : on.kind === 'relative' ? on.estimate : null;
  return date !== null && isIsoDate(date) ? date : null;
}

function isIsoDate(date: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(Date.parse(date));
}

function wholeYears(ms: number): number {
  return Math.floor(ms / YEAR_MS);
}

/** The Monday of the ISO week holding the date. */
function weekStart(isoDate: string): string {
  const t = Date.parse(isoDate);
  const weekday = (new Date(t).getUTCDay() + 6) % 7; // Monday 0 ... Sunday 6
  return new Date(t - weekday * DAY_MS).toISOString().slice(0, 10);
}

function round(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

/** 29500 -> "29,500". */
function formatCount(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** "a", "a and b", "a, b and c". */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
