import { unit, uniformBetween, type Random } from './random';
import type { Pace } from './settings';

/**
 * How long QuietPrune waits, so that it moves like a person and not like a script: minutes between
 * removals, a second or two between the clicks of one removal, and a name typed key by key.
 * LinkedIn publishes no limit for removals and has warned accounts that removed too fast even by
 * hand, so these are deliberately slower than any public tool.
 *
 * Every value is in milliseconds and drawn from the `Random` passed in.
 */
export type { Pace };

export interface Bounds {
  readonly minMs: number;
  readonly maxMs: number;
}

/** Wait between two removals, by pace. */
export const PACES: Readonly<Record<Pace, Bounds>> = {
  normal: { minMs: 45_000, maxMs: 150_000 },
  careful: { minMs: 90_000, maxMs: 240_000 },
};

/** The shortest wait between two removals, whatever the pace table or the random source say. */
export const MIN_GAP_MS = 20_000;

/** Between the steps of one removal (open the menu, choose Remove, confirm). */
export const STEP_DELAY: Bounds = { minMs: 500, maxMs: 2_500 };

/** One key press while typing a name into the search box. */
export const KEYSTROKE_DELAY: Bounds = { minMs: 60, maxMs: 220 };

/** Now and then a typist hesitates: how often, and how much longer that key takes. */
export const KEYSTROKE_PAUSE = { chance: 0.08, extra: { minMs: 250, maxMs: 700 } as Bounds } as const;

/** The longest a single key press can take, pause included. */
export const KEYSTROKE_MAX_MS = KEYSTROKE_DELAY.maxMs + KEYSTROKE_PAUSE.extra.maxMs;

/** The wait before the next removal. An unknown pace (a corrupt setting) is treated as careful. */
export function gapBetweenRemovals(pace: Pace, random: Random): number {
  const bounds = PACES[pace] ?? PACES.careful;
  return Math.max(MIN_GAP_MS, Math.round(uniformBetween(random, bounds.minMs, bounds.maxMs)));
}

/**
 * The wait between two steps of one removal. The mean of two draws, so most waits sit near the
 * middle of the range and few at its edges, as a person's reaction times do.
 */
export function stepDelay(random: Random): number {
  const jittered = (unit(random) + unit(random)) / 2;
  return Math.round(STEP_DELAY.minMs + jittered * (STEP_DELAY.maxMs - STEP_DELAY.minMs));
}

/** One delay per character of `text` (per code point, so an emoji or a surrogate pair is one key). */
export function keystrokeDelays(text: string, random: Random): number[] {
  return Array.from(text, () => {
    const base = uniformBetween(random, KEYSTROKE_DELAY.minMs, KEYSTROKE_DELAY.maxMs);
    const hesitates = unit(random) < KEYSTROKE_PAUSE.chance;
    const extra = hesitates
      ? uniformBetween(random, KEYSTROKE_PAUSE.extra.minMs, KEYSTROKE_PAUSE.extra.maxMs)
      : 0;
    return Math.round(base + extra);
  });
}
