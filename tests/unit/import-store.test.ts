import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { IDBPDatabase } from 'idb';
import type { Connection } from '../../src/core/connection';
import type { ExportPerson, ExportReadResult, FactsKnown, PersonFacts } from '../../src/data-export/types';
import { openQuietPruneDb, type QuietPruneDB } from '../../src/storage/db';
import { readExportFiles } from '../../src/data-export';
import type { KnownPerson } from '../../src/data-export/types';
import { mergeFacts, readLastImport, saveImport } from '../../src/storage/import-store';
import { facts } from './helpers/person-facts';

const T0 = Date.UTC(2026, 5, 1, 12, 0, 0);
const NOW = T0 + 86_400_000;

function exported(
  name: string,
  slug: string | null,
  connectedOn: string | null = '2021-07-04',
  company = 'Acme',
): ExportPerson {
  const [firstName = '', lastName = ''] = name.split(' ');
  return {
    profileKey: slug,
    profileUrl: slug === null ? null : `https://www.linkedin.com/in/${slug}/`,
    firstName,
    lastName,
    name,
    email: '',
    company,
    position: 'Engineer',
    connectedOn,
  };
}

function stored(slug: string, name: string, extra: Partial<Connection> = {}): Connection {
  return {
    profileKey: slug,
    profileUrl: `https://www.linkedin.com/in/${slug}/`,
    name,
    headline: 'Head of Things at Synced Co',
    connectedOn: { kind: 'relative', text: 'Connected 2 years ago', estimate: '2024-06-01' },
    firstSeenAt: T0,
    lastSeenAt: T0,
    lastSyncId: 'sync-1',
    sources: ['sync'],
    ...extra,
  };
}

function result(
  connections: ExportPerson[],
  factsByKey: Array<[string, PersonFacts]> = [],
): ExportReadResult {
  return {
    files: [
      { file: 'Connections.csv', kind: 'connections', rows: connections.length, skipped: 0, warnings: [] },
    ],
    connections,
    facts: new Map(factsByKey),
    unmatched: [],
    nameMatches: [],
  };
}

