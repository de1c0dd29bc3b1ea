import type { ConnectionsReader } from './connections-reader';
import { CsvFilePipeline } from './csv-file-pipeline';
import type { EndorsementsReader } from './endorsements-reader';
import { ExportFormatError } from './export-format-error';
import { buildFacts } from './facts-builder';
import { FILE_KIND_LABELS, fileKindFromName, isCsvName } from './file-kinds';
import { FileTally } from './file-tally';
import type { InvitationsReader } from './invitations-reader';
import type { KindReader, ReadableKind } from './kind-reader';
import type { MessagesReader } from './messages-reader';
import type { RecommendationsReader } from './recommendations-reader';
import type { ExportInput, ExportReadResult, FileSummary, ReadExportOptions } from './types';
import { readZipEntries } from './zip-entries';

/**
 * Reads LinkedIn's data export: the zip as downloaded (`Basic_LinkedInDataExport_MM-DD-YYYY.zip`
 * or `Complete_...`), or CSV files taken out of it. Every file is streamed; nothing is kept but
 * the connections list and per-person counts.
 *
 * All or nothing: any fatal problem (not an export, a damaged zip, an empty file, columns we do not
 * recognise) rejects with an `ExportFormatError` and returns nothing, so the caller keeps the data
 * it had. Lesser problems (hidden profiles, unreadable dates, rows we could not attribute) are
 * reported per file in `files[].warnings` and in `unmatched`.
 */
export async function readExport(input: ExportInput, opts: ReadExportOptions = {}): Promise<ExportReadResult> {
  const sources = Array.isArray(input) ? input : [{ name: nameOf(input), data: input }];
  if (sources.length === 0) throw new ExportFormatError('', 'No file was chosen.');
  const session = new ExportSession(opts, sources.reduce((sum, s) => sum + s.data.size, 0));
  for (const source of sources) await session.read(source.name, source.data);
  return session.result();
}

function nameOf(blob: Blob): string {
  return typeof File !== 'undefined' && blob instanceof File && blob.name !== '' ? blob.name : 'the chosen file';
}

/** One file of the input as it will appear in `files`. */
interface FileEntry {
  file: string;
  kind: FileSummary['kind'];
  reader: KindReader | null;
  tally: FileTally;
}

const ZIP_SIGNATURES = [
  [0x50, 0x4b, 0x03, 0x04], // a zip's first file
  [0x50, 0x4b, 0x05, 0x06], // an empty zip
];

class ExportSession {
  private readonly entries: FileEntry[] = [];
  private readonly readers = new Map<ReadableKind, KindReader>();
  private bytesBefore = 0;

  constructor(
    private readonly opts: ReadExportOptions,
    private readonly totalBytes: number,
  ) {}

  async read(name: string, data: Blob): Promise<void> {
    if (data.size === 0) {
      throw new ExportFormatError(name, `${name} is empty (0 bytes). Choose the zip LinkedIn sent you, or a CSV file from it.`);
    }
    const head = new Uint8Array(await data.slice(0, 4).arrayBuffer());
    if (ZIP_SIGNATURES.some((sig) => sig.every((b, i) => head[i] === b))) await this.readZip(name, data);
    else await this.readLooseFile(name, data);
    this.bytesBefore += data.size;
  }

  result(): ExportReadResult {
    // Each kind's reader is the class `createReader` makes for that kind.
    const get = <R extends KindReader>(kind: ReadableKind) => this.readers.get(kind) as R | undefined;
    const connections = get<ConnectionsReader>('connections')?.people ?? [];
    const built = buildFacts({
      connections,
      knownPeople: this.opts.knownPeople ?? [],
      endorsementsReceived: get<EndorsementsReader>('endorsements-received'),
      endorsementsGiven: get<EndorsementsReader>('endorsements-given'),
      recommendationsReceived: get<RecommendationsReader>('recommendations-received'),
      recommendationsGiven: get<RecommendationsReader>('recommendations-given'),
      messages: get<MessagesReader>('messages'),
      invitations: get<InvitationsReader>('invitations'),
    });
    return {
      // Summaries last: building the facts can add a note (the user could not be found in messages.csv).
      files: this.entries.map((e) => (e.reader ?? e).tally.summary(e.file, e.kind)),
      connections,
      facts: built.facts,
      unmatched: built.unmatched,
      nameMatches: built.nameMatches,
    };
  }

