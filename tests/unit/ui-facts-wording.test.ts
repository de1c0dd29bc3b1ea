import { describe, expect, it } from 'vitest';
import type { PersonFacts } from '../../src/data-export/types';
import { describeFacts, importHint } from '../../src/ui/facts-wording';

const NOW = Date.parse('2026-06-15T12:00:00Z');
const facts = (extra: Partial<PersonFacts> = {}): PersonFacts => ({
  endorsementsReceived: [],
  endorsementsGiven: [],
  recommendationsReceived: 0,
  recommendationsGiven: 0,
  messagesSent: 0,
  messagesReceived: 0,
  lastMessageAt: null,
  invitedBy: null,
  invitationMessage: false,
  ...extra,
});

describe('describeFacts', () => {
  it('says everything is unknown, and how to find out, when there are no facts', () => {
    const text = describeFacts(null, NOW);
    expect(text.known).toEqual([]);
    expect(text.unknown.join(' ')).toContain(importHint());
  });

  it('words what is known, naming skills and counting the rest', () => {
    const text = describeFacts(
      facts({
        endorsementsReceived: ['Git', 'SQL', 'Go', 'Rust', 'C', 'Java', 'Perl'],
        recommendationsGiven: 2,
        messagesSent: 3,
        messagesReceived: 1,
        lastMessageAt: '2026-03-01T10:00:00Z',
      }),
      NOW,
    );
    expect(text.known).toEqual([
      'Endorsed you for 7 skills: Git, SQL, Go, Rust, C and 2 more',
      'You have not endorsed them',
      'Has not recommended you',
      'You wrote them 2 recommendations',
      'Last message 3 months ago (3 sent, 1 received)',
    ]);
    expect(text.unknown).toEqual([]);
  });

  it('never turns a part the export did not cover into "none"', () => {
    const text = describeFacts(
      facts({
        known: {
          endorsementsReceived: false,
          endorsementsGiven: true,
          recommendationsReceived: true,
          recommendationsGiven: true,
          messages: false,
          invitations: true,
        },
      }),
      NOW,
    );
    expect(text.known).not.toContain('Has not endorsed you');
    expect(text.known).not.toContain('No messages between you');
    expect(text.unknown).toEqual([
      'Whether they endorsed you is not known.',
      'Your messages with them are not known.',
      importHint(),
    ]);
  });

  it('says there were no messages only when messages are known', () => {
    expect(describeFacts(facts(), NOW).known).toContain('No messages between you');
  });

  it('counts messages whose date could not be read without inventing a date', () => {
    expect(describeFacts(facts({ messagesReceived: 2 }), NOW).known).toContain(
      'Messages: 0 sent, 2 received',
    );
  });
});
