/**
 * When the daily reminder is due, as pure functions of the chosen wall-clock time, "now", the
 * IANA time zone and what was already reminded. The reminder is a time of day in the user's own
 * zone ("09:30 wherever I am"), so it is computed from the zone every time, never stored as an
 * instant that a flight or a DST change would leave pointing at the wrong hour.
 *
 * Wall-clock times that do not map to exactly one instant follow one rule each:
 * - a time skipped by a spring-forward change (02:30 in New York on the second Sunday of March)
 *   becomes the next instant that exists: the moment the clocks jumped (03:00 new time);
 * - a time that happens twice on a fall-back day (01:30 in New York on the first Sunday of
 *   November) is the first of the two.
 *
 * Only Intl.DateTimeFormat is used to read a zone's rules, so this runs the same in the service
 * worker, on pages and in Node.
 */

export interface ReminderScheduleInput {
  /** Local time of day, HH:MM (24-hour). */
  time: string;
  /** Epoch ms. */
  now: number;
  /** IANA zone, e.g. "Europe/Berlin". */
  timeZone: string;
  /** The local day (YYYY-MM-DD) already reminded, or null: that day is never reminded again. */
  lastFiredDay: string | null;
  /** Epoch ms the user snoozed the reminder to, or null. A snooze still ahead wins. */
  snoozedUntil: number | null;
}

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The next instant the reminder is due at or after `now`. */
export function nextReminderAt(input: ReminderScheduleInput): number {
  const { now, timeZone, lastFiredDay, snoozedUntil } = input;
  const minuteOfDay = parseTimeOfDay(input.time);
  if (snoozedUntil !== null && snoozedUntil >= now) return snoozedUntil;

  const today = localDay(now, timeZone);
  const next = firstDayFrom(today, now, minuteOfDay, timeZone, lastFiredDay);
  // A lastFiredDay more than a day ahead of today cannot come from a zone change (zones differ by
  // at most 26 hours); only a clock that was wrong could write it. It must not silence the reminder.
  return next ?? firstDayFrom(today, now, minuteOfDay, timeZone, null)!;
}

/**
 * Whether a reminder should show now: the reminder falls in the `graceMs` before now (an alarm
 * that fired late because the computer slept still counts), and not earlier than planned. An alarm
 * that fires at the wrong local time (the user changed time zone since it was set) is not due.
 */
export function isReminderDue(input: ReminderScheduleInput, graceMs: number): boolean {
  return nextReminderAt({ ...input, now: input.now - graceMs }) <= input.now;
}

/** The local calendar day of `epoch` in `timeZone`, as YYYY-MM-DD. */
export function localDay(epoch: number, timeZone: string): string {
  const wall = wallClock(epoch, timeZone);
  return new Date(wall).toISOString().slice(0, 10);
}

/** The instant the wall clock in `timeZone` reads `minuteOfDay` on `day`, by the rules above. */
export function instantOfLocalTime(day: string, minuteOfDay: number, timeZone: string): number {
  const target = dayStartAsUtc(day) + minuteOfDay * MINUTE_MS; // the wall time, written as if UTC
  // The zone's offsets a day either side cover any change that happens on this day.
  const offsets = new Set([offsetAt(target - DAY_MS, timeZone), offsetAt(target + DAY_MS, timeZone)]);
  const exact = [...offsets]
    .map((offset) => target - offset)
    .filter((t) => wallClock(t, timeZone) === target);
  if (exact.length > 0) return Math.min(...exact); // fall-back: the first of the two

  // Spring-forward: the wall clock jumps over `target`. Find the first second that reads later.
  const [a, b] = [...offsets].map((offset) => target - offset);
  let lo = Math.floor(Math.min(a ?? target, b ?? target) / 1000); // reads before target
  let hi = Math.ceil(Math.max(a ?? target, b ?? target) / 1000); // reads after target
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (wallClock(mid * 1000, timeZone) >= target) hi = mid;
    else lo = mid;
  }
  return hi * 1000;
}

/** "HH:MM" -> minutes after midnight; throws on anything else. */
export function parseTimeOfDay(time: string): number {
  const match = TIME_OF_DAY.exec(time);
  if (!match) throw new Error(`Reminder time must be HH:MM, 00:00 to 23:59 (got “${time}”).`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** Checks today, tomorrow and the day after (enough for any zone); null if all were done. */
function firstDayFrom(
  today: string,
  now: number,
  minuteOfDay: number,
  timeZone: string,
  lastFiredDay: string | null,
): number | null {
  for (let ahead = 0; ahead < 3; ahead++) {
    const day = addDays(today, ahead);
    // Never a day already reminded, nor one before it (flying west can make "today" yesterday).
    if (lastFiredDay !== null && day <= lastFiredDay) continue;
    const at = instantOfLocalTime(day, minuteOfDay, timeZone);
    if (at >= now) return at;
  }
  return null;
}

function addDays(day: string, days: number): string {
  return new Date(dayStartAsUtc(day) + days * DAY_MS).toISOString().slice(0, 10);
}

function dayStartAsUtc(day: string): number {
  const match = ISO_DAY.exec(day);
  if (!match) throw new Error(`Not a YYYY-MM-DD day: “${day}”.`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

/** How far the zone's wall clock is ahead of UTC at `epoch`, in ms. */
function offsetAt(epoch: number, timeZone: string): number {
  const whole = Math.floor(epoch / 1000) * 1000; // the wall clock is read to the second
  return wallClock(whole, timeZone) - whole;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The wall clock in `timeZone` at `epoch` (to the second), written as if it were a UTC time. */
function wallClock(epoch: number, timeZone: string): number {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  const parts: Record<string, number> = {};
  for (const part of format.formatToParts(epoch))
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return Date.UTC(parts.year!, parts.month! - 1, parts.day, parts.hour, parts.minute, parts.second);
}
