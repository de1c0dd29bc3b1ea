import type { TableColumns, TableRow } from './csv-table';
import type { FileTally } from './file-tally';
import type { FileKind } from './types';

export type ReadableKind = Exclude<FileKind, 'ignored'>;

/** Reads the rows of one kind of file and keeps what it needs (counts and references, never text). */
export interface KindReader {
  readonly kind: ReadableKind;
  readonly columns: TableColumns;
  readonly tally: FileTally;
  row(row: TableRow): void;
  /** The file ended (every row has been seen). */
  finish(): void;
}
