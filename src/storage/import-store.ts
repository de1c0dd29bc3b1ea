import { unwrap, type IDBPDatabase } from 'idb';
import type { ConnectedOn, Connection, ProfileKey } from '../core/connection';
import { betterDate } from '../core/merge-connection';
import { nameKey } from '../data-export/person-names';
import type {
  ExportPerson,
  ExportReadResult,
  FactsKnown,
  FileKind,
  FileSummary,
  NameMatch,
  PersonFacts,
} from '../data-export/types';
import { profileUrlForKey } from '../linkedin/profile-url';
import { buildListHead } from '../core/list-head';
import type { QuietPruneDB } from './db';
import { LIST_HEAD_KEY } from './list-head';

/**
 * Writes a read data export (data-export/readExport) into the store, all in ONE transaction: the
 * import lands whole, or the earlier data stays exactly as it was.
 *
 * People are merged by profile key. Files from before 2023 have no profile URL; such a person is
 * attached to a stored connection by name only when exactly one stored connection has that name
 * and the export names only one such person. Anyone else without a URL is kept aside and listed
 * in the summary, never attached to someone who may be a different person.
 */
type Db = IDBPDatabase<QuietPruneDB>;

export const LAST_IMPORT_KEY = 'lastImport';

export type KeptAsideReason = 'no-name' | 'no-match' | 'several-matches';

export interface KeptAside {
  name: string;
  company: string;
  connectedOn: string | null;
  reason: KeptAsideReason;
  /** How many people the name could belong to. */
  candidates: number;
}

export interface ImportSummary {
  at: number;
  files: FileSummary[];
  /** People new to QuietPrune. */
  added: number;
  /** People already stored, now also known from the export. */
  updated: number;
  /** Of `updated`: people without a URL in the export, tied to a stored connection by a unique name. */
  matchedByName: number;
  keptAside: KeptAside[];
  /** People whose facts (endorsements, messages, recommendations, invitations) were stored. */
  facts: number;
  /** Rows of other files (recommendations, messages...) the reader could not attach to one person. */
  unattachedRows: number;
  /**
   * Who those rows named, and why they were not used (at most UNATTACHED_LISTED of them). Absent in
   * summaries saved before this was recorded.
   */
  unattached?: Unattached[];
  /** Rows of other files tied to a connection by name (no profile URL in the file). */
  tiedByNameRows?: number;
  /** Those rows, with how sure each tie is (at most UNATTACHED_LISTED of them). */
  tiedByName?: TiedByName[];
  /** The day the export was made (ISO date), from its name; null when the files did not say. */
  exportDate?: string | null;
  /**
   * People stored as connections whom this newer, complete Connections.csv no longer lists: marked
   * gone (not deleted), listed by name (at most GONE_LISTED of them; `goneCount` counts all).
   */
  gone?: GoneFromExport[];
  goneCount?: number;
  /** People marked gone before whom this export lists again, so no longer gone. */
  back?: number;
  /** Why nobody could be marked gone from this export, when that was not possible. */
  goneNotChecked?: string;
  /**
   * Hidden profiles in that Connections.csv (no name, no URL): one of the people marked gone may be
   * among them, still connected. Told beside the list; a sync settles it.
   */
  hiddenInExport?: number;
}

export interface GoneFromExport {
  profileKey: ProfileKey;
  name: string;
}

/** The summary is kept in the store: list this many people marked gone at most. */
export const GONE_LISTED = 5_000;

/**
 * A row of a file without profile URLs (recommendations, older files) that was tied to one
 * connection by name, and how sure that is: by name and company, or by a name only one
 * connection has. The summary lists them so a user can see, and doubt, each one.
 */
export interface TiedByName {
  name: string;
  company: string;
  file: FileKind | null;
  /** The connection it was tied to. */
  profileKey: ProfileKey;
  confidence: 'name-and-company' | 'name-only';
  /** How many connections have this name. */
  candidates: number;
}

/** A name from a file without profile URLs that was not tied to anyone. */
export interface Unattached {
  name: string;
  company: string;
  file: FileKind | null;
  /** 'ambiguous': several connections have this name; 'none': no connection has it. */
  reason: 'ambiguous' | 'none';
  candidates: number;
}

/** The summary is kept in the store: list this many unattached names at most. */
export const UNATTACHED_LISTED = 200;

