import type { FactsKnown, PersonFacts } from './person-facts';
import type { ProfileKey } from './connection';
import { dayLabel } from './connections-per-month';
import { listOf } from './triage';

/**
 * What the user is told before a removal: what removing anyone does, and what it costs with each
 * person as far as the data export tells.
 *
 * A person with anything known to be lost (an endorsement or a recommendation, either way; removal
 * withdraws them) needs their own confirmation: a "confirm all" must never carry them along
 * unseen. Facts we do not have are said to be unknown, with how to learn them, never read as "none".
 * Gender is never guessed: the other person is "them".
 */
export interface RemovalWarningPerson {
  profileKey: ProfileKey;
  name: string;
  facts?: PersonFacts | null;
}

export interface PersonRemovalWarning {
  profileKey: ProfileKey;
  name: string;
  /** Sentences about this person: what is lost, the conversation, what is not known. */
  lines: string[];
  needsOwnConfirmation: boolean;
  /** Whether the export told us all, part or nothing of what is lost with this person. */
  factsKnown: 'all' | 'some' | 'none';
}

export interface RemovalWarning {
  /** What removing a connection does, whoever it is. */
  consequences: string[];
  people: PersonRemovalWarning[];
  /** Everyone who needs their own confirmation, in the order given. */
  needsOwnConfirmation: ProfileKey[];
}

export const HOW_TO_FIND_OUT =
  'To find out, import your LinkedIn data export (Settings > Data privacy > Get a copy of your data).';

export const REMOVAL_CONSEQUENCES: readonly string[] = [
  'Endorsements and recommendations between you are withdrawn at once, and are not restored if you connect again.',
  'You can no longer message each other directly, unless you share a group or use InMail.',
  'Their posts leave your feed.',
  'Only you can send a new invitation later.',
  'They are not notified.',
];

/** How many skills are named before "and N more". */
const SKILLS_NAMED = 3;

/**
 * Who, of people about to be queued, has known endorsements or recommendations with the user but
 * was not confirmed on their own: the worker refuses them whatever a page says (a batch "confirm
 * all" must never carry them along).
 */
export function missingOwnConfirmation(
  people: readonly RemovalWarningPerson[],
  confirmedOnTheirOwn: ReadonlySet<ProfileKey>,
): RemovalWarningPerson[] {
  return people.filter(
    (person) => personWarning(person).needsOwnConfirmation && !confirmedOnTheirOwn.has(person.profileKey),
  );
}

export function buildRemovalWarning(people: readonly RemovalWarningPerson[]): RemovalWarning {
  const warnings = people.map(personWarning);
  return {
    consequences: [...REMOVAL_CONSEQUENCES],
    people: warnings,
    needsOwnConfirmation: warnings.filter((w) => w.needsOwnConfirmation).map((w) => w.profileKey),
  };
}

const ALL_KNOWN: FactsKnown = {
  endorsementsReceived: true,
  endorsementsGiven: true,
  recommendationsReceived: true,
  recommendationsGiven: true,
  messages: true,
  invitations: true,
};

/** What each unknown part is called in "Not known for Jane Roe: ...". */
const UNKNOWN_PART_NAMES: ReadonlyArray<readonly [keyof FactsKnown, string]> = [
  ['endorsementsReceived', 'endorsements from them'],
  ['recommendationsReceived', 'recommendations from them'],
  ['endorsementsGiven', 'endorsements you gave them'],
  ['recommendationsGiven', 'recommendations you wrote them'],
  ['messages', 'messages between you'],
];

function personWarning({ profileKey, name, facts }: RemovalWarningPerson): PersonRemovalWarning {
  if (!facts) {
    return {
      profileKey,
      name,
      lines: [`Not known whether ${name} endorsed or recommended you, or you them. ${HOW_TO_FIND_OUT}`],
      needsOwnConfirmation: false,
      factsKnown: 'none',
    };
  }
  const known = facts.known ?? ALL_KNOWN;
  const losses: string[] = [];
  const subject = () => (losses.length === 0 ? name : 'they');

  if (known.endorsementsReceived && facts.endorsementsReceived.length > 0) {
    losses.push(`${subject()} endorsed you for ${skills(facts.endorsementsReceived)}`);
  }
  if (known.recommendationsReceived && facts.recommendationsReceived > 0) {
    losses.push(`${subject()} wrote you ${recommendations(facts.recommendationsReceived)}`);
  }
  if (known.endorsementsGiven && facts.endorsementsGiven.length > 0) {
    losses.push(`you endorsed them for ${skills(facts.endorsementsGiven)}`);
  }
  if (known.recommendationsGiven && facts.recommendationsGiven > 0) {
    losses.push(`you wrote them ${recommendations(facts.recommendationsGiven)}`);
  }

  const lines: string[] = [];
  if (losses.length > 0) lines.push(capitalise(losses.join('; ')));
  const messages = facts.messagesSent + facts.messagesReceived;
  if (known.messages && messages > 0) {
    const last = facts.lastMessageAt === null ? '' : ` (the last on ${dayLabel(facts.lastMessageAt)})`;
    lines.push(
      `You have ${messages} ${messages === 1 ? 'message' : 'messages'} together${last}; ` +
        'the conversation stays, but new messages need a shared group or InMail',
    );
  }
  const unknown = UNKNOWN_PART_NAMES.filter(([part]) => !known[part]).map(([, words]) => words);
  if (unknown.length > 0) lines.push(`Not known for ${name}: ${listOf(unknown)}. ${HOW_TO_FIND_OUT}`);

  return {
    profileKey,
    name,
    lines,
    needsOwnConfirmation: losses.length > 0,
    factsKnown: unknown.length === 0 ? 'all' : unknown.length === UNKNOWN_PART_NAMES.length ? 'none' : 'some',
  };
}

function skills(names: readonly string[]): string {
  if (names.length <= SKILLS_NAMED) return listOf(names);
  const more = names.length - SKILLS_NAMED;
  return `${names.slice(0, SKILLS_NAMED).join(', ')} and ${more} more ${more === 1 ? 'skill' : 'skills'}`;
}

function recommendations(n: number): string {
  return n === 1 ? 'a recommendation' : `${n} recommendations`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// ---- Remove or unfollow? ----------------------------------------------------------------------

export interface ComparisonRow {
  question: string;
  remove: string;
  unfollow: string;
}

export interface RemoveOrUnfollowTable {
  columns: { remove: string; unfollow: string };
  rows: ComparisonRow[];
}

/** The two ways to quiet a connection, side by side, for the user to choose. */
export function removeOrUnfollow(): RemoveOrUnfollowTable {
  return {
    columns: { remove: 'Remove connection', unfollow: 'Unfollow' },
    rows: [
      { question: 'Still connected?', remove: 'No', unfollow: 'Yes' },
      {
        question: 'Can you message each other?',
        remove: 'Only if you share a group, or by InMail',
        unfollow: 'Yes',
      },
      { question: 'Do you see their posts?', remove: 'No', unfollow: 'No' },
      {
        question: 'Can they see your profile?',
        remove: 'Only what you show people outside your network',
        unfollow: 'Yes, as a connection',
      },
      {
        question: 'Endorsements and recommendations?',
        remove: 'Withdrawn, and not restored if you connect again',
        unfollow: 'Kept',
      },
      {
        question: 'Can it be undone?',
        remove: 'Only by a new invitation from you, which they must accept',
        unfollow: 'Yes: follow them again at any time',
      },
      { question: 'Is either of you told?', remove: 'No', unfollow: 'No' },
    ],
  };
}
