import browser from 'webextension-polyfill';
import type { ContentToBackground, Reply } from '../../messages';
import { capTimes, mayRemoveNow } from '../../core/daily-cap';
import { firstStepDelay, gapBetweenRemovals, stepDelay, WATCHDOG, watchdogDelay } from '../../core/pacing';
import { markSkipped, start, type QueueItem } from '../../core/removal-queue';
import type { RemovalLogEntry, RemovalLogState } from '../../core/removal-log';
import { isSafetyStop, notifiesEnd, type EndReason } from '../../core/session-end';
import { nextStep, type NextStep } from '../../core/session-next-step';
import { settle } from '../../core/session-settle';
import { startDecision } from '../../core/session-start';
import { warningInUrl, describeWarning } from '../../linkedin/warning-signs';
import { endReasonText, startRefusalText, unexpectedReasonText } from '../../ui/session-wording';
import { database } from '../../storage/db';
import { getMeta, type SessionState } from '../../storage/meta';
import { allQueueItems, allRemovalTimes } from '../../storage/queries';
import { transact } from '../../storage/transaction';
import type { PersonFacts } from '../../data-export';
import { sendToTab } from '../../platform/messaging';
import { announce } from '../broadcast';
import { refreshBadge } from '../badge';
import { humanDelayScale, now, toRealTime } from '../clock';
import { locksOff } from '../test-hooks';
import { focusOrOpenConnectionsTab } from '../connections-tab';
import { notify } from '../notifications';
import { changeSession, getSession } from './session-store';
import { isSessionLive, isOrderInProgress } from '../../core/session-status';
import { t } from '../../ui/i18n';

/**
 * A removal session: the user presses Start (their consent), and the worker removes queued people
 * one at a time on the Connections tab, pausing like a person between them, until the queue is
 * empty, the daily cap is reached, or something looks wrong.
 *
 * Every decision is a pure function in src/core: whether Start is allowed (session-start.ts),
 * what to do next (session-next-step.ts), how a result settles (session-settle.ts) and whether an
 * end is a safety stop (session-end.ts). This file only reads IndexedDB, calls them, and writes
 * what they return; words come from ui/session-wording.ts.
 *
 *   idle/ended --start--> running --(alarm)--> one removal, or one search for an interrupted
 *                           |   ^              or unsure person, on the page --(result)--> running
 *                     pause |   | resume                                          |
 *                           v   |                   cap reached, queue empty (at once, at the
 *                         paused                    result that emptied it), safety stop, tab
 *                                                   closed, stop
 *                                                                                 v
 *                                                                               ended
 *
 * While someone is unsure (LinkedIn's confirm button was clicked and no search has confirmed the
 * removal yet), the session waits for that person's next check and removes nobody else; see
 * core/session-next-step.ts for why.
 *
 * Every fact lives in IndexedDB (session record, queue, removal log). The time to the next
 * removal is a chrome.alarms alarm, so the session survives Chrome stopping the worker. Only one
 * tab executes (the one the session was started in), and the cap is checked from the removal log
 * in the same transaction that starts each removal, so no second tab or second worker can go over it.
 */
export const SESSION_ALARM = 'quietprune-session-step';
/**
 * An order to the page with no answer after this long is treated as interrupted and checked. Its
 * watchdog alarm comes at a varied time no sooner than this (core/pacing.ts WATCHDOG), so the order
 * is always found lost when the watchdog fires.
 */
const ORDER_LOST_AFTER_MS = WATCHDOG.minMs;
/**
 * A hands-on order waits for the person's clicks: the page gives them HANDS_ON_LIMIT_MS
 * (content/removal/hands-on.ts) and answers by then, so its watchdog is longer than that.
 */
const HANDS_ON_ORDER_LOST_AFTER_MS = 12 * 60_000;
/**
 * An automatic session hands a removal to the person when a step has no handle QuietPrune knows in
 * the page's language (issue 14): from its first guide step (`handsOn` set) the order waits as a
 * hands-on one does.
 */
const waitsForPerson = (session: Pick<SessionState, 'whoClicks' | 'handsOn'>) =>
  session.whoClicks === 'hands-on' || (session.handsOn ?? null) !== null;
const orderLostAfter = (session: Pick<SessionState, 'whoClicks' | 'handsOn'>) =>
  waitsForPerson(session) ? HANDS_ON_ORDER_LOST_AFTER_MS : ORDER_LOST_AFTER_MS;