  private async readZip(zipName: string, zip: Blob): Promise<void> {
    const entriesBefore = this.entries.length;
    const names = await readZipEntries(zip, zipName, {
      open: (entryName) => {
        if (!isCsvName(entryName)) return null;
        const kind = fileKindFromName(entryName);
        return kind === 'ignored' ? this.ignore(entryName) : this.pipeline(entryName, kind, true);
      },
      onBytes: (bytesRead, entryName) => this.progress(bytesRead, entryName || zipName),
    });
    if (!this.entries.slice(entriesBefore).some((e) => e.kind !== 'ignored')) {
      const shown = names.slice(0, 8).join(', ') + (names.length > 8 ? ` and ${names.length - 8} more` : '');
      throw new ExportFormatError(
        zipName,
        `${zipName} does not look like a LinkedIn data export: it has none of ` +
          `${Object.values(FILE_KIND_LABELS).filter((l) => l.endsWith('.csv')).join(', ')}. ` +
          (names.length > 0 ? `It contains: ${shown}.` : 'It is empty.'),
      );
    }
  }

  private async readLooseFile(name: string, data: Blob): Promise<void> {
    const kind = fileKindFromName(name);
    const sink = this.pipeline(name, kind === 'ignored' ? 'detect' : kind, false);
    const reader = data.stream().getReader();
    let bytesRead = 0;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        bytesRead += value.length;
        sink.data(value);
        this.progress(bytesRead, name);
      }
    } catch (error) {
      await reader.cancel().catch(() => {}); // stop reading the rest of a file we have given up on
      throw error;
    } finally {
      reader.releaseLock();
    }
    sink.end();
  }

  /**
   * The sink for one CSV file of a known (or to be detected) kind. A second file of a kind already
   * read is skipped with a warning: adding both would count every message twice.
   */
  private pipeline(file: string, kind: ReadableKind | 'detect', inZip: boolean): { data(b: Uint8Array): void; end(): void } {
    if (kind !== 'detect' && this.readers.has(kind)) {
      const tally = new FileTally();
      tally.note(`A second ${FILE_KIND_LABELS[kind]} was found; only the first one was read.`);
      this.entries.push({ file, kind: 'ignored', reader: null, tally });
      return { data() {}, end() {} };
    }
    const pipeline = new CsvFilePipeline(file, kind);
    return {
      data: (bytes) => pipeline.data(bytes),
      end: () => {
        pipeline.end();
        const reader = pipeline.reader;
        if (reader === null) {
          // No table at all: LinkedIn writes "No conversations found" into some files.
          const line = pipeline.lonelyLine;
          if (!inZip && line === null) {
            throw new ExportFormatError(file, `${file} is empty: it has no rows at all.`);
          }
          const tally = new FileTally();
          tally.note(line ? `The file holds no table ("${line.slice(0, 60)}").` : 'The file is empty.');
          this.entries.push({ file, kind: kind === 'detect' ? 'ignored' : kind, reader: null, tally });
          return;
        }
        if (this.readers.has(reader.kind)) {
          reader.tally.note(`A second ${FILE_KIND_LABELS[reader.kind]} was found; only the first one was read.`);
          this.entries.push({ file, kind: 'ignored', reader: null, tally: reader.tally });
          return;
        }
        this.readers.set(reader.kind, reader);
        this.entries.push({ file, kind: reader.kind, reader, tally: reader.tally });
      },
    };
  }

  private ignore(file: string): null {
    this.entries.push({ file, kind: 'ignored', reader: null, tally: new FileTally() });
    return null;
  }

  private progress(bytesRead: number, file: string): void {
    this.opts.onProgress?.({ bytesRead: this.bytesBefore + bytesRead, totalBytes: this.totalBytes, file });
  }
}
