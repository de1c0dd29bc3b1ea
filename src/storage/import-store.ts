import { unwrap, type IDBPDatabase } from 'idb';
import type { Connection, ProfileKey } from '../core/connection';
import { knowsNothing, matchByName, mergeExported, mergeFacts, type KeptAside } from '../core/import-merge';
import { nameKey } from '../core/person-names';
import type { ReadFiles } from '../data-export/read-export';
import type { ExportPerson, ExportReadResult, FileKind, FileSummary, NameMatch } from '../data-export/types';
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

// The merge policy lives in core (pure); these stay importable from here for the pages.
export type { KeptAside, KeptAsideReason } from '../core/import-merge';
export { mergeFacts } from '../core/import-merge';

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

/**
 * `read` is either a read export, or one whose files are read and whose facts wait for the people
 * already stored (data-export/readExportFiles): those are given from the very read this transaction
 * makes, so an import reads the stored network once, and nothing written between that read and
 * these writes can be overwritten by a merge of older data.
 */
export async function saveImport(
  db: Db,
  read: ExportReadResult | ReadFiles,
  now: number,
): Promise<ImportSummary> {
  const tx = db.transaction(['connections', 'facts', 'removalLog', 'meta'], 'readwrite');
  try {
    const [stored, log, storedFacts, lastImport] = await Promise.all([
      tx.objectStore('connections').getAll(),
      tx.objectStore('removalLog').getAll(),
      tx.objectStore('facts').getAll(),
      tx.objectStore('meta').get(LAST_IMPORT_KEY) as Promise<ImportSummary | undefined>,
    ]);
    // Synchronous, so the transaction stays open: people already stored let rows without a
    // profile URL (old exports, recommendations) be matched by name.
    const result =
      'withKnownPeople' in read
        ? read.withKnownPeople(stored.map((c) => ({ profileKey: c.profileKey, name: c.name })))
        : read;
    const earlierFacts = new Map(storedFacts.map((f) => [f.profileKey, f]));
    const known = new Map(stored.map((c) => [c.profileKey, c]));
    const removedAt = new Map<ProfileKey, number>();
    for (const entry of log)
      removedAt.set(entry.profileKey, Math.max(entry.at, removedAt.get(entry.profileKey) ?? 0));

    const dated = exportDateOf(result);
    const listedAt = dated ? Date.parse(`${dated.date}T00:00:00Z`) : null;
    // Everyone this import lists or marks gone, as it leaves them (a record unchanged by the
    // export is the stored object itself).
    const changed = new Map<ProfileKey, Connection>();
    let added = 0;
    let back = 0;
    const merge = (key: ProfileKey, person: ExportPerson) => {
      const existing = changed.get(key) ?? known.get(key);
      if (!existing) added++;
      const merged = mergeExported(existing, key, person, {
        now,
        removedAt: removedAt.get(key),
        listedAt,
        profileUrl: person.profileUrl ?? profileUrlForKey(key),
      });
      if (existing?.goneAt !== undefined && merged.goneAt === undefined) back++;
      changed.set(key, merged);
    };

    const withoutUrl: ExportPerson[] = [];
    for (const person of result.connections) {
      if (person.profileKey !== null) merge(person.profileKey, person);
      else withoutUrl.push(person);
    }

    const { matched, keptAside } = matchByName(withoutUrl, withChanges(known, changed));
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
    // Only records whose content changes: mergeExported hands back the stored record itself when
    // the export adds nothing to it (the same export imported again writes none of its 30,000).
    // In key order: IndexedDB takes a sorted batch faster than the file's order.
    const toWrite = [...changed.values()].filter((c) => c !== known.get(c.profileKey));
    for (const connection of toWrite.sort(byProfileKey)) connections.put(connection);
    for (const [profileKey, personFacts] of factsToWrite) {
      facts.put({ ...mergeFacts(earlierFacts.get(profileKey), personFacts), profileKey });
    }
    issue(tx.objectStore('meta').put(summary, LAST_IMPORT_KEY));
    // The popup's first screen (storage/list-head.ts), from the whole list as this import leaves it.
    issue(tx.objectStore('meta').put(buildListHead(withChanges(known, changed)), LIST_HEAD_KEY));
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

/** Everyone as this import leaves them: the stored people, each replaced by their new record if any. */
function* withChanges(
  known: ReadonlyMap<ProfileKey, Connection>,
  changed: ReadonlyMap<ProfileKey, Connection>,
): Generator<Connection> {
  for (const [key, connection] of known) if (!changed.has(key)) yield connection;
  yield* changed.values();
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