/** When the watchdog of an order sent now fires: varied (core/pacing.ts), never before the order counts as lost. */
const watchdogAfter = (session: Pick<SessionState, 'whoClicks' | 'handsOn'>) =>
  waitsForPerson(session) ? HANDS_ON_ORDER_LOST_AFTER_MS : watchdogDelay(Math.random);
/** How long a session waits for its tab to load or become idle before it gives up. */
const PAGE_WAIT_MS = 3 * 60_000;
/** Real time between two looks at a page that could not take an order (Chrome's shortest alarm). */
const PAGE_RETRY_MS = 30_000;

export async function startSession(): Promise<Reply> {
  const at = await now();
  const db = await database();
  const current = await getSession();
  if (isSessionLive(current.status)) {
    if (current.tabId !== null)
      await browser.tabs.update(current.tabId, { active: true }).catch(() => undefined);
    return { ok: true, data: { message: 'A session is already running.' } };
  }
  const [settings, removalTimes, queue, elsewhere, riskAccepted] = await Promise.all([
    getMeta(db, 'settings'),
    allRemovalTimes(db),
    allQueueItems(db),
    getMeta(db, 'endedElsewhere'),
    getMeta(db, 'riskAccepted'),
  ]);
  const decision = startDecision({
    sessionStatus: current.status,
    queue,
    // Connections that ended outside QuietPrune count against the cap too (core/daily-cap.ts).
    removalTimes: capTimes(removalTimes, elsewhere),
    cap: settings.dailyCap,
    now: at,
    riskAccepted: riskAccepted !== null,
  });
  if (!decision.ok) return { ok: false, error: startRefusalText(decision.refusal) };
  const tab = await focusOrOpenConnectionsTab();
  if (tab.id === undefined) return { ok: false, error: 'Could not open LinkedIn’s Connections page.' };
  const firstStepAt = at + firstStepDelay(Math.random) * (await humanDelayScale());
  // The claim is one transaction: of two Starts at once (two popups, a popup and the reminder),
  // exactly one session begins, in one tab; the other finds it running.
  let claimed = false;
  await changeSession((s) => {
    if (isSessionLive(s.status)) return s;
    claimed = true;
    return {
      status: 'running',
      sessionId: `session-${at}`,
      tabId: tab.id!,
      startedAt: at,
      nextRemovalAt: firstStepAt,
      currentKey: null,
      currentSince: null,
      removedThisSession: 0,
      consecutiveFailures: 0,
      plannedThisSession: decision.planned,
      endReason: null,
      endMessage: '',
      safetyStop: false,
      endedAt: null,
      whoClicks: settings.whoClicks ?? 'automatic',
      handsOn: null,
    };
  });
  if (!claimed) return { ok: true, data: { message: 'A session is already running.' } };
  await announce('session');
  // If the page is ready it takes the first order after a varied human pause (never the same
  // half-minute after every Start); if it is still loading, its page/ready message starts the
  // session instead (onPageReady), no sooner than this.
  await scheduleStep(firstStepAt);
  await refreshBadge();
  return { ok: true };
}

export async function pauseSession(): Promise<Reply> {
  const session = await changeSession((s) => (s.status === 'running' ? { ...s, status: 'paused' } : s));
  if (session.status === 'paused') await browser.alarms.clear(SESSION_ALARM);
  await announce('session');
  await refreshBadge();
  return { ok: true };
}

export async function resumeSession(): Promise<Reply> {
  const at = await now();
  const session = await changeSession((s) => (s.status === 'paused' ? { ...s, status: 'running' } : s));
  if (session.status === 'running' && session.currentKey === null) {
    await scheduleStep(
      Math.max(session.nextRemovalAt ?? at, at + stepDelay(Math.random) * (await humanDelayScale())),
    );
  } else if (session.status === 'running') {
    // Paused mid-removal: Pause cleared the watchdog of the order still on the page. Arm it again,
    // or a result that never comes would leave the session running with nothing to wake it.
    await scheduleStep(Math.max(at, (session.currentSince ?? at) + watchdogAfter(session)));
  }
  await announce('session');
  await refreshBadge();
  return { ok: true };
}

export async function stopSession(where: 'popup' | 'data-deleted'): Promise<Reply> {
  await endSession({ code: 'user-stopped', where });
  return { ok: true };
}

