import { describe, expect, it } from 'vitest';
import { ExportFormatError, readExport, type ReadProgress } from '../../../src/data-export';
import { fixtureBytes, fixtureFile, streamedZipOf, TrickleBlob, zipOf } from './helpers';

const FULL_EXPORT = {
  'Basic_LinkedInDataExport_07-04-2024/Connections.csv': { fixture: '2023/Connections.csv' },
  'Basic_LinkedInDataExport_07-04-2024/messages.csv': { fixture: '2023/messages.csv' },
  'Basic_LinkedInDataExport_07-04-2024/Endorsement_Received_Info.csv': {
    fixture: '2023/Endorsement_Received_Info.csv',
  },
  'Basic_LinkedInDataExport_07-04-2024/Endorsement_Given_Info.csv': {
    fixture: '2023/Endorsement_Given_Info.csv',
  },
  'Basic_LinkedInDataExport_07-04-2024/Recommendations_Received.csv': {
    fixture: '2023/Recommendations_Received.csv',
  },
  'Basic_LinkedInDataExport_07-04-2024/Recommendations_Given.csv': {
    fixture: '2023/Recommendations_Given.csv',
  },
  'Basic_LinkedInDataExport_07-04-2024/Invitations.csv': { fixture: '2024/Invitations.csv' },
  'Basic_LinkedInDataExport_07-04-2024/Profile.csv': { text: 'First Name,Last Name\nMia,Owner\n' },
  'Basic_LinkedInDataExport_07-04-2024/guide_messages.csv': { fixture: '2023/messages.csv' },
} as const;

async function rejection(promise: Promise<unknown>): Promise<ExportFormatError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ExportFormatError);
  return error as ExportFormatError;
}

describe('readExport: the zip as downloaded', () => {
  it('reads every known file inside folders, and lists the others as ignored', async () => {
    const zip = new File([zipOf(FULL_EXPORT)], 'Basic_LinkedInDataExport_07-04-2024.zip');
    const result = await readExport(zip);
    expect(result.files.map((f) => [f.file.split('/')[1], f.kind])).toEqual([
      ['Connections.csv', 'connections'],
      ['messages.csv', 'messages'],
      ['Endorsement_Received_Info.csv', 'endorsements-received'],
      ['Endorsement_Given_Info.csv', 'endorsements-given'],
      ['Recommendations_Received.csv', 'recommendations-received'],
      ['Recommendations_Given.csv', 'recommendations-given'],
      ['Invitations.csv', 'invitations'],
      ['Profile.csv', 'ignored'],
      ['guide_messages.csv', 'ignored'],
    ]);
    expect(result.connections).toHaveLength(8);
    expect(result.facts.get('jane-roe-1a2b3c')).toEqual({
      endorsementsReceived: ['TypeScript', 'SQL'],
      endorsementsGiven: [],
      recommendationsReceived: 1,
      recommendationsGiven: 0,
      messagesSent: 3,
      messagesReceived: 1,
      lastMessageAt: '2024-02-01T15:00:00Z',
      invitedBy: 'me',
      invitationMessage: false,
      firstMessageAfterConnect: { at: '2023-07-06T09:30:00Z', pitchSignals: [] },
      known: {
        endorsementsReceived: true,
        endorsementsGiven: true,
        recommendationsReceived: true,
        recommendationsGiven: true,
        messages: true,
        invitations: true,
      },
    });
  });

  it('reads messages.csv before Connections.csv just as well (files come in any order)', async () => {
    const reversed = Object.fromEntries(Object.entries(FULL_EXPORT).reverse());
    const inOrder = await readExport(new Blob([zipOf(FULL_EXPORT)]));
    const backwards = await readExport(new Blob([zipOf(reversed)]));
    expect(new Map(backwards.facts)).toEqual(new Map(inOrder.facts));
  });

  it('gives the same result when the zip arrives a few bytes at a time, and reports progress', async () => {
    const bytes = zipOf(FULL_EXPORT);
    const progress: ReadProgress[] = [];
    const trickled = await readExport(new TrickleBlob(bytes), { onProgress: (p) => progress.push(p) });
    const whole = await readExport(new Blob([bytes]));
    expect([...trickled.facts]).toEqual([...whole.facts]);
    expect(progress.at(-1)).toMatchObject({ bytesRead: bytes.length, totalBytes: bytes.length });
    expect(progress.every((p, i) => i === 0 || p.bytesRead >= progress[i - 1]!.bytesRead)).toBe(true);
    expect(new Set(progress.map((p) => p.file.split('/').pop()))).toContain('messages.csv');
  });

  it('reads a zip whose files end in data descriptors (sizes written after the data)', async () => {
    const bytes = streamedZipOf({
      'Export/Connections.csv': '2023/Connections.csv',
      'Export/messages.csv': '2023/messages.csv',
    });
    expect(bytes[6]! & 0b1000).toBe(0b1000); // general purpose flag bit 3: data descriptor
    const streamed = await readExport(new TrickleBlob(bytes));
    const plain = await readExport(
      new Blob([
        zipOf({
          'Connections.csv': { fixture: '2023/Connections.csv' },
          'messages.csv': { fixture: '2023/messages.csv' },
        }),
      ]),
    );
    expect(streamed.files.map((f) => [f.kind, f.rows])).toEqual([
      ['connections', 8],
      ['messages', 8],
    ]);
    expect([...streamed.facts]).toEqual([...plain.facts]);
  });

  it('reads a second file of one kind only once, and says so', async () => {
    const zip = zipOf({
      'messages.csv': { fixture: '2023/messages.csv' },
      'a/messages.csv': { fixture: '2023/messages.csv' },
    });
    const result = await readExport(new Blob([zip]));
    expect(result.facts.get('samray')?.messagesReceived).toBe(2);
    expect(result.files[1]).toMatchObject({
      file: 'a/messages.csv',
      kind: 'ignored',
      warnings: ['A second messages.csv was found; only the first one was read.'],
    });
  });

  it('accepts an export whose messages file holds "No conversations found"', async () => {
    const zip = zipOf({
      'Connections.csv': { fixture: '2023/Connections.csv' },
      'messages.csv': { fixture: 'bad/messages-no-conversations.csv' },
    });
    const result = await readExport(new Blob([zip]));
    expect(result.files[1]).toMatchObject({
      kind: 'messages',
      rows: 0,
      warnings: ['The file holds no table ("No conversations found").'],
    });
    expect(result.facts.get('tom-quiet')?.known?.messages).toBe(false);
  });
});

