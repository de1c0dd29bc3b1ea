import { describe, expect, it } from 'vitest';
import { endReasonText, queueStatusText, startRefusalText } from '../../src/ui/session-wording';
import type { QueueStatus } from '../../src/core/removal-queue';

describe('session wording', () => {
  it('finding 4: an in-progress person with no session on them reads as interrupted, not "Removing now"', () => {
    const person = { status: 'in-progress' as QueueStatus, profileKey: 'jane' };
    expect(queueStatusText(person, { status: 'ended', currentKey: 'jane' })).toBe(
      'Interrupted: checked first next session',
    );
    expect(queueStatusText(person, { status: 'running', currentKey: null })).toBe(
      'Interrupted: checked first next session',
    );
    expect(queueStatusText(person, { status: 'running', currentKey: 'jane' })).toBe('Removing now');
    expect(queueStatusText(person, { status: 'paused', currentKey: 'jane' })).toBe('Removing now');
  });

  it('unsure and still-listed people have their own words', () => {
    expect(queueStatusText({ status: 'unsure', profileKey: 'x' }, { status: 'idle', currentKey: null })).toBe(
      'Unsure: waiting for LinkedIn',
    );
    expect(
      queueStatusText({ status: 'still-listed', profileKey: 'x' }, { status: 'idle', currentKey: null }),
    ).toMatch(/^Still listed/);
  });

  it('keeps the sentences the popup and notifications showed before codes', () => {
    const time = () => 'Wed 09:00';
    expect(endReasonText({ code: 'queue-done' })).toBe('The queue is done: nobody left to remove.');
    expect(endReasonText({ code: 'cap-reached', cap: 10, nextAllowedAt: 0 }, time)).toBe(
      "Today's cap of 10 removals is reached. The next removal is allowed Wed 09:00.",
    );
    expect(endReasonText({ code: 'user-stopped', where: 'page' })).toBe(
      'You stopped the session on the page.',
    );
    expect(endReasonText({ code: 'tab-closed' })).toBe(
      'The Connections tab was closed, so the session ended.',
    );
    expect(endReasonText({ code: 'two-failures', detail: 'Card lost.' })).toBe(
      'Two removals failed in a row, so QuietPrune stopped to be safe. Last: Card lost.',
    );
    expect(endReasonText({ code: 'others-gone', names: ['Zoe', 'Max'], detail: '' })).toContain('(Zoe, Max)');
    expect(startRefusalText({ code: 'nothing-queued' })).toMatch(/Nobody is queued/);
  });
});
