import { normaliseProfileUrl } from '../linkedin/profile-url';
import type { TableRow } from './csv-table';
import { isLocaleDependentDate, readExportDate, slashOrderEvidence, type SlashOrder } from './export-dates';
import { FileTally, plural } from './file-tally';
import type { KindReader } from './kind-reader';
import { displayName } from '../core/person-names';
import type { ExportPerson } from './types';

/**
 * Connections.csv, every era: 2018 (no preamble, no URL, `"1/8/18, 6:14 PM"`), 2022 (preamble, no
 * URL, `04 Jul 2023`), 2023+ (preamble, URL), and the same re-saved by a spreadsheet (CRLF,
 * `2023-07-04`, `7/4/2023`). Hidden profiles come as rows empty but for the date: they cannot be
 * told apart or removed, so they are counted and left out.
 *
 * Dates are read when the file ends: whether `7/4/2023` is July or April depends on the locale of
 * the spreadsheet that wrote it, which only the whole file can tell (a `13/7/2023` somewhere).
 */
export class ConnectionsReader implements KindReader {
  readonly kind = 'connections';
  readonly columns = {
    required: ['first name', 'last name', 'connected on'],
    optional: ['url', 'email address', 'company', 'position'],
  };
  readonly tally = new FileTally();
  readonly people: ExportPerson[] = [];
  /** Rows of hidden profiles (no name, no URL): people this file cannot name. */
  hidden = 0;
  private readonly dateTexts: string[] = [];
  private readonly keys = new Set<string>();
  private readonly evidence = { 'month-first': 0, 'day-first': 0 };

  row(row: TableRow): void {
    const firstName = row.get('first name');
    const lastName = row.get('last name');
    const url = row.get('url');
    if (firstName === '' && lastName === '' && url === '') {
      this.hidden++;
      this.tally.skip(
        'hidden',
        (n) => `${plural(n, 'hidden profile', 'hidden profiles')} had no name or URL`,
      );
      return;
    }
    const profile = url === '' ? null : normaliseProfileUrl(url);
    if (url !== '' && profile === null) {
      this.tally.count(
        'bad-url',
        (n) =>
          `${plural(n, 'profile URL', 'profile URLs')} could not be read; those people are kept without one`,
      );
    }
    if (profile !== null) {
      if (this.keys.has(profile.key)) {
        this.tally.skip(
          'duplicate',
          (n) => `${plural(n, 'person was', 'people were')} listed twice; the first row was kept`,
        );
        return;
      }
      this.keys.add(profile.key);
    }
    const dateText = row.get('connected on');
    const order = slashOrderEvidence(dateText);
    if (order !== null) this.evidence[order]++;
    this.dateTexts.push(dateText);
    this.people.push({
      profileKey: profile?.key ?? null,
      profileUrl: profile?.url ?? null,
      firstName,
      lastName,
      name: displayName(firstName, lastName),
      email: row.get('email address'),
      company: row.get('company'),
      position: row.get('position'),
      connectedOn: null,
    });
    this.tally.used();
  }

  finish(): void {
    const order = this.slashOrder();
    let example: string | null = null;
    this.people.forEach((person, i) => {
      const text = this.dateTexts[i] ?? '';
      person.connectedOn = readExportDate(text, order)?.date ?? null;
      if (person.connectedOn !== null || text === '') return;
      if (order === 'unknown' && isLocaleDependentDate(text)) {
        this.tally.count(
          'ambiguous-date',
          (n) =>
            `${plural(n, 'connection date', 'connection dates')} such as "${text}" could be read day-first or month-first ` +
            `and nothing in the file tells which; ${n === 1 ? 'it is' : 'they are'} left unknown`,
        );
      } else {
        example ??= text;
        this.tally.count(
          'bad-date',
          (n) =>
            `${plural(n, 'connection date', 'connection dates')} could not be read (such as "${example}"); ${n === 1 ? 'it is' : 'they are'} left unknown`,
        );
      }
    });
    if (this.evidence['month-first'] > 0 && this.evidence['day-first'] > 0) {
      this.tally.note(
        'Some dates in this file are written day-first and others month-first; those that could be either were left unknown.',
      );
    }
    this.dateTexts.length = 0;
  }

  /** The file's day/month order, when its dates show one and only one. */
  private slashOrder(): SlashOrder {
    const { 'month-first': monthFirst, 'day-first': dayFirst } = this.evidence;
    if (monthFirst > 0 && dayFirst === 0) return 'month-first';
    if (dayFirst > 0 && monthFirst === 0) return 'day-first';
    return 'unknown';
  }
}
