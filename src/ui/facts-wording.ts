import type { FactsKnown, PersonFacts } from '../data-export/types';
import { timeAgo } from './format';
import { t, tp } from './i18n';

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

/** A function: the words are those of the language in use when called. */
export const importHint = (): string => t('facts_importHint');

type Part = keyof FactsKnown;

function isKnown(facts: PersonFacts, part: Part): boolean {
  return facts.known?.[part] ?? true;
}

function skills(list: readonly string[]): string {
  const shown = list.slice(0, 5).join(', ');
  return list.length > 5 ? t('facts_andMore', shown, list.length - 5) : shown;
}

export function describeFacts(facts: PersonFacts | null, now: number): FactsDescription {
  if (!facts) {
    return {
      known: [],
      unknown: [`${t('facts_noneKnown')} ${importHint()}`],
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
      ? tp('facts_endorsedYou', facts.endorsementsReceived.length, skills(facts.endorsementsReceived))
      : t('facts_notEndorsedYou'),
    t('facts_endorsedYouUnknown'),
  );
  add(
    'endorsementsGiven',
    facts.endorsementsGiven.length > 0
      ? tp('facts_youEndorsed', facts.endorsementsGiven.length, skills(facts.endorsementsGiven))
      : t('facts_youNotEndorsed'),
    t('facts_youEndorsedUnknown'),
  );
  add(
    'recommendationsReceived',
    facts.recommendationsReceived > 0
      ? tp('facts_recommendedYou', facts.recommendationsReceived)
      : t('facts_notRecommendedYou'),
    t('facts_recommendedYouUnknown'),
  );
  add(
    'recommendationsGiven',
    facts.recommendationsGiven > 0 ? tp('facts_youRecommended', facts.recommendationsGiven) : null,
    t('facts_youRecommendedUnknown'),
  );
  add('messages', messagesLine(facts, now), t('facts_messagesUnknown'));
  if (unknown.length > 0) unknown.push(importHint());
  return { known, unknown };
}

function messagesLine(facts: PersonFacts, now: number): string {
  const total = facts.messagesSent + facts.messagesReceived;
  if (total === 0) return t('facts_noMessages');
  const counts = t('facts_messageCounts', facts.messagesSent, facts.messagesReceived);
  const last = facts.lastMessageAt === null ? null : Date.parse(facts.lastMessageAt);
  return last === null || Number.isNaN(last)
    ? t('facts_messages', counts)
    : t('facts_lastMessage', timeAgo(last, now), counts);
}
