import { describe, expect, it } from 'vitest';
import { fileKindFromName, isCsvName } from '../../../src/data-export/file-kinds';

describe('fileKindFromName', () => {
  it.each([
    ['Connections.csv', 'connections'],
    ['connections.CSV', 'connections'],
    ['Basic_LinkedInDataExport_07-04-2023/Connections.csv', 'connections'],
    ['Complete_LinkedInDataExport_01-02-2026\\Connections.csv', 'connections'],
    ['Connections (1).csv', 'connections'],
    ['Endorsement_Received_Info.csv', 'endorsements-received'],
    ['Endorsement Received Info.csv', 'endorsements-received'],
    ['endorsement-received-info.csv', 'endorsements-received'],
    ['Endorsement_Given_Info.csv', 'endorsements-given'],
    ['Recommendations_Received.csv', 'recommendations-received'],
    ['Recommendations_Given.csv', 'recommendations-given'],
    ['messages.csv', 'messages'],
    ['Messages_12345678.csv', 'messages'],
    ['Invitations.csv', 'invitations'],
    ['Invitations_ab12cd34.csv', 'invitations'],
  ])('%s is %s', (name, kind) => {
    expect(fileKindFromName(name)).toBe(kind);
  });

  it.each([
    'guide_messages.csv',
    'learning_coach_messages.csv',
    'Profile.csv',
    'Member_Follows_12345.csv',
    'Company Follows.csv',
    'Rich_Media.csv',
    '',
  ])('%j is ignored', (name) => {
    expect(fileKindFromName(name)).toBe('ignored');
  });

  it('knows CSV names', () => {
    expect(isCsvName('a/b/Connections.csv')).toBe(true);
    expect(isCsvName('Articles/Articles/post.html')).toBe(false);
  });
});