export async function saveImport(db: Db, result: ExportReadResult, now: number): Promise<ImportSummary> {
  const tx = db.transaction(['connections', 'facts', 'removalLog', 'meta'], 'readwrite');
  try {
    const [stored, log, storedFacts, lastImport] = await Promise.all([
      tx.objectStore('connections').getAll(),
      tx.objectStore('removalLog').getAll(),
      tx.objectStore('facts').getAll(),
      tx.objectStore('meta').get(LAST_IMPORT_KEY) as Promise<ImportSummary | undefined>,
    ]);
    const earlierFacts = new Map(storedFacts.map((f) => [f.profileKey, f]));
    const known = new Map(stored.map((c) => [c.profileKey, c]));
    const removedAt = new Map<ProfileKey, number>();
    for (const entry of log)
      removedAt.set(entry.profileKey, Math.max(entry.at, removedAt.get(entry.profileKey) ?? 0));

    const dated = exportDateOf(result);
    const listedAt = dated ? Date.parse(`${dated.date}T00:00:00Z`) : null;
    const changed = new Map<ProfileKey, Connection>();
    let added = 0;
    let back = 0;
    const merge = (key: ProfileKey, person: ExportPerson) => {
      const existing = changed.get(key) ?? known.get(key);
      if (!existing) added++;
      const merged = mergeExported(existing, key, person, now, removedAt.get(key), listedAt);
      if (existing?.goneAt !== undefined && merged.goneAt === undefined) back++;
      changed.set(key, merged);
    };

    const withoutUrl: ExportPerson[] = [];
    for (const person of result.connections) {
      if (person.profileKey !== null) merge(person.profileKey, person);
      else withoutUrl.push(person);
    }

    const { matched, keptAside } = matchByName(withoutUrl, [...known.values(), ...changed.values()]);
    for (const [key, person] of matched) merge(key, person);

    // A complete Connections.csv newer than what is stored is the whole network on its date:
    // whoever was listed before that date and is not in it is gone (marked, never deleted; the
    // removal log is not touched). A later sync or export that lists them again brings them back.
    const goneCheck = whyNotMarkingGone(result, listedAt, lastImport);
    const gone: GoneFromExport[] = [];
    if (goneCheck === null && listedAt !== null) {
      const asideNames = new Set(keptAside.map((k) => nameKey(k.name)));
      for (const connection of known.values()) {
        if (changed.has(connection.profileKey) || connection.goneAt !== undefined) continue;
        // Seen (by a sync or an export) on or after the export's day: newer than the export.
        if (connection.lastSeenAt >= listedAt) continue;
        // A row without a URL we could not tie to anyone may be this person.
        if (asideNames.has(nameKey(connection.name))) continue;
        changed.set(connection.profileKey, { ...connection, goneAt: listedAt });
        gone.push({ profileKey: connection.profileKey, name: connection.name });
      }
      gone.sort((a, b) => a.name.localeCompare(b.name));
    }

    // Plain IndexedDB requests for the bulk writes: idb's promise per request (two listeners added
    // and removed each) costs as much as the write itself at 30,000. A failed request still aborts
    // the transaction, and `tx.done` rejects.
    const connections = unwrap(tx.objectStore('connections'));
    const facts = unwrap(tx.objectStore('facts'));
    // Facts that know nothing (the import held none of the files they come from, as a lone
    // Connections.csv) would only replace "no record" by "nothing known", or rewrite what an
    // earlier import knew unchanged: not writing them halves such an import's writes (30,000
    // fewer at LinkedIn's limit), and the summary counts only facts that say something.
    const factsToWrite = [...result.facts].filter(([, personFacts]) => !knowsNothing(personFacts));
    const summary: ImportSummary = {
      at: now,
      files: result.files,
      added,
      updated: changed.size - added - gone.length,
      matchedByName: matched.length,
      keptAside,
      facts: factsToWrite.length,
      unattachedRows: result.unmatched.length,
      unattached: result.unmatched.slice(0, UNATTACHED_LISTED).map(unattachedOf),
      tiedByNameRows: result.nameMatches.length,
      tiedByName: result.nameMatches.flatMap(tiedByNameOf).slice(0, UNATTACHED_LISTED),
      exportDate: dated?.date ?? null,
      gone: gone.slice(0, GONE_LISTED),
      goneCount: gone.length,
      back,
    };
    if (gone.length > 0 && (result.hiddenConnections ?? 0) > 0)
      summary.hiddenInExport = result.hiddenConnections;
    if (goneCheck !== null && result.connections.length > 0) summary.goneNotChecked = goneCheck;
    // In key order: IndexedDB (LevelDB underneath) takes a sorted batch faster than the file's order.
    for (const connection of [...changed.values()].sort(byProfileKey)) connections.put(connection);
    for (const [profileKey, personFacts] of factsToWrite) {
      facts.put({ ...mergeFacts(earlierFacts.get(profileKey), personFacts), profileKey });
    }
    issue(tx.objectStore('meta').put(summary, LAST_IMPORT_KEY));
    // The popup's first screen (storage/list-head.ts), from the whole list as this import leaves it.
    issue(tx.objectStore('meta').put(buildListHead(new Map([...known, ...changed]).values()), LIST_HEAD_KEY));
    await tx.done; // rejects if any write failed
    return summary;
  } catch (error) {
    // A request that threw (say, a value that cannot be stored) does not abort by itself.
    try {
      tx.abort();
    } catch {
      // already aborted by the failed request
    }
    tx.done.catch(() => undefined);
    throw new Error(
      `The import was not saved, and your earlier data is unchanged: ${(error as Error)?.message ?? String(error)}`,
    );
  }
}

