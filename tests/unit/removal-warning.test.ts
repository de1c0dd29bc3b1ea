import { describe, expect, it } from 'vitest';
import {
  buildRemovalWarning,
  HOW_TO_FIND_OUT,
  missingOwnConfirmation,
  removeOrUnfollow,
} from '../../src/core/removal-warning';
import type { FactsKnown } from '../../src/data-export/types';
import { facts } from './helpers/person-facts';

const allKnown: FactsKnown = {
  endorsementsReceived: true,
  endorsementsGiven: true,
  recommendationsReceived: true,
  recommendationsGiven: true,
  messages: true,
  invitations: true,
};

describe('buildRemovalWarning', () => {
  it('states the general consequences', () => {
    expect(buildRemovalWarning([]).consequences).toEqual([
      'Endorsements and recommendations between you are withdrawn at once, and are not restored if you connect again.',
      'You can no longer message each other directly, unless you share a group or use InMail.',
      'Their posts leave your feed.',
      'Only you can send a new invitation later.',
      'They are not notified.',
    ]);
  });

  it('names what is lost with a person, in neutral words, and asks for their own confirmation', () => {
    const warning = buildRemovalWarning([
      {
        profileKey: 'jane',
        name: 'Jane Roe',
        facts: facts({
          endorsementsReceived: ['TypeScript', 'SQL'],
          recommendationsGiven: 1,
          known: allKnown,
        }),
      },
    ]);
    expect(warning.people).toEqual([
      {
        profileKey: 'jane',
        name: 'Jane Roe',
        lines: ['Jane Roe endorsed you for TypeScript and SQL; you wrote them a recommendation'],
        needsOwnConfirmation: true,
        factsKnown: 'all',
      },
    ]);
    expect(warning.needsOwnConfirmation).toEqual(['jane']);
  });

  it('lists every kind of loss, shortens long skill lists, and tells the conversation apart', () => {
    const warning = buildRemovalWarning([
      {
        profileKey: 'ada',
        name: 'Ada Close',
        facts: facts({
          recommendationsReceived: 2,
          endorsementsGiven: ['Python', 'Go', 'SQL', 'Rust', 'C'],
          messagesSent: 3,
          messagesReceived: 2,
          lastMessageAt: '2024-03-04T10:00:00Z',
        }),
      },
    ]);
    expect(warning.people[0]!.lines).toEqual([
      'Ada Close wrote you 2 recommendations; you endorsed them for Python, Go, SQL and 2 more skills',
      'You have 5 messages together (the last on 4 Mar 2024); the conversation stays, but new messages need a shared group or InMail',
    ]);
    expect(warning.people[0]!.needsOwnConfirmation).toBe(true);
  });

  it('needs no own confirmation when nothing is known to be lost, and says nothing is lost only by saying nothing', () => {
    const warning = buildRemovalWarning([
      { profileKey: 'tom', name: 'Tom Quiet', facts: facts({ known: allKnown }) },
    ]);
    expect(warning.people[0]).toMatchObject({ lines: [], needsOwnConfirmation: false, factsKnown: 'all' });
  });

  it('says what is not known, and how to find out, when there are no facts', () => {
    const warning = buildRemovalWarning([
      { profileKey: 'a', name: 'Ann Lee' },
      { profileKey: 'b', name: 'Bo Chen', facts: null },
    ]);
    expect(warning.people.map((p) => [p.lines, p.factsKnown, p.needsOwnConfirmation])).toEqual([
      [
        [`Not known whether Ann Lee endorsed or recommended you, or you them. ${HOW_TO_FIND_OUT}`],
        'none',
        false,
      ],
      [
        [`Not known whether Bo Chen endorsed or recommended you, or you them. ${HOW_TO_FIND_OUT}`],
        'none',
        false,
      ],
    ]);
    expect(HOW_TO_FIND_OUT).toContain('Settings > Data privacy > Get a copy of your data');
  });

  it('never reports an unknown part as none: zero counts of an unread file are "not known"', () => {
    const known = { ...allKnown, recommendationsReceived: false, messages: false };
    const warning = buildRemovalWarning([
      { profileKey: 'j', name: 'John Smith', facts: facts({ endorsementsReceived: ['Excel'], known }) },
    ]);
    expect(warning.people[0]).toEqual({
      profileKey: 'j',
      name: 'John Smith',
      lines: [
        'John Smith endorsed you for Excel',
        `Not known for John Smith: recommendations from them and messages between you. ${HOW_TO_FIND_OUT}`,
      ],
      needsOwnConfirmation: true,
      factsKnown: 'some',
    });
  });

  it('keeps people in the order given and lists only those with losses for own confirmation', () => {
    const warning = buildRemovalWarning([
      { profileKey: 'x', name: 'X', facts: facts({ known: allKnown }) },
      { profileKey: 'y', name: 'Y', facts: facts({ recommendationsGiven: 1 }) },
      { profileKey: 'z', name: 'Z', facts: facts({ endorsementsReceived: ['Go'] }) },
    ]);
    expect(warning.people.map((p) => p.profileKey)).toEqual(['x', 'y', 'z']);
    expect(warning.needsOwnConfirmation).toEqual(['y', 'z']);
    expect(warning.people[1]!.lines).toEqual(['You wrote them a recommendation']);
  });
});

describe('removeOrUnfollow', () => {
  it('compares both on each question the user asks', () => {
    const table = removeOrUnfollow();
    const row = (q: string) => table.rows.find((r) => r.question === q);
    expect(table.columns).toEqual({ remove: 'Remove connection', unfollow: 'Unfollow' });
    expect(row('Still connected?')).toMatchObject({ remove: 'No', unfollow: 'Yes' });
    expect(row('Can you message each other?')?.unfollow).toBe('Yes');
    expect(row('Do you see their posts?')).toMatchObject({ remove: 'No', unfollow: 'No' });
    expect(row('Can they see your profile?')?.unfollow).toBe('Yes, as a connection');
    expect(row('Is either of you told?')).toMatchObject({ remove: 'No', unfollow: 'No' });
    expect(row('Endorsements and recommendations?')?.unfollow).toBe('Kept');
  });
});

describe('missingOwnConfirmation (the worker checks the warning again)', () => {
  const jane = {
    profileKey: 'jane',
    name: 'Jane Roe',
    facts: facts({ endorsementsGiven: ['SQL'], known: allKnown }),
  };
  const raj = {
    profileKey: 'raj',
    name: 'Raj Patel',
    facts: facts({ recommendationsReceived: 2, known: allKnown }),
  };
  const tom = { profileKey: 'tom', name: 'Tom Quiet', facts: facts({ known: allKnown }) };
  const unknown = { profileKey: 'una', name: 'Una Known', facts: null };

  it('names everyone with known endorsements or recommendations who was not ticked on their own', () => {
    expect(missingOwnConfirmation([jane, raj, tom, unknown], new Set()).map((p) => p.profileKey)).toEqual([
      'jane',
      'raj',
    ]);
    expect(
      missingOwnConfirmation([jane, raj, tom, unknown], new Set(['raj'])).map((p) => p.profileKey),
    ).toEqual(['jane']);
  });

  it('asks nothing of people with nothing known to lose, and a tick for someone else does not count', () => {
    expect(missingOwnConfirmation([tom, unknown], new Set())).toEqual([]);
    expect(missingOwnConfirmation([jane], new Set(['tom', 'una']))).toEqual([jane]);
    expect(missingOwnConfirmation([jane, raj], new Set(['jane', 'raj']))).toEqual([]);
  });
});