describe('saveImport', () => {
  let db: IDBPDatabase<QuietPruneDB>;
  let dbCount = 0;

  beforeEach(async () => {
    db = await openQuietPruneDb(`import-test-${++dbCount}`);
  });

  it('adds new people from the export, with the exact date and "export" as their source', async () => {
    const summary = await saveImport(db, result([exported('Jane Roe', 'jane-roe')]), NOW);
    expect(summary).toMatchObject({ added: 1, updated: 0, matchedByName: 0, keptAside: [], facts: 0 });
    expect(await db.get('connections', 'jane-roe')).toEqual({
      profileKey: 'jane-roe',
      profileUrl: 'https://www.linkedin.com/in/jane-roe/',
      name: 'Jane Roe',
      headline: 'Engineer at Acme',
      connectedOn: { kind: 'exact', date: '2021-07-04' },
      firstSeenAt: NOW,
      lastSeenAt: NOW,
      sources: ['export'],
    });
  });

  it('merges into a synced person by profile key: the exact date replaces the estimate, the synced name and headline stay', async () => {
    await db.put('connections', stored('jane-roe', 'Jane Roe-Smith'));
    const summary = await saveImport(db, result([exported('Jane Roe', 'jane-roe')]), NOW);
    expect(summary).toMatchObject({ added: 0, updated: 1 });
    expect(await db.get('connections', 'jane-roe')).toEqual({
      ...stored('jane-roe', 'Jane Roe-Smith'),
      connectedOn: { kind: 'exact', date: '2021-07-04' },
      lastSeenAt: NOW,
      sources: ['sync', 'export'],
    });
  });

  it('keeps a stored date when the export has none', async () => {
    await db.put('connections', stored('jane-roe', 'Jane Roe'));
    await saveImport(db, result([exported('Jane Roe', 'jane-roe', null)]), NOW);
    expect((await db.get('connections', 'jane-roe'))!.connectedOn).toEqual(
      stored('jane-roe', 'Jane Roe').connectedOn,
    );
  });

  it('attaches a person without a URL to the one stored connection with that name', async () => {
    await db.put('connections', stored('jane-roe-1a2b', 'Jane Roe'));
    const summary = await saveImport(db, result([exported('Jane  ROE, PMP', null)]), NOW);
    expect(summary).toMatchObject({ added: 0, updated: 1, matchedByName: 1, keptAside: [] });
    const jane = await db.get('connections', 'jane-roe-1a2b');
    expect(jane).toMatchObject({
      connectedOn: { kind: 'exact', date: '2021-07-04' },
      sources: ['sync', 'export'],
    });
    expect(await db.count('connections')).toBe(1);
  });

  it('keeps aside a person without a URL when two stored connections share the name', async () => {
    await db.put('connections', stored('jane-roe-1', 'Jane Roe'));
    await db.put('connections', stored('jane-roe-2', 'Jane Roe'));
    const summary = await saveImport(db, result([exported('Jane Roe', null)]), NOW);
    expect(summary.keptAside).toEqual([
      {
        name: 'Jane Roe',
        company: 'Acme',
        connectedOn: '2021-07-04',
        reason: 'several-matches',
        candidates: 2,
      },
    ]);
    expect(summary.updated).toBe(0);
    for (const key of ['jane-roe-1', 'jane-roe-2'])
      expect((await db.get('connections', key))!.sources).toEqual(['sync']);
  });

  it('keeps aside two export rows with one name even when only one such person is stored', async () => {
    await db.put('connections', stored('jane-roe', 'Jane Roe'));
    const summary = await saveImport(
      db,
      result([exported('Jane Roe', null, '2019-01-01'), exported('Jane Roe', null, '2020-02-02')]),
      NOW,
    );
    expect(summary.keptAside.map((k) => [k.reason, k.candidates])).toEqual([
      ['several-matches', 2],
      ['several-matches', 2],
    ]);
    expect((await db.get('connections', 'jane-roe'))!.connectedOn.kind).toBe('relative');
  });

  it('keeps aside people without a URL whose name nobody stored has, and rows without a name', async () => {
    const summary = await saveImport(db, result([exported('Sam Ray', null), exported('', null)]), NOW);
    expect(summary.keptAside.map((k) => k.reason)).toEqual(['no-match', 'no-name']);
    expect(await db.count('connections')).toBe(0);
  });

  it('stores someone the removal log says was removed as gone', async () => {
    await db.add('removalLog', {
      profileKey: 'sam-ray',
      profileUrl: 'https://www.linkedin.com/in/sam-ray/',
      name: 'Sam Ray',
      at: T0,
      reason: 'x',
      lost: null,
    });
    await saveImport(db, result([exported('Sam Ray', 'sam-ray')]), NOW);
    expect((await db.get('connections', 'sam-ray'))!.goneAt).toBe(T0);
  });

  it('writes no facts that know nothing (a lone Connections.csv), and keeps what an earlier import knew', async () => {
    const nothingKnown = facts({
      known: {
        endorsementsReceived: false,
        endorsementsGiven: false,
        recommendationsReceived: false,
        recommendationsGiven: false,
        messages: false,
        invitations: false,
      },
    });
    await db.put('facts', { ...facts({ messagesSent: 2 }), profileKey: 'sam-ray' });
    const summary = await saveImport(
      db,
      result(
        [exported('Jane Roe', 'jane-roe'), exported('Sam Ray', 'sam-ray')],
        [
          ['jane-roe', nothingKnown],
          ['sam-ray', nothingKnown],
        ],
      ),
      NOW,
    );
    expect(summary.facts).toBe(0);
    expect(await db.get('facts', 'jane-roe')).toBeUndefined();
    expect(await db.get('facts', 'sam-ray')).toEqual({
      ...facts({ messagesSent: 2 }),
      profileKey: 'sam-ray',
    });
  });

  it('importing the same export again rewrites nobody, and writes only who it changes', async () => {
    const people = [exported('Jane Roe', 'jane-roe'), exported('Sam Ray', 'sam-ray')];
    await saveImport(db, result(people), NOW);
    const before = await db.getAll('connections');
    const put = vi.spyOn(IDBObjectStore.prototype, 'put');
    const written = () =>
      put.mock.contexts.filter((store) => (store as IDBObjectStore).name === 'connections').length;
    try {
      const again = await saveImport(db, result(people), NOW + 3_600_000);
      expect(again).toMatchObject({ added: 0, updated: 2 });
      expect(written()).toBe(0);
      expect(await db.getAll('connections')).toEqual(before);

      put.mockClear();
      const later = await saveImport(
        db,
        result([exported('Jane Roe', 'jane-roe', '2021-07-05'), people[1]!]),
        NOW + 3_600_000,
      );
      expect(later).toMatchObject({ added: 0, updated: 2 });
      expect(written()).toBe(1);
      expect((await db.get('connections', 'jane-roe'))!.connectedOn).toEqual({
        kind: 'exact',
        date: '2021-07-05',
      });
      expect((await db.get('connections', 'sam-ray'))!.lastSeenAt).toBe(NOW);

      // The next day a file without a date sees them again: both are written.
      put.mockClear();
      await saveImport(db, result(people), NOW + 86_400_000);
      expect(written()).toBe(2);
      expect((await db.get('connections', 'sam-ray'))!.lastSeenAt).toBe(NOW + 86_400_000);
    } finally {
      put.mockRestore();
    }
  });

  it('stores facts by profile key and records the summary for the options page', async () => {
    const summary = await saveImport(
      db,
      result(
        [exported('Jane Roe', 'jane-roe')],
        [['jane-roe', facts({ messagesSent: 4, endorsementsReceived: ['Git'] })]],
      ),
      NOW,
    );
    expect(summary.facts).toBe(1);
    expect(await db.get('facts', 'jane-roe')).toEqual({
      ...facts({ messagesSent: 4, endorsementsReceived: ['Git'] }),
      profileKey: 'jane-roe',
    });
    expect(await readLastImport(db)).toEqual(summary);
  });

  it('lists, with the reason, the names in files without URLs that were tied to nobody', async () => {
    const input: ExportReadResult = {
      ...result([]),
      unmatched: [
        {
          name: 'John Smith',
          company: 'Hooli',
          profileKey: null,
          confidence: 'ambiguous',
          candidates: 2,
          source: 'recommendations-received',
        },
        {
          name: 'Zed Nobody',
          profileKey: null,
          confidence: 'none',
          candidates: 0,
          source: 'recommendations-given',
        },
      ],
    };
    const summary = await saveImport(db, input, NOW);
    expect(summary.unattachedRows).toBe(2);
    expect(summary.unattached).toEqual([
      {
        name: 'John Smith',
        company: 'Hooli',
        file: 'recommendations-received',
        reason: 'ambiguous',
        candidates: 2,
      },
      { name: 'Zed Nobody', company: '', file: 'recommendations-given', reason: 'none', candidates: 0 },
    ]);
  });

  it('lists the rows tied to a connection by name, with how sure each tie is', async () => {
    const input: ExportReadResult = {
      ...result([]),
      nameMatches: [
        {
          name: 'John Smith',
          company: 'Initech',
          profileKey: 'john-smith-1',
          confidence: 'name-and-company',
          candidates: 2,
          source: 'recommendations-received',
        },
        {
          name: 'Ada Close',
          profileKey: 'ada-close',
          confidence: 'name-only',
          candidates: 1,
          source: 'recommendations-given',
        },
      ],
    };
    const summary = await saveImport(db, input, NOW);
    expect(summary.tiedByNameRows).toBe(2);
    expect(summary.tiedByName).toEqual([
      {
        name: 'John Smith',
        company: 'Initech',
        file: 'recommendations-received',
        profileKey: 'john-smith-1',
        confidence: 'name-and-company',
        candidates: 2,
      },
      {
        name: 'Ada Close',
        company: '',
        file: 'recommendations-given',
        profileKey: 'ada-close',
        confidence: 'name-only',
        candidates: 1,
      },
    ]);
  });

  it('keeps what an earlier import knew of the parts a later, partial import did not read', async () => {
    const full = facts({
      endorsementsReceived: ['SQL'],
      recommendationsReceived: 1,
      messagesSent: 3,
      messagesReceived: 2,
      lastMessageAt: '2024-01-10T08:00:00.000Z',
      known: knownExcept([]),
    });
    await saveImport(db, result([exported('Jane Roe', 'jane-roe')], [['jane-roe', full]]), NOW);
    // Later the user drops only Endorsement_Received_Info.csv: endorsements are read, nothing else.
    const onlyEndorsements = facts({
      endorsementsReceived: ['Go'],
      known: knownExcept([
        'endorsementsGiven',
        'recommendationsReceived',
        'recommendationsGiven',
        'messages',
        'invitations',
      ]),
    });
    await saveImport(db, result([], [['jane-roe', onlyEndorsements]]), NOW + 1);
    expect(await db.get('facts', 'jane-roe')).toEqual({
      ...full,
      endorsementsReceived: ['Go'],
      profileKey: 'jane-roe',
    });
  });

  it('builds a read export against the people its own transaction reads, once', async () => {
    await db.put('connections', stored('jane-roe', 'Jane Roe'));
    const given: KnownPerson[][] = [];
    const summary = await saveImport(
      db,
      {
        withKnownPeople: (known) => {
          given.push([...known]);
          return result([exported('Sam Ray', 'sam-ray')]);
        },
      },
      NOW,
    );
    expect(given).toEqual([[{ profileKey: 'jane-roe', name: 'Jane Roe' }]]);
    expect(summary).toMatchObject({ added: 1, updated: 0 });
    expect((await db.getAll('connections')).map((c) => c.profileKey)).toEqual(['jane-roe', 'sam-ray']);
  });

  it('ties a recommendation without a URL to someone stored after its file was read', async () => {
    const recommendations = new Blob([
      'First Name,Last Name,Company,Job Title,Text,Creation Date,Status\n' +
        'Jane,"Roe, PMP",Acme Corp,Head of Data,Kind words.,"12/24/23, 05:28 AM",VISIBLE\n',
    ]);
    const read = await readExportFiles([{ name: 'Recommendations_Received.csv', data: recommendations }]);
    // A sync stores Jane while the file was being read: the import sees her all the same.
    await db.put('connections', stored('jane-roe', 'Jane Roe'));
    const summary = await saveImport(db, read, NOW);
    expect(summary).toMatchObject({ facts: 1, unattachedRows: 0, tiedByNameRows: 1 });
    expect((await db.get('facts', 'jane-roe'))!.recommendationsReceived).toBe(1);
    expect(await db.get('connections', 'jane-roe')).toEqual(stored('jane-roe', 'Jane Roe'));
  });

  it('saves nothing when any part of the import cannot be stored', async () => {
    await db.put('connections', stored('jane-roe', 'Jane Roe'));
    await db.put('facts', { ...facts({ messagesSent: 1 }), profileKey: 'jane-roe' });
    // A function cannot be stored in IndexedDB: the facts write throws after the connections were written.
    const broken = facts({ endorsementsReceived: [(() => 'x') as unknown as string] });
    const input = result(
      [exported('Jane Roe', 'jane-roe'), exported('Sam Ray', 'sam-ray')],
      [['sam-ray', broken]],
    );
    await expect(saveImport(db, input, NOW)).rejects.toThrow(/not saved, and your earlier data is unchanged/);
    expect(await db.getAll('connections')).toEqual([stored('jane-roe', 'Jane Roe')]);
    expect(await db.getAll('facts')).toEqual([{ ...facts({ messagesSent: 1 }), profileKey: 'jane-roe' }]);
    expect(await readLastImport(db)).toBeNull();
  });
});

