import type { ProfileKey } from '../core/connection';
import type { EndorsementsReader } from './endorsements-reader';
import type { InvitationsReader } from './invitations-reader';
import type { EarlyMessage, MessagesReader } from './messages-reader';
import { NameMatcher } from './name-matcher';
import { nameKey } from '../core/person-names';
import type { RowPerson } from './person-ref';
import { ALL_PITCH_SIGNALS } from './pitch-signals';
import type { RecommendationsReader } from './recommendations-reader';
import type {
  ExportPerson,
  FactsKnown,
  FileKind,
  KnownPerson,
  NameMatch,
  PersonFacts,
  PitchSignal,
} from './types';

/**
 * Puts what every file said together, per person.
 *
 * Rows with a URL go to that person. Rows with only a name go to the one person in the network
 * with that name (see `NameMatcher`); when that is not safe they go to `unmatched`, and everyone
 * who bears that name gets that part of their facts marked unknown: the rows may be theirs, so a
 * zero would be a claim we cannot make.
 *
 * Every connection and known person gets an entry, so that "no messages" is a finding when the
 * messages file was read; `known` says which files were read (a file absent from the export leaves
 * that part unknown for everyone).
 */
export interface FactSources {
  connections: ExportPerson[];
  knownPeople: KnownPerson[];
  endorsementsReceived?: EndorsementsReader;
  endorsementsGiven?: EndorsementsReader;
  recommendationsReceived?: RecommendationsReader;
  recommendationsGiven?: RecommendationsReader;
  messages?: MessagesReader;
  invitations?: InvitationsReader;
}

export interface BuiltFacts {
  facts: Map<ProfileKey, PersonFacts>;
  unmatched: NameMatch[];
  nameMatches: NameMatch[];
}

/** Messages within this many days after connecting count as "soon after connecting". */
export const SOON_AFTER_CONNECTING_DAYS = 30;
/** How many of those first messages are looked at for pitch signals. */
export const FIRST_MESSAGES_CHECKED = 3;

const DAY_MS = 24 * 60 * 60 * 1000;

export function buildFacts(sources: FactSources): BuiltFacts {
  // Built on first use: a file with profile URLs on every row (a 2023+ Connections.csv alone)
  // needs no name matching, and keying 30,000 names costs about 100 ms in a browser.
  let built: NameMatcher | null = null;
  const matcher = () => (built ??= new NameMatcher(sources.connections, sources.knownPeople));
  const connectionKeys = new Set(
    sources.connections.map((c) => c.profileKey).filter((k): k is string => k !== null),
  );
  const knownKeys = new Set(sources.knownPeople.map((p) => p.profileKey));
  const messages = sources.messages?.outcome((key) => connectionKeys.has(key) || knownKeys.has(key));
  const baseKnown: FactsKnown = {
    endorsementsReceived: sources.endorsementsReceived !== undefined,
    endorsementsGiven: sources.endorsementsGiven !== undefined,
    recommendationsReceived: sources.recommendationsReceived !== undefined,
    recommendationsGiven: sources.recommendationsGiven !== undefined,
    messages: messages?.known ?? false,
    invitations: sources.invitations !== undefined,
  };

  const facts = new Map<ProfileKey, PersonFacts>();
  const entry = (key: ProfileKey): PersonFacts => {
    let f = facts.get(key);
    if (!f) facts.set(key, (f = emptyFacts(baseKnown)));
    return f;
  };
  for (const key of connectionKeys) entry(key);
  for (const key of knownKeys) entry(key);

  const unmatched: NameMatch[] = [];
  const nameMatches: NameMatch[] = [];
  /** Applies `apply` to the person `ref` names, or records why it cannot. */
  const attach = (
    ref: RowPerson,
    source: FileKind,
    part: keyof FactsKnown,
    apply: (f: PersonFacts, key: ProfileKey) => void,
  ) => {
    if (ref.kind === 'url') {
      apply(entry(ref.key), ref.key);
      return;
    }
    const match = { ...matcher().match(ref.name, ref.company), source };
    if (
      match.profileKey !== null &&
      (match.confidence === 'name-only' || match.confidence === 'name-and-company')
    ) {
      nameMatches.push(match);
      apply(entry(match.profileKey), match.profileKey);
      return;
    }
    unmatched.push(match);
    // Once per name and part: 40,000 rows of one name must not walk its 40,000 people each.
    const done = `${part}\u0000${nameKey(ref.name)}`;
    if (unknownMarked.has(done)) return;
    unknownMarked.add(done);
    for (const key of matcher().keysNamed(ref.name)) entry(key).known![part] = false;
  };
  const unknownMarked = new Set<string>();

  for (const [reader, part, field] of [
    [sources.endorsementsReceived, 'endorsementsReceived', 'endorsementsReceived'],
    [sources.endorsementsGiven, 'endorsementsGiven', 'endorsementsGiven'],
  ] as const) {
    for (const { ref, skills } of reader?.byPerson.values() ?? []) {
      attach(ref, reader!.kind, part, (f) => {
        for (const skill of skills) if (!f[field].includes(skill)) f[field].push(skill);
      });
    }
  }
  for (const [reader, field] of [
    [sources.recommendationsReceived, 'recommendationsReceived'],
    [sources.recommendationsGiven, 'recommendationsGiven'],
  ] as const) {
    for (const { ref, count } of reader?.byPerson.values() ?? []) {
      attach(ref, reader!.kind, field, (f) => {
        f[field] += count;
      });
    }
  }

  const connectedOn = connectionDates(sources.connections, matcher);
  for (const person of messages?.people ?? []) {
    attach(person.ref, 'messages', 'messages', (f, key) => {
      f.messagesSent += person.sent;
      f.messagesReceived += person.received;
      if (person.last !== null && (f.lastMessageAt === null || person.last > f.lastMessageAt))
        f.lastMessageAt = person.last;
      const first = firstMessagesAfterConnect(person.earliest, connectedOn.get(key) ?? null);
      if (first) f.firstMessageAfterConnect = first;
    });
  }

  for (const invitation of sources.invitations?.byPerson.values() ?? []) {
    attach(invitation.ref, 'invitations', 'invitations', (f) => {
      f.invitedBy = invitation.invitedBy;
      f.invitationMessage = invitation.withMessage;
    });
  }

  return { facts, unmatched, nameMatches };
}

