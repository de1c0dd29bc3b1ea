import type { ExportPerson, FactsKnown, PersonFacts } from './person-facts';
import { nameKey } from './person-names';
import type { ConnectedOn, Connection, ProfileKey } from './connection';
import { betterDate } from './merge-connection';

/**
 * The merge policy of a data export import: how a person the export lists is folded into what is
 * stored, how a part of someone's facts the import did not read keeps what an earlier import knew,
 * and when a row without a profile URL may be tied to a stored connection by name. Pure: the
 * storage side (storage/import-store.ts) reads the store, calls these and writes the outcome.
 */

export type KeptAsideReason = 'no-name' | 'no-match' | 'several-matches';

export interface KeptAside {
  name: string;
  company: string;
  connectedOn: string | null;
  reason: KeptAsideReason;
  /** How many people the name could belong to. */
  candidates: number;
}

/** When the person is merged, and what else is known about them. */
export interface ExportedMergeContext {
  /** The import's time (epoch ms). */
  now: number;
  /** The last time the removal log says QuietPrune removed them, if it ever did. */
  removedAt: number | undefined;
  /** The export's own day (epoch ms, midnight UTC), when its name says; null for loose files. */
  listedAt: number | null;
  /** Their profile URL, for someone new (the export's own, or the canonical one for the key). */
  profileUrl: string;
}

/**
 * One stored person, updated with what the export says. The export's exact date wins over an
 * estimate from "Connected 2 years ago"; the name and headline a sync read stay (they are newer
 * than any export). Someone the removal log says was removed is stored as gone: an export made
 * before the removal still lists them.
 */
export function mergeExported(
  existing: Connection | undefined,
  key: ProfileKey,
  person: ExportPerson,
  { now, removedAt, listedAt, profileUrl }: ExportedMergeContext,
): Connection {
  const fromExport: ConnectedOn = person.connectedOn
    ? { kind: 'exact', date: person.connectedOn }
    : { kind: 'unknown' };
  // The export saw them on its own day, not on the day it was imported: a later, newer export
  // that no longer lists them can then tell they left after it.
  const seenAt = listedAt ?? now;
  if (existing) {
    const merged: Connection = {
      ...existing,
      name: existing.name || person.name,
      headline: existing.headline || headlineOf(person),
      connectedOn: betterDate(existing.connectedOn, fromExport),
      lastSeenAt: lastSeenAfter(existing.lastSeenAt, seenAt, listedAt, now),
      sources: existing.sources.includes('export') ? existing.sources : [...existing.sources, 'export'],
    };
    // Listed again by an export made after they were marked gone, and not removed since: back.
    if (
      existing.goneAt !== undefined &&
      listedAt !== null &&
      listedAt > existing.goneAt &&
      (removedAt === undefined || removedAt < listedAt)
    ) {
      delete merged.goneAt;
    }
    // Nothing new (the same export imported again): the stored record itself, so the import
    // need not rewrite it.
    return sameRecord(existing, merged) ? existing : merged;
  }
  const created: Connection = {
    profileKey: key,
    profileUrl,
    name: person.name,
    headline: headlineOf(person),
    connectedOn: fromExport,
    firstSeenAt: Math.min(now, seenAt),
    lastSeenAt: seenAt,
    sources: ['export'],
  };
  if (removedAt !== undefined) created.goneAt = removedAt;
  return created;
}

const DAY_MS = 86_400_000;

/**
 * When a stored person was last seen, after an export listed them. A dated export saw them on its
 * own day (`listedAt`). A file without a date (a loose Connections.csv) says only that they were
 * listed on some day up to the import's, so what it tells is as precise as that day: someone
 * already seen on the import's day (UTC, the days export dates are compared in) keeps the time
 * they were seen. The same file imported again that day then changes nothing, and a QuietPrune
 * removal made after that earlier sighting still counts as made after it (core/quick-sync.ts).
 */
function lastSeenAfter(stored: number, seenAt: number, listedAt: number | null, now: number): number {
  if (listedAt === null && stored >= now - (now % DAY_MS)) return stored;
  return Math.max(stored, seenAt);
}

