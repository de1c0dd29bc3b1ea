import { describe, expect, it } from 'vitest';
import type { Connection } from '../../src/core/connection';
import {
  buildListHead,
  headIsFull,
  LIST_HEAD_ROWS,
  updateListHead,
  type ConnectionChange,
  type ListHead,
} from '../../src/core/list-head';
import { foldNames, sortedPositions } from '../../src/popup/connection-view';

/**
 * The list head must always equal the first rows of the popup's default view (current people,
 * name order), however the store changes: checked against the popup's own sort after random
 * batches of adds, renames, people going and coming back.
 */
function person(key: string, name: string, extra: Partial<Connection> = {}): Connection {
  return {
    profileKey: key,
    profileUrl: `https://www.linkedin.com/in/${key}/`,
    name,
    headline: '',
    connectedOn: { kind: 'unknown' },
    firstSeenAt: 0,
    lastSeenAt: 0,
    sources: ['sync'],
    ...extra,
  };
}

/** What the popup would show first, computed the popup's way. */
function defaultViewHead(all: readonly Connection[]): Connection[] {
  const current = all.filter((c) => c.goneAt === undefined);
  return sortedPositions(current, foldNames(current), 'name').map((i) => current[i]!);
}

const NAMES = [
  'Émile Zola',
  'emile zola',
  'Łukasz Nowak',
  'Anna Kim',
  'anna kim',
  'Zoë Müller',
  'Jose Ñúñez',
  '王小明',
  'Ayşe Yılmaz',
  'Bob',
  'Ærø Lund',
  'Ölaf',
];

function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

describe('list head', () => {
  it('holds the first current people in the popup’s name order, and the counts', () => {
    const all = NAMES.map((name, i) => person(`p${i}`, name, i % 5 === 0 ? { goneAt: 1 } : {}));
    const head = buildListHead(all);
    expect(head.total).toBe(NAMES.length);
    expect(head.current).toBe(all.filter((c) => c.goneAt === undefined).length);
    expect(head.rows.map((r) => r.profileKey)).toEqual(defaultViewHead(all).map((r) => r.profileKey));
    expect(headIsFull(head)).toBe(true);
  });

  it('stays equal to the default view’s first rows through random batches of writes', () => {
    const random = rng(7);
    const store = new Map<string, Connection>();
    let head: ListHead = buildListHead([]);
    for (let round = 0; round < 300; round++) {
      const changes: ConnectionChange[] = [];
      const batch = 1 + Math.floor(random() * 40);
      for (let j = 0; j < batch; j++) {
        const key = `p${Math.floor(random() * 400)}`;
        const before = store.get(key);
        const name =
          random() < 0.3 && before
            ? before.name
            : `${NAMES[Math.floor(random() * NAMES.length)]} ${Math.floor(random() * 50)}`;
        const after = person(key, name, random() < 0.15 ? { goneAt: round } : {});
        store.set(key, after);
        changes.push({ before, after });
      }
      head = updateListHead(head, changes);
      if (!headIsFull(head)) head = buildListHead(store.values()); // what the writer does
      const expected = defaultViewHead([...store.values()]);
      expect(head.total).toBe(store.size);
      expect(head.current).toBe(expected.length);
      expect(head.rows.length).toBeLessThanOrEqual(LIST_HEAD_ROWS);
      // A prefix of the default view, every time.
      expect(head.rows.map((r) => r.profileKey)).toEqual(
        expected.slice(0, head.rows.length).map((r) => r.profileKey),
      );
      expect(headIsFull(head)).toBe(true);
    }
  });

  it('counts a key written twice in one batch once', () => {
    const head = updateListHead(buildListHead([]), [
      { before: undefined, after: person('a', 'Ann') },
      { before: undefined, after: person('a', 'Ann B') },
    ]);
    expect(head).toMatchObject({ total: 1, current: 1 });
    expect(head.rows.map((r) => r.name)).toEqual(['Ann B']);
  });
});
