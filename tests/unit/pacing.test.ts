import { describe, expect, it } from 'vitest';
import {
  KEYSTROKE_DELAY,
  KEYSTROKE_MAX_MS,
  KEYSTROKE_PAUSE,
  MIN_GAP_MS,
  PACES,
  STEP_DELAY,
  gapBetweenRemovals,
  keystrokeDelays,
  stepDelay,
  type Pace,
} from '../../src/core/pacing';
import { seededRandom, uniformBetween, type Random } from '../../src/core/random';

const SEEDS = Array.from({ length: 200 }, (_, i) => i + 1);
const constant =
  (value: number): Random =>
  () =>
    value;

describe('the pace table', () => {
  it('has normal at 45..150 s and careful slower, both above the floor', () => {
    expect(PACES.normal).toEqual({ minMs: 45_000, maxMs: 150_000 });
    expect(PACES.careful.minMs).toBeGreaterThan(PACES.normal.minMs);
    expect(PACES.careful.maxMs).toBeGreaterThan(PACES.normal.maxMs);
    for (const bounds of Object.values(PACES)) expect(bounds.minMs).toBeGreaterThanOrEqual(MIN_GAP_MS);
    expect(MIN_GAP_MS).toBe(20_000);
  });
});

describe('gapBetweenRemovals', () => {
  it.each<Pace>(['normal', 'careful'])('stays within the %s bounds over many seeds', (pace) => {
    for (const seed of SEEDS) {
      const random = seededRandom(seed);
      for (let i = 0; i < 50; i++) {
        const gap = gapBetweenRemovals(pace, random);
        expect(Number.isInteger(gap)).toBe(true);
        expect(gap).toBeGreaterThanOrEqual(PACES[pace].minMs);
        expect(gap).toBeLessThanOrEqual(PACES[pace].maxMs);
      }
    }
  });

  it('varies: it is random, not a fixed wait', () => {
    const random = seededRandom(7);
    const gaps = new Set(Array.from({ length: 100 }, () => gapBetweenRemovals('normal', random)));
    expect(gaps.size).toBeGreaterThan(90);
  });

  it('spreads over the whole range', () => {
    const random = seededRandom(11);
    const gaps = Array.from({ length: 2000 }, () => gapBetweenRemovals('normal', random));
    expect(Math.min(...gaps)).toBeLessThan(50_000);
    expect(Math.max(...gaps)).toBeGreaterThan(145_000);
  });

  it.each([
    ['always 0', constant(0)],
    ['negative', constant(-5)],
    ['NaN', constant(Number.NaN)],
    ['1 or more', constant(7)],
    ['-Infinity', constant(Number.NEGATIVE_INFINITY)],
  ])('never goes under the floor or out of bounds with a random source returning %s', (_what, random) => {
    for (const pace of ['normal', 'careful'] as const) {
      const gap = gapBetweenRemovals(pace, random);
      expect(gap).toBeGreaterThanOrEqual(MIN_GAP_MS);
      expect(gap).toBeGreaterThanOrEqual(PACES[pace].minMs);
      expect(gap).toBeLessThanOrEqual(PACES[pace].maxMs);
    }
  });

  it('treats an unknown pace (a corrupt setting) as careful', () => {
    const gap = gapBetweenRemovals('reckless' as Pace, constant(0));
    expect(gap).toBe(PACES.careful.minMs);
  });
});

