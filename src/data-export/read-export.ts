import type { ConnectionsReader } from './connections-reader';
import { readChunks } from './blob-chunks';
import { CsvFilePipeline } from './csv-file-pipeline';
import type { EndorsementsReader } from './endorsements-reader';
import { ExportFormatError } from './export-format-error';
import { buildFacts } from './facts-builder';
import { entryPlace, exportDateFromName, FILE_KIND_LABELS, fileKindFromName, isCsvName } from './file-kinds';
import { describeNonText, isZipSignature } from './file-sniff';
import { FileTally, plural } from './file-tally';
import { formatCount, limitError, LIMITS } from './limits';
import type { InvitationsReader } from './invitations-reader';
import type { KindReader, ReadableKind } from './kind-reader';
import type { MessagesReader } from './messages-reader';
import type { RecommendationsReader } from './recommendations-reader';
import type {
  ExportInput,
  ExportReadResult,
  FileSummary,
  KnownPerson,
  ReadExportOptions,
  ReadLimits,
} from './types';
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
export async function readExport(
  input: ExportInput,
  opts: ReadExportOptions = {},
): Promise<ExportReadResult> {
  const session = await readSources(input, opts);
  return session.result(opts.knownPeople ?? []);
}

/**
 * An export whose files are read and checked (any fatal problem has already rejected), waiting for
 * the people already stored to build its facts: `withKnownPeople` is synchronous, so a caller can
 * call it inside the IndexedDB transaction that read those people and then writes the import (one
 * read of the store, and nobody written in between).
 */
export interface ReadFiles {
  withKnownPeople(knownPeople: readonly KnownPerson[]): ExportReadResult;
}

/** `readExport` without the stored people: they are given later, to `withKnownPeople`. */
export async function readExportFiles(
  input: ExportInput,
  opts: Omit<ReadExportOptions, 'knownPeople'> = {},
): Promise<ReadFiles> {
  const session = await readSources(input, opts);
  return { withKnownPeople: (knownPeople) => session.result(knownPeople) };
}

/** Reads and checks every file given (all or nothing: any fatal problem rejects). */
async function readSources(input: ExportInput, opts: ReadExportOptions): Promise<ExportSession> {
  const sources = Array.isArray(input) ? input : [{ name: nameOf(input), data: input }];
  if (sources.length === 0) throw new ExportFormatError('', 'No file was chosen.');
  const session = new ExportSession(
    opts,
    sources.reduce((sum, s) => sum + s.data.size, 0),
  );
  for (const source of sources) await session.read(source.name, source.data);
  session.checkNotEmpty();
  return session;
}

function nameOf(blob: Blob): string {
  return typeof File !== 'undefined' && blob instanceof File && blob.name !== ''
    ? blob.name
    : 'the chosen file';
}

/** One file of the input as it will appear in `files`. */
interface FileEntry {
  file: string;
  kind: FileSummary['kind'];
  reader: KindReader | null;
  tally: FileTally;
}

const EXPECTED =
  'QuietPrune expects the zip LinkedIn sent you (Basic_LinkedInDataExport_MM-DD-YYYY.zip), or CSV files taken out of it such as Connections.csv. ' +
  'On LinkedIn: Settings > Data privacy > Get a copy of your data.';

class ExportSession {
  private readonly entries: FileEntry[] = [];
  private readonly readers = new Map<ReadableKind, KindReader>();
  private bytesBefore = 0;
  /** Decompressed (or, for loose files, read) bytes so far, all files together. */
  private inflated = 0;
  private exportDate: string | null = null;
  private readonly limits: Readonly<ReadLimits>;

  constructor(
    private readonly opts: ReadExportOptions,
    private readonly totalBytes: number,
  ) {
    this.limits = { ...LIMITS, ...opts.limits };
  }

  async read(name: string, data: Blob): Promise<void> {
    if (data.size === 0) {
      throw new ExportFormatError(
        name,
        `${name} is empty (0 bytes). Choose the zip LinkedIn sent you, or a CSV file from it.`,
      );
    }
    const head = new Uint8Array(await data.slice(0, 4096).arrayBuffer());
    const seems = describeNonText(head);
    if (isZipSignature(head)) {
      this.exportDate ??= exportDateFromName(name);
      await this.readZip(name, data);
    } else if (/\.zip$/i.test(name.trim())) {
      throw new ExportFormatError(
        name,
        `${name} is named like a zip but is not one: it seems to be ${seems ?? 'a text file'}. ` +
          `${EXPECTED} If the download was interrupted, download the export again.`,
      );
    } else if (seems !== null) {
      throw new ExportFormatError(name, `${name} is not a CSV file: it seems to be ${seems}. ${EXPECTED}`);
    } else {
      if (this.inflated + data.size > this.limits.uncompressedBytes) {
        throw limitError(
          name,
          `together the files hold more than ${formatBytes(this.limits.uncompressedBytes)}`,
        );
      }
      this.inflated += data.size;
      await this.readLooseFile(name, data);
    }
    this.bytesBefore += data.size;
  }