export async function onSessionAlarm(): Promise<void> {
  const at = await now();
  // An order goes only to a page that is loaded and idle: a tab Start just opened is still
  // loading (its page/ready message brings us back here), and an order it cannot take would
  // leave the person in progress for nothing.
  const before = await getSession();
  if (before.status !== 'running' || before.tabId === null) return;
  if (!(await pageCanTakeOrder(before.tabId))) return waitForPage(before, at);
  const db = await database();
  const settings = await getMeta(db, 'settings');
  // One transaction decides what happens next, so two wake-ups cannot both start a removal.
  const decided = await transact(db, ['meta', 'queue', 'removalLog', 'keep'], async (t) => {
    const session = await t.meta.get('session');
    if (session.status !== 'running' || session.tabId === null) return null;
    const queue = await t.queue.all();
    const keep = await t.keep.keys();
    const times = capTimes(
      (await t.removalLog.all()).map((e) => e.at),
      await t.meta.get('endedElsewhere'),
    );
    const step = nextStep({
      queue,
      keep,
      removalTimes: times,
      cap: settings.dailyCap,
      now: at,
      orderLostAfterMs: orderLostAfter(session),
      current:
        session.currentKey === null ? null : { key: session.currentKey, since: session.currentSince ?? 0 },
    });
    if (step.kind === 'busy') return null; // the page is on it
    await skipKept(t.queue, step, at);
    let order: { item: QueueItem; mode: 'remove' | 'check' } | null = null;
    if (step.kind === 'check') {
      // Interrupted earlier, or unsure after a confirm click: ask LinkedIn before anything else.
      order = { item: step.item, mode: 'check' };
    } else if (step.kind === 'remove') {
      const started = start(step.item, at);
      if (started.ok) {
        await t.queue.put(started.value);
        order = { item: started.value, mode: 'remove' };
      }
    } else if (step.kind === 'wait') {
      await t.meta.put('session', {
        ...session,
        currentKey: null,
        currentSince: null,
        nextRemovalAt: step.until,
      });
    }
    if (order) {
      await t.meta.put('session', {
        ...session,
        currentKey: order.item.profileKey,
        currentSince: at,
        nextRemovalAt: null,
        handsOn: null,
      });
    }
    return { session, tabId: session.tabId, step, order };
  });
  if (!decided) return;
  const { session, tabId, step, order } = decided;
  if (step.kind === 'end') return endSession(step.reason);
  if (step.kind === 'wait') {
    await scheduleStep(step.until);
    return refreshBadge();
  }
  if (!order) return;
  await announce('queue', 'session');
  await refreshBadge();
  // A watchdog, set before the order goes so that the result cannot overtake it: if no result
  // ever comes (the page hung or its answer was lost), this wake-up finds the order lost and
  // checks the person before anything else. The result replaces or clears it.
  await scheduleStep(at + watchdogAfter(session));
  const sent = await sendToTab(tabId, {
    type: 'removal/perform',
    sessionId: session.sessionId!,
    mode: order.mode,
    person: { profileKey: order.item.profileKey, profileUrl: order.item.profileUrl, name: order.item.name },
    humanDelayScale: await humanDelayScale(),
    seed: Math.floor(Math.random() * 2 ** 31),
    ...(session.whoClicks === 'hands-on' ? { clicks: 'hands-on' as const } : {}),
    learned: await getMeta(db, 'learnedLabels'),
    ...(import.meta.env.MODE === 'e2e' ? { locksOff: await locksOff() } : {}),
  }).then(
    (reply) => reply.ok,
    () => false, // no page, or an answer that is not one: nothing was done there
  );
  if (!sent) {
    // Nothing was done on the page: the item stays in progress and is checked first next time.
    await endSession({ code: 'tab-did-not-answer' });
  }
}

