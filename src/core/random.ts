/**
 * Randomness as a parameter. Logic in `core/` never calls Math.random(): it takes a `Random`, so
 * the shell passes `Math.random` and tests pass a seeded source whose every run is the same.
 */

/** A source of numbers in [0, 1), like Math.random. */
export type Random = () => number;

/**
 * A small, fast, seeded generator (mulberry32). Good enough to spread pauses and to drive property
 * tests; not for anything secret. The seed is taken as a 32-bit unsigned integer.
 */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A number drawn evenly from [min, max). A source that misbehaves (NaN, negative, 1 or more) is
 * clamped into [0, 1), so the result always stays within the bounds the caller asked for.
 */
export function uniformBetween(random: Random, min: number, max: number): number {
  if (!Number.isFinite(min) || !Number.isFinite(max) || min > max) {
    throw new RangeError(`uniformBetween needs finite bounds with min <= max, got ${min}..${max}.`);
  }
  return min + unit(random) * (max - min);
}

/** One draw, forced into [0, 1). */
export function unit(random: Random): number {
  const r = random();
  if (!(r >= 0)) return 0; // NaN or negative
  return r < 1 ? r : 1 - Number.EPSILON;
}
