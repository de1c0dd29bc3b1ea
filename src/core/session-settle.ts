import type { RemovalOutcome, StopCode } from './removal-outcome';
import type { RemovalLogEntry, RemovalLogState } from './removal-log';
import {
  markFailed,
  markRemoved,
  markSkipped,
  markStillListed,
  markUnsure,
  requeue,
  type QueueItem,
} from './removal-queue';
import type { Result } from './result';
import type { EndReason } from './session-end';
import { afterStillListed, nextCheckAt, UNSURE_CHECK_OFFSETS_MS } from './unsure-checks';

/**
 * How one result from the page settles: the person's queue item, the removal log, the count of
 * failures in a row, and whether the session must end. Pure; the worker reads the item and the
 * person's pending log entries, calls this, and writes what it returns in the same transaction.
 *
 * The line that matters is LinkedIn's confirm click. Before it (not-found, stopped, warning)
 * nobody was removed. Past it nothing is "failed": the pending log entry written just before the
 * click counts against the cap until LinkedIn answers, and the person is unsure until a search
 * settles them as removed (the entry becomes 'removed', keeping its click time) or, after the
 * checks of core/unsure-checks.ts, still listed. A pending entry for the person means a click may
 * have happened, so it wins over what the page says about "before": the person is checked, never
 * retried.
 */

/** Stops before the click that are the page failing quietly at one person: counted, two in a row end the session. */
const QUIET_FAILURES: ReadonlySet<StopCode> = new Set([
  'menu-did-not-open',
  'dialog-names-other',
  'card-lost',
]);
/** Failures in a row that end the session for safety. */
export const FAILURES_BEFORE_STOP = 2;

export interface SettleInput {
  item: QueueItem;
  mode: 'remove' | 'check';
  result: RemovalOutcome;
  /** This person's removal-log entries still 'pending' (their confirm click is not settled). */
  pending: readonly Pick<RemovalLogEntry, 'id' | 'at'>[];
  failures: number;
  now: number;
  /** The human-delay scale the unsure checks are spaced by. */
  scale: number;
}

/** A log entry to write: the person's own removal (no pending entry existed), or someone else found gone. */
export type LogAddition =
  | { kind: 'own'; at: number; state: RemovalLogState; confirmedAfterInterruption: boolean }
  | { kind: 'unexpected'; person: { profileKey: string; profileUrl: string; name: string }; at: number };

export interface Settlement {
  /** The item to write; null when nothing about it changes. */
  item: QueueItem | null;
  /** Existing pending entries (by id) and the state each takes. */
  logUpdates: { id: number; state: RemovalLogState; confirmedAfterInterruption?: true }[];
  logAdds: LogAddition[];
  failures: number;
  /** True when LinkedIn confirmed this person's removal now (counts in "N removed"). */
  removed: boolean;
  /** The session ends, and why; null to carry on. */
  end: EndReason | null;
}

