import { describe, expect, it } from 'vitest';
import type { Connection } from '../../src/core/connection';
import { knowsNothing, matchByName, mergeExported, sameRecord } from '../../src/core/import-merge';
import type { ExportPerson } from '../../src/data-export/types';
import { facts } from './helpers/person-facts';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 5, 2);
const LISTED = Date.UTC(2026, 4, 1);

function person(name: string, key: string | null, extra: Partial<ExportPerson> = {}): ExportPerson {
  return {
    profileKey: key,
    profileUrl: key === null ? null : `https://www.linkedin.com/in/${key}/`,
    firstName: name.split(' ')[0] ?? '',
    lastName: name.split(' ')[1] ?? '',
    name,
    email: '',
    company: 'Acme',
    position: 'Engineer',
    connectedOn: '2021-07-04',
    ...extra,
  };
}

function storedPerson(key: string, name: string, extra: Partial<Connection> = {}): Connection {
  return {
    profileKey: key,
    profileUrl: `https://www.linkedin.com/in/${key}/`,
    name,
    headline: '',
    connectedOn: { kind: 'unknown' },
    firstSeenAt: LISTED - 30 * DAY,
    lastSeenAt: LISTED - 30 * DAY,
    sources: ['sync'],
    ...extra,
  };
}

const context = (extra: Partial<Parameters<typeof mergeExported>[3]> = {}) => ({
  now: NOW,
  removedAt: undefined,
  listedAt: LISTED,
  profileUrl: 'https://www.linkedin.com/in/jane/',
  ...extra,
});

describe('mergeExported', () => {
  it('creates someone new as seen on the export’s day, with its headline and exact date', () => {
    expect(mergeExported(undefined, 'jane', person('Jane Roe', 'jane'), context())).toEqual({
      profileKey: 'jane',
      profileUrl: 'https://www.linkedin.com/in/jane/',
      name: 'Jane Roe',
      headline: 'Engineer at Acme',
      connectedOn: { kind: 'exact', date: '2021-07-04' },
      firstSeenAt: LISTED,
      lastSeenAt: LISTED,
      sources: ['export'],
    });
  });

  it('stores someone the removal log says was removed as gone since that removal', () => {
    const removedAt = NOW - DAY;
    expect(mergeExported(undefined, 'jane', person('Jane Roe', 'jane'), context({ removedAt })).goneAt).toBe(
      removedAt,
    );
  });

  it('keeps a synced name and headline, and brings back someone gone before the export listed them', () => {
    const existing = storedPerson('jane', 'Jane Roe-Smith', { headline: 'CTO', goneAt: LISTED - DAY });
    const merged = mergeExported(existing, 'jane', person('Jane Roe', 'jane'), context());
    expect(merged).toMatchObject({ name: 'Jane Roe-Smith', headline: 'CTO', sources: ['sync', 'export'] });
    expect(merged.goneAt).toBeUndefined();
  });

  it('does not bring back someone removed after the export was made, nor from an undated file', () => {
    const existing = storedPerson('jane', 'Jane Roe', { goneAt: LISTED - DAY });
    expect(
      mergeExported(existing, 'jane', person('Jane Roe', 'jane'), context({ removedAt: LISTED + DAY }))
        .goneAt,
    ).toBe(LISTED - DAY);
    expect(
      mergeExported(existing, 'jane', person('Jane Roe', 'jane'), context({ listedAt: null })).goneAt,
    ).toBe(LISTED - DAY);
  });
});

