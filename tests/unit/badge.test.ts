import { describe, expect, it, vi } from 'vitest';

// The badge module talks to the browser; its view is pure. Only the view is under test here.
vi.mock('webextension-polyfill', () => ({ default: {} }));
vi.mock('../../src/background/database', () => ({ database: vi.fn() }));
vi.mock('../../src/background/clock', () => ({ now: vi.fn(), toRealTime: vi.fn() }));

const { badgeView } = await import('../../src/background/badge');
type BadgeSession = import('../../src/background/badge').BadgeSession;

const HOUR = 3_600_000;
const AT = Date.UTC(2026, 10, 30, 12);
const time = (at: number) => `t${at}`;
const idle: BadgeSession = {
  status: 'idle',
  safetyStop: false,
  removedThisSession: 0,
  plannedThisSession: 0,
  endMessage: '',
};

describe('the toolbar badge', () => {
  it('shows the count with no session, and "cap" once today’s removals are used up', () => {
    expect(badgeView(3, [], 10, AT, time, idle)).toMatchObject({ text: '3', recheckAt: null });
    expect(badgeView(0, [], 10, AT, time, idle)).toMatchObject({ text: '' });
    const full = Array.from({ length: 10 }, (_, i) => AT - HOUR * (i + 1));
    expect(badgeView(3, full, 10, AT, time, idle)).toMatchObject({ text: 'cap', recheckAt: AT + 14 * HOUR });
  });

  it('shows a running session with ▶ and a paused one with ‖, beside the count', () => {
    const running = { ...idle, status: 'running' as const, removedThisSession: 1, plannedThisSession: 4 };
    expect(badgeView(3, [AT - HOUR], 10, AT, time, running)).toMatchObject({
      text: '▶3',
      title: 'QuietPrune: session running, 1 of 4 removed. 3 queued.',
      recheckAt: null,
    });
    const paused = badgeView(3, [AT - HOUR], 10, AT, time, { ...running, status: 'paused' });
    expect(paused.text).toBe('‖3');
    expect(paused.title).toContain('session paused, 1 of 4');
    expect(paused.colour).not.toBe(badgeView(3, [], 10, AT, time, running).colour);
    expect(badgeView(1234, [], 10, AT, time, running).text).toBe('▶99+');
  });

  it('shows a safety stop as "stop" until the next session, even with an empty queue; a normal end shows the count', () => {
    const stopped = {
      ...idle,
      status: 'ended' as const,
      safetyStop: true,
      endMessage: 'LinkedIn asked for a security check.',
    };
    expect(badgeView(0, [], 10, AT, time, stopped)).toMatchObject({
      text: 'stop',
      title: 'QuietPrune stopped for safety: LinkedIn asked for a security check.',
    });
    expect(badgeView(2, [], 10, AT, time, { ...stopped, safetyStop: false })).toMatchObject({ text: '2' });
  });
});
