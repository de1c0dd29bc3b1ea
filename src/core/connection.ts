/**
 * A person in the user's network, as QuietPrune stores them.
 *
 * Identity is the normalised profile key (see `linkedin/profile-url.ts`), never the name or
 * the position in a list: two people may share a name, and lists reorder.
 */
export type ProfileKey = string;

/**
 * One person as QuietPrune refers to them between its parts (queue, keep, messages, the page's
 * removal order): the key is who they are; the link is how they are searched for and shown; the
 * name is for people to read, never to match on.
 */
export interface PersonRef {
  profileKey: ProfileKey;
  profileUrl: string;
  name: string;
}

/** When the connection was made, as precisely as the source allowed. Unknown stays unknown. */
export type ConnectedOn =
  | { kind: 'exact'; date: string } // ISO date, YYYY-MM-DD
  | { kind: 'relative'; text: string; estimate: string } // "Connected 2 years ago" + an estimated ISO date
  | { kind: 'unknown' };

export interface Connection {
  profileKey: ProfileKey;
  /** Canonical URL, https://www.linkedin.com/in/<slug>/ (slug as LinkedIn gave it). */
  profileUrl: string;
  name: string;
  headline: string;
  connectedOn: ConnectedOn;
  /** Epoch ms: first and last time a sync or import saw this person. */
  firstSeenAt: number;
  lastSeenAt: number;
  /** Id of the last full or partial sync that listed this person. */
  lastSyncId?: string;
  /** Set when a complete sync no longer listed the person (removed elsewhere, or they left). */
  goneAt?: number;
  /** Where we know this person from. */
  sources: Array<'sync' | 'export' | 'link'>;
}

/** What a content script reads off one card, before it is merged into the store. */
export interface CollectedCard {
  profileKey: ProfileKey;
  profileUrl: string;
  name: string;
  headline: string;
  connectedOn: ConnectedOn;
}