function emptyFacts(known: FactsKnown): PersonFacts {
  return {
    endorsementsReceived: [],
    endorsementsGiven: [],
    recommendationsReceived: 0,
    recommendationsGiven: 0,
    messagesSent: 0,
    messagesReceived: 0,
    lastMessageAt: null,
    invitedBy: null,
    invitationMessage: false,
    known: { ...known },
  };
}

/**
 * Connection date per key: from rows with a URL, and for rows without one (before 2023), through
 * the one known person of that name, if there is exactly one.
 */
function connectionDates(
  connections: readonly ExportPerson[],
  matcher: () => NameMatcher,
): Map<ProfileKey, string> {
  const dates = new Map<ProfileKey, string>();
  for (const c of connections)
    if (c.profileKey !== null && c.connectedOn !== null) dates.set(c.profileKey, c.connectedOn);
  for (const c of connections) {
    if (c.profileKey !== null || c.connectedOn === null) continue;
    const match = matcher().match(c.name, c.company);
    if (match.profileKey !== null && match.confidence !== 'ambiguous' && !dates.has(match.profileKey)) {
      dates.set(match.profileKey, c.connectedOn);
    }
  }
  return dates;
}

/**
 * Their first few messages within `SOON_AFTER_CONNECTING_DAYS` of connecting, and the pitch signals
 * in them. Undefined when the connection date is unknown (we cannot say "soon after") or when they
 * wrote nothing in that window.
 */
export function firstMessagesAfterConnect(
  earliest: readonly EarlyMessage[],
  connectedOn: string | null,
): { at: string; pitchSignals: PitchSignal[] } | undefined {
  if (connectedOn === null) return undefined;
  const start = Date.parse(`${connectedOn}T00:00:00Z`);
  if (Number.isNaN(start)) return undefined;
  const from = new Date(start).toISOString();
  const until = new Date(start + SOON_AFTER_CONNECTING_DAYS * DAY_MS).toISOString();
  const first = earliest
    .filter((m) => toComparable(m.at) >= from && toComparable(m.at) < until)
    .slice(0, FIRST_MESSAGES_CHECKED);
  if (first.length === 0) return undefined;
  const seen = new Set(first.flatMap((m) => m.signals));
  return { at: first[0]!.at, pitchSignals: ALL_PITCH_SIGNALS.filter((s) => seen.has(s)) };
}

/** `2023-07-04T10:35:00Z` compared with `Date#toISOString` (which has milliseconds). */
function toComparable(at: string): string {
  return new Date(at).toISOString();
}