describe('stepDelay', () => {
  it('stays within 0.5..2.5 s over many seeds', () => {
    expect(STEP_DELAY).toEqual({ minMs: 500, maxMs: 2_500 });
    for (const seed of SEEDS) {
      const random = seededRandom(seed);
      for (let i = 0; i < 50; i++) {
        const delay = stepDelay(random);
        expect(delay).toBeGreaterThanOrEqual(STEP_DELAY.minMs);
        expect(delay).toBeLessThanOrEqual(STEP_DELAY.maxMs);
      }
    }
  });

  it('clusters near the middle with jitter towards the edges', () => {
    const random = seededRandom(3);
    const delays = Array.from({ length: 5000 }, () => stepDelay(random));
    const middle = delays.filter((d) => d >= 1_000 && d <= 2_000).length;
    const edges = delays.filter((d) => d < 700 || d > 2_300).length;
    expect(middle / delays.length).toBeGreaterThan(0.6); // a flat spread would give 0.5
    expect(edges).toBeGreaterThan(0);
    expect(new Set(delays).size).toBeGreaterThan(1000);
  });

  it('stays within bounds with a misbehaving random source', () => {
    for (const value of [Number.NaN, -1, 2]) {
      const delay = stepDelay(constant(value));
      expect(delay).toBeGreaterThanOrEqual(STEP_DELAY.minMs);
      expect(delay).toBeLessThanOrEqual(STEP_DELAY.maxMs);
    }
  });
});

describe('keystrokeDelays', () => {
  it('gives one delay per character, counting an emoji or a CJK character as one', () => {
    const random = seededRandom(1);
    expect(keystrokeDelays('Jane Doe', random)).toHaveLength(8);
    expect(keystrokeDelays('王伟', random)).toHaveLength(2);
    expect(keystrokeDelays('Ana 🌻', random)).toHaveLength(5);
    expect(keystrokeDelays('', random)).toEqual([]);
  });

  it('types at a human pace over many seeds, with the occasional longer pause', () => {
    let pauses = 0;
    let keys = 0;
    for (const seed of SEEDS) {
      const delays = keystrokeDelays('Çağrı Yılmaz-Öztürk', seededRandom(seed));
      for (const delay of delays) {
        keys++;
        expect(delay).toBeGreaterThanOrEqual(KEYSTROKE_DELAY.minMs);
        expect(delay).toBeLessThanOrEqual(KEYSTROKE_MAX_MS);
        if (delay > KEYSTROKE_DELAY.maxMs) pauses++;
      }
    }
    // Roughly the promised share of hesitations: some, but not most.
    expect(pauses / keys).toBeGreaterThan(KEYSTROKE_PAUSE.chance / 2);
    expect(pauses / keys).toBeLessThan(KEYSTROKE_PAUSE.chance * 2);
  });

  it('does not type every key at the same speed', () => {
    const delays = keystrokeDelays('Alexandra Konstantinopoulou', seededRandom(5));
    expect(new Set(delays).size).toBeGreaterThan(15);
  });

  it('is the same for the same seed (replayable in tests)', () => {
    expect(keystrokeDelays('Jane', seededRandom(42))).toEqual(keystrokeDelays('Jane', seededRandom(42)));
    expect(keystrokeDelays('Jane', seededRandom(42))).not.toEqual(keystrokeDelays('Jane', seededRandom(43)));
  });
});

// The random helpers the pacing stands on (no test file of their own).
describe('seededRandom and uniformBetween', () => {
  it('draws in [0, 1), spread evenly, and repeats for a seed', () => {
    const random = seededRandom(2026);
    const draws = Array.from({ length: 10_000 }, () => random());
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
    const again = seededRandom(2026);
    expect(Array.from({ length: 5 }, () => again())).toEqual(draws.slice(0, 5));
  });

  it('stays within the bounds asked for', () => {
    const random = seededRandom(9);
    for (let i = 0; i < 1000; i++) {
      const x = uniformBetween(random, -3, 4);
      expect(x).toBeGreaterThanOrEqual(-3);
      expect(x).toBeLessThan(4);
    }
    expect(uniformBetween(random, 5, 5)).toBe(5);
  });

  it('refuses bounds that make no sense, with a message', () => {
    expect(() => uniformBetween(seededRandom(1), 5, 1)).toThrow(/min <= max/);
    expect(() => uniformBetween(seededRandom(1), 0, Number.NaN)).toThrow(/finite/);
  });
});
