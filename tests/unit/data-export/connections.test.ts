import { describe, expect, it } from 'vitest';
import { ExportFormatError, readExport } from '../../../src/data-export';
import { fixtureBytes, fixtureFile, TrickleBlob } from './helpers';

async function connectionsOf(path: string) {
  const result = await readExport([fixtureFile(path, 'Connections.csv')]);
  const summary = result.files.find((f) => f.kind === 'connections')!;
  return { people: result.connections, summary, result };
}

describe('Connections.csv, 2023+ (preamble, URL, every quirk)', () => {
  it('reads each person with a normalised key and URL', async () => {
    const { people } = await connectionsOf('2023/Connections.csv');
    expect(people.map((p) => p.profileKey)).toEqual([
      'jane-roe-1a2b3c',
      'samray',
      '王小明',
      'jose-nunez',
      'john-smith-11',
      'john-smith-22',
      'ada-close',
      'tom-quiet',
    ]);
    expect(people[0]).toEqual({
      profileKey: 'jane-roe-1a2b3c',
      profileUrl: 'https://www.linkedin.com/in/jane-roe-1a2b3c/',
      firstName: 'Jane',
      lastName: 'Roe, PMP',
      name: 'Jane Roe, PMP',
      email: 'jane@example.com',
      company: 'Acme Corp',
      position: 'Head of Data, EMEA',
      connectedOn: '2023-07-04',
    });
  });

  it('keeps emoji and non-Latin names, trims stray spaces, reads quoted commas', async () => {
    const { people } = await connectionsOf('2023/Connections.csv');
    expect(people[1]).toMatchObject({ name: 'Sam Ray 🚀', company: '', position: '' });
    expect(people[2]).toMatchObject({
      firstName: '小明',
      lastName: '王',
      company: '腾讯',
      profileUrl: 'https://www.linkedin.com/in/%E7%8E%8B%E5%B0%8F%E6%98%8E/',
    });
    expect(people[3]).toMatchObject({
      firstName: 'José',
      lastName: 'Núñez',
      name: 'José Núñez',
      company: 'Núñez & Co, S.L.',
    });
  });

  it('counts hidden profiles (rows empty but for the date) as skipped, with a warning', async () => {
    const { summary } = await connectionsOf('2023/Connections.csv');
    expect(summary).toMatchObject({ rows: 8, skipped: 2 });
    expect(summary.warnings).toEqual(['2 hidden profiles had no name or URL']);
  });

  it('reads the last row although the file has no final newline', async () => {
    const { people } = await connectionsOf('2023/Connections.csv');
    expect(people.at(-1)).toMatchObject({ name: 'Tom Quiet', connectedOn: '2016-06-01' });
  });

  it('gives the same result when the bytes arrive a few at a time', async () => {
    const whole = await connectionsOf('2023/Connections.csv');
    const trickled = await readExport([
      { name: 'Connections.csv', data: new TrickleBlob(fixtureBytes('2023/Connections.csv')) },
    ]);
    expect(trickled.connections).toEqual(whole.people);
  });
});

describe('Connections.csv, older eras', () => {
  it('2022: preamble, no URL column -> people without keys', async () => {
    const { people, summary } = await connectionsOf('2022/Connections.csv');
    expect(people).toEqual([
      expect.objectContaining({
        profileKey: null,
        profileUrl: null,
        name: 'Jane Roe, PMP',
        connectedOn: '2021-07-04',
      }),
      expect.objectContaining({
        profileKey: null,
        name: 'Pat Lee',
        email: 'pat@example.com',
        position: 'Sales, APAC',
        connectedOn: '2020-11-19',
      }),
    ]);
    expect(summary).toMatchObject({ rows: 2, skipped: 1, warnings: ['1 hidden profile had no name or URL'] });
  });

  it('2018: no preamble, no URL, "1/8/18, 6:14 PM" dates', async () => {
    const { people } = await connectionsOf('2018/Connections.csv');
    expect(people.map((p) => [p.name, p.connectedOn, p.profileKey])).toEqual([
      ['Jane Roe', '2018-01-08', null],
      ['Ken Old', '2017-12-24', null],
    ]);
  });
});