describe('mergeExported: what an export adds, and nothing when it adds nothing', () => {
  const imported = (at: number, listedAt: number | null) =>
    mergeExported(undefined, 'jane', person('Jane Roe', 'jane'), context({ now: at, listedAt }));

  it('hands back the stored record itself when the same export is imported again', () => {
    const first = imported(NOW, LISTED);
    expect(mergeExported(first, 'jane', person('Jane Roe', 'jane'), context({ now: NOW + DAY }))).toBe(first);
    const loose = imported(NOW, null);
    const again = mergeExported(
      loose,
      'jane',
      person('Jane Roe', 'jane'),
      context({ now: NOW + 3_600_000, listedAt: null }),
    );
    expect(again).toBe(loose);
  });

  it('moves "last seen" for a file without a date only to a later day (UTC), never within the day', () => {
    const morning = NOW + 8 * 3_600_000;
    const seen = storedPerson('jane', 'Jane Roe', { lastSeenAt: morning, sources: ['sync', 'export'] });
    const loose = (now: number) =>
      mergeExported(seen, 'jane', person('Jane Roe', 'jane'), context({ now, listedAt: null }));
    // Later the same day: the stored sighting stands (the file may be older than it).
    expect(loose(NOW + 20 * 3_600_000).lastSeenAt).toBe(morning);
    // The next day: seen on the import's day.
    expect(loose(NOW + DAY + 60_000).lastSeenAt).toBe(NOW + DAY + 60_000);
    // A dated export moves it to its own day when that is later, whatever the day of the import.
    expect(
      mergeExported(seen, 'jane', person('Jane Roe', 'jane'), context({ listedAt: NOW + DAY })).lastSeenAt,
    ).toBe(NOW + DAY);
  });

  it('returns a new record when the export says something new', () => {
    const first = imported(NOW, LISTED);
    const moved = mergeExported(
      first,
      'jane',
      person('Jane Roe', 'jane', { connectedOn: '2021-07-05' }),
      context({ now: NOW + DAY }),
    );
    expect(moved).not.toBe(first);
    expect(moved.connectedOn).toEqual({ kind: 'exact', date: '2021-07-05' });
    const synced = { ...first, sources: ['sync' as const] };
    expect(mergeExported(synced, 'jane', person('Jane Roe', 'jane'), context()).sources).toEqual([
      'sync',
      'export',
    ]);
  });
});

describe('sameRecord', () => {
  it('compares stored values field by field, arrays in order', () => {
    expect(sameRecord({ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1 })).toBe(true);
    expect(sameRecord({ a: 1, b: { c: [1, 2] } }, { a: 1, b: { c: [2, 1] } })).toBe(false);
    expect(sameRecord({ a: 1 }, { a: 1, goneAt: undefined })).toBe(false);
    expect(sameRecord({ a: '1' }, { a: 1 })).toBe(false);
    expect(sameRecord([1], { 0: 1 })).toBe(false);
    expect(sameRecord(null, {})).toBe(false);
  });
});

describe('matchByName', () => {
  it('ties a row to the one stored connection with its name, and keeps aside the rest with why', () => {
    const stored = [
      storedPerson('jane', 'Jane Roe'),
      storedPerson('kim-1', 'Kim Lee'),
      storedPerson('kim-2', 'Kim Lee'),
      storedPerson('sam', 'Sam Ray'),
    ];
    const rows = [
      person('Jane ROE, PMP', null),
      person('Kim Lee', null),
      person('Sam Ray', null),
      person('Sam Ray', null),
      person('Nobody Known', null),
      person('', null),
    ];
    const { matched, keptAside } = matchByName(rows, stored);
    expect(matched).toEqual([['jane', rows[0]]]);
    expect(keptAside.map((k) => [k.name, k.reason, k.candidates])).toEqual([
      ['Kim Lee', 'several-matches', 2],
      ['Sam Ray', 'several-matches', 2],
      ['Sam Ray', 'several-matches', 2],
      ['Nobody Known', 'no-match', 0],
      ['', 'no-name', 0],
    ]);
  });
});

describe('knowsNothing', () => {
  it('is true only for facts built from none of their files', () => {
    const none = {
      endorsementsReceived: false,
      endorsementsGiven: false,
      recommendationsReceived: false,
      recommendationsGiven: false,
      messages: false,
      invitations: false,
    };
    expect(knowsNothing(facts({ known: none }))).toBe(true);
    expect(knowsNothing(facts({ known: { ...none, messages: true } }))).toBe(false);
  });
});
