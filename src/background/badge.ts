import browser from 'webextension-polyfill';
import { nextAllowedAt, remainingToday } from '../core/daily-cap';
import { database } from '../storage/db';
import { getMeta, type SessionState } from '../storage/meta';
import { countQueued, recentCapTimes } from '../storage/queries';
import { formatTime } from '../ui/format';
import { now, toRealTime } from './clock';
import { t, tp } from '../ui/i18n';

/**
 * The toolbar badge: the session's state and how many people are queued. While a session runs,
 * "▶" and the count; paused, "‖" and the count; after a safety stop, "stop" in red until the next
 * Start (it needs no notification permission, and LinkedIn's page shows nothing). Otherwise the
 * count, or "cap" once today's removals are used up, or nothing when the queue is empty.
 * Recomputed from IndexedDB on every change (the session, the queue and the removal log are the
 * truth; the badge is only a picture of them).
 *
 * "cap" must clear by itself when the 24-hour window frees a removal, with nobody touching
 * anything: BADGE_ALARM is set for that moment, and the worker calls refreshBadge when it fires.
 */
export const BADGE_ALARM = 'quietprune-badge-refresh';

const QUEUED_COLOUR = '#0d6b63';
const CAP_COLOUR = '#7a4f00';
const RUNNING_COLOUR = '#2e7d32';
const PAUSED_COLOUR = '#5f6368';
const STOPPED_COLOUR = '#b3261e';

/** What of the session the badge shows. */
export type BadgeSession = Pick<
  SessionState,
  'status' | 'safetyStop' | 'removedThisSession' | 'plannedThisSession' | 'endMessage'
>;

export interface BadgeView {
  text: string;
  title: string;
  colour: string;
  /** When "cap" stops being true (epoch ms on the worker's clock), or null. */
  recheckAt: number | null;
}

/** What the badge shows for this session, queue, cap and removal history. Pure, for tests. */
export function badgeView(
  queued: number,
  removalTimes: readonly number[],
  cap: number,
  at: number,
  formatTime: (at: number) => string,
  session: BadgeSession,
): BadgeView {
  const count = queued > 99 ? '99+' : String(queued);
  const progress = t('session_runningCount', session.removedThisSession, session.plannedThisSession);
  if (session.status === 'running')
    return {
      text: `▶${count}`,
      title: t('badge_running', progress, queued),
      colour: RUNNING_COLOUR,
      recheckAt: null,
    };
  if (session.status === 'paused')
    return {
      text: `‖${count}`,
      title: t('badge_paused', progress),
      colour: PAUSED_COLOUR,
      recheckAt: null,
    };
  if (session.status === 'ended' && session.safetyStop)
    return {
      text: 'stop',
      title: t('badge_safetyStop', session.endMessage),
      colour: STOPPED_COLOUR,
      recheckAt: null,
    };
  if (queued === 0) return { text: '', title: t('extName'), colour: QUEUED_COLOUR, recheckAt: null };
  const remaining = remainingToday(removalTimes, cap, at);
  if (remaining === 0) {
    const next = nextAllowedAt(removalTimes, cap, at);
    return {
      text: 'cap',
      title: t('badge_cap', cap, queued, formatTime(next)),
      colour: CAP_COLOUR,
      recheckAt: next,
    };
  }
  return {
    text: queued > 999 ? '999+' : String(queued),
    title: t('badge_queued', queued, tp('cap_left', remaining)),
    colour: QUEUED_COLOUR,
    recheckAt: null,
  };
}

export async function refreshBadge(): Promise<void> {
  try {
    const at = await now();
    const db = await database();
    const [queued, settings, session, recent] = await Promise.all([
      countQueued(db),
      getMeta(db, 'settings'),
      getMeta(db, 'session'),
      recentCapTimes(db, at),
    ]);
    const view = badgeView(queued, recent, settings.dailyCap, at, formatTime, session);
    await Promise.all([
      browser.action.setBadgeText({ text: view.text }),
      browser.action.setTitle({ title: view.title }),
      browser.action.setBadgeBackgroundColor({ color: view.colour }),
    ]);
    if (view.recheckAt === null) await browser.alarms.clear(BADGE_ALARM);
    else await browser.alarms.create(BADGE_ALARM, { when: await toRealTime(view.recheckAt + 1000) });
  } catch (error) {
    // The badge is a convenience: a failure here must never fail the command that changed the data.
    console.warn('QuietPrune could not update the toolbar badge', error);
  }
}
