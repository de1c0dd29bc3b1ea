import { ExportFormatError } from './export-format-error';
import type { ReadLimits } from './types';

/**
 * The most an import reads, so that a hostile or broken file cannot fill the memory or freeze the
 * page. Each is far above anything LinkedIn writes (30,000 connections at most; a decade of
 * messages is a few hundred MB; its files have a dozen columns) and each, when passed, stops the
 * whole import with a message saying which limit and what to do: nothing is half-written, because
 * the store is only written once everything has been read.
 */
export const LIMITS: Readonly<ReadLimits> = {
  /** Decompressed bytes of all the files read, together. */
  uncompressedBytes: 2 * 1024 ** 3,
  /** Decompressed ÷ compressed size of a zip (text compresses 5-20×; a zip bomb, thousands). */
  compressionRatio: 200,
  /** Below this many decompressed bytes the ratio is not checked (a tiny file may compress very well). */
  ratioCheckedFrom: 64 * 1024 ** 2,
  /** Data rows of Connections.csv (LinkedIn allows 30,000 connections). */
  connectionRows: 100_000,
  /** Data rows of any other file. */
  rowsPerFile: 10_000_000,
  columnsPerRow: 200,
  /** Characters in one field (a long message is a few thousand). */
  fieldChars: 1024 * 1024,
};

/** Thrown where the file name is not known; the reader turns it into an ExportFormatError. */
export class RowTooLongError extends Error {
  constructor() {
    super('row too long');
    this.name = 'RowTooLongError';
  }
}

const REDOWNLOAD =
  'Import the files exactly as LinkedIn sent them (Settings > Data privacy > Get a copy of your data).';

export function limitError(file: string, what: string): ExportFormatError {
  return new ExportFormatError(
    file,
    `${file} is too large to be a LinkedIn export file: ${what}. QuietPrune stopped reading it, and nothing was imported. ${REDOWNLOAD}`,
  );
}

export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}
