import { describe, expect, it } from 'vitest';
import {
  ALARM_MIN_MS,
  FIRST_STEP,
  KEYSTROKE_DELAY,
  KEYSTROKE_MAX_MS,
  KEYSTROKE_PAUSE,
  MIN_GAP_MS,
  PACES,
  LONG_BREAK,
  STEP_DELAY,
  WATCHDOG,
  firstStepDelay,
  gapBetweenRemovals,
  gapShape,
  longBreak,
  ordinaryGap,
  watchdogDelay,
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
  it('has normal usually at 45..150 s and careful slower, both above the floor', () => {
    expect(PACES.normal).toEqual({ minMs: 45_000, maxMs: 150_000 });
    expect(PACES.careful.minMs).toBeGreaterThan(PACES.normal.minMs);
    expect(PACES.careful.maxMs).toBeGreaterThan(PACES.normal.maxMs);
    for (const bounds of Object.values(PACES)) expect(bounds.minMs).toBeGreaterThanOrEqual(MIN_GAP_MS);
    expect(MIN_GAP_MS).toBe(20_000);
  });
});

describe('gapBetweenRemovals', () => {
  const quantile = (sorted: number[], q: number) => sorted[Math.floor(q * (sorted.length - 1))]!;

  it.each<Pace>(['normal', 'careful'])(
    'issue 13: 10,000 %s gaps are skewed as documented, never under the minimum, with no edges',
    (pace) => {
      const shape = gapShape(pace);
      const random = seededRandom(pace === 'normal' ? 13 : 31);
      const gaps = Array.from({ length: 10_000 }, () => ordinaryGap(pace, random)).sort((a, b) => a - b);
      for (const gap of gaps) expect(Number.isInteger(gap)).toBe(true);
      expect(gaps[0]).toBeGreaterThanOrEqual(PACES[pace].minMs);
      expect(gaps.at(-1)).toBeLessThanOrEqual(shape.capMs);
      // No mass piled at either edge (a uniform draw puts 1% in each, a clamped one far more).
      const span = shape.capMs - shape.minMs;
      const nearMin = gaps.filter((g) => g < shape.minMs + span / 100).length;
      const nearCap = gaps.filter((g) => g > shape.capMs - span / 100).length;
      expect(nearMin / gaps.length).toBeLessThan(0.01);
      expect(nearCap / gaps.length).toBeLessThan(0.01);
      // The shape the comment in pacing.ts promises: median mid-range, 90% under the range's top.
      const range = PACES[pace].maxMs - PACES[pace].minMs;
      expect(shape.medianMs).toBe(PACES[pace].minMs + range / 2);
      expect(shape.p90Ms).toBe(PACES[pace].maxMs);
      expect(Math.abs(quantile(gaps, 0.5) - shape.medianMs)).toBeLessThan(range * 0.03);
      expect(Math.abs(quantile(gaps, 0.9) - shape.p90Ms)).toBeLessThan(range * 0.06);
      // Skewed right: a long tail past the usual range, and the mean above the median.
      const beyond = gaps.filter((g) => g > PACES[pace].maxMs).length / gaps.length;
      expect(beyond).toBeGreaterThan(0.07);
      expect(beyond).toBeLessThan(0.13);
      const mean = gaps.reduce((a, b) => a + b, 0) / gaps.length;
      expect(mean).toBeGreaterThan(quantile(gaps, 0.5));
      // Not clustered at a few values: a histogram of 20 bins over the usual range has no empty bin.
      const bins = new Array<number>(20).fill(0);
      for (const g of gaps)
        if (g < PACES[pace].maxMs) bins[Math.floor(((g - PACES[pace].minMs) / range) * 20)]!++;
      expect(bins.slice(1).every((n) => n > 0)).toBe(true);
    },
  );

  it('issue 13: a long break now and then, at the documented rate, only after a few removals', () => {
    const random = seededRandom(99);
    expect(Array.from({ length: 2000 }, () => longBreak(LONG_BREAK.afterRemovals - 1, random))).toEqual(
      new Array(2000).fill(0),
    );
    const breaks = Array.from({ length: 10_000 }, () => longBreak(LONG_BREAK.afterRemovals, random));
    const taken = breaks.filter((b) => b > 0);
    const rate = taken.length / breaks.length;
    // 10,000 draws at 10%: the standard deviation is 0.3%; 1% is over three of them.
    expect(Math.abs(rate - LONG_BREAK.chance)).toBeLessThan(0.01);
    for (const b of taken) {
      expect(b).toBeGreaterThanOrEqual(LONG_BREAK.extra.minMs);
      expect(b).toBeLessThanOrEqual(LONG_BREAK.extra.capMs);
    }
    const sorted = taken.sort((a, b) => a - b);
    expect(Math.abs(quantile(sorted, 0.5) - LONG_BREAK.extra.medianMs)).toBeLessThan(20_000);
  });

  it('adds the break to the gap: a session of many removals has some much longer gaps', () => {
    const random = seededRandom(5);
    const gaps = Array.from({ length: 1000 }, (_, i) => gapBetweenRemovals('normal', random, i));
    const long = gaps.filter((g) => g >= PACES.normal.minMs + LONG_BREAK.extra.minMs).length;
    expect(long).toBeGreaterThan(50);
    expect(long).toBeLessThan(150);
    for (const g of gaps) expect(g).toBeGreaterThanOrEqual(PACES.normal.minMs);
  });

  it('varies: it is random, not a fixed wait', () => {
    const random = seededRandom(7);
    const gaps = new Set(Array.from({ length: 100 }, () => gapBetweenRemovals('normal', random)));
    expect(gaps.size).toBeGreaterThan(90);
  });

  it.each([
    ['always 0', constant(0)],
    ['negative', constant(-5)],
    ['NaN', constant(Number.NaN)],
    ['1 or more', constant(7)],
    ['-Infinity', constant(Number.NEGATIVE_INFINITY)],
    ['just under 1', constant(1 - Number.EPSILON)],
  ])('never goes under the floor or over the cap with a random source returning %s', (_what, random) => {
    for (const pace of ['normal', 'careful'] as const) {
      const gap = gapBetweenRemovals(pace, random, 10);
      expect(gap).toBeGreaterThanOrEqual(MIN_GAP_MS);
      expect(gap).toBeGreaterThanOrEqual(PACES[pace].minMs);
      expect(gap).toBeLessThanOrEqual(gapShape(pace).capMs + LONG_BREAK.extra.capMs);
    }
  });

  it('treats an unknown pace (a corrupt setting) as careful', () => {
    expect(gapShape('reckless' as Pace)).toEqual(gapShape('careful'));
    // A source always 0 draws the median exactly.
    expect(gapBetweenRemovals('reckless' as Pace, constant(0))).toBe(gapShape('careful').medianMs);
  });
});

