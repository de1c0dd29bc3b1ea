import type { ProfileKey } from '../core/connection';
import type { ExportPerson, PersonFacts } from '../core/person-facts';

export type { ExportPerson } from '../core/person-facts';

// The facts about a person are a domain type of the core; the readers here build them.
export type { PitchSignal, FactsKnown, PersonFacts } from '../core/person-facts';

export type FileKind =
  | 'connections'
  | 'endorsements-received'
  | 'endorsements-given'
  | 'recommendations-received'
  | 'recommendations-given'
  | 'messages'
  | 'invitations'
  | 'ignored';

export interface FileSummary {
  file: string;
  kind: FileKind;
  /** Rows read and used. */
  rows: number;
  /** Rows left out (each reason is counted in `warnings`). */
  skipped: number;
  warnings: string[];
}

export type MatchConfidence = 'exact-url' | 'name-and-company' | 'name-only' | 'ambiguous' | 'none';

/** How a row without a profile URL was (or was not) tied to a person. */
export interface NameMatch {
  name: string;
  company?: string;
  profileKey: ProfileKey | null;
  confidence: MatchConfidence;
  /** How many people in the user's network have that name. */
  candidates: number;
  /** The file the name came from. */
  source?: FileKind;
}

export interface KnownPerson {
  profileKey: ProfileKey;
  name: string;
  company?: string;
}

export interface ExportReadResult {
  files: FileSummary[];
  connections: ExportPerson[];
  /** By profile key: every connection with a key, every known person, and anyone else a file named by URL. */
  facts: Map<ProfileKey, PersonFacts>;
  /** Rows whose person could not be attached safely; never attached silently. */
  unmatched: NameMatch[];
  /** Rows attached by name alone (no URL), with how sure the match is. */
  nameMatches: NameMatch[];
  /**
   * The day the export was made (ISO date), from the zip's or its folder's name
   * (`Basic_LinkedInDataExport_07-04-2024`); null when no name says.
   */
  exportDate?: string | null;
  /**
   * A Connections.csv was read whole: every row of it is here (none cut off by the end of the file),
   * so it is the whole network on its date. False when there was none, or it was cut short.
   */
  connectionsComplete?: boolean;
  /** Rows of Connections.csv that were hidden profiles (no name, no URL): people it cannot name. */
  hiddenConnections?: number;
}

export interface ReadProgress {
  bytesRead: number;
  totalBytes: number;
  file: string;
}

export interface ReadExportOptions {
  onProgress?: (p: ReadProgress) => void;
  /** People already in QuietPrune: lets rows without a URL be matched by name. */
  knownPeople?: KnownPerson[];
  /** Lower limits than `LIMITS` (data-export/limits.ts), for tests. */
  limits?: Partial<ReadLimits>;
}

export interface ReadLimits {
  uncompressedBytes: number;
  compressionRatio: number;
  ratioCheckedFrom: number;
  connectionRows: number;
  rowsPerFile: number;
  columnsPerRow: number;
  fieldChars: number;
}

export type ExportInput = Blob | File | Array<{ name: string; data: Blob }>;