  /** Rejects an import whose every table is empty (it has nothing to import). */
  checkNotEmpty(): void {
    const used = this.entries.filter((e) => e.reader !== null);
    if (used.length > 0 && used.every((e) => e.tally.rows === 0 && e.tally.skipped === 0)) {
      const names = used.map((e) => e.file);
      throw new ExportFormatError(
        names[0]!,
        `${names.length === 1 ? `${names[0]} is an empty table` : `${names.join(', ')} are empty tables`}: column names, but not one row. ` +
          'There is nothing to import, and nothing was imported. If you have connections, request a new export from LinkedIn ' +
          '(Settings > Data privacy > Get a copy of your data) and import the zip as it arrives.',
      );
    }
  }

  result(knownPeople: readonly KnownPerson[]): ExportReadResult {
    // Each kind's reader is the class `createReader` makes for that kind.
    const get = <R extends KindReader>(kind: ReadableKind) => this.readers.get(kind) as R | undefined;
    const connections = get<ConnectionsReader>('connections')?.people ?? [];
    const built = buildFacts({
      connections,
      knownPeople: [...knownPeople],
      endorsementsReceived: get<EndorsementsReader>('endorsements-received'),
      endorsementsGiven: get<EndorsementsReader>('endorsements-given'),
      recommendationsReceived: get<RecommendationsReader>('recommendations-received'),
      recommendationsGiven: get<RecommendationsReader>('recommendations-given'),
      messages: get<MessagesReader>('messages'),
      invitations: get<InvitationsReader>('invitations'),
    });
    const used = this.entries.filter((e) => e.reader !== null);
    for (const e of used)
      if (e.tally.rows === 0 && e.tally.skipped === 0)
        e.tally.note('The table is empty: column names, but not one row.');
    const connectionsEntry = this.entries.find((e) => e.kind === 'connections' && e.reader !== null);
    return {
      // Summaries last: building the facts can add a note (the user could not be found in messages.csv).
      files: this.entries.map((e) => (e.reader ?? e).tally.summary(e.file, e.kind)),
      connections,
      facts: built.facts,
      unmatched: built.unmatched,
      nameMatches: built.nameMatches,
      exportDate: this.exportDate,
      connectionsComplete: connectionsEntry !== undefined && !this.cutShort.has(connectionsEntry.file),
      hiddenConnections: get<ConnectionsReader>('connections')?.hidden ?? 0,
    };
  }

  /** Files that ended inside a quoted field (their last row was left out). */
  private readonly cutShort = new Set<string>();

  private async readZip(zipName: string, zip: Blob): Promise<void> {
    const entriesBefore = this.entries.length;
    let topFolder: string | null = null;
    const unsafe: string[] = [];
    const names = await readZipEntries(zip, zipName, {
      open: (entryName) => {
        const place = entryPlace(entryName);
        if (place.at === 'unsafe') {
          unsafe.push(entryName);
          return null;
        }
        if (!isCsvName(entryName)) return null;
        if (place.at === 'folder') {
          topFolder ??= place.folder;
          this.exportDate ??= exportDateFromName(place.folder);
        }
        // Only the export's own files: at its root or in its one top folder, never deeper.
        if (place.at === 'deep' || (place.at === 'folder' && place.folder !== topFolder))
          return this.ignore(entryName, 'Not read: it is not at the top of the export.');
        const kind = fileKindFromName(entryName);
        return kind === 'ignored' ? this.ignore(entryName) : this.pipeline(entryName, kind, true);
      },
      onBytes: (bytesRead, entryName) => this.progress(bytesRead, entryName || zipName),
      onInflated: (bytes) => {
        this.inflated += bytes;
        if (this.inflated > this.limits.uncompressedBytes) {
          throw limitError(zipName, `it unpacks to more than ${formatBytes(this.limits.uncompressedBytes)}`);
        }
        if (
          this.inflated > this.limits.ratioCheckedFrom &&
          this.inflated > this.limits.compressionRatio * zip.size
        ) {
          throw limitError(
            zipName,
            `it unpacks to more than ${this.limits.compressionRatio} times its own size (${formatBytes(this.inflated)} from ${formatBytes(zip.size)} so far), which no LinkedIn export does`,
          );
        }
      },
    });
    if (unsafe.length > 0) {
      const tally = new FileTally();
      const shown =
        unsafe.slice(0, 10).join(', ') + (unsafe.length > 10 ? ` and ${unsafe.length - 10} more` : '');
      tally.note(
        `${plural(unsafe.length, 'entry', 'entries')} with a path outside the export (.., an absolute path or a drive letter) refused, not read: ${shown}.`,
      );
      this.entries.push({ file: zipName, kind: 'ignored', reader: null, tally });
    }
    if (!this.entries.slice(entriesBefore).some((e) => e.kind !== 'ignored')) {
      const shown = names.slice(0, 8).join(', ') + (names.length > 8 ? ` and ${names.length - 8} more` : '');
      throw new ExportFormatError(
        zipName,
        `${zipName} does not look like a LinkedIn data export: it has none of ` +
          `${Object.values(FILE_KIND_LABELS)
            .filter((l) => l.endsWith('.csv'))
            .join(', ')} at its top` +
          `${unsafe.length > 0 ? ` (${plural(unsafe.length, 'entry', 'entries')} with a path leading outside it were refused)` : ''}. ` +
          (names.length > 0 ? `It contains: ${shown}. ` : 'It is empty. ') +
          EXPECTED,
      );
    }
  }

