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

/**
 * The usual wait between two removals, by pace: the gap is drawn from a skewed distribution whose
 * median is the middle of this range and whose 90th percentile is its top (see `gapShape`).
 */
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

/**
 * A right-skewed wait: `minMs` plus a log-normal part, so most draws sit around `medianMs`, fewer
 * towards `p90Ms` and beyond (a person who looked away), none below `minMs` and none above `capMs`
 * (a draw past the cap is drawn again, so no mass piles at the cap; nor at the minimum, which a
 * log-normal approaches only through its thin left tail: about one draw in 100,000 lands in the
 * first tenth of the way to the median). A uniform draw with hard edges is what a detector looks for: a flat
 * histogram that stops dead at two values.
 */
export interface SkewedWait {
  readonly minMs: number;
  readonly medianMs: number;
  readonly p90Ms: number;
  readonly capMs: number;
}

/**
 * The gap between removals for a pace: from the pace's minimum, median at the middle of its range,
 * 90th percentile at its top, capped at the minimum plus three times the range. So:
 *   normal:  never under 45 s, median 97.5 s, 90% under 2.5 min, never over 6 min;
 *   careful: never under 90 s, median 2.75 min, 90% under 4 min, never over 9 min.
 * (The log-normal's sigma follows from median and 90th percentile: ln(2) / 1.2816, about 0.54.)
 */
export function gapShape(pace: Pace): SkewedWait {
  const bounds = PACES[pace] ?? PACES.careful;
  const minMs = Math.max(MIN_GAP_MS, bounds.minMs);
  const range = bounds.maxMs - minMs;
  return { minMs, medianMs: minMs + range / 2, p90Ms: bounds.maxMs, capMs: minMs + 3 * range };
}

/**
 * Now and then a person takes a longer break: from the session's `afterRemovals`-th removal on,
 * each gap has this `chance` of a break of `extra` on top of the gap (the extra drawn skewed: from
 * 3 minutes, median 5, 90% under 8, never over 12). About one break in every ten gaps, so a
 * session of fifteen has one or two.
 */
export const LONG_BREAK = {
  afterRemovals: 3,
  chance: 0.1,
  extra: { minMs: 3 * 60_000, medianMs: 5 * 60_000, p90Ms: 8 * 60_000, capMs: 12 * 60_000 } as SkewedWait,
} as const;

/** Chrome's shortest alarm (in a packed extension): no step can come sooner from an alarm anyway. */
export const ALARM_MIN_MS = 30_000;

/**
 * From Start to the first step: at least Chrome's shortest alarm, then skewed (median 45 s, 90%
 * under 75 s, never over 2 min), so the first removal does not come at the same second after every
 * Start.
 */
export const FIRST_STEP: SkewedWait = {
  minMs: ALARM_MIN_MS,
  medianMs: 45_000,
  p90Ms: 75_000,
  capMs: 120_000,
};

/**
 * How long an order on the page may go unanswered before the session treats it as lost and checks
 * the person: never under 3 minutes (the removal's own steps take well under one; the session
 * controller counts an order lost from this minimum), median 3.75, 90% under 4.5, never over 6.
 * Varied, so the check that follows a lost order does not come at a fixed interval either.
 */
export const WATCHDOG: SkewedWait = { minMs: 180_000, medianMs: 225_000, p90Ms: 270_000, capMs: 360_000 };

/** The z-score of the 90th percentile of a standard normal distribution. */
const Z90 = 1.2815515655446004;
/** Draws past the cap before giving up and taking the median (only a broken random source gets there). */
const MAX_REDRAWS = 32;

/** One draw of a `SkewedWait`, in whole milliseconds. */
export function skewedWait(shape: SkewedWait, random: Random): number {
  const median = shape.medianMs - shape.minMs;
  const sigma = Math.log((shape.p90Ms - shape.minMs) / median) / Z90;
  for (let i = 0; i < MAX_REDRAWS; i++) {
    const ms = shape.minMs + median * Math.exp(sigma * standardNormal(random));
    if (ms <= shape.capMs) return Math.max(shape.minMs, Math.round(ms));
  }
  return Math.round(shape.medianMs);
}

/** Box–Muller: one standard normal draw from two uniform ones. */
function standardNormal(random: Random): number {
  const u1 = 1 - unit(random); // in (0, 1]: the log below stays finite
  const u2 = unit(random);
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

/** The wait before the next removal, without any long break. An unknown pace (a corrupt setting) is treated as careful. */
export function ordinaryGap(pace: Pace, random: Random): number {
  return skewedWait(gapShape(pace), random);
}

/** The long break to add to this gap (0 for none), given how many removals the session has made. */
export function longBreak(removedThisSession: number, random: Random): number {
  if (!(removedThisSession >= LONG_BREAK.afterRemovals)) return 0;
  if (unit(random) >= LONG_BREAK.chance) return 0;
  return skewedWait(LONG_BREAK.extra, random);
}

/** The wait before the next removal: a skewed gap, now and then with a long break on top. */
export function gapBetweenRemovals(pace: Pace, random: Random, removedThisSession = 0): number {
  return ordinaryGap(pace, random) + longBreak(removedThisSession, random);
}

/** From Start to the first step (see FIRST_STEP). */
export function firstStepDelay(random: Random): number {
  return skewedWait(FIRST_STEP, random);
}

/** From an order sent to the page to its watchdog (see WATCHDOG). */
export function watchdogDelay(random: Random): number {
  return skewedWait(WATCHDOG, random);
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
