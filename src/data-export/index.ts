/** Reading LinkedIn's data export ("Get a copy of your data") into per-person facts. */
export { readExport, readExportFiles, type ReadFiles } from './read-export';
export { ExportFormatError } from './export-format-error';
export { fileKindFromName } from './file-kinds';
export { pitchSignalsIn, ALL_PITCH_SIGNALS } from './pitch-signals';
export { SOON_AFTER_CONNECTING_DAYS, FIRST_MESSAGES_CHECKED } from './facts-builder';
export type {
  ExportInput,
  ExportPerson,
  ExportReadResult,
  FactsKnown,
  FileKind,
  FileSummary,
  KnownPerson,
  MatchConfidence,
  NameMatch,
  PersonFacts,
  PitchSignal,
  ReadExportOptions,
  ReadProgress,
} from './types';
