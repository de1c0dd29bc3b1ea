import browser from 'webextension-polyfill';
import { CAP_WINDOW_MS, capTimes, nextAllowedAt, remainingToday } from '../core/daily-cap';
import { readEndedElsewhere } from '../storage/connections';
import { readSettings } from '../storage/meta';
import { now, toRealTime } from './clock';
import { database } from './database';

/**
 * The toolbar badge: how many people are queued, or "cap" once today's removals are used up, or
 * nothing when the queue is empty. Recomputed from IndexedDB on every change (the queue and the
 * removal log are the truth; the badge is only a picture of them).
 *
 * "cap" must clear by itself when the 24-hour window frees a removal, with nobody touching
 * anything: BADGE_ALARM is set for that moment, and the worker calls refreshBadge when it fires.
 */
export const BADGE_ALARM = 'quietprune-badge-refresh';

const QUEUED_COLOUR = '#0d6b63';
const CAP_COLOUR = '#7a4f00';

export interface BadgeView {
  text: string;
  title: string;
  colour: string;
  /** When "cap" stops being true (epoch ms on the worker's clock), or null. */
  recheckAt: number | null;
}

/** What the badge shows for this queue, cap and removal history. Pure, for tests. */
export function badgeView(
  queued: number,
  removalTimes: readonly number[],
  cap: number,
  at: number,
  formatTime: (at: number) => string,
): BadgeView {
  if (queued === 0) return { text: '', title: 'QuietPrune', colour: QUEUED_COLOUR, recheckAt: null };
  const remaining = remainingToday(removalTimes, cap, at);
  if (remaining === 0) {
    const next = nextAllowedAt(removalTimes, cap, at);
    return {
      text: 'cap',
      title: `QuietPrune: today’s cap of ${cap} removals is reached. ${queued} queued; the next removal is allowed ${formatTime(next)}.`,
      colour: CAP_COLOUR,
      recheckAt: next,
    };
  }
  return {
    text: queued > 999 ? '999+' : String(queued),
    title: `QuietPrune: ${queued} queued, ${remaining} ${remaining === 1 ? 'removal' : 'removals'} left today.`,
    colour: QUEUED_COLOUR,
    recheckAt: null,
  };
}

const formatTime = (at: number) =>
  new Date(at).toLocaleString(undefined, { weekday: 'short', hour: '2-digit', minute: '2-digit' });

export async function refreshBadge(): Promise<void> {
  try {
    const at = await now();
    const db = await database();
    const [queued, settings, recent, elsewhere] = await Promise.all([
      db.countFromIndex('queue', 'byStatus', 'queued'),
      readSettings(db),
      // Two windows back: a removal logged "in the future" (clock set back) still counts.
      db.getAllFromIndex('removalLog', 'byAt', IDBKeyRange.lowerBound(at - 2 * CAP_WINDOW_MS)),
      readEndedElsewhere({ get: (key) => db.get('meta', key) }),
    ]);
    const view = badgeView(
      queued,
      capTimes(
        recent.map((entry) => entry.at),
        elsewhere,
      ),
      settings.dailyCap,
      at,
      formatTime,
    );
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
