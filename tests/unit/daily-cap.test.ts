import { describe, expect, it } from 'vitest';
import {
  CAP_WINDOW_MS,
  DAILY_CAP_DEFAULT,
  DAILY_CAP_MAX,
  DAILY_CAP_MIN,
  effectiveCap,
  mayRemoveNow,
  nextAllowedAt,
  removalsInWindow,
  remainingToday,
  validateDailyCap,
} from '../../src/core/daily-cap';
import { seededRandom, uniformBetween } from '../../src/core/random';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const T0 = Date.UTC(2026, 6, 1, 9, 0, 0);

/** `count` removals, one every `every` ms, the first at `start`. */
function evenly(start: number, count: number, every: number): number[] {
  return Array.from({ length: count }, (_, i) => start + i * every);
}

describe('bounds and validation', () => {
  it('exports 10..20, default 15, and a 24-hour window', () => {
    expect([DAILY_CAP_MIN, DAILY_CAP_MAX, DAILY_CAP_DEFAULT]).toEqual([10, 20, 15]);
    expect(CAP_WINDOW_MS).toBe(DAY);
  });

  it.each([10, 15, 20, '12', ' 18 '])('accepts %j', (input) => {
    expect(validateDailyCap(input)).toEqual({ ok: true, value: Number(input) });
  });

  it.each([
    [9, /at least 10/],
    [21, /at most 20/],
    [0, /at least 10/],
    [-15, /at least 10/],
    [12.5, /whole number/],
    [Number.NaN, /whole number/],
    [Number.POSITIVE_INFINITY, /whole number/],
    ['fifteen', /whole number/],
    ['12.5', /whole number/],
    ['', /whole number/],
    [null, /whole number/],
    [undefined, /whole number/],
    [{ cap: 15 }, /whole number/],
  ])('refuses %j with a clear message', (input, message) => {
    const result = validateDailyCap(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('never lets a corrupt cap lift the limit', () => {
    expect(effectiveCap(1000)).toBe(DAILY_CAP_MAX);
    expect(effectiveCap(3)).toBe(DAILY_CAP_MIN);
    expect(effectiveCap(Number.NaN)).toBe(DAILY_CAP_MIN);
    expect(effectiveCap(Number.POSITIVE_INFINITY)).toBe(DAILY_CAP_MIN);
    expect(effectiveCap(14.9)).toBe(14);
    const full = evenly(T0, DAILY_CAP_MAX, HOUR / 2);
    expect(mayRemoveNow(full, 1000, T0 + 10 * HOUR)).toBe(false);
  });
});

describe('the rolling 24-hour window', () => {
  it('counts removals less than 24 hours old and stops at exactly 24 hours', () => {
    const log = [T0];
    expect(removalsInWindow(log, T0)).toBe(1);
    expect(removalsInWindow(log, T0 + DAY - 1)).toBe(1);
    expect(removalsInWindow(log, T0 + DAY)).toBe(0);
  });

  it('counts across midnight: it is not a calendar day', () => {
    const beforeMidnight = evenly(Date.UTC(2026, 6, 1, 23, 0), 10, 60_000);
    const afterMidnight = Date.UTC(2026, 6, 2, 0, 30);
    expect(removalsInWindow(beforeMidnight, afterMidnight)).toBe(10);
    expect(mayRemoveNow(beforeMidnight, 10, afterMidnight)).toBe(false);
  });

  it('counts removals logged later than now (clock set back) as inside the window', () => {
    expect(removalsInWindow([T0 + HOUR], T0)).toBe(1);
  });

  it('does not care about the order of the log', () => {
    const log = [T0 + 5 * HOUR, T0, T0 + 2 * HOUR, T0 - 2 * DAY];
    expect(removalsInWindow(log, T0 + 6 * HOUR)).toBe(3);
  });

  it('gives the remaining allowance, never negative', () => {
    const log = evenly(T0, 12, HOUR);
    expect(remainingToday(log, 15, T0 + 12 * HOUR)).toBe(3);
    expect(remainingToday(log, 10, T0 + 12 * HOUR)).toBe(0);
    expect(remainingToday([], 15, T0)).toBe(15);
  });
});

describe('nextAllowedAt', () => {
  it('is now while the cap is not reached', () => {
    expect(nextAllowedAt([], 15, T0)).toBe(T0);
    expect(nextAllowedAt(evenly(T0, 14, HOUR), 15, T0 + 14 * HOUR)).toBe(T0 + 14 * HOUR);
  });

  it('is when the oldest removal in a full window leaves it', () => {
    const log = evenly(T0, 15, HOUR); // T0 .. T0+14h
    const now = T0 + 15 * HOUR;
    expect(mayRemoveNow(log, 15, now)).toBe(false);
    expect(nextAllowedAt(log, 15, now)).toBe(T0 + DAY);
  });

  it('waits for enough removals to leave when the window holds more than the cap (cap lowered)', () => {
    const log = evenly(T0, 20, HOUR / 2); // 20 removals over 9.5 hours
    const now = T0 + 10 * HOUR;
    // With a cap of 10, eleven must leave before one more fits: the 11th oldest, at T0 + 5h.
    expect(nextAllowedAt(log, 10, now)).toBe(T0 + 5 * HOUR + DAY);
    expect(mayRemoveNow(log, 10, T0 + 5 * HOUR + DAY - 1)).toBe(false);
    expect(mayRemoveNow(log, 10, T0 + 5 * HOUR + DAY)).toBe(true);
  });

  it('is consistent with mayRemoveNow at and just before the time it gives', () => {
    const log = evenly(T0, 15, HOUR);
    const at = nextAllowedAt(log, 15, T0 + 15 * HOUR);
    expect(mayRemoveNow(log, 15, at - 1)).toBe(false);
    expect(mayRemoveNow(log, 15, at)).toBe(true);
  });
});

describe('property: no 24 hours ever holds more than the cap', () => {
  /** Simulates a worker that tries to remove at random moments and obeys mayRemoveNow. */
  function simulate(seed: number) {
    const random = seededRandom(seed);
    const cap = Math.floor(uniformBetween(random, DAILY_CAP_MIN, DAILY_CAP_MAX + 1));
    const log: number[] = [];
    let now = T0 + Math.floor(uniformBetween(random, 0, DAY));
    const attempts = 50 + Math.floor(uniformBetween(random, 0, 250));
    let refusedWhileAllowed = 0;
    for (let i = 0; i < attempts; i++) {
      // Bursts of quick attempts, ordinary gaps, and the odd long break.
      const r = random();
      now +=
        r < 0.5
          ? uniformBetween(random, 0, 5 * 60_000)
          : r < 0.9
            ? uniformBetween(random, 0, 3 * HOUR)
            : uniformBetween(random, 0, 2 * DAY);
      now = Math.floor(now);
      const inWindow = log.filter((at) => now - at < DAY).length;
      const allowed = mayRemoveNow(log, cap, now);
      if (!allowed && inWindow < cap) refusedWhileAllowed++;
      if (allowed) log.push(now);
    }
    return { cap, log, refusedWhileAllowed };
  }

  function busiestWindow(log: readonly number[]): number {
    // Every window that could hold the most removals starts at one of them.
    return Math.max(0, ...log.map((start) => log.filter((at) => at >= start && at < start + DAY).length));
  }

  it('holds for 500 random schedules', () => {
    let totalRemovals = 0;
    for (let seed = 1; seed <= 500; seed++) {
      const { cap, log } = simulate(seed);
      totalRemovals += log.length;
      expect(busiestWindow(log), `seed ${seed}, cap ${cap}`).toBeLessThanOrEqual(cap);
    }
    expect(totalRemovals).toBeGreaterThan(500); // the simulation really removed people
  });

  it('is not needlessly stingy: whenever the window has room, a removal is allowed', () => {
    for (let seed = 1; seed <= 500; seed++) {
      expect(simulate(seed).refusedWhileAllowed, `seed ${seed}`).toBe(0);
    }
  });

  it('reaches the cap in a burst, and allows the next removal exactly when the window has room', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const random = seededRandom(seed);
      const cap = Math.floor(uniformBetween(random, DAILY_CAP_MIN, DAILY_CAP_MAX + 1));
      const log: number[] = [];
      let now = T0;
      while (mayRemoveNow(log, cap, now)) {
        log.push(now);
        now += Math.floor(uniformBetween(random, 20_000, 10 * 60_000));
      }
      expect(log.length).toBe(cap);
      const next = nextAllowedAt(log, cap, now);
      expect(next).toBe(log[0]! + DAY);
      expect(mayRemoveNow(log, cap, next)).toBe(true);
      expect(mayRemoveNow(log, cap, next - 1)).toBe(false);
    }
  });
});

describe('connections that ended outside QuietPrune', () => {
  it('count against the cap from the moment a sync found them, for 24 hours', async () => {
    const { capTimes, endedElsewhere } = await import('../../src/core/daily-cap');
    const found = endedElsewhere(['a', 'b', 'c', 'd'], new Set(['b']), T0);
    expect(found).toEqual([
      { profileKey: 'a', at: T0 },
      { profileKey: 'c', at: T0 },
      { profileKey: 'd', at: T0 },
    ]);
    const own = evenly(T0 - 2 * HOUR, 12, 60_000); // 12 of QuietPrune's own in the last 2 hours
    expect(remainingToday(capTimes(own, []), 15, T0)).toBe(3);
    expect(remainingToday(capTimes(own, found), 15, T0)).toBe(0);
    expect(mayRemoveNow(capTimes(own, found), 15, T0 + HOUR)).toBe(false);
    // They leave the window 24 hours after they were found, not after the removal itself.
    expect(nextAllowedAt(capTimes(own, found), 15, T0 + HOUR)).toBe(T0 - 2 * HOUR + DAY);
    expect(remainingToday(capTimes([], found), 15, T0 + DAY - 1)).toBe(12);
    expect(remainingToday(capTimes([], found), 15, T0 + DAY)).toBe(15);
  });

  it('are kept for two windows, and a damaged record counts what can be read of it', async () => {
    const { asEndedElsewhere, keepEndedElsewhere } = await import('../../src/core/daily-cap');
    const stored = [
      { profileKey: 'old', at: T0 - 3 * DAY },
      { profileKey: 'recent', at: T0 - DAY },
    ];
    expect(keepEndedElsewhere(stored, [{ profileKey: 'new', at: T0 }], T0).map((e) => e.profileKey)).toEqual([
      'recent',
      'new',
    ]);
    expect(asEndedElsewhere('junk')).toEqual([]);
    expect(asEndedElsewhere([{ profileKey: 'a', at: T0 }, { profileKey: 'b' }, null])).toEqual([
      { profileKey: 'a', at: T0 },
    ]);
  });
});