describe('readExport: loose CSV files', () => {
  it('reads files taken out of the zip, several at once', async () => {
    const result = await readExport([
      fixtureFile('2023/Connections.csv'),
      fixtureFile('2023/Endorsement_Received_Info.csv'),
    ]);
    expect(result.files.map((f) => f.kind)).toEqual(['connections', 'endorsements-received']);
    expect(result.facts.get('ada-close')?.endorsementsReceived).toEqual(['Python']);
  });

  it('recognises a renamed or unnamed file by its columns', async () => {
    const result = await readExport(new Blob([fixtureBytes('2023/Connections.csv')]));
    expect(result.files[0]).toMatchObject({ file: 'the chosen file', kind: 'connections', rows: 8 });
    const messages = await readExport([fixtureFile('2023/messages.csv', 'my linkedin messages.csv')]);
    expect(messages.files[0]!.kind).toBe('messages');
  });

  it('asks for the original name of a recommendations file it cannot place', async () => {
    const error = await rejection(readExport([fixtureFile('2023/Recommendations_Received.csv', 'recs.csv')]));
    expect(error.message).toMatch(/Recommendations_Received\.csv or Recommendations_Given\.csv/);
  });
});

describe('readExport: bad input is rejected whole, with a clear message', () => {
  it('a zip that is not a LinkedIn export', async () => {
    const zip = zipOf({
      'holiday/photo.jpg': { bytes: new Uint8Array([1, 2, 3]) },
      'notes.txt': { fixture: 'bad/notes.txt' },
    });
    const error = await rejection(readExport(new File([zip], 'holiday.zip')));
    expect(error.file).toBe('holiday.zip');
    expect(error.message).toBe(
      'holiday.zip does not look like a LinkedIn data export: it has none of Connections.csv, Endorsement_Received_Info.csv, ' +
        'Endorsement_Given_Info.csv, Recommendations_Received.csv, Recommendations_Given.csv, messages.csv, Invitations.csv at its top. ' +
        'It contains: holiday/photo.jpg, notes.txt. QuietPrune expects the zip LinkedIn sent you (Basic_LinkedInDataExport_MM-DD-YYYY.zip), ' +
        'or CSV files taken out of it such as Connections.csv. On LinkedIn: Settings > Data privacy > Get a copy of your data.',
    );
  });

  it.each([0.01, 0.5, 0.97, 0.9999])(
    'a zip cut short (at %f of its length, even between two files)',
    async (fraction) => {
      const zip = zipOf(FULL_EXPORT);
      const error = await rejection(
        readExport(new File([zip.slice(0, Math.floor(zip.length * fraction))], 'export.zip')),
      );
      expect(error.message).toBe(
        'export.zip is damaged or incomplete (it ends too early), so nothing was imported. ' +
          'Download the export from LinkedIn again (Settings > Data privacy > Get a copy of your data) and import the new file.',
      );
    },
  );

  it('a corrupt zip', async () => {
    const zip = zipOf({ 'Connections.csv': { text: 'First Name,Last Name,Connected On\n'.repeat(200) } });
    const corrupt = zip.slice();
    for (let i = 60; i < 120; i++) corrupt[i] = 0xff; // inside the compressed data
    const error = await rejection(readExport(new File([corrupt], 'export.zip')));
    expect(error.message).toMatch(
      /^export\.zip is damaged or incomplete \(the file Connections\.csv inside it could not be decompressed\)/,
    );
  });

  it('an empty file', async () => {
    const error = await rejection(readExport([{ name: 'Connections.csv', data: new Blob([]) }]));
    expect(error.message).toBe(
      'Connections.csv is empty (0 bytes). Choose the zip LinkedIn sent you, or a CSV file from it.',
    );
    const blank = await rejection(readExport([{ name: 'Connections.csv', data: new Blob(['\n\n  \n']) }]));
    expect(blank.message).toMatch(
      /^Connections\.csv is empty: it has no rows at all, not even column names\. QuietPrune expects the zip LinkedIn sent you/,
    );
  });

  it('no file at all', async () => {
    expect((await rejection(readExport([]))).message).toBe('No file was chosen.');
  });

  it('a CSV whose header is unrecognised, inside a zip: nothing partial comes back', async () => {
    const zip = zipOf({
      'Connections.csv': { fixture: '2023/Connections.csv' },
      'messages.csv': { text: 'Sender,Body\nJane,hi\n' },
    });
    const error = await rejection(readExport(new Blob([zip])));
    expect(error.file).toBe('messages.csv');
    expect(error.message).toContain(
      'messages.csv: the columns were not recognised, so nothing was imported. Found: "Sender", "Body".',
    );
  });

  it('a file that is not a CSV of the export', async () => {
    const error = await rejection(readExport([fixtureFile('bad/notes.txt')]));
    expect(error.message).toContain('notes.txt: the columns were not recognised');
    expect(error.message).toContain('Connections.csv, messages.csv, Invitations.csv');
  });
});