export async function onRemovalResult(
  message: Extract<ContentToBackground, { type: 'removal/result' }>,
  tabId: number,
): Promise<Reply> {
  const at = await now();
  const db = await database();
  const settings = await getMeta(db, 'settings');
  // Read before the transaction: awaiting anything else inside it lets IndexedDB commit it early.
  const scale = await humanDelayScale();
  const settled = await transact(db, ['meta', 'queue', 'removalLog', 'facts', 'keep'], async (t) => {
    const session = await t.meta.get('session');
    const item = await t.queue.get(message.profileKey);
    // Only the answer to the order we sent counts; a stale or forged one changes nothing.
    if (
      !item ||
      (item.status !== 'in-progress' && item.status !== 'unsure') ||
      session.currentKey !== item.profileKey ||
      session.sessionId !== message.sessionId ||
      session.tabId !== tabId
    ) {
      return null;
    }
    const log = t.removalLog;
    const pending = (await log.all()).filter(
      (e) => e.profileKey === item.profileKey && e.state === 'pending',
    );
    const result = settle({
      item,
      mode: message.mode,
      result: message.result,
      pending,
      failures: session.consecutiveFailures,
      now: at,
      scale,
    });
    if (result.item) await t.queue.put(result.item);
    for (const update of result.logUpdates) {
      const entry = await log.get(update.id);
      if (entry)
        await log.put({
          ...entry,
          state: update.state,
          ...(update.confirmedAfterInterruption ? { confirmedAfterInterruption: true } : {}),
        });
    }
    for (const addition of result.logAdds) {
      if (addition.kind === 'own') {
        const facts = await t.facts.get(item.profileKey);
        await log.add(
          logEntryFor(item, addition.at, facts, addition.state, addition.confirmedAfterInterruption),
        );
      } else {
        // Someone else left the list at this confirm click: logged, counted against the cap, shown.
        const facts = await t.facts.get(addition.person.profileKey);
        const person = { ...addition.person, reason: unexpectedReasonText(item.name || item.profileUrl) };
        await log.add({ ...logEntryFor(person, addition.at, facts, 'removed', false), unexpected: true });
      }
    }
    const updated: SessionState = {
      ...session,
      currentKey: null,
      currentSince: null,
      handsOn: null,
      consecutiveFailures: result.failures,
      removedThisSession: session.removedThisSession + (result.removed ? 1 : 0),
    };
    let end: EndReason | null = result.end;
    if (!end && updated.status === 'running') {
      // What comes next is decided now: with nobody left (or the cap used up) the session ends at
      // once instead of counting down a gap for nobody.
      const step = nextStep({
        queue: await t.queue.all(),
        keep: await t.keep.keys(),
        removalTimes: capTimes(
          (await log.all()).map((e) => e.at),
          await t.meta.get('endedElsewhere'),
        ),
        cap: settings.dailyCap,
        now: at,
        current: null,
        orderLostAfterMs: orderLostAfter(updated),
      });
      await skipKept(t.queue, step, at);
      if (step.kind === 'end') end = step.reason;
      else if (step.kind === 'wait') updated.nextRemovalAt = step.until;
      else {
        // A removal waits a whole human gap after the last one; a search (or a removal after a check
        // that removed nobody) follows a short pause.
        const short = step.kind === 'check' || (message.mode === 'check' && !result.removed);
        updated.nextRemovalAt =
          at +
          (short
            ? stepDelay(Math.random)
            : gapBetweenRemovals(settings.pace, Math.random, updated.removedThisSession)) *
            scale;
      }
    }
    await t.meta.put('session', updated);
    return { updated, end };
  });
  if (!settled) return { ok: false, error: 'No removal of this person is in progress.' };
  const { updated, end } = settled;
  await announce('queue', 'session', 'log');
  await refreshBadge();
  if (end) return endSession(end).then(() => ({ ok: true }));
  if (updated.status === 'running' && updated.nextRemovalAt !== null)
    await scheduleStep(updated.nextRemovalAt);
  return { ok: true };
}

/** Kept people queued before they were kept are skipped, never removed: the Keep list wins. */
async function skipKept(
  queue: { put(item: QueueItem): Promise<unknown> },
  step: NextStep,
  at: number,
): Promise<void> {
  if (step.kind === 'busy') return;
  for (const item of step.skipKept) {
    const skipped = markSkipped(item, 'On your Keep list: never removed.', at);
    if (skipped.ok) await queue.put(skipped.value);
  }
}

/**
 * The page is about to click LinkedIn's confirm button. One transaction checks that this is the
 * order in progress, in the session's tab, and that the cap still allows a removal, then writes
 * the pending log entry that counts against the cap. Only then may the page click.
 */
export async function onConfirming(
  message: Extract<ContentToBackground, { type: 'removal/confirming' }>,
  tabId: number,
): Promise<Reply> {
  const at = await now();
  const db = await database();
  const settings = await getMeta(db, 'settings');
  const refusal = await transact(db, ['meta', 'queue', 'removalLog', 'facts'], async (t) => {
    const session = await t.meta.get('session');
    const item = await t.queue.get(message.profileKey);
    const times = capTimes(
      (await t.removalLog.all()).map((e) => e.at),
      await t.meta.get('endedElsewhere'),
    );
    const refusal =
      session.status !== 'running' || session.sessionId !== message.sessionId || session.tabId !== tabId
        ? 'No session is running in this tab.'
        : !isOrderInProgress(session, item, message, tabId)
          ? 'This person is not the removal in progress.'
          : !mayRemoveNow(times, settings.dailyCap, at)
            ? `Today's cap of ${settings.dailyCap} removals is reached.`
            : null;
    if (refusal || !item) return refusal ?? 'No removal of this person is in progress.';
    const facts = await t.facts.get(item.profileKey);
    await t.removalLog.add(logEntryFor(item, at, facts, 'pending', false));
    return null;
  });
  if (refusal !== null) return { ok: false, error: refusal };
  await announce('log');
  return { ok: true };
}

