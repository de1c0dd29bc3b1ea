import { describe, expect, it } from 'vitest';
import type { Connection, ConnectedOn } from '../../src/core/connection';
import type { QueueStatus } from '../../src/core/removal-queue';
import type { Suggestion } from '../../src/core/triage';
import {
  buildSearchTexts,
  connectedSortDate,
  filterCounts,
  foldNames,
  inFilter,
  sortedPositions,
  visiblePositions,
  type ListMarks,
} from '../../src/popup/connection-view';

function person(
  key: string,
  name: string,
  connectedOn: ConnectedOn = { kind: 'unknown' },
  extra: Partial<Connection> = {},
): Connection {
  return {
    profileKey: key,
    profileUrl: `https://www.linkedin.com/in/${key}/`,
    name,
    headline: '',
    connectedOn,
    firstSeenAt: 0,
    lastSeenAt: 0,
    sources: ['sync'],
    ...extra,
  };
}

const exact = (date: string): ConnectedOn => ({ kind: 'exact', date });
const estimate = (date: string): ConnectedOn => ({
  kind: 'relative',
  text: 'Connected 2 years ago',
  estimate: date,
});

function marks(
  partial: {
    keep?: string[];
    queue?: Record<string, QueueStatus>;
    suggested?: Record<string, Suggestion[]>;
  } = {},
): ListMarks {
  return {
    keep: new Set(partial.keep ?? []),
    queue: new Map(Object.entries(partial.queue ?? {})),
    suggested: new Map(Object.entries(partial.suggested ?? {})),
  };
}

const names = (list: Connection[], positions: number[]) => positions.map((p) => list[p]!.name);

describe('sortedPositions by name', () => {
  it('sorts case- and accent-insensitively, so Ł sits with the L names', () => {
    const list = [
      person('a', 'zoe'),
      person('b', 'Łukasz'),
      person('c', 'Émile'),
      person('d', 'anna'),
      person('e', 'Lars'),
      person('f', 'Mia'),
    ];
    expect(names(list, sortedPositions(list, foldNames(list), 'name'))).toEqual([
      'anna',
      'Émile',
      'Lars',
      'Łukasz',
      'Mia',
      'zoe',
    ]);
  });

  it('breaks ties between equal names by profile key, so the order is stable', () => {
    const list = [person('k2', 'Jane Doe'), person('k1', 'Jane Doe'), person('k3', 'Jane Doe')];
    const order = sortedPositions(list, foldNames(list), 'name');
    expect(order.map((p) => list[p]!.profileKey)).toEqual(['k1', 'k2', 'k3']);
  });
});

describe('sortedPositions by connected date', () => {
  const list = [
    person('a', 'Old', exact('2015-03-01')),
    person('b', 'Unknown', { kind: 'unknown' }),
    person('c', 'Estimated', estimate('2020-01-01')),
    person('d', 'New', exact('2026-01-01')),
  ];

  it('puts the newest first, estimates among exact dates, unknown last', () => {
    expect(names(list, sortedPositions(list, foldNames(list), 'newest'))).toEqual([
      'New',
      'Estimated',
      'Old',
      'Unknown',
    ]);
  });

  it('puts the oldest first and still keeps unknown last (unknown is not "oldest")', () => {
    expect(names(list, sortedPositions(list, foldNames(list), 'oldest'))).toEqual([
      'Old',
      'Estimated',
      'New',
      'Unknown',
    ]);
  });

  it('reads the date to sort by from each kind', () => {
    expect(connectedSortDate(exact('2020-02-02'))).toBe('2020-02-02');
    expect(connectedSortDate(estimate('2019-01-01'))).toBe('2019-01-01');
    expect(connectedSortDate({ kind: 'unknown' })).toBeNull();
  });
});

describe('filters', () => {
  const inactive: Suggestion = {
    kind: 'inactive',
    reasons: ['Connected 5 years ago; no messages in either direction'],
  };
  const list = [
    person('here', 'Here'),
    person('gone', 'Gone', undefined, { goneAt: 5 }),
    person('kept', 'Kept'),
    person('queued', 'Queued'),
    person('suggested', 'Suggested'),
    person('kept-suggested', 'Kept and suggested'),
  ];
  const m = marks({
    keep: ['kept', 'kept-suggested'],
    queue: { queued: 'queued', here: 'removed' },
    suggested: { suggested: [inactive], 'kept-suggested': [inactive] },
  });
  const shown = (filter: Parameters<typeof inFilter>[1]) =>
    list.filter((c) => inFilter(c, filter, m)).map((c) => c.name);

  it('never mixes gone people into the main list; they have their own filter', () => {
    expect(shown('current')).not.toContain('Gone');
    expect(shown('gone')).toEqual(['Gone']);
  });

  it('shows only active queue items under "queued" (a finished removal is not queued)', () => {
    expect(shown('queued')).toEqual(['Queued']);
  });

  it('never suggests someone on the Keep list', () => {
    expect(shown('suggested')).toEqual(['Suggested']);
    expect(shown('keep')).toEqual(['Kept', 'Kept and suggested']);
  });

  it('counts exactly what each filter shows', () => {
    const counts = filterCounts(list, m);
    for (const filter of ['current', 'gone', 'keep', 'queued', 'suggested'] as const) {
      expect(counts[filter], filter).toBe(shown(filter).length);
    }
  });
});

describe('visiblePositions with a search', () => {
  const list = [
    person('a', 'José Álvarez', undefined, { headline: 'Engineer at Acme' }),
    person('b', 'Jane Doe', undefined, { headline: 'Recruiter' }),
    person('c', 'Łukasz Nowak', undefined, { headline: 'Straße builder' }),
  ];
  const folded = foldNames(list);
  const texts = buildSearchTexts(list, folded);
  const order = sortedPositions(list, folded, 'name');
  const search = (query: string) =>
    names(list, visiblePositions(list, order, 'current', query, texts, marks()));

  it('finds names and headlines without accents or case', () => {
    expect(search('jose')).toEqual(['José Álvarez']);
    expect(search('LUKASZ')).toEqual(['Łukasz Nowak']);
    expect(search('strasse')).toEqual(['Łukasz Nowak']);
    expect(search('acme')).toEqual(['José Álvarez']);
  });

  it('needs every word, in any order, and never matches across name and headline', () => {
    expect(search('doe jane')).toEqual(['Jane Doe']);
    expect(search('jane acme')).toEqual([]);
    expect(search('doerecruiter')).toEqual([]);
  });

  it('shows everyone in order for a blank query, without needing search texts', () => {
    expect(names(list, visiblePositions(list, order, 'current', '  ', null, marks()))).toEqual([
      'Jane Doe',
      'José Álvarez',
      'Łukasz Nowak',
    ]);
  });

  it('refuses to search before the texts are built rather than show nothing', () => {
    expect(() => visiblePositions(list, order, 'current', 'jane', null, marks())).toThrow(/built/);
  });
});
