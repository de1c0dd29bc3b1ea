import type { TableRow } from './csv-table';
import { FileTally, plural } from './file-tally';
import type { KindReader } from './kind-reader';
import { displayName } from '../core/person-names';
import { rowPerson, refToken, type RowPerson } from './person-ref';

/**
 * Recommendations_Received.csv and Recommendations_Given.csv: no URL, only the other person's name,
 * company and title at the time of writing. Rows are grouped by name and company here and matched
 * to a person once every file is read. The text is never kept. Hidden recommendations count too:
 * removing the connection withdraws them all the same.
 */
export class RecommendationsReader implements KindReader {
  readonly kind;
  readonly columns = {
    required: ['first name', 'last name'],
    optional: ['company', 'job title', 'text', 'creation date', 'status'],
  };
  readonly tally = new FileTally();
  readonly byPerson = new Map<string, { ref: RowPerson; count: number }>();

  constructor(direction: 'received' | 'given') {
    this.kind =
      direction === 'received' ? ('recommendations-received' as const) : ('recommendations-given' as const);
  }

  row(row: TableRow): void {
    const name = displayName(row.get('first name'), row.get('last name'));
    const { ref } = rowPerson('', name, row.get('company'));
    if (ref === null) {
      this.tally.skip('nobody', (n) => `${plural(n, 'recommendation', 'recommendations')} named nobody`);
      return;
    }
    const token = refToken(ref);
    const entry = this.byPerson.get(token) ?? { ref, count: 0 };
    entry.count++;
    this.byPerson.set(token, entry);
    this.tally.used();
  }

  finish(): void {}
}