/**
 * Hands-on mode: the page says what the guide should show for the person in progress. Stored only
 * for the order in progress, in the session's tab; a 'confirm' step only while this person's
 * pending entry exists (the guide never says "confirm" for a click that would not be counted).
 * The answer tells the page whether the order still stands.
 */
export async function onHandsOnStep(
  message: Extract<ContentToBackground, { type: 'handsOn/step' }>,
  tabId: number,
): Promise<Reply> {
  const stored = await transact(await database(), ['meta', 'queue', 'removalLog'], async (t) => {
    const session = await t.meta.get('session');
    const item = await t.queue.get(message.profileKey);
    const current = isSessionLive(session.status) && isOrderInProgress(session, item, message, tabId);
    const pending =
      message.step.kind !== 'confirm' ||
      (await t.removalLog.all()).some((e) => e.profileKey === message.profileKey && e.state === 'pending');
    if (!current || !pending) return false;
    await t.meta.put('session', { ...session, handsOn: message.step });
    // An automatic session's order handed to the person: its watchdog now waits as a hands-on one.
    return session.whoClicks !== 'hands-on' && !waitsForPerson(session) ? 'handed-over' : true;
  });
  if (!stored) return { ok: false, error: 'This removal is not the one in progress.' };
  if (stored === 'handed-over') await scheduleStep((await now()) + HANDS_ON_ORDER_LOST_AFTER_MS);
  await announce('session');
  return { ok: true };
}

/**
 * Hands-on mode: the person cancelled a dialog QuietPrune had said to confirm, and a fresh search
 * still lists them (the page checks both before asking). The pending entries of this order (this
 * person, written since the order began) are deleted: they stood for a confirm click that never
 * happened, and would otherwise count against the cap a removal nobody made.
 */
export async function onHandsOnWithdraw(
  message: Extract<ContentToBackground, { type: 'handsOn/withdraw' }>,
  tabId: number,
): Promise<Reply> {
  const withdrawn = await transact(await database(), ['meta', 'queue', 'removalLog'], async (t) => {
    const session = await t.meta.get('session');
    const item = await t.queue.get(message.profileKey);
    if (!waitsForPerson(session) || !isOrderInProgress(session, item, message, tabId)) return false;
    for (const entry of await t.removalLog.all()) {
      if (
        entry.profileKey === message.profileKey &&
        entry.state === 'pending' &&
        entry.at >= (session.currentSince ?? Infinity) &&
        entry.id !== undefined
      )
        await t.removalLog.delete(entry.id);
    }
    await t.meta.put('session', { ...session, handsOn: null });
    return true;
  });
  if (!withdrawn) return { ok: false, error: 'This removal is not the one in progress.' };
  await announce('log', 'session');
  return { ok: true };
}

function logEntryFor(
  item: Pick<QueueItem, 'profileKey' | 'profileUrl' | 'name' | 'reason'>,
  at: number,
  facts: PersonFacts | undefined,
  state: RemovalLogState,
  afterInterruption: boolean,
): RemovalLogEntry {
  return {
    profileKey: item.profileKey,
    profileUrl: item.profileUrl,
    name: item.name,
    at,
    reason: item.reason,
    state,
    lost: facts
      ? {
          endorsementsReceived: facts.endorsementsReceived,
          endorsementsGiven: facts.endorsementsGiven,
          recommendationsReceived: facts.recommendationsReceived,
          recommendationsGiven: facts.recommendationsGiven,
        }
      : null,
    ...(afterInterruption ? { confirmedAfterInterruption: true } : {}),
  };
}

/** The session's tab (re)loaded the Connections page: continue, or take the first order. */
export async function onPageReady(tabId: number): Promise<void> {
  const session = await getSession();
  if (session.status !== 'running' || session.tabId !== tabId) return;
  const at = await now();
  if (session.currentKey !== null) {
    // The page reloaded mid-removal: the order is lost with the old page. Check it now.
    await changeSession((s) => ({ ...s, currentSince: 0 }));
  }
  await scheduleStep(Math.max(session.nextRemovalAt ?? at, at));
  await refreshBadge();
}

