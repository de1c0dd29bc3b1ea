import { ByteTextDecoder, MixedEncodingError } from './byte-text-decoder';
import { CsvRowStream } from './csv-row-stream';
import { CsvTable, describeColumns, matchHeader, type HeaderMatch, type TableRow } from './csv-table';
import { ExportFormatError } from './export-format-error';
import { plural } from './file-tally';
import { FILE_KIND_LABELS } from './file-kinds';
import { formatCount, limitError, LIMITS, RowTooLongError } from './limits';
import type { KindReader, ReadableKind } from './kind-reader';
import type { ReadLimits } from './types';
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
  /** Records read (preamble and header included): row numbers for the notes. */
  private records = 0;
  private dataRows = 0;
  /** Rows holding a replacement character (bytes no encoding could read), by row number. */
  private readonly unreadableRows: number[] = [];
  private unreadableCount = 0;
  private maybeUnreadable = false;

  constructor(
    private readonly file: string,
    private readonly kind: ReadableKind | 'detect',
    private readonly limits: Readonly<ReadLimits> = LIMITS,
  ) {
    this.table = new CsvTable(
      file,
      (cells) => this.chooseReader(cells),
      () => this.expected(),
    );
    this.rows = new CsvRowStream((fields) => this.record(fields), 4 * limits.fieldChars);
  }

  data(bytes: Uint8Array): void {
    this.guard(() => this.rows.push(this.text(this.decoder.push(bytes))));
  }

  end(): void {
    this.guard(() => {
      this.rows.push(this.text(this.decoder.end()));
      this.rows.end();
    });
    if (this.table.end() === 'empty' || this.reader === null) return;
    this.reader.finish();
    const switched = this.decoder.switchedAt;
    if (switched) {
      this.reader.tally.note(
        `The file is not UTF-8 (byte ${formatCount(switched.offset + 1)} is 0x${hex(switched.byte)}, which UTF-8 does not allow; ` +
          'it was probably saved by a spreadsheet), so it was read as Windows-1252. If names look wrong, import the file from the original LinkedIn download.',
      );
    } else if (this.decoder.encoding === 'windows-1252') {
      this.reader.tally.note(
        'The file was not UTF-8 (it was probably saved by a spreadsheet); it was read as Windows-1252.',
      );
    }
    if (this.unreadableCount > 0) {
      const listed =
        this.unreadableRows.join(', ') +
        (this.unreadableCount > this.unreadableRows.length
          ? ` and ${formatCount(this.unreadableCount - this.unreadableRows.length)} more`
          : '');
      this.reader.tally.note(
        `${plural(this.unreadableCount, 'row holds', 'rows hold')} characters that could not be read (shown as a question mark in a diamond): ` +
          `${this.unreadableCount === 1 ? 'row' : 'rows'} ${listed} of ${this.file}, counting the header as row 1.`,
      );
    }
    if (this.rows.problems.unclosedQuote) {
      this.reader.tally.skip(
        'cut-short',
        () =>
          'The file ends inside a quoted field: it was cut short, so its incomplete last row was left out.',
      );
    }
    if (this.rows.problems.malformedQuotes > 0) {
      this.reader.tally.note(
        `${this.rows.problems.malformedQuotes} rows had stray quote marks; they were read as well as possible.`,
      );
    }
  }

  /** Decoded text on its way to the parser; rows are searched for U+FFFD only once some has come. */
  private text(text: string): string {
    if (!this.maybeUnreadable && text.includes('\ufffd')) this.maybeUnreadable = true;
    return text;
  }

  /** One record from the CSV parser: limits, unreadable characters, then the table. */
  private record(fields: string[]): void {
    this.records++;
    if (fields.length > this.limits.columnsPerRow) {
      throw limitError(
        this.file,
        `row ${formatCount(this.records)} has ${formatCount(fields.length)} columns (the limit is ${this.limits.columnsPerRow})`,
      );
    }
    for (const field of fields) {
      if (field.length > this.limits.fieldChars) {
        throw limitError(
          this.file,
          `row ${formatCount(this.records)} has a field of ${formatCount(field.length)} characters (the limit is ${formatCount(this.limits.fieldChars)})`,
        );
      }
    }
    if (this.table.started) {
      this.dataRows++;
      const limit =
        this.reader?.kind === 'connections' ? this.limits.connectionRows : this.limits.rowsPerFile;
      if (this.dataRows > limit) {
        throw limitError(
          this.file,
          `it has more than ${formatCount(limit)} rows${this.reader?.kind === 'connections' ? ' (LinkedIn allows 30,000 connections)' : ''}`,
        );
      }
      if (this.maybeUnreadable && fields.some((f) => f.includes('\ufffd'))) {
        this.unreadableCount++;
        if (this.unreadableRows.length < UNREADABLE_ROWS_LISTED) this.unreadableRows.push(this.records);
      }
    }
    this.table.push(fields);
  }

  /** Decoding and parsing, with their own errors told as the user's file. */
  private guard(step: () => void): void {
    try {
      step();
    } catch (error) {
      if (error instanceof MixedEncodingError) {
        throw new ExportFormatError(
          this.file,
          `${this.file} mixes two text encodings: it starts in UTF-8 (accented letters included), but byte ${formatCount(error.offset + 1)} ` +
            `(0x${hex(error.byte)}) is not UTF-8. Read either way, some names would come out garbled, so nothing was imported. ` +
            'Import the file from the original LinkedIn download, or save it again from your spreadsheet as "CSV UTF-8".',
        );
      }
      if (error instanceof RowTooLongError) {
        throw limitError(
          this.file,
          `row ${formatCount(this.records + 1)} runs on for more than ${formatCount(4 * this.limits.fieldChars)} characters (a quote mark that is never closed, or not a CSV file)`,
        );
      }
      throw error;
    }
  }

  /** The file ended inside a quoted field, and its last row was left out. */
  get cutShort(): boolean {
    return this.rows.problems.unclosedQuote;
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
    if (
      this.kind === 'detect' &&
      matchHeader(cells, { required: ['first name', 'last name', 'text'], optional: [] })
    ) {
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

const UNREADABLE_ROWS_LISTED = 20;

function hex(byte: number): string {
  return byte.toString(16).toUpperCase().padStart(2, '0');
}