describe('issue 13: the first step after Start and the watchdog vary', () => {
  it.each([
    ['first step', FIRST_STEP, firstStepDelay],
    ['watchdog', WATCHDOG, watchdogDelay],
  ] as const)('the %s is drawn skewed, never under its minimum', (_what, shape, draw) => {
    const random = seededRandom(2);
    const waits = Array.from({ length: 5000 }, () => draw(random)).sort((a, b) => a - b);
    expect(waits[0]).toBeGreaterThanOrEqual(shape.minMs);
    expect(waits.at(-1)).toBeLessThanOrEqual(shape.capMs);
    const median = waits[2500]!;
    expect(Math.abs(median - shape.medianMs)).toBeLessThan((shape.medianMs - shape.minMs) * 0.1);
    expect(new Set(waits).size).toBeGreaterThan(3000);
    const nearMin = waits.filter((w) => w < shape.minMs + (shape.capMs - shape.minMs) / 100).length;
    expect(nearMin / waits.length).toBeLessThan(0.01);
  });

  it('the first step is never sooner than Chrome lets an alarm fire', () => {
    expect(FIRST_STEP.minMs).toBeGreaterThanOrEqual(ALARM_MIN_MS);
    expect(ALARM_MIN_MS).toBe(30_000);
    for (const value of [0, 0.5, 1 - Number.EPSILON, Number.NaN])
      expect(firstStepDelay(constant(value))).toBeGreaterThanOrEqual(30_000);
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
