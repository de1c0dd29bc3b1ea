import { ByteTextDecoder } from './byte-text-decoder';
import { CsvRowStream } from './csv-row-stream';
import { CsvTable, describeColumns, matchHeader, type HeaderMatch, type TableRow } from './csv-table';
import { ExportFormatError } from './export-format-error';
import { FILE_KIND_LABELS } from './file-kinds';
import type { KindReader, ReadableKind } from './kind-reader';
import { createReader, KINDS_BY_HEADER } from './readers';

/**
 * One CSV file from bytes to a reader: decode (BOM, UTF-16, Windows-1252), split into rows
 * (papaparse), find the header, hand each row to the reader of the file's kind. With kind 'detect'
 * (a file whose name we do not know) the kind is taken from the header.
 */
export class CsvFilePipeline {
  private readonly decoder = new ByteTextDecoder();
  private readonly rows: CsvRowStream;
  private readonly table: CsvTable;
  /** The reader of the file's kind, once its header has been found; null for a file with no table. */
  reader: KindReader | null = null;

  constructor(
    private readonly file: string,
    private readonly kind: ReadableKind | 'detect',
  ) {
    this.table = new CsvTable(file, (cells) => this.chooseReader(cells), () => this.expected());
    this.rows = new CsvRowStream((fields) => this.table.push(fields));
  }

  data(bytes: Uint8Array): void {
    this.rows.push(this.decoder.push(bytes));
  }

  end(): void {
    this.rows.push(this.decoder.end());
    this.rows.end();
    if (this.table.end() === 'empty' || this.reader === null) return;
    this.reader.finish();
    if (this.decoder.encoding === 'windows-1252') {
      this.reader.tally.note('The file was not UTF-8 (it was probably saved by a spreadsheet); it was read as Windows-1252.');
    }
    if (this.rows.problems.unclosedQuote) {
      this.reader.tally.note('The file ends inside a quoted field: it may have been cut short, and its last row may be incomplete.');
    }
    if (this.rows.problems.malformedQuotes > 0) {
      this.reader.tally.note(`${this.rows.problems.malformedQuotes} rows had stray quote marks; they were read as well as possible.`);
    }
  }

  /** The one line of a file that held no table ("No conversations found"), if that is what it was. */
  get lonelyLine(): string | null {
    return this.table.lonelyLine;
  }

  private chooseReader(cells: string[]): { match: HeaderMatch; onRow: (row: TableRow) => void } | null {
    const kinds = this.kind === 'detect' ? KINDS_BY_HEADER : [this.kind];
    for (const kind of kinds) {
      const reader = createReader(kind);
      const match = matchHeader(cells, reader.columns);
      if (match) {
        this.reader = reader;
        return { match, onRow: (row) => reader.row(row) };
      }
    }
    if (this.kind === 'detect' && matchHeader(cells, { required: ['first name', 'last name', 'text'], optional: [] })) {
      throw new ExportFormatError(
        this.file,
        `${this.file} looks like a recommendations file, but its name does not say whether you received or gave them. ` +
          'Import it under its original name, Recommendations_Received.csv or Recommendations_Given.csv.',
      );
    }
    return null;
  }

  private expected(): string {
    if (this.kind !== 'detect') {
      const { required, optional } = createReader(this.kind).columns;
      return describeColumns(required, optional);
    }
    return `the columns of one of ${KINDS_BY_HEADER.map((k) => FILE_KIND_LABELS[k]).join(', ')} from a LinkedIn data export`;
  }
}
