import type { QueueItem } from './removal-queue';

/** Where a removal session stands. 'ended' keeps its reason until the next Start. */
export type SessionStatus = 'idle' | 'running' | 'paused' | 'ended';

/**
 * A live session owns the queue and a tab: it is running, or paused and may resume. Everything
 * that must not happen under a session (a sync, deleting data, a reminder) asks this one question.
 */
export function isSessionLive(status: SessionStatus | undefined): boolean {
  return status === 'running' || status === 'paused';
}

/** What of the session decides whose removal is in progress, and where. */
export interface SessionOrder {
  sessionId: string | null;
  tabId: number | null;
  currentKey: string | null;
}

/**
 * True when a page's report is about the removal this session has in progress: the same session,
 * in the session's own tab, for the person the session is working on, whose queue entry is still
 * in progress. A report failing any of these is stale or from elsewhere and must change nothing.
 * Callers add what their step also needs (running rather than paused, hands-on mode).
 */
export function isOrderInProgress(
  session: SessionOrder,
  item: Pick<QueueItem, 'profileKey' | 'status'> | undefined,
  report: { sessionId: string; profileKey: string },
  tabId: number,
): boolean {
  return (
    session.sessionId === report.sessionId &&
    session.tabId === tabId &&
    session.currentKey === report.profileKey &&
    item?.profileKey === report.profileKey &&
    item.status === 'in-progress'
  );
}
