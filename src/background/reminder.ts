import browser from 'webextension-polyfill';
import { remainingToday } from '../core/daily-cap';
import { isReminderDue, localDay, nextReminderAt } from '../core/reminder-schedule';
import { suggest } from '../core/triage';
import { database } from '../storage/db';
import { getMeta, updateMeta } from '../storage/meta';
import { undecidedPeople } from '../storage/people';
import { countQueued, recentCapTimes } from '../storage/queries';
import { refreshBadge } from './badge';
import { now, toRealTime } from './clock';
import { clearNotification, mayNotify, notify } from './notifications';
import { startSession } from './session/session-controller';
import { isSessionLive } from '../core/session-status';
import { t, tp } from '../ui/i18n';

/**
 * The daily reminder (off until the person turns it on, which asks Chrome for the optional
 * notifications permission; background/notifications.ts): at the user's chosen local time, a notification saying how many people are
 * queued and how many removals today's cap still allows, with "Start session" (the click is the
 * consent to start) and "Snooze" (one hour).
 *
 * The time is a wall-clock time in whatever zone the computer is in now, so it is recomputed
 * from the current zone every time (core/reminder-schedule.ts); one chrome.alarms alarm holds
 * the next instant, and survives the worker stopping. What was already reminded lives in meta
 * 'reminder', so one local day never gets two reminders (a snooze the user asked for aside).
 */
export const REMINDER_ALARM = 'quietprune-daily-reminder';

const SNOOZE_MS = 60 * 60_000;
/** An alarm that fires this late (the computer slept through the time) still reminds. */
const LATE_GRACE_MS = 3 * 60 * 60_000;
/** An existing alarm this close to the wanted time is the same alarm (left alone, not re-created). */
const SAME_ALARM_WITHIN_MS = 1000;
const NOTIFICATION_PREFIX = 'quietprune-reminder:';
const ICON = 'icons/icon-128.png';

/** The zone the computer is in right now (it changes when the user travels). */
function currentTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Sets the alarm for the next reminder, unless it is already set for exactly that time. */
export async function ensureReminderAlarm(): Promise<void> {
  const db = await database();
  const settings = await getMeta(db, 'settings');
  // Off, or on without the notifications permission (refused, or taken back in Chrome's settings):
  // no alarm, since it could only wake the worker to show nothing.
  if (!settings.reminder.enabled || !(await mayNotify())) {
    await browser.alarms.clear(REMINDER_ALARM);
    return;
  }
  const state = await getMeta(db, 'reminder');
  const next = nextReminderAt({
    time: settings.reminder.time,
    now: await now(),
    timeZone: currentTimeZone(),
    ...state,
  });
  const when = await toRealTime(next);
  const existing = await browser.alarms.get(REMINDER_ALARM);
  if (existing && Math.abs(existing.scheduledTime - when) < SAME_ALARM_WITHIN_MS) return;
  await browser.alarms.create(REMINDER_ALARM, { when });
}

export interface ReminderCounts {
  queued: number;
  suggestions: number;
  /** Removals today's cap still allows. */
  remaining: number;
}

export interface ReminderNotification {
  /** 'start' offers Start session; 'review' (nobody queued yet) offers to look at the suggestions. */
  kind: 'start' | 'review';
  title: string;
  message: string;
  buttons: [string, string];
}

/** What the reminder says, or null when there is nothing to remind about. */
export function reminderNotificationContent({
  queued,
  suggestions,
  remaining,
}: ReminderCounts): ReminderNotification | null {
  if (remaining <= 0) return null; // today's budget is spent: nothing could happen anyway
  if (queued === 0 && suggestions === 0) return null;
  const left = tp('cap_left', remaining);
  if (queued > 0) {
    return {
      kind: 'start',
      title: t('extName'),
      message: t('reminder_queued', queued, left),
      buttons: [t('session_start'), t('reminder_snooze')],
    };
  }
  return {
    kind: 'review',
    title: t('extName'),
    message: tp('reminder_suggestions', suggestions, left),
    buttons: [t('reminder_review'), t('reminder_snooze')],
  };
}

