import type { Connection, ProfileKey } from './connection';
import { compareByName } from './name-order';
import { foldForSearch } from './search-text';

/**
 * The list head: the first screen of the popup's connection list, kept ready in the store so the
 * popup can paint it without reading 30,000 records first. It holds the first current (not gone)
 * connections in name order (core/name-order.ts, the popup's default view) and how many people
 * there are. Every write to the connections store updates it in the same transaction
 * (storage/list-head.ts), so it is never older than the list it stands for.
 *
 * Invariant: `rows` are exactly the first `rows.length` current connections in name order (a
 * prefix of the list; all of them when `rows.length === current`). An update keeps that true but
 * may leave fewer rows than LIST_HEAD_ROWS (a person in the head renamed past its end); below
 * LIST_HEAD_MIN_ROWS the writer rebuilds it from the whole store.
 */
export const LIST_HEAD_ROWS = 60;
/** Fewer rows than this (while more people are current) no longer fill a popup's screen. */
export const LIST_HEAD_MIN_ROWS = 24;

export interface ListHead {
  /** Records in the connections store, gone people included. */
  total: number;
  /** People not gone. */
  current: number;
  rows: Connection[];
}

const isCurrent = (c: Connection) => c.goneAt === undefined;

/** The head of a whole list (in any order). */
export function buildListHead(all: Iterable<Connection>): ListHead {
  let total = 0;
  const current: Connection[] = [];
  for (const c of all) {
    total++;
    if (isCurrent(c)) current.push(c);
  }
  return { total, current: current.length, rows: firstByName(current, LIST_HEAD_ROWS) };
}

/** One record written: what the store held before (undefined for someone new) and after. */
export interface ConnectionChange {
  before: Connection | undefined;
  after: Connection;
}

/**
 * The head after some records were written, without reading the rest of the store. Everyone who
 * sorted before the old head's last row was in it (the prefix invariant), so a changed person
 * belongs in the new head exactly when they now sort before that boundary, or anywhere when the
 * old head held every current person.
 */
export function updateListHead(head: ListHead, changes: readonly ConnectionChange[]): ListHead {
  const exhaustive = head.rows.length === head.current;
  const last = head.rows[head.rows.length - 1];
  const boundary = exhaustive || !last ? null : { row: last, folded: foldForSearch(last.name) };
  const changed = new Map<ProfileKey, ConnectionChange>();
  let total = head.total;
  let current = head.current;
  for (const change of changes) {
    // A key written twice counts once, from its first "before" to its last "after".
    const first = changed.get(change.after.profileKey);
    const before = first ? first.before : change.before;
    changed.set(change.after.profileKey, { before, after: change.after });
  }
  for (const { before, after } of changed.values()) {
    if (!before) total++;
    current += (isCurrent(after) ? 1 : 0) - (before && isCurrent(before) ? 1 : 0);
  }
  const rows = head.rows.filter((row) => !changed.has(row.profileKey));
  for (const { after } of changed.values()) {
    if (!isCurrent(after)) continue;
    if (boundary && compareByName(after, foldForSearch(after.name), boundary.row, boundary.folded) > 0)
      continue;
    rows.push(after);
  }
  return { total, current, rows: firstByName(rows, LIST_HEAD_ROWS) };
}

/** Whether the head still fills a screen, or holds everyone there is. */
export function headIsFull(head: ListHead): boolean {
  return head.rows.length >= Math.min(head.current, LIST_HEAD_MIN_ROWS);
}

/**
 * The first `count` people in name order. A selection, not a sort: at 30,000 people most are
 * turned away after one comparison with the current last of the head (this runs inside the
 * transaction of every import and complete sync).
 */
function firstByName(people: readonly Connection[], count: number): Connection[] {
  const head: Array<{ c: Connection; folded: string }> = [];
  const before = (a: { c: Connection; folded: string }, b: { c: Connection; folded: string }) =>
    compareByName(a.c, a.folded, b.c, b.folded) < 0;
  for (const c of people) {
    const item = { c, folded: foldForSearch(c.name) };
    if (head.length === count && !before(item, head[count - 1]!)) continue;
    let lo = 0;
    let hi = head.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (before(head[mid]!, item)) lo = mid + 1;
      else hi = mid;
    }
    head.splice(lo, 0, item);
    if (head.length > count) head.pop();
  }
  return head.map((item) => item.c);
}

/**
 * A stored head, checked loosely (it is our own record, but may be from an older version or
 * damaged): null when it is not usable.
 */
export function asListHead(value: unknown): ListHead | null {
  if (typeof value !== 'object' || value === null) return null;
  const head = value as Partial<ListHead>;
  if (typeof head.total !== 'number' || typeof head.current !== 'number' || !Array.isArray(head.rows))
    return null;
  if (head.current > head.total || head.rows.length > head.current) return null;
  const wellFormed = head.rows.every(
    (r: unknown) =>
      typeof r === 'object' &&
      r !== null &&
      typeof (r as Connection).profileKey === 'string' &&
      typeof (r as Connection).name === 'string',
  );
  return wellFormed ? (head as ListHead) : null;
}
