import Papa from 'papaparse';
import { RowTooLongError } from './limits';

/**
 * Rows of a CSV file whose text arrives in chunks, parsed by papaparse's own streaming parser.
 *
 * papaparse streams from anything shaped like a Node readable (`readable`, `read`, `on`...), in the
 * browser as well as in Node. `PushSource` is such a source that we feed by hand: each `push` hands
 * papaparse one chunk, which it parses at once (calling `onRow` for every complete row) while it
 * keeps the unfinished last row for the next chunk. Nothing but that unfinished row is held, so a
 * file of any size goes through in bounded memory.
 *
 * The first `FIRST_CHUNK_CHARS` of text are held back and given as one chunk: papaparse guesses the
 * line ending and the delimiter (comma; tab in the legacy UTF-16 file; semicolon from some
 * spreadsheets) from its first chunk, and a few bytes are not enough to guess from.
 */
const FIRST_CHUNK_CHARS = 64 * 1024;

export interface CsvProblems {
  /** The file ended inside a quoted field: it was cut short, and its last row was left out. */
  unclosedQuote: boolean;
  /** Rows with a stray quote character papaparse had to work around. */
  malformedQuotes: number;
}

export class CsvRowStream {
  private readonly source = new PushSource();
  private firstChunk: string | null = '';
  private failure: unknown = null;
  private ended = false;
  /** Text given to papaparse since it last completed a row: a row that never ends is refused early. */
  private charsSinceRow = 0;
  private rowEnded = false;
  readonly problems: CsvProblems = { unclosedQuote: false, malformedQuotes: 0 };

  /** `rowCharsLimit`: a row is never held longer than this while it waits for its end. */
  constructor(
    onRow: (fields: string[]) => void,
    private readonly rowCharsLimit = Infinity,
  ) {
    Papa.parse<string[]>(this.source as unknown as NodeJS.ReadableStream, {
      header: false,
      skipEmptyLines: 'greedy',
      delimitersToGuess: [',', '\t', ';'],
      step: (result) => {
        if (this.failure !== null) return;
        this.rowEnded = true;
        let cut = false;
        for (const error of result.errors) {
          if (error.code === 'MissingQuotes') cut = true;
          else if (error.code === 'InvalidQuotes') this.problems.malformedQuotes++;
        }
        if (cut) {
          // Only the end of the file leaves a quote open: that last row is incomplete, never used.
          this.problems.unclosedQuote = true;
          return;
        }
        try {
          onRow(result.data);
        } catch (error) {
          // papaparse would swallow it into its `error` callback and stop; keep it for `push` to rethrow.
          this.failure = error;
        }
      },
      error: (error: unknown) => {
        this.failure ??= error;
      },
    });
  }

  push(text: string): void {
    if (text === '') return;
    if (this.firstChunk !== null) {
      this.firstChunk += text;
      if (this.firstChunk.length < FIRST_CHUNK_CHARS) return;
      text = this.firstChunk;
      this.firstChunk = null;
    }
    this.rowEnded = false;
    this.source.emitData(text);
    this.rethrow();
    // Whatever follows the last row papaparse ended is what it holds: never more than one chunk
    // is counted twice, and a chunk full of rows resets it.
    this.charsSinceRow = this.rowEnded ? 0 : this.charsSinceRow + text.length;
    if (this.charsSinceRow > this.rowCharsLimit) throw new RowTooLongError();
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    if (this.firstChunk !== null && this.firstChunk !== '') this.source.emitData(this.firstChunk);
    this.firstChunk = null;
    this.source.emitEnd();
    this.rethrow();
  }

  private rethrow(): void {
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- rethrows what onRow threw, unchanged, outside papaparse
    if (this.failure !== null) throw this.failure;
  }
}

type Listener = (value?: unknown) => void;

/** The least of a Node readable that papaparse's stream reader uses; we call its listeners ourselves. */
class PushSource {
  readonly readable = true;
  private readonly listeners = new Map<string, Listener[]>();

  read(): null {
    return null;
  }
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  removeListener(event: string, listener: Listener): this {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((l) => l !== listener),
    );
    return this;
  }
  pause(): void {}
  resume(): void {}

  emitData(text: string): void {
    for (const listener of this.listeners.get('data') ?? []) listener(text);
  }
  emitEnd(): void {
    for (const listener of this.listeners.get('end') ?? []) listener();
  }
}