/** The alarm fired: remind if it is really time (in the zone we are in now), then set the next one. */
export async function onReminderAlarm(): Promise<void> {
  const at = await now();
  const db = await database();
  const settings = await getMeta(db, 'settings');
  if (!settings.reminder.enabled) {
    await browser.alarms.clear(REMINDER_ALARM);
    return;
  }
  const timeZone = currentTimeZone();
  // Decide and record in one transaction, so two wake-ups can never both remind.
  let due = false;
  await updateMeta(db, 'reminder', (state) => {
    due = isReminderDue({ time: settings.reminder.time, now: at, timeZone, ...state }, LATE_GRACE_MS);
    return due ? { lastFiredDay: localDay(at, timeZone), snoozedUntil: null } : state;
  });
  // Not due: the alarm fired at the wrong local time (the zone changed since it was set) or long
  // after it (the computer slept): no notification, only the next alarm. And a session already
  // running needs no reminder to start one.
  if (due && !(await sessionActive())) {
    const content = reminderNotificationContent(await reminderCounts(at, settings.dailyCap));
    if (content) await showReminder(content, at);
  }
  await ensureReminderAlarm();
  await refreshBadge();
}

async function sessionActive(): Promise<boolean> {
  return isSessionLive((await getMeta(await database(), 'session')).status);
}

async function reminderCounts(at: number, cap: number): Promise<ReminderCounts> {
  const db = await database();
  const [queued, recent] = await Promise.all([countQueued(db), recentCapTimes(db, at)]);
  const remaining = remainingToday(recent, cap, at);
  // Suggestions matter only when nobody is queued; counting them reads every connection.
  const suggestions = queued === 0 && remaining > 0 ? suggest(await undecidedPeople(db), at).size : 0;
  return { queued, suggestions, remaining };
}

// chrome.notifications, not browser.*: the reminder's buttons are Chrome's alone (Firefox has no
// notification buttons, so the polyfill's types have none); clear goes the same way for one API.
async function showReminder(content: ReminderNotification, at: number): Promise<void> {
  await notify(`${NOTIFICATION_PREFIX}${content.kind}:${at}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL(ICON),
    title: content.title,
    message: content.message,
    buttons: content.buttons.map((title) => ({ title })),
    priority: 0,
  });
}

function reminderKind(notificationId: string): ReminderNotification['kind'] | null {
  if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return null;
  const kind = notificationId.slice(NOTIFICATION_PREFIX.length).split(':')[0];
  return kind === 'start' || kind === 'review' ? kind : null;
}

export async function onNotificationButton(notificationId: string, buttonIndex: number): Promise<void> {
  const kind = reminderKind(notificationId);
  if (kind === null) return;
  await clearNotification(notificationId);
  if (buttonIndex === 1) return snooze();
  if (kind === 'review') return openQueueView();
  const reply = await startSession();
  if (!reply.ok) {
    // The user pressed Start and nothing started: say why where they are looking.
    await notify(`${NOTIFICATION_PREFIX}error:${await now()}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL(ICON),
      title: t('reminder_couldNotStart'),
      message: reply.error,
      priority: 0,
    });
  }
}

/** A click on the reminder itself shows the queue; starting always needs the button. */
export async function onNotificationClick(notificationId: string): Promise<void> {
  if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return;
  await clearNotification(notificationId);
  if (reminderKind(notificationId) !== null) await openQueueView();
}

async function snooze(): Promise<void> {
  const until = (await now()) + SNOOZE_MS;
  await updateMeta(await database(), 'reminder', (state) => ({ ...state, snoozedUntil: until }));
  await ensureReminderAlarm();
}

async function openQueueView(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('src/popup/index.html') });
}
