import type { Connection, ConnectedOn, ProfileKey } from '../core/connection';
import { isActiveStatus, type QueueStatus } from '../core/removal-queue';
import type { Suggestion } from '../core/triage';
import { compareByName } from '../core/name-order';
import { foldForSearch, matchesQuery } from '../core/search-text';
import { t } from '../ui/i18n';

/**
 * Which connections the list shows, and in what order. Pure functions over plain arrays, working
 * with positions into the loaded `connections` array (no copies of 30,000 objects per keystroke).
 *
 * Cost model at 30,000 people: sorting is done once per order and load; folding names for search
 * once per load (lazily); a keystroke is one pass of substring checks over the folded texts.
 */

export type SortOrder = 'name' | 'newest' | 'oldest';
export type ListFilter = 'current' | 'gone' | 'keep' | 'queued' | 'suggested';

export const SORT_LABELS: Record<SortOrder, () => string> = {
  name: () => t('sort_name'),
  newest: () => t('sort_newest'),
  oldest: () => t('sort_oldest'),
};

/** The date a connection is sorted by: exact, else the estimate; null when unknown. */
export function connectedSortDate(connectedOn: ConnectedOn): string | null {
  if (connectedOn.kind === 'exact') return connectedOn.date;
  if (connectedOn.kind === 'relative') return connectedOn.estimate;
  return null;
}

/**
 * Names folded for search (lower-case, accents off), one per connection. Also the name order
 * (core/name-order.ts), which is why the first screen cannot paint before they are folded.
 */
export function foldNames(connections: readonly Connection[]): string[] {
  return connections.map((c) => foldForSearch(c.name));
}

// Derived texts per loaded list (a new load is a new array, so a WeakMap keyed by it is exact).
const foldedNameCache = new WeakMap<readonly Connection[], readonly string[]>();
const searchTextCache = new WeakMap<readonly Connection[], readonly string[]>();

/** Keeps folded names computed while the list was read (popup-data.ts folds each chunk as it lands). */
export function rememberFoldedNames(connections: readonly Connection[], folded: readonly string[]): void {
  if (folded.length !== connections.length) throw new Error('One folded name per connection.');
  foldedNameCache.set(connections, folded);
}

export function foldedNamesOf(connections: readonly Connection[]): readonly string[] {
  let names = foldedNameCache.get(connections);
  if (!names) foldedNameCache.set(connections, (names = foldNames(connections)));
  return names;
}

/** The search texts of a list, building them now if they are not ready yet. */
export function searchTextsOf(connections: readonly Connection[]): readonly string[] {
  let texts = searchTextCache.get(connections);
  if (!texts)
    searchTextCache.set(connections, (texts = buildSearchTexts(connections, foldedNamesOf(connections))));
  return texts;
}

/**
 * Builds a list's search texts ahead of the first keystroke, a slice per idle period, so that no
 * task grows long (folding 30,000 headlines at once takes tens of milliseconds). Returns a
 * function that stops it.
 */
export function prepareSearchTexts(connections: readonly Connection[], slice = 2000): () => void {
  if (searchTextCache.has(connections) || connections.length === 0) return () => {};
  const folded = foldedNamesOf(connections);
  const texts: string[] = [];
  let id = 0;
  const step = (deadline: IdleDeadline) => {
    if (searchTextCache.has(connections)) return; // a keystroke came first and built them all
    do {
      const end = Math.min(connections.length, texts.length + slice);
      for (let i = texts.length; i < end; i++) texts.push(searchText(folded[i]!, connections[i]!));
    } while (texts.length < connections.length && deadline.timeRemaining() > 8);
    if (texts.length < connections.length) id = requestIdleCallback(step, { timeout: 1000 });
    else searchTextCache.set(connections, texts);
  };
  id = requestIdleCallback(step, { timeout: 1000 });
  return () => cancelIdleCallback(id);
}

/**
 * Positions of `connections` in the chosen order. People whose date is unknown go last in both
 * date orders (unknown is not "oldest"); ties fall back to the name order.
 */
export function sortedPositions(
  connections: readonly Connection[],
  foldedNames: readonly string[],
  order: SortOrder,
): number[] {
  const positions = connections.map((_, i) => i);
  const byName = (a: number, b: number) =>
    compareByName(connections[a]!, foldedNames[a]!, connections[b]!, foldedNames[b]!);
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

/**
 * The text a search looks in, folded: name and headline. A newline separates them, which no
 * query word can contain, so a word never matches across the two.
 */
export function buildSearchTexts(
  connections: readonly Connection[],
  foldedNames: readonly string[],
): string[] {
  return connections.map((c, i) => searchText(foldedNames[i]!, c));
}

function searchText(foldedName: string, connection: Connection): string {
  return `${foldedName}\n${foldForSearch(connection.headline)}`;
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
      return isActiveStatus(status);
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
export function filterCounts(
  connections: readonly Connection[],
  marks: ListMarks,
): Record<ListFilter, number> {
  let current = 0;
  let gone = 0;
  let keep = 0;
  let suggested = 0;
  let queued = 0;
  const active = marks.queue.size > 0;
  for (const connection of connections) {
    if (active) {
      const status = marks.queue.get(connection.profileKey);
      if (isActiveStatus(status)) queued++;
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
