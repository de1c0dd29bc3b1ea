import { describe, expect, it } from 'vitest';
import type { ConnectedOn } from '../../src/core/connection';
import { nearLimit, suggest, type TriagePerson } from '../../src/core/triage';
import { facts } from './helpers/person-facts';

/** 2026-07-15 12:00 UTC. */
const NOW = Date.UTC(2026, 6, 15, 12);

const exact = (date: string): ConnectedOn => ({ kind: 'exact', date });

function person(key: string, connectedOn: ConnectedOn, more: Partial<TriagePerson> = {}): TriagePerson {
  return { profileKey: key, name: key, headline: '', connectedOn, ...more };
}

describe('inactive', () => {
  it('connected years ago and never a message', () => {
    const result = suggest([person('tom', exact('2020-03-01'), { facts: facts() })], NOW);
    expect(result.get('tom')).toEqual([
      { kind: 'inactive', reasons: ['Connected 6 years ago; no messages in either direction'] },
    ]);
  });

  it('connected years ago, last message years ago', () => {
    const result = suggest(
      [
        person('ann', exact('2016-01-01'), {
          facts: facts({ messagesSent: 2, messagesReceived: 1, lastMessageAt: '2021-03-04T10:00:00Z' }),
        }),
      ],
      NOW,
    );
    expect(result.get('ann')).toEqual([
      { kind: 'inactive', reasons: ['Connected 10 years ago; last message 5 years ago (4 Mar 2021)'] },
    ]);
  });

  it('says "about" for an estimated connection date', () => {
    const on: ConnectedOn = { kind: 'relative', text: 'Connected 3 years ago', estimate: '2023-07-15' };
    expect(suggest([person('bo', on, { facts: facts() })], NOW).get('bo')?.[0]?.reasons).toEqual([
      'Connected about 3 years ago; no messages in either direction',
    ]);
  });

  it('makes no claim without facts, with unknown messages, with an unknown date, or for a recent contact', () => {
    const people = [
      person('no-facts', exact('2015-01-01')),
      person('null-facts', exact('2015-01-01'), { facts: null }),
      person('unread', exact('2015-01-01'), {
        facts: facts({
          known: {
            endorsementsReceived: true,
            endorsementsGiven: true,
            recommendationsReceived: true,
            recommendationsGiven: true,
            messages: false,
            invitations: true,
          },
        }),
      }),
      person('undated', { kind: 'unknown' }, { facts: facts() }),
      person('recent-connection', exact('2025-06-01'), { facts: facts() }),
      person('recent-message', exact('2015-01-01'), {
        facts: facts({ messagesReceived: 1, lastMessageAt: '2025-12-01T00:00:00Z' }),
      }),
      person('undated-messages', exact('2015-01-01'), {
        facts: facts({ messagesReceived: 3, lastMessageAt: null }),
      }),
    ];
    expect(suggest(people, NOW).size).toBe(0);
  });
});

describe('possible-spam', () => {
  it('pitch signals soon after connecting, an empty profile and their invitation', () => {
    const sam = person('sam', exact('2026-03-12'), {
      company: '',
      position: '',
      facts: facts({
        messagesReceived: 2,
        lastMessageAt: '2026-03-14T12:00:00Z',
        invitedBy: 'them',
        firstMessageAfterConnect: {
          at: '2026-03-13T12:00:00Z',
          pitchSignals: ['whatsapp', 'opportunity', 'investment'],
        },
      }),
    });
    expect(suggest([sam], NOW).get('sam')).toEqual([
      {
        kind: 'possible-spam',
        reasons: [
          'Their first messages, 1 day after connecting, mentioned moving to WhatsApp, an "opportunity" and investment',
          'No company or position on their profile',
          'They sent the invitation',
        ],
      },
    ]);
  });

  it('an empty profile alone is not spam, and unknown company is not empty', () => {
    const people = [
      person('empty', exact('2026-01-01'), {
        company: '',
        position: '',
        facts: facts({ messagesReceived: 1, lastMessageAt: '2026-01-02T00:00:00Z' }),
      }),
      person('clean', exact('2026-01-01'), {
        facts: facts({
          messagesReceived: 1,
          lastMessageAt: '2026-01-02T00:00:00Z',
          firstMessageAfterConnect: { at: '2026-01-02T00:00:00Z', pitchSignals: [] },
        }),
      }),
    ];
    expect(suggest(people, NOW).size).toBe(0);
    const pitchUnknownCompany = person('p', exact('2026-01-01'), {
      facts: facts({ firstMessageAfterConnect: { at: '2026-01-01T09:00:00Z', pitchSignals: ['crypto'] } }),
    });
    expect(suggest([pitchUnknownCompany], NOW).get('p')).toEqual([
      { kind: 'possible-spam', reasons: ['Their first messages, the day you connected, mentioned crypto'] },
    ]);
  });
});

