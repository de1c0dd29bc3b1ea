import { describe, expect, it } from 'vitest';
import { readExport } from '../../../src/data-export';
import { fixtureFile } from './helpers';

const CONNECTIONS_2023 = fixtureFile('2023/Connections.csv');

describe('Invitations.csv', () => {
  it('2024+ URL columns: who invited whom, and whether the invitation had a note', async () => {
    const result = await readExport([CONNECTIONS_2023, fixtureFile('2024/Invitations.csv')]);
    expect(result.facts.get('samray')).toMatchObject({ invitedBy: 'them', invitationMessage: true });
    expect(result.facts.get('jane-roe-1a2b3c')).toMatchObject({ invitedBy: 'me', invitationMessage: false });
    expect(result.facts.get('tom-quiet')).toMatchObject({ invitedBy: null, known: { invitations: true } });
    expect(result.files.find((f) => f.kind === 'invitations')).toMatchObject({ rows: 2, skipped: 0 });
  });

  it('2023 URN columns: member numbers are no profile URL, so the name is matched', async () => {
    const result = await readExport([CONNECTIONS_2023, fixtureFile('2023/Invitations.csv')]);
    expect(result.facts.get('ada-close')).toMatchObject({ invitedBy: 'them', invitationMessage: false });
    expect(result.facts.get('tom-quiet')).toMatchObject({ invitedBy: 'me', invitationMessage: true });
    expect(result.nameMatches.map((m) => [m.name, m.profileKey, m.source])).toEqual([
      ['Ada Close', 'ada-close', 'invitations'],
      ['Tom Quiet', 'tom-quiet', 'invitations'],
    ]);
  });

  it('older files with five columns, matched by name; strangers are reported, not attached', async () => {
    const result = await readExport(
      [fixtureFile('2022/Connections.csv'), fixtureFile('2020/Invitations.csv')],
      {
        knownPeople: [{ profileKey: 'pat-lee', name: 'Pat Lee' }],
      },
    );
    expect(result.facts.get('pat-lee')).toMatchObject({ invitedBy: 'me', invitationMessage: true });
    expect(result.unmatched).toEqual([
      { name: 'Ken Old', profileKey: null, confidence: 'none', candidates: 0, source: 'invitations' },
    ]);
  });

  it('keeps the latest invitation when one person appears twice, and skips rows without a direction', async () => {
    const text = [
      'From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl',
      'Mia,Bo,"1/1/24, 9:00 AM",old note,OUTGOING,https://www.linkedin.com/in/mia,https://www.linkedin.com/in/bo',
      'Bo,Mia,"2/1/24, 9:00 AM",,INCOMING,https://www.linkedin.com/in/bo,https://www.linkedin.com/in/mia',
      'Bo,Mia,"3/1/24, 9:00 AM",,SIDEWAYS,https://www.linkedin.com/in/bo,https://www.linkedin.com/in/mia',
    ].join('\n');
    const result = await readExport([{ name: 'Invitations.csv', data: new Blob([text]) }]);
    expect(result.facts.get('bo')).toMatchObject({ invitedBy: 'them', invitationMessage: false });
    expect(result.files[0]).toMatchObject({
      rows: 2,
      skipped: 1,
      warnings: ['1 invitation had no direction (INCOMING or OUTGOING)'],
    });
  });
});
