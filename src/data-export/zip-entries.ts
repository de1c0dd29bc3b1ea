import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { readChunks } from './blob-chunks';
import { ExportFormatError } from './export-format-error';

/**
 * The files inside a zip, streamed: the zip's bytes are read chunk by chunk from the Blob and each
 * file's decompressed bytes are handed on as they come (fflate's streaming `Unzip`), so neither the
 * zip nor any file in it is ever held whole.
 *
 * Every entry is decompressed, even those nobody reads: fflate keeps the compressed bytes of an
 * entry that was never started, and a large ignored file would then sit in memory.
 */
export interface ZipEntrySink {
  data(chunk: Uint8Array): void;
  end(): void;
}

export interface ZipReadOptions {
  /** Returns where an entry's bytes go, or null to skip it. */
  open(entryName: string): ZipEntrySink | null;
  /** After each chunk of the zip: compressed bytes read so far, and the entry being read. */
  onBytes(bytesRead: number, entryName: string): void;
  /** After each decompressed chunk of any entry (read or not): its size. May throw to stop reading. */
  onInflated?(bytes: number): void;
}

export async function readZipEntries(zip: Blob, zipName: string, options: ZipReadOptions): Promise<string[]> {
  await assertZipIsWhole(zip, zipName);
  const names: string[] = [];
  const unfinished = new Set<string>();
  let failure: unknown = null;
  let current = '';

  const unzip = new Unzip((file: UnzipFile) => {
    if (failure !== null) return;
    const name = file.name;
    current = name;
    const isFolder = name.endsWith('/');
    if (!isFolder) names.push(name);
    const sink = isFolder ? null : safely(() => options.open(name));
    unfinished.add(name);
    file.ondata = (error, chunk, final) => {
      if (failure !== null) return;
      if (error) {
        failure = damaged(zipName, `the file ${name} inside it could not be decompressed`);
        return;
      }
      try {
        options.onInflated?.(chunk.length);
        if (chunk.length > 0) sink?.data(chunk);
        if (final) {
          unfinished.delete(name);
          sink?.end();
        }
      } catch (e) {
        failure = e;
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);

  function safely<T>(f: () => T): T | null {
    try {
      return f();
    } catch (e) {
      failure = e;
      return null;
    }
  }

  await readChunks(zip, (chunk, bytesRead) => {
    push(chunk, false);
    options.onBytes(bytesRead, current);
  });
  push(new Uint8Array(0), true);
  if (unfinished.size > 0) {
    throw damaged(zipName, `it ends in the middle of ${[...unfinished][0]}`);
  }
  return names;

  function push(chunk: Uint8Array, final: boolean): void {
    try {
      unzip.push(chunk, final);
    } catch {
      failure ??= damaged(zipName, 'its contents are corrupt');
    }
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- rethrows what a row sink threw, unchanged, once fflate has let go
    if (failure !== null) throw failure;
  }
}

/**
 * A zip ends with its table of contents (the "end of central directory" record, within the last
 * 22 bytes plus an optional comment of up to 64 KiB). A download cut short has none; streaming alone
 * would not notice when the cut falls between two files, and would quietly return part of the export.
 */
const END_OF_DIRECTORY = [0x50, 0x4b, 0x05, 0x06];
const END_RECORD_BYTES = 22;
const MAX_COMMENT_BYTES = 0xffff;

async function assertZipIsWhole(zip: Blob, zipName: string): Promise<void> {
  const tail = new Uint8Array(
    await zip.slice(Math.max(0, zip.size - END_RECORD_BYTES - MAX_COMMENT_BYTES)).arrayBuffer(),
  );
  for (let i = tail.length - END_RECORD_BYTES; i >= 0; i--) {
    if (END_OF_DIRECTORY.every((b, k) => tail[i + k] === b)) return;
  }
  throw damaged(zipName, 'it ends too early');
}

function damaged(zipName: string, why: string): ExportFormatError {
  return new ExportFormatError(
    zipName,
    `${zipName} is damaged or incomplete (${why}), so nothing was imported. ` +
      'Download the export from LinkedIn again (Settings > Data privacy > Get a copy of your data) and import the new file.',
  );
}