const byProfileKey = (a: Connection, b: Connection) =>
  a.profileKey < b.profileKey ? -1 : a.profileKey > b.profileKey ? 1 : 0;

/**
 * Starts a write without waiting for it: a failed request aborts the transaction, and `tx.done`
 * reports it. (Awaiting 30,000 writes one by one would only slow the import.)
 */
function issue(request: Promise<unknown>): void {
  request.catch(() => undefined);
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

function knowsNothing(facts: PersonFacts): boolean {
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

function tiedByNameOf(match: NameMatch): TiedByName[] {
  if (
    match.profileKey === null ||
    (match.confidence !== 'name-and-company' && match.confidence !== 'name-only')
  )
    return [];
  return [
    {
      name: match.name,
      company: match.company ?? '',
      file: match.source ?? null,
      profileKey: match.profileKey,
      confidence: match.confidence,
      candidates: match.candidates,
    },
  ];
}

function unattachedOf(match: NameMatch): Unattached {
  return {
    name: match.name,
    company: match.company ?? '',
    file: match.source ?? null,
    reason: match.confidence === 'ambiguous' ? 'ambiguous' : 'none',
    candidates: match.candidates,
  };
}

/** The import summary saved with the last import, if any (shape-checked loosely: it is our own record). */
export async function readLastImport(db: Db): Promise<ImportSummary | null> {
  const value = (await db.get('meta', LAST_IMPORT_KEY)) as ImportSummary | undefined;
  return value && typeof value.at === 'number' && Array.isArray(value.files) && Array.isArray(value.keptAside)
    ? value
    : null;
}

/**
 * One stored person, updated with what the export says. The export's exact date wins over an
 * estimate from "Connected 2 years ago"; the name and headline a sync read stay (they are newer
 * than any export). Someone the removal log says was removed is stored as gone: an export made
 * before the removal still lists them.
 */
function mergeExported(
  existing: Connection | undefined,
  key: ProfileKey,
  person: ExportPerson,
  now: number,
  removedAt: number | undefined,
  listedAt: number | null,
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
      lastSeenAt: Math.max(existing.lastSeenAt, seenAt),
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
    return merged;
  }
  const created: Connection = {
    profileKey: key,
    profileUrl: person.profileUrl ?? profileUrlForKey(key),
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

function headlineOf(person: ExportPerson): string {
  const position = person.position.trim();
  const company = person.company.trim();
  return position && company ? `${position} at ${company}` : position || company;
}

/**
 * Ties people without a URL to stored connections by name. A name is attached only when exactly
 * one stored connection has it AND the export has only one person with it: two rows "Jane Roe"
 * are two people, and either could be the one we know.
 */
function matchByName(
  people: readonly ExportPerson[],
  stored: readonly Connection[],
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

/**
 * The export's day, from its name (`Basic_LinkedInDataExport_07-04-2024.zip` or its folder). Loose
 * CSV files carry no date: their people count as seen on the day of the import, and they cannot
 * tell who is gone (a re-saved file's date is that of the save, not of the export).
 */
function exportDateOf(result: ExportReadResult): { date: string; from: 'name' } | null {
  return result.exportDate ? { date: result.exportDate, from: 'name' } : null;
}

/** Why this import cannot tell who is gone (null: it can). Each reason is told in the summary. */
function whyNotMarkingGone(
  result: ExportReadResult,
  listedAt: number | null,
  lastImport: ImportSummary | undefined,
): string | null {
  if (result.connections.length === 0) return 'the import held no Connections.csv with anyone in it';
  if (result.connectionsComplete !== true)
    return 'its Connections.csv was cut short, so it may not list everyone';
  if (listedAt === null)
    return 'its date is not known (only the zip LinkedIn sends, or its folder, is named with it): import the zip as it arrived to have people no longer listed marked gone';
  const earlier = lastImport?.exportDate;
  if (typeof earlier === 'string' && earlier >= new Date(listedAt).toISOString().slice(0, 10)) {
    return `it is not newer than the export imported before (${earlier})`;
  }
  return null;
}