/** LinkedIn showed a warning while we were not mid-removal. */
export async function onPageWarning(tabId: number, kind: string, evidence: string): Promise<Reply> {
  const session = await getSession();
  if (session.tabId !== tabId) return { ok: true };
  if (isSessionLive(session.status)) {
    await endSession({ code: 'page-warning', kind, evidence });
  } else if (await endedJustBefore(session)) {
    // The session ended (its last person done) a moment before LinkedIn's warning showed on its
    // tab: the warning may answer that last removal. The end becomes a safety stop, so the person
    // hears of it before starting again.
    await endSession({ code: 'page-warning', kind, evidence }, { afterEnd: true });
  }
  return { ok: true };
}

/** How soon after a session's end a warning on its tab still belongs to it. */
const LATE_WARNING_MS = 10 * 60_000;

export async function onTabGone(tabId: number): Promise<void> {
  const session = await getSession();
  if (session.tabId === tabId && isSessionLive(session.status)) await endSession({ code: 'tab-closed' });
}

export async function onTabLeftPage(tabId: number, url: string): Promise<void> {
  const session = await getSession();
  if (session.tabId !== tabId) return;
  const sign = warningInUrl(url);
  if (isSessionLive(session.status)) {
    if (sign) await endSession({ code: 'warning-address', detail: describeWarning(sign) });
    else await endSession({ code: 'tab-left-page' });
  } else if (sign && (await endedJustBefore(session))) {
    await endSession({ code: 'warning-address', detail: describeWarning(sign) }, { afterEnd: true });
  }
}

/** A session that ended normally moments ago: a LinkedIn warning on its tab now may answer its last removal. */
async function endedJustBefore(session: SessionState): Promise<boolean> {
  return (
    session.status === 'ended' &&
    !session.safetyStop &&
    session.endedAt !== null &&
    (await now()) - session.endedAt < LATE_WARNING_MS
  );
}

async function endSession(reason: EndReason, options: { afterEnd?: boolean } = {}): Promise<void> {
  const at = await now();
  const message = endReasonText(reason);
  const safetyStop = isSafetyStop(reason);
  await browser.alarms.clear(SESSION_ALARM);
  const session = await changeSession((s) =>
    s.status === 'idle' || (s.status === 'ended' && !(options.afterEnd && !s.safetyStop))
      ? s
      : {
          ...s,
          status: 'ended',
          endReason: reason,
          endMessage: message,
          safetyStop,
          endedAt: at,
          nextRemovalAt: null,
        },
  );
  await announce('session');
  await refreshBadge(); // a safety stop shows there, notifications or not
  if (notifiesEnd(reason, session.removedThisSession)) {
    // Only with the optional notifications permission; the badge and popup show the end either way.
    await notify(`quietprune-session-${at}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('icons/icon-128.png'),
      title: safetyStop ? t('notify_safetyStop') : t('notify_ended'),
      message: `${t('session_endedRemoved', session.removedThisSession)} ${message}`,
      priority: safetyStop ? 2 : 0,
    });
  }
}

async function pageCanTakeOrder(tabId: number): Promise<boolean> {
  return sendToTab(tabId, { type: 'page/probe' }).then(
    (reply) => reply.ok,
    // No content script (yet): the page is loading, or is not the Connections page; or an answer
    // that is not one. Either way it cannot take an order now.
    () => false,
  );
}

/**
 * The page cannot take an order now. If it is still on an order of ours, its result will come; if
 * it is loading, its page/ready message schedules the step; a look again later covers a page busy
 * with something else. A page that stays unable for minutes ends the session.
 */
async function waitForPage(session: SessionState, at: number): Promise<void> {
  const since = Math.max(session.currentSince ?? 0, session.nextRemovalAt ?? 0, session.startedAt ?? 0);
  if (session.currentKey !== null && at - (session.currentSince ?? 0) < orderLostAfter(session)) return;
  if (at - since > PAGE_WAIT_MS) {
    return endSession({ code: 'tab-not-ready' });
  }
  await browser.alarms.create(SESSION_ALARM, { when: Date.now() + PAGE_RETRY_MS });
}

async function scheduleStep(at: number): Promise<void> {
  await browser.alarms.create(SESSION_ALARM, { when: await toRealTime(at) });
}
