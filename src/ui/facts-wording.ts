import type { FactsKnown, PersonFacts } from '../data-export/types';
import { plural, timeAgo } from './format';

/**
 * What the data export told us about one person, as short lines for the review view. A part the
 * export did not cover is said to be unknown (with how to find out), never shown as "none":
 * "0 endorsements" from a missing file would be a false reassurance before a removal.
 */
export interface FactsDescription {
  /** Things we know, one per line. */
  known: string[];
  /** Things we do not know, one per line. */
  unknown: string[];
}

export const IMPORT_HINT = 'Import your LinkedIn data export in Options to find out.';

type Part = keyof FactsKnown;

function isKnown(facts: PersonFacts, part: Part): boolean {
  return facts.known?.[part] ?? true;
}

function skills(list: readonly string[]): string {
  const shown = list.slice(0, 5).join(', ');
  return list.length > 5 ? `${shown} and ${list.length - 5} more` : shown;
}

export function describeFacts(facts: PersonFacts | null, now: number): FactsDescription {
  if (!facts) {
    return {
      known: [],
      unknown: [`Endorsements, recommendations and messages are not known. ${IMPORT_HINT}`],
    };
  }
  const known: string[] = [];
  const unknown: string[] = [];
  const add = (part: Part, knownText: string | null, unknownText: string) => {
    if (!isKnown(facts, part)) unknown.push(unknownText);
    else if (knownText) known.push(knownText);
  };

  add(
    'endorsementsReceived',
    facts.endorsementsReceived.length > 0
      ? `Endorsed you for ${plural(facts.endorsementsReceived.length, 'skill')}: ${skills(facts.endorsementsReceived)}`
      : 'Has not endorsed you',
    'Whether they endorsed you is not known.',
  );
  add(
    'endorsementsGiven',
    facts.endorsementsGiven.length > 0
      ? `You endorsed them for ${plural(facts.endorsementsGiven.length, 'skill')}: ${skills(facts.endorsementsGiven)}`
      : 'You have not endorsed them',
    'Whether you endorsed them is not known.',
  );
  add(
    'recommendationsReceived',
    facts.recommendationsReceived > 0
      ? `Wrote you ${plural(facts.recommendationsReceived, 'recommendation')}`
      : 'Has not recommended you',
    'Whether they recommended you is not known.',
  );
  add(
    'recommendationsGiven',
    facts.recommendationsGiven > 0
      ? `You wrote them ${plural(facts.recommendationsGiven, 'recommendation')}`
      : null,
    'Whether you recommended them is not known.',
  );
  add('messages', messagesLine(facts, now), 'Your messages with them are not known.');
  if (unknown.length > 0) unknown.push(IMPORT_HINT);
  return { known, unknown };
}

function messagesLine(facts: PersonFacts, now: number): string {
  const total = facts.messagesSent + facts.messagesReceived;
  if (total === 0) return 'No messages between you';
  const counts = `${facts.messagesSent} sent, ${facts.messagesReceived} received`;
  const last = facts.lastMessageAt === null ? null : Date.parse(facts.lastMessageAt);
  return last === null || Number.isNaN(last)
    ? `Messages: ${counts}`
    : `Last message ${timeAgo(last, now)} (${counts})`;
}