/**
 * The same stored value: plain data (as IndexedDB keeps it) compared field by field, arrays in
 * order. A field holding `undefined` is not the same as an absent one (a stored record keeps both).
 */
export function sameRecord(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  return keysA.every(
    (key) =>
      Object.hasOwn(b, key) &&
      sameRecord((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

function headlineOf(person: ExportPerson): string {
  const position = person.position.trim();
  const company = person.company.trim();
  return position && company ? `${position} at ${company}` : position || company;
}

/** The fields of PersonFacts each part of `known` covers. */
const FACT_PARTS: ReadonlyArray<readonly [keyof FactsKnown, ReadonlyArray<keyof PersonFacts>]> = [
  ['endorsementsReceived', ['endorsementsReceived']],
  ['endorsementsGiven', ['endorsementsGiven']],
  ['recommendationsReceived', ['recommendationsReceived']],
  ['recommendationsGiven', ['recommendationsGiven']],
  ['messages', ['messagesSent', 'messagesReceived', 'lastMessageAt', 'firstMessageAfterConnect']],
  ['invitations', ['invitedBy', 'invitationMessage']],
];

/**
 * Facts built from none of the files they come from (the import held none of them, as a lone
 * Connections.csv): writing them would only replace "no record" by "nothing known".
 */
export function knowsNothing(facts: PersonFacts): boolean {
  return facts.known !== undefined && FACT_PARTS.every(([part]) => !facts.known![part]);
}

/**
 * A person's facts after this import. A part the new import read replaces the earlier one; a part
 * it did not read (its file was not in this import, say a lone Endorsement_Received_Info.csv) keeps
 * what an earlier import knew, rather than turning it into "not known".
 */
export function mergeFacts(earlier: PersonFacts | undefined, fresh: PersonFacts): PersonFacts {
  if (!earlier || !fresh.known) return fresh;
  const merged: PersonFacts = { ...fresh, known: { ...fresh.known } };
  for (const [part, fields] of FACT_PARTS) {
    if (fresh.known[part] || !(earlier.known?.[part] ?? true)) continue;
    for (const field of fields) {
      if (earlier[field] === undefined) delete merged[field];
      else (merged as unknown as Record<string, unknown>)[field] = earlier[field];
    }
    merged.known![part] = true;
  }
  return merged;
}

/**
 * Ties people without a URL to stored connections by name. A name is attached only when exactly
 * one stored connection has it AND the export has only one person with it: two rows "Jane Roe"
 * are two people, and either could be the one we know.
 */
export function matchByName(
  people: readonly ExportPerson[],
  stored: Iterable<Connection>,
): { matched: Array<[ProfileKey, ExportPerson]>; keptAside: KeptAside[] } {
  // Every row had a profile URL (any export since 2023): keying 30,000 stored names for nothing
  // would cost tens of milliseconds inside the import's transaction.
  if (people.length === 0) return { matched: [], keptAside: [] };
  const storedByName = new Map<string, Set<ProfileKey>>();
  for (const connection of stored) {
    const name = nameKey(connection.name);
    if (name === '') continue;
    const keys = storedByName.get(name) ?? new Set<ProfileKey>();
    keys.add(connection.profileKey);
    storedByName.set(name, keys);
  }
  const rowsByName = new Map<string, number>();
  for (const person of people)
    rowsByName.set(nameKey(person.name), (rowsByName.get(nameKey(person.name)) ?? 0) + 1);

  const matched: Array<[ProfileKey, ExportPerson]> = [];
  const keptAside: KeptAside[] = [];
  for (const person of people) {
    const name = nameKey(person.name);
    const aside = (reason: KeptAsideReason, candidates: number) =>
      keptAside.push({
        name: person.name,
        company: person.company,
        connectedOn: person.connectedOn,
        reason,
        candidates,
      });
    if (name === '') {
      aside('no-name', 0);
      continue;
    }
    const keys = storedByName.get(name);
    const candidates = Math.max(keys?.size ?? 0, rowsByName.get(name) ?? 0);
    if (!keys || keys.size === 0) aside('no-match', 0);
    else if (candidates > 1) aside('several-matches', candidates);
    else matched.push([[...keys][0]!, person]);
  }
  return { matched, keptAside };
}