function knownExcept(unknown: Array<keyof FactsKnown>): FactsKnown {
  const known: FactsKnown = {
    endorsementsReceived: true,
    endorsementsGiven: true,
    recommendationsReceived: true,
    recommendationsGiven: true,
    messages: true,
    invitations: true,
  };
  for (const part of unknown) known[part] = false;
  return known;
}

/** A complete export made on `date`, listing `people` (profile keys person-<i>). */
function datedExport(indices: readonly number[], date: string): ExportReadResult {
  return {
    ...result(indices.map((i) => exported(`Person ${i}`, `person-${i}`))),
    exportDate: date,
    connectionsComplete: true,
  };
}

describe('saveImport: a newer export marks gone whoever it no longer lists', () => {
  let db: IDBPDatabase<QuietPruneDB>;
  let dbCount = 0;
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);

  beforeEach(async () => {
    db = await openQuietPruneDb(`import-gone-test-${++dbCount}`);
  });

  it('30,000, then a newer export with 1,000 fewer: exactly those 1,000 are gone, and the summary lists them', async () => {
    await saveImport(db, datedExport(range(30_000), '2026-05-01'), NOW);
    await db.add('removalLog', {
      profileKey: 'someone-else',
      profileUrl: 'https://www.linkedin.com/in/someone-else/',
      name: 'Someone Else',
      at: T0,
      reason: 'x',
      lost: null,
    });
    const dropped = new Set(range(1_000).map((i) => i * 30 + 7)); // spread through the list
    const summary = await saveImport(
      db,
      datedExport(
        range(30_000).filter((i) => !dropped.has(i)),
        '2026-05-20',
      ),
      NOW + 1000,
    );

    const all = await db.getAll('connections');
    const gone = all.filter((c) => c.goneAt !== undefined);
    expect(all).toHaveLength(30_000); // marked, never deleted
    expect(new Set(gone.map((c) => c.profileKey))).toEqual(new Set([...dropped].map((i) => `person-${i}`)));
    expect(gone.every((c) => c.goneAt === Date.parse('2026-05-20T00:00:00Z'))).toBe(true);
    expect(summary.goneCount).toBe(1_000);
    expect(new Set(summary.gone!.map((g) => g.name))).toEqual(
      new Set([...dropped].map((i) => `Person ${i}`)),
    );
    expect(summary).toMatchObject({ added: 0, updated: 29_000, exportDate: '2026-05-20' });
    expect(summary.goneNotChecked).toBeUndefined();
    expect((await readLastImport(db))?.goneCount).toBe(1_000);
    expect(await db.getAll('removalLog')).toHaveLength(1); // the removal log is never touched
    // The popup's first screen counts them out too.
    expect(await db.get('meta', 'listHead')).toMatchObject({ total: 30_000, current: 29_000 });
  }, 120_000);

  it('a later export that lists them again brings them back; an older one does not mark anyone', async () => {
    await saveImport(db, datedExport([1, 2, 3], '2026-05-01'), NOW);
    const older = await saveImport(db, datedExport([1, 2], '2026-04-01'), NOW);
    expect(older.goneCount).toBe(0);
    expect(older.goneNotChecked).toMatch(/not newer than the export imported before \(2026-05-01\)/);
    expect((await db.get('connections', 'person-3'))?.goneAt).toBeUndefined();

    await saveImport(db, datedExport([1, 2], '2026-05-10'), NOW);
    expect((await db.get('connections', 'person-3'))?.goneAt).toBe(Date.parse('2026-05-10T00:00:00Z'));
    const again = await saveImport(db, datedExport([1, 2, 3], '2026-05-20'), NOW);
    expect(again.back).toBe(1);
    expect((await db.get('connections', 'person-3'))?.goneAt).toBeUndefined();
  });

  it("leaves alone whoever a sync saw on or after the export's day, and anyone when the export has no date or was cut short", async () => {
    await saveImport(db, datedExport([1, 2], '2026-05-01'), NOW);
    await db.put(
      'connections',
      stored('synced-later', 'Synced Later', { lastSeenAt: Date.parse('2026-05-15T09:00:00Z') }),
    );
    const newer = await saveImport(db, datedExport([1], '2026-05-10'), NOW);
    expect(newer.gone!.map((g) => g.profileKey)).toEqual(['person-2']);
    expect(newer.hiddenInExport).toBeUndefined();
    const withHidden = await saveImport(
      db,
      { ...datedExport([99], '2026-05-12'), hiddenConnections: 2 },
      NOW,
    );
    expect(withHidden).toMatchObject({ goneCount: 1, hiddenInExport: 2 }); // person-1 gone, and two rows the export could not name
    expect((await db.get('connections', 'synced-later'))?.goneAt).toBeUndefined();

    const undated = await saveImport(
      db,
      { ...datedExport([], '2026-06-01'), connections: [exported('Person 9', 'person-9')], exportDate: null },
      NOW,
    );
    expect(undated.goneCount).toBe(0);
    expect(undated.goneNotChecked).toMatch(/date is not known/);
    const cut = await saveImport(db, { ...datedExport([9], '2026-06-01'), connectionsComplete: false }, NOW);
    expect(cut.goneCount).toBe(0);
    expect(cut.goneNotChecked).toMatch(/cut short/);
    // Listed on 2026-05-12, absent from the cut 2026-06-01 file, and not marked: the file may just have lost them.
    expect((await db.get('connections', 'person-99'))?.goneAt).toBeUndefined();
  });
});

describe('mergeFacts', () => {
  it('leaves a part unknown when neither import knew it, and takes every part the new import read', () => {
    const earlier = facts({
      messagesSent: 5,
      firstMessageAfterConnect: { at: '2024-03-13T12:00:00.000Z', pitchSignals: ['whatsapp'] },
      known: knownExcept(['invitations']),
    });
    const fresh = facts({
      messagesSent: 1,
      invitedBy: 'me',
      known: knownExcept(['messages', 'invitations']),
    });
    const merged = mergeFacts(earlier, fresh);
    expect(merged.messagesSent).toBe(5);
    expect(merged.firstMessageAfterConnect).toEqual(earlier.firstMessageAfterConnect);
    expect(merged.known).toEqual(knownExcept(['invitations']));
    expect(merged.invitedBy).toBe('me'); // unknown either way: the fresh value stands, still marked unknown
    expect(mergeFacts(earlier, facts({ known: knownExcept([]) }))).toEqual(facts({ known: knownExcept([]) }));
  });
});
