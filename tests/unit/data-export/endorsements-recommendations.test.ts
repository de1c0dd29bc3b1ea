import { describe, expect, it } from 'vitest';
import { readExport } from '../../../src/data-export';
import { fixtureFile } from './helpers';

const CONNECTIONS_2023 = fixtureFile('2023/Connections.csv');

describe('Endorsement_Received_Info.csv / Endorsement_Given_Info.csv (URL without scheme)', () => {
  it('lists each skill once per endorser, and leaves out rejected endorsements', async () => {
    const result = await readExport([CONNECTIONS_2023, fixtureFile('2023/Endorsement_Received_Info.csv')]);
    expect(result.facts.get('jane-roe-1a2b3c')?.endorsementsReceived).toEqual(['TypeScript', 'SQL']);
    expect(result.facts.get('ada-close')?.endorsementsReceived).toEqual(['Python']);
    expect(result.facts.get('tom-quiet')?.endorsementsReceived).toEqual([]);
    const summary = result.files.find((f) => f.kind === 'endorsements-received')!;
    expect(summary).toMatchObject({
      rows: 4,
      skipped: 1,
      warnings: ['1 endorsement not accepted or hidden was left out'],
    });
  });

  it('reads endorsements given, keyed by the endorsee', async () => {
    const result = await readExport([CONNECTIONS_2023, fixtureFile('2023/Endorsement_Given_Info.csv')]);
    expect(result.facts.get('jose-nunez')?.endorsementsGiven).toEqual(['Negotiation']);
    expect(result.facts.get('jose-nunez')?.known?.endorsementsGiven).toBe(true);
    expect(result.facts.get('jose-nunez')?.known?.endorsementsReceived).toBe(false);
  });

  it('older files without a URL column: matched by name, and an ambiguous name is never attached', async () => {
    const result = await readExport([CONNECTIONS_2023, fixtureFile('2019/Endorsement_Received_Info.csv')]);
    expect(result.facts.get('jane-roe-1a2b3c')?.endorsementsReceived).toEqual(['Excel']);
    expect(result.nameMatches).toEqual([
      {
        name: 'Jane Roe',
        profileKey: 'jane-roe-1a2b3c',
        confidence: 'name-only',
        candidates: 1,
        source: 'endorsements-received',
      },
    ]);
    expect(result.unmatched).toEqual([
      {
        name: 'John Smith',
        profileKey: null,
        confidence: 'ambiguous',
        candidates: 2,
        source: 'endorsements-received',
      },
    ]);
    // Either John Smith may have endorsed: for both, endorsements are now unknown, not "none".
    expect(result.facts.get('john-smith-11')).toMatchObject({
      endorsementsReceived: [],
      known: { endorsementsReceived: false },
    });
    expect(result.facts.get('john-smith-22')).toMatchObject({
      endorsementsReceived: [],
      known: { endorsementsReceived: false },
    });
    expect(result.facts.get('tom-quiet')?.known?.endorsementsReceived).toBe(true);
  });

  it('the legacy UTF-16LE, tab-separated "Endorsement Received Info.csv", hidden ones left out', async () => {
    const result = await readExport([CONNECTIONS_2023, fixtureFile('legacy/Endorsement Received Info.csv')]);
    const summary = result.files.find((f) => f.kind === 'endorsements-received')!;
    expect(summary).toMatchObject({ file: 'Endorsement Received Info.csv', rows: 3, skipped: 1 });
    expect(result.facts.get('jane-roe-1a2b3c')?.endorsementsReceived).toEqual(['Project Management']);
    expect(result.facts.get('tom-quiet')?.endorsementsReceived).toEqual(['Leadership']);
    expect(result.unmatched).toEqual([
      {
        name: 'Ünal Şahin',
        profileKey: null,
        confidence: 'none',
        candidates: 0,
        source: 'endorsements-received',
      },
    ]);
  });
});

describe('Recommendations_Received.csv / Recommendations_Given.csv (no URL)', () => {
  it('attaches by name and company with a confidence, and keeps ambiguous and unknown names apart', async () => {
    const result = await readExport([CONNECTIONS_2023, fixtureFile('2023/Recommendations_Received.csv')]);
    expect(result.facts.get('jane-roe-1a2b3c')?.recommendationsReceived).toBe(1);
    expect(result.facts.get('john-smith-22')?.recommendationsReceived).toBe(1);
    expect(result.facts.get('john-smith-11')).toMatchObject({
      recommendationsReceived: 0,
      known: { recommendationsReceived: false },
    });
    expect(result.nameMatches).toEqual([
      {
        name: 'Jane Roe, PMP',
        company: 'Acme Corp',
        profileKey: 'jane-roe-1a2b3c',
        confidence: 'name-and-company',
        candidates: 1,
        source: 'recommendations-received',
      },
      {
        name: 'John Smith',
        company: 'Initech',
        profileKey: 'john-smith-22',
        confidence: 'name-and-company',
        candidates: 2,
        source: 'recommendations-received',
      },
    ]);
    expect(result.unmatched).toEqual([
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
        company: 'Nowhere',
        profileKey: null,
        confidence: 'none',
        candidates: 0,
        source: 'recommendations-received',
      },
    ]);
    expect(result.files.find((f) => f.kind === 'recommendations-received')).toMatchObject({
      rows: 4,
      skipped: 0,
    });
  });

  it('reads recommendations given', async () => {
    const result = await readExport([CONNECTIONS_2023, fixtureFile('2023/Recommendations_Given.csv')]);
    expect(result.facts.get('ada-close')).toMatchObject({
      recommendationsGiven: 1,
      recommendationsReceived: 0,
    });
    expect(result.facts.get('ada-close')?.known).toMatchObject({
      recommendationsGiven: true,
      recommendationsReceived: false,
    });
  });

  it('matches a pre-2023 export through the people QuietPrune already knows', async () => {
    const result = await readExport(
      [fixtureFile('2022/Connections.csv'), fixtureFile('2023/Recommendations_Received.csv')],
      {
        knownPeople: [{ profileKey: 'jane-roe-x', name: 'Jane Roe', company: 'Acme Corp' }],
      },
    );
    expect(result.connections[0]!.profileKey).toBeNull();
    expect(result.facts.get('jane-roe-x')?.recommendationsReceived).toBe(1);
    expect(result.nameMatches[0]).toMatchObject({ profileKey: 'jane-roe-x', confidence: 'name-and-company' });
  });
});
