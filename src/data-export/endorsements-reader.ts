import type { TableRow } from './csv-table';
import { FileTally, plural } from './file-tally';
import type { KindReader } from './kind-reader';
import { displayName } from '../core/person-names';
import { rowPerson, refToken, type RowPerson } from './person-ref';

/**
 * Endorsement_Received_Info.csv and Endorsement_Given_Info.csv: one row per skill. The other person
 * is the Endorser (received) or the Endorsee (given). Their `Public Url` has no scheme
 * (`www.linkedin.com/in/x`); older files have no URL column at all, and the legacy UTF-16
 * `Endorsement Received Info.csv` has none either: those rows are matched by name later.
 *
 * Only endorsements that show on a profile are kept: a REJECTED (or hidden, or still pending) one
 * is not lost by removing the connection, so it must not be reported as a loss.
 */
export class EndorsementsReader implements KindReader {
  readonly kind;
  readonly columns;
  readonly tally = new FileTally();
  /** Per person: the skills, each once, in file order. */
  readonly byPerson = new Map<string, { ref: RowPerson; skills: string[] }>();
  private readonly role: 'endorser' | 'endorsee';

  constructor(direction: 'received' | 'given') {
    this.kind =
      direction === 'received' ? ('endorsements-received' as const) : ('endorsements-given' as const);
    this.role = direction === 'received' ? 'endorser' : 'endorsee';
    this.columns = {
      required: ['skill name', `${this.role} first name`, `${this.role} last name`],
      optional: ['endorsement date', `${this.role} public url`, 'endorsement status', 'display status'],
    };
  }

  row(row: TableRow): void {
    const skill = row.get('skill name');
    const status = row.get('endorsement status').toUpperCase();
    const display = row.get('display status').toUpperCase();
    if (skill === '') {
      this.tally.skip('no-skill', (n) => `${plural(n, 'row', 'rows')} had no skill name`);
      return;
    }
    if ((status !== '' && status !== 'ACCEPTED') || display === 'HIDDEN' || display === 'HIDE') {
      this.tally.skip(
        'not-shown',
        (n) =>
          `${plural(n, 'endorsement', 'endorsements')} not accepted or hidden ${n === 1 ? 'was' : 'were'} left out`,
      );
      return;
    }
    const name = displayName(row.get(`${this.role} first name`), row.get(`${this.role} last name`));
    const { ref, badUrl } = rowPerson(row.get(`${this.role} public url`), name);
    if (badUrl)
      this.tally.count(
        'bad-url',
        (n) => `${plural(n, 'profile URL', 'profile URLs')} could not be read; matched by name instead`,
      );
    if (ref === null) {
      this.tally.skip('nobody', (n) => `${plural(n, 'row', 'rows')} named nobody (no name or URL)`);
      return;
    }
    const token = refToken(ref);
    const entry = this.byPerson.get(token) ?? { ref, skills: [] };
    if (!entry.skills.includes(skill)) entry.skills.push(skill);
    this.byPerson.set(token, entry);
    this.tally.used();
  }

  finish(): void {}
}