export function settle(input: SettleInput): Settlement {
  const { item, mode, result, pending, now } = input;
  const clickedAt = pending.length > 0 ? Math.min(...pending.map((e) => e.at)) : null;
  const base: Settlement = {
    item: null,
    logUpdates: [],
    logAdds: [],
    failures: input.failures,
    removed: false,
    end: null,
  };

  const confirmRemoved = (afterInterruption: boolean): Settlement => {
    const next = markRemoved(item, now, { confirmedAfterInterruption: afterInterruption });
    const logUpdates = pending.flatMap((e) =>
      e.id === undefined
        ? []
        : [
            {
              id: e.id,
              state: 'removed' as const,
              ...(afterInterruption ? { confirmedAfterInterruption: true as const } : {}),
            },
          ],
    );
    // No pending entry (written before this protocol, or lost): the removal is logged now, so it counts.
    const logAdds: LogAddition[] =
      pending.length === 0
        ? [{ kind: 'own', at: now, state: 'removed', confirmedAfterInterruption: afterInterruption }]
        : [];
    const removedItem = value(next);
    if (item.status === 'unsure')
      removedItem.detail = 'Removed: a later search confirmed it (LinkedIn’s search had lagged).';
    return { ...base, item: removedItem, logUpdates, logAdds, failures: 0, removed: true };
  };

  // Unsure from now on: the click (or its possibility) is logged pending and counts against the
  // cap. An item already unsure keeps its count of checks; its next check moves on by the first
  // offset, so a page that cannot search does not spin on it.
  const becomeUnsure = (why: string): QueueItem => {
    if (item.status === 'unsure') {
      return value(
        markUnsure(
          item,
          item.clickedAt ?? clickedAt ?? now,
          item.checks ?? 0,
          now + UNSURE_CHECK_OFFSETS_MS[0]! * input.scale,
          why,
          now,
        ),
      );
    }
    const at = clickedAt ?? now;
    return value(markUnsure(item, at, 0, nextCheckAt(at, 0, input.scale, now), why, now));
  };
  const pendingIfNone = (): LogAddition[] =>
    clickedAt === null && item.status !== 'unsure'
      ? [{ kind: 'own', at: now, state: 'pending', confirmedAfterInterruption: false }]
      : [];

  const requeued = (why: string | null): QueueItem => {
    const next = value(requeue(item, 'still-present-after-interruption', now));
    return why ? { ...next, detail: why } : next;
  };

  const wasClicked = clickedAt !== null || item.status === 'unsure';

  // A namesake listed: nothing past the menu was clicked and nothing is wrong with the page; this
  // one person is left to the user, with why, and the session goes on.
  if (result.outcome === 'stopped' && result.code === 'namesake-listed' && !wasClicked) {
    return { ...base, item: value(markSkipped(item, result.message, now)) };
  }

  // The worker refused the confirm click (the session was paused or stopped, the cap was reached
  // from another tab, another order is current): nothing was clicked, nothing is wrong with the
  // page or the person. Queued again as untouched; not a failure.
  if (result.outcome === 'stopped' && result.code === 'confirm-refused' && !wasClicked) {
    return { ...base, item: requeued(result.message) };
  }

  // Hands-on mode: the person made no click in their time. Nothing was clicked; they stay queued,
  // and the session ends (not a safety stop): nobody is there to make the next clicks.
  if (result.outcome === 'stopped' && result.code === 'hands-on-no-answer' && !wasClicked) {
    return { ...base, item: requeued(result.message), end: { code: 'hands-on-idle' } };
  }

  switch (result.outcome) {
    case 'removed':
      return confirmRemoved(mode === 'check');

    case 'gone':
      // A search no longer lists them. Only a click of ours makes that a removal of ours: with no
      // click logged, they left by other means, or the search answered nothing. Never logged as
      // a removal QuietPrune did not make; left to the user with why.
      if (wasClicked) return confirmRemoved(mode === 'check');
      return {
        ...base,
        item: value(
          markSkipped(
            item,
            'LinkedIn’s search did not list them when QuietPrune checked, and QuietPrune never clicked to remove them: they may have left your network another way. Check on LinkedIn.',
            now,
          ),
        ),
      };

    case 'not-found':
      // Not among the search results. After a click that is LinkedIn's answer: gone.
      if (wasClicked) return confirmRemoved(mode === 'check');
      return { ...base, item: value(markSkipped(item, result.message, now)) };

    case 'present': {
      if (!wasClicked) return { ...base, item: requeued(null) }; // interrupted before any click: untouched
      const checksDone = item.status === 'unsure' ? (item.checks ?? 0) + 1 : 1;
      const at = clickedAt ?? item.clickedAt ?? now;
      const after = afterStillListed(at, checksDone, input.scale, now);
      if (!after.settled) {
        return {
          ...base,
          item: value(
            markUnsure(
              item,
              at,
              checksDone,
              after.nextCheckAt,
              `Still listed by LinkedIn's search ${checksDone} ${checksDone === 1 ? 'time' : 'times'} since the confirmation; its index can lag, so QuietPrune checks again.`,
              now,
            ),
          ),
        };
      }
      // Every check over the whole span still listed them: LinkedIn kept the connection. The click
      // still counts against the cap (LinkedIn saw it). Waits for the user; never clicked again by itself.
      const unsureItem =
        item.status === 'unsure' ? item : value(markUnsure(item, at, checksDone, now, '', now));
      const settled = value(
        markStillListed(
          { ...unsureItem, checks: checksDone },
          'LinkedIn still lists them after every check since the confirmation.',
          now,
        ),
      );
      const failures = input.failures + 1;
      return {
        ...base,
        item: settled,
        logUpdates: pending.flatMap((e) =>
          e.id === undefined ? [] : [{ id: e.id, state: 'still-listed' as const }],
        ),
        failures,
        end:
          failures >= FAILURES_BEFORE_STOP
            ? {
                code: 'two-failures',
                detail: `LinkedIn still lists ${item.name || item.profileKey} after the removal.`,
              }
            : null,
      };
    }

    case 'unsure': {
      // Past the confirm click (the page says so): unsure whatever the item was.
      const settled: Settlement = {
        ...base,
        item: becomeUnsure(`Unsure: LinkedIn has not confirmed the removal yet. ${result.message}`),
        logAdds: pendingIfNone(),
      };
      if (result.code === 'warning')
        return { ...settled, end: { code: 'unsure-warning', unsure: result.code, detail: result.message } };
      if (result.code === 'others-gone') {
        const others = (result.othersGone ?? []).filter((p) => p.profileKey !== item.profileKey);
        return {
          ...settled,
          logAdds: [
            ...settled.logAdds,
            ...others.map((person): LogAddition => ({ kind: 'unexpected', person, at: now })),
          ],
          end: {
            code: 'others-gone',
            names: others.map((p) => p.name || p.profileUrl),
            detail: result.message,
          },
        };
      }
      // Checked again later (the next step waits for it); not a failure unless LinkedIn settles it as still listed.
      return settled;
    }

    case 'stopped':
    case 'warning': {
      const quiet = result.outcome === 'stopped' && QUIET_FAILURES.has(result.code);
      const failures = quiet ? input.failures + 1 : input.failures;
      const end: EndReason | null =
        result.outcome === 'warning'
          ? { code: 'removal-warning', kind: result.kind, detail: result.message }
          : !quiet
            ? { code: 'removal-stopped', stop: result.code, detail: result.message }
            : failures >= FAILURES_BEFORE_STOP
              ? { code: 'two-failures', detail: result.message }
              : null;
      let next: QueueItem | null;
      if (wasClicked)
        next = becomeUnsure(
          `Unsure: a confirmation may have been clicked before the page stopped. ${result.message}`,
        ); // only a search settles them
      else if (mode === 'check')
        next = null; // still interrupted: searched for again first
      else if (quiet) next = value(markFailed(item, result.message, now));
      else next = requeued(result.message); // a lock held or LinkedIn warned: nobody removed, still queued
      return { ...base, item: next, failures, end };
    }
  }
}

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.message);
  return result.value;
}
