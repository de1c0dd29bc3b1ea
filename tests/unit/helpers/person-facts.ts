import type { PersonFacts } from '../../../src/data-export/types';

/** Facts about one person for tests: nothing known to be lost unless `overrides` says so. */
export function facts(overrides: Partial<PersonFacts> = {}): PersonFacts {
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
    ...overrides,
  };
}
