import type { Connection, ConnectedOn, ProfileKey } from '../core/connection';
import type { QueueStatus } from '../core/removal-queue';
import type { Suggestion } from '../core/triage';
import { foldForSearch, matchesQuery } from '../core/search-text';

/**
 * Which connections the list shows, and in what order. Pure functions over plain arrays, working
 * with positions into the loaded `connections` array (no copies of 30,000 objects per keystroke).
 *
 * Cost model at 30,000 people: sorting is done once per order and load; folding names for search
 * once per load (lazily); a keystroke is one pass of substring checks over the folded texts.
 */

export type SortOrder = 'name' | 'newest' | 'oldest';
export type ListFilter = 'current' | 'gone' | 'keep' | 'queued' | 'suggested';

export const SORT_LABELS: Record<SortOrder, string> = {
  name: 'Name A–Z',
  newest: 'Newest connected',
  oldest: 'Oldest connected',
};

/** The date a connection is sorted by: exact, else the estimate; null when unknown. */
export function connectedSortDate(connectedOn: ConnectedOn): string | null {
  if (connectedOn.kind === 'exact') return connectedOn.date;
  if (connectedOn.kind === 'relative') return connectedOn.estimate;
  return null;
}

/**
 * Names folded for search (lower-case, accents off), one per connection. Also the name order:
 * comparing folded names with `<` sorts "Łukasz" with the L's and "émile" with the e's, and is
 * several times faster than a collator over 30,000 names, which matters because the first
 * screen cannot paint before the sort.
 */
export function foldNames(connections: readonly Connection[]): string[] {
  return connections.map((c) => foldForSearch(c.name));
}

/**
 * Positions of `connections` in the chosen order. People whose date is unknown go last in both
 * date orders (unknown is not "oldest"); ties fall back to the name, then the profile key, so the
 * order is the same from one load to the next.
 */
export function sortedPositions(connections: readonly Connection[], foldedNames: readonly string[], order: SortOrder): number[] {
  const positions = connections.map((_, i) => i);
  const byName = (a: number, b: number) =>
    compareText(foldedNames[a]!, foldedNames[b]!) ||
    compareText(connections[a]!.name, connections[b]!.name) ||
    compareText(connections[a]!.profileKey, connections[b]!.profileKey);
  if (order === 'name') return positions.sort(byName);
  const dates = connections.map((c) => connectedSortDate(c.connectedOn));
  const direction = order === 'newest' ? -1 : 1;
  return positions.sort((a, b) => {
    const da = dates[a]!;
    const db = dates[b]!;
    if (da !== db) {
      if (da === null) return 1;
      if (db === null) return -1;
      return (da < db ? -1 : 1) * direction;
    }
    return byName(a, b);
  });
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The text a search looks in, folded: name and headline. A newline separates them, which no
 * query word can contain, so a word never matches across the two.
 */
export function buildSearchTexts(connections: readonly Connection[], foldedNames: readonly string[]): string[] {
  return connections.map((c, i) => `${foldedNames[i]!}\n${foldForSearch(c.headline)}`);
}

export interface ListMarks {
  keep: ReadonlySet<ProfileKey>;
  queue: ReadonlyMap<ProfileKey, QueueStatus>;
  suggested: ReadonlyMap<ProfileKey, readonly Suggestion[]>;
}

/** Whether a connection belongs under the chosen filter. Gone people appear only under "gone". */
export function inFilter(connection: Connection, filter: ListFilter, marks: ListMarks): boolean {
  const gone = connection.goneAt !== undefined;
  switch (filter) {
    case 'current':
      return !gone;
    case 'gone':
      return gone;
    case 'keep':
      return !gone && marks.keep.has(connection.profileKey);
    case 'queued': {
      const status = marks.queue.get(connection.profileKey);
      return status === 'queued' || status === 'in-progress';
    }
    case 'suggested':
      return !gone && marks.suggested.has(connection.profileKey) && !marks.keep.has(connection.profileKey);
  }
}

/**
 * The positions to show, in order. `searchTexts` may be null while a blank query needs none
 * (the first screen renders before any folding is done).
 */
export function visiblePositions(
  connections: readonly Connection[],
  order: readonly number[],
  filter: ListFilter,
  query: string,
  searchTexts: readonly string[] | null,
  marks: ListMarks,
): number[] {
  const searching = query.trim() !== '';
  if (searching && searchTexts === null) throw new Error('Search texts must be built before searching.');
  const result: number[] = [];
  for (const position of order) {
    const connection = connections[position]!;
    if (!inFilter(connection, filter, marks)) continue;
    if (searching && !matchesQuery(searchTexts![position]!, query)) continue;
    result.push(position);
  }
  return result;
}

/** How many people each filter would show, for the filter menu's labels. One pass. */
export function filterCounts(connections: readonly Connection[], marks: ListMarks): Record<ListFilter, number> {
  let current = 0;
  let gone = 0;
  let keep = 0;
  let suggested = 0;
  let queued = 0;
  const active = marks.queue.size > 0;
  for (const connection of connections) {
    if (active) {
      const status = marks.queue.get(connection.profileKey);
      if (status === 'queued' || status === 'in-progress') queued++;
    }
    if (connection.goneAt !== undefined) {
      gone++;
      continue;
    }
    current++;
    const kept = marks.keep.has(connection.profileKey);
    if (kept) keep++;
    else if (marks.suggested.has(connection.profileKey)) suggested++;
  }
  return { current, gone, keep, queued, suggested };
}