describe('Connections.csv re-saved by a spreadsheet', () => {
  it('CRLF and ISO dates', async () => {
    const { people, summary } = await connectionsOf('spreadsheet/Connections-iso-crlf.csv');
    expect(people.map((p) => [p.profileKey, p.position, p.connectedOn])).toEqual([
      ['jane-roe-1a2b3c', 'Head of Data', '2023-07-04'],
      ['tom-quiet', 'Manager', '2016-06-01'],
    ]);
    expect(summary.warnings).toEqual([]);
  });

  it('day-first dates, once one date in the file shows the order', async () => {
    const { people } = await connectionsOf('spreadsheet/Connections-day-first.csv');
    expect(people.map((p) => p.connectedOn)).toEqual(['2023-07-04', '2023-07-13']);
  });

  it('month-first dates, likewise', async () => {
    const { people } = await connectionsOf('spreadsheet/Connections-month-first.csv');
    expect(people.map((p) => p.connectedOn)).toEqual(['2023-07-04', '2023-07-13']);
  });

  it('leaves dates unknown, and says why, when the order cannot be told or the date is unreadable', async () => {
    const { people, summary } = await connectionsOf('spreadsheet/Connections-ambiguous.csv');
    expect(people.map((p) => p.connectedOn)).toEqual([null, null]);
    expect(summary.rows).toBe(2);
    expect(summary.warnings).toEqual([
      '1 connection date such as "7/4/2023" could be read day-first or month-first and nothing in the file tells which; it is left unknown',
      '1 connection date could not be read (such as "not a date"); it is left unknown',
    ]);
  });

  it('semicolon-separated with dotted dates', async () => {
    const { people } = await connectionsOf('spreadsheet/Connections-semicolon.csv');
    expect(people).toEqual([
      expect.objectContaining({
        profileKey: 'jane-roe-1a2b3c',
        company: 'Acme, Corp',
        connectedOn: '2023-07-04',
      }),
    ]);
  });

  it('Windows-1252 from Excel, with a warning', async () => {
    const { people, summary } = await connectionsOf('spreadsheet/Connections-windows-1252.csv');
    expect(people.map((p) => [p.name, p.company])).toEqual([
      ['José Núñez', 'Café Société'],
      ['Zoë Brontë', 'Müller GmbH'],
    ]);
    expect(summary.warnings[0]).toMatch(/Windows-1252/);
  });
});

describe('Connections.csv row problems', () => {
  it('keeps a person whose URL is unreadable, without a key, and skips a second row for the same URL', async () => {
    const text = [
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
      'Ann,Lee,https://www.linkedin.com/company/acme,,,,01 Jan 2020',
      'Bo,Chen,https://www.linkedin.com/in/bo-chen,,,,02 Jan 2020',
      'Bo,Chen,https://linkedin.com/in/BO-CHEN/,,,,02 Jan 2020',
    ].join('\n');
    const result = await readExport([{ name: 'Connections.csv', data: new Blob([text]) }]);
    expect(result.connections.map((p) => [p.name, p.profileKey])).toEqual([
      ['Ann Lee', null],
      ['Bo Chen', 'bo-chen'],
    ]);
    expect(result.files[0]).toMatchObject({ rows: 2, skipped: 1 });
    expect(result.files[0]!.warnings).toEqual([
      '1 profile URL could not be read; those people are kept without one',
      '1 person was listed twice; the first row was kept',
    ]);
  });

  it('rejects a file whose columns are not those of Connections.csv, naming both', async () => {
    const error = await readExport([
      fixtureFile('bad/Connections-unknown-header.csv', 'Connections.csv'),
    ]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExportFormatError);
    expect((error as ExportFormatError).file).toBe('Connections.csv');
    expect((error as Error).message).toContain('Found: "Name", "Profile", "When"');
    expect((error as Error).message).toContain(
      'Expected: First Name, Last Name, Connected On (optional: URL, Email Address, Company, Position)',
    );
  });
});
