import { ExportFormatError } from './export-format-error';

/**
 * A CSV file as a table with named columns: finds the header row, then hands each data row to the
 * reader with its values looked up by column name, never by position (LinkedIn adds, drops and
 * reorders columns between eras).
 *
 * The header is the first row holding every required column. Rows before it are a preamble (the
 * 3-line "Notes:" block Connections.csv has had since 2021) and are skipped; if none of the first
 * `HEADER_SEARCH_ROWS` rows is a header, the file is not what its name says and reading stops with
 * a message naming the columns found and the ones expected.
 */
const HEADER_SEARCH_ROWS = 10;

export interface TableColumns {
  /** Header names, compared after `headerKey` folding ("Connected On" ~ "connected_on"). */
  required: readonly string[];
  optional: readonly string[];
}

/** How header cells are compared: case, spaces, underscores and a BOM do not matter. */
export function headerKey(cell: string): string {
  return cell
    .replace(/^\ufeff/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, ' ');
}

/** One data row; values by column name, trimmed; '' for a column the file does not have. */
export class TableRow {
  constructor(
    private readonly index: ReadonlyMap<string, number>,
    public fields: string[],
  ) {}

  get(column: string): string {
    const i = this.index.get(column);
    return i === undefined ? '' : (this.fields[i] ?? '').trim();
  }

  /** The value as written, spaces included (for free text such as message content). */
  raw(column: string): string {
    const i = this.index.get(column);
    return i === undefined ? '' : (this.fields[i] ?? '');
  }

  has(column: string): boolean {
    return this.index.has(column);
  }
}

export interface HeaderMatch {
  /** Column name (folded) -> position in this file. */
  index: Map<string, number>;
}

/** The column index when `cells` holds every required column, else null. */
export function matchHeader(cells: readonly string[], columns: TableColumns): HeaderMatch | null {
  const index = new Map<string, number>();
  cells.forEach((cell, i) => {
    const key = headerKey(cell);
    if (key !== '' && !index.has(key)) index.set(key, i);
  });
  if (!columns.required.every((c) => index.has(c))) return null;
  return { index };
}

/**
 * Feeds rows in, finds the header, and passes data rows on. `choose` is asked, for each row before
 * the header, whether that row is a header (and for what); it returns the row handler to use.
 */
export class CsvTable {
  private rowHandler: ((row: TableRow) => void) | null = null;
  private current: TableRow | null = null;
  /** Rows before the header (the preamble, or a file that has no header we know). */
  private readonly seen: string[][] = [];

  constructor(
    private readonly file: string,
    private readonly choose: (
      cells: string[],
    ) => { match: HeaderMatch; onRow: (row: TableRow) => void } | null,
    private readonly describeExpected: () => string,
  ) {}

  /** True once the header has been found. */
  get started(): boolean {
    return this.rowHandler !== null;
  }

  push(fields: string[]): void {
    if (this.rowHandler && this.current) {
      this.current.fields = fields;
      this.rowHandler(this.current);
      return;
    }
    const chosen = this.choose(fields);
    if (chosen) {
      this.rowHandler = chosen.onRow;
      this.current = new TableRow(chosen.match.index, []);
      return;
    }
    this.seen.push(fields);
    if (this.seen.length >= HEADER_SEARCH_ROWS) throw this.unrecognised();
  }

  /**
   * At the end of the file: 'empty' for a file without any row or with a single one-field line
   * and no table (LinkedIn writes "No conversations found" into some files); throws when there
   * were rows but no header.
   */
  end(): 'read' | 'empty' {
    if (this.started) return 'read';
    if (this.seen.length === 0) return 'empty';
    if (this.seen.length === 1 && this.seen[0]!.length === 1) return 'empty';
    throw this.unrecognised();
  }

  /** The one-line text of a file that held no table, if that is what it was. */
  get lonelyLine(): string | null {
    return !this.started && this.seen.length === 1 && this.seen[0]!.length === 1
      ? this.seen[0]![0]!.trim()
      : null;
  }

  private unrecognised(): ExportFormatError {
    // The most header-like row: the first with several fields (the preamble's lines have one).
    const best = this.seen.find((row) => row.length > 1) ?? this.seen[0] ?? [];
    const found = best.map((c) => c.replace(/^\ufeff/, '').trim()).filter((c) => c !== '');
    // Bytes that are not text are never quoted back: the file is simply not a table.
    if (found.some((c) => UNPRINTABLE.test(c))) {
      return new ExportFormatError(
        this.file,
        `${this.file} does not hold a table: it contains characters no CSV file has (it may be a binary file given a .csv name), so nothing was imported. ` +
          `Expected: ${this.describeExpected()}. Import the file from the original LinkedIn download.`,
      );
    }
    const shown = found.length > 12 ? [...found.slice(0, 12), `and ${found.length - 12} more`] : found;
    return new ExportFormatError(
      this.file,
      `${this.file}: the columns were not recognised, so nothing was imported. ` +
        `Found: ${shown.length > 0 ? shown.map((c) => `"${truncate(c)}"`).join(', ') : 'no columns'}. ` +
        `Expected: ${this.describeExpected()}. ` +
        'If the file was edited in a spreadsheet, import the file from the original LinkedIn download instead.',
    );
  }
}

const UNPRINTABLE = /[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]/;

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** "First Name, Last Name and Connected On (optional: URL, Company)" with the names as LinkedIn writes them. */
export function describeColumns(required: readonly string[], optional: readonly string[]): string {
  const list = required.map(titleCase).join(', ');
  return optional.length > 0 ? `${list} (optional: ${optional.map(titleCase).join(', ')})` : list;
}

/** Header names whose spelling title case would get wrong. */
const SPELLED: Readonly<Record<string, string>> = {
  url: 'URL',
  inviterprofileurl: 'inviterProfileUrl',
  inviteeprofileurl: 'inviteeProfileUrl',
  inviterprofileurn: 'inviterProfileUrn',
  inviteeprofileurn: 'inviteeProfileUrn',
};

function titleCase(key: string): string {
  return (
    SPELLED[key] ??
    key.replace(/\b\p{L}/gu, (c) => c.toUpperCase()).replace(/\bUrls?\b/g, (w) => w.toUpperCase())
  );
}
