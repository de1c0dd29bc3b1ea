import type { ProfileKey } from './connection';

/**
 * What LinkedIn's data export says about one person, as the rest of QuietPrune reads it: the
 * triage and the removal warning decide from it, src/data-export/ builds it, storage keeps it.
 */

/** The pitch words we look for in someone's first messages: only these names are kept, never the text. */
export type PitchSignal =
  | 'whatsapp'
  | 'telegram'
  | 'email'
  | 'phone'
  | 'opportunity'
  | 'investment'
  | 'crypto'
  | 'services'
  | 'quick-call';

/**
 * Which parts of the facts the export actually told us. A file missing from the export, or rows we
 * could not attribute safely (two connections with one name), make that part unknown for the
 * people concerned; a zero is then "not known", never "none". Absent means every part is known.
 */
export interface FactsKnown {
  endorsementsReceived: boolean;
  endorsementsGiven: boolean;
  recommendationsReceived: boolean;
  recommendationsGiven: boolean;
  messages: boolean;
  invitations: boolean;
}

/** What the export says about one person, keyed by profile key. */
export interface PersonFacts {
  /** Skill names, each once, in the order the file listed them. */
  endorsementsReceived: string[];
  endorsementsGiven: string[];
  recommendationsReceived: number;
  recommendationsGiven: number;
  messagesSent: number;
  messagesReceived: number;
  /** ISO datetime of the latest message either way; null when there was none (or none with a readable date). */
  lastMessageAt: string | null;
  /** Who sent the invitation that made (or would make) the connection; null when the export does not say. */
  invitedBy: 'me' | 'them' | null;
  /** Whether that invitation carried a note. */
  invitationMessage: boolean;
  /** Their first messages soon after connecting: when, and which pitch words they used (names only). */
  firstMessageAfterConnect?: { at: string; pitchSignals: PitchSignal[] };
  known?: FactsKnown;
}

/** One connection, as a row of Connections.csv gave it. */
export interface ExportPerson {
  /** Normalised key and canonical URL; null before 2023 (no URL column) or when the URL was unreadable. */
  profileKey: ProfileKey | null;
  profileUrl: string | null;
  firstName: string;
  lastName: string;
  /** First and last name as written, credentials and all ("Jane Roe, PMP"). */
  name: string;
  email: string;
  company: string;
  position: string;
  /** ISO date (YYYY-MM-DD), or null when the file's date could not be read: unknown stays unknown. */
  connectedOn: string | null;
}
