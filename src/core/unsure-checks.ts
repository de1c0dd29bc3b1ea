/**
 * When to search again for someone whose removal LinkedIn has not confirmed, and when to stop
 * believing it will. LinkedIn's search index can keep listing a person for a while after the
 * removal went through, so one search that still lists them proves nothing: they are searched for
 * at least UNSURE_MIN_CHECKS times, the last no sooner than UNSURE_MIN_SPAN_MS after the confirm
 * click, before QuietPrune settles them as still listed. Every span is a human-paced span, so it
 * is multiplied by the human-delay scale (1 in the store build; the e2e build compresses it).
 */

/** How many searches, after the click, must all still list the person before they settle as still listed. */
export const UNSURE_MIN_CHECKS = 3;
/** The least time between the confirm click and the last of those searches (× the human-delay scale). */
export const UNSURE_MIN_SPAN_MS = 15 * 60_000;
/**
 * When each check is due, counted from the confirm click (× the scale): soon (a short lag clears
 * fast), then spread out so the last lands at the minimum span.
 */
export const UNSURE_CHECK_OFFSETS_MS: readonly number[] = [60_000, 7.5 * 60_000, UNSURE_MIN_SPAN_MS];

/** When the check after `checksDone` checks is due: never before `now`. */
export function nextCheckAt(clickedAt: number, checksDone: number, scale: number, now: number): number {
  const offset = UNSURE_CHECK_OFFSETS_MS[Math.min(checksDone, UNSURE_CHECK_OFFSETS_MS.length - 1)]!;
  return Math.max(now, clickedAt + offset * scale);
}

/**
 * After a search that still listed them (`checksDone` counts it): settled as still listed, or
 * the time of the next check.
 */
export function afterStillListed(
  clickedAt: number,
  checksDone: number,
  scale: number,
  now: number,
): { settled: true } | { settled: false; nextCheckAt: number } {
  if (checksDone >= UNSURE_MIN_CHECKS && now - clickedAt >= UNSURE_MIN_SPAN_MS * scale)
    return { settled: true };
  return { settled: false, nextCheckAt: nextCheckAt(clickedAt, checksDone, scale, now) };
}