  private async readLooseFile(name: string, data: Blob): Promise<void> {
    const kind = fileKindFromName(name);
    const sink = this.pipeline(name, kind === 'ignored' ? 'detect' : kind, false);
    await readChunks(data, (chunk, bytesRead) => {
      sink.data(chunk);
      this.progress(bytesRead, name);
    });
    sink.end();
  }

  /**
   * The sink for one CSV file of a known (or to be detected) kind. A second file of a kind already
   * read is skipped with a warning: adding both would count every message twice.
   */
  private pipeline(
    file: string,
    kind: ReadableKind | 'detect',
    inZip: boolean,
  ): { data(b: Uint8Array): void; end(): void } {
    if (kind !== 'detect' && this.readers.has(kind)) {
      const tally = new FileTally();
      tally.note(`A second ${FILE_KIND_LABELS[kind]} was found; only the first one was read.`);
      this.entries.push({ file, kind: 'ignored', reader: null, tally });
      return { data() {}, end() {} };
    }
    const pipeline = new CsvFilePipeline(file, kind, this.limits);
    return {
      data: (bytes) => pipeline.data(bytes),
      end: () => {
        pipeline.end();
        if (pipeline.cutShort) this.cutShort.add(file);
        const reader = pipeline.reader;
        if (reader === null) {
          // No table at all: LinkedIn writes "No conversations found" into some files.
          const line = pipeline.lonelyLine;
          if (!inZip && line === null) {
            throw new ExportFormatError(
              file,
              `${file} is empty: it has no rows at all, not even column names. ${EXPECTED}`,
            );
          }
          const tally = new FileTally();
          tally.note(line ? `The file holds no table ("${line.slice(0, 60)}").` : 'The file is empty.');
          this.entries.push({ file, kind: kind === 'detect' ? 'ignored' : kind, reader: null, tally });
          return;
        }
        if (this.readers.has(reader.kind)) {
          reader.tally.note(
            `A second ${FILE_KIND_LABELS[reader.kind]} was found; only the first one was read.`,
          );
          this.entries.push({ file, kind: 'ignored', reader: null, tally: reader.tally });
          return;
        }
        this.readers.set(reader.kind, reader);
        this.entries.push({ file, kind: reader.kind, reader, tally: reader.tally });
      },
    };
  }

  private ignore(file: string, why?: string): null {
    const tally = new FileTally();
    if (why) tally.note(why);
    this.entries.push({ file, kind: 'ignored', reader: null, tally });
    return null;
  }

  private progress(bytesRead: number, file: string): void {
    this.opts.onProgress?.({ bytesRead: this.bytesBefore + bytesRead, totalBytes: this.totalBytes, file });
  }
}

function formatBytes(bytes: number): string {
  if (bytes < 1024 ** 2) return `${formatCount(bytes)} bytes`;
  return bytes >= 1024 ** 3
    ? `${formatCount(Math.round((bytes / 1024 ** 3) * 10) / 10)} GB`
    : `${formatCount(Math.round(bytes / 1024 ** 2))} MB`;
}