describe('mass-connection-period', () => {
  const quiet = Array.from({ length: 60 }, (_, i) =>
    person(
      `q${i}`,
      exact(`2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')}`),
    ),
  );

  it('flags everyone connected on a day with far more connections than usual', () => {
    const burst = Array.from({ length: 12 }, (_, i) => person(`b${i}`, exact('2023-07-04')));
    const result = suggest([...quiet, ...burst], NOW);
    expect(result.get('b0')).toEqual([
      {
        kind: 'mass-connection-period',
        reasons: ['Connected on 4 Jul 2023, a day you made 12 new connections (a usual day: 1)'],
      },
    ]);
    expect(result.get('q0')).toBeUndefined();
  });

  it('flags a week of many connections spread over its days', () => {
    const week = Array.from({ length: 21 }, (_, i) =>
      person(`w${i}`, exact(`2023-07-${String(3 + (i % 7)).padStart(2, '0')}`)),
    );
    const result = suggest([...quiet, ...week], NOW);
    expect(result.get('w0')).toEqual([
      {
        kind: 'mass-connection-period',
        reasons: ['Connected in the week of 3 Jul 2023, when you made 21 new connections (a usual week: 1)'],
      },
    ]);
  });

  it('never makes a burst out of estimated dates', () => {
    const estimated = Array.from({ length: 30 }, (_, i) =>
      person(`e${i}`, { kind: 'relative', text: 'Connected 3 years ago', estimate: '2023-07-15' }),
    );
    expect(suggest([...quiet, ...estimated], NOW).size).toBe(0);
  });

  it('does not call an ordinary day a burst when every day is busy', () => {
    const busy = Array.from({ length: 300 }, (_, i) =>
      person(`d${i}`, exact(`2024-03-${String(1 + (i % 30)).padStart(2, '0')}`)),
    );
    expect(suggest(busy, NOW).size).toBe(0);
  });
});

describe('several suggestions for one person', () => {
  it('lists each kind that applies', () => {
    const quiet = Array.from({ length: 30 }, (_, i) =>
      person(`q${i}`, exact(`2019-06-${String(1 + i).padStart(2, '0')}`)),
    );
    const burst = Array.from({ length: 11 }, (_, i) =>
      person(`b${i}`, exact('2019-05-05'), { facts: facts() }),
    );
    const kinds = suggest([...quiet, ...burst], NOW)
      .get('b3')
      ?.map((s) => s.kind);
    expect(kinds).toEqual(['inactive', 'mass-connection-period']);
  });
});

describe('nearLimit', () => {
  it.each([
    [0, 'ok', "You have 0 connections; LinkedIn's limit is 30,000."],
    [28_999, 'ok', "You have 28,999 connections; LinkedIn's limit is 30,000."],
    [29_000, 'near', 'You have 29,000 connections; LinkedIn stops new connections at 30,000 (1,000 to go).'],
    [29_999, 'near', 'You have 29,999 connections; LinkedIn stops new connections at 30,000 (1 to go).'],
    [
      30_000,
      'at',
      "You have 30,000 connections, LinkedIn's limit of 30,000: nobody can connect with you until you remove some.",
    ],
  ] as const)('%i connections: %s', (total, level, message) => {
    expect(nearLimit(total)).toEqual({ level, message });
  });
});
