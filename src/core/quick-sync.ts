import type { Connection, ProfileKey } from './connection';
import { logStateOf, type RemovalLogEntry } from './removal-log';

/**
 * Quick sync: LinkedIn lists connections newest first ("Recently added", docs/linkedin-dom.md), so
 * whatever changed since the last sync is either new people at the top or people missing from
 * somewhere. A quick sync reads from the top until it meets a run of QUICK_SYNC_RUN people it
 * already had, in the order it had them, and then believes the page only if its stated total is
 * exactly what QuietPrune expected plus the new people read. Then it adds the new people and marks
 * nobody gone. Anything else (no total, a total that disagrees, someone out of order, the list
 * ending first) means it cannot tell, and the sync goes on into a full one, which reads everyone
 * and marks the missing gone.
 *
 * Why the total check is enough: new connections are only ever added at the top, so once the run
 * is met every new person has been read; if someone left anywhere in the list, the total is one
 * short of (expected + new), whatever the rest of the list looks like.
 *
 * Why 10 in a row: one known person could be a coincidence (a reconnection, a list sorted by name
 * that happens to start with the newest stored person), ten in the stored order are not; and ten
 * is a screenful, so a quick sync reads about one or two of LinkedIn's loads (40 cards a load in
 * the classic layout, about a screen of rows in the virtualised current one).
 */
export const QUICK_SYNC_RUN = 10;

/** How many of the list's first people are kept in the stored order (a few times the run: room for removals at the top). */
export const STORED_ORDER_KEPT = 100;

/** What the worker gives the page for a quick sync. */
export interface QuickSyncPlan {
  /** The first people of the stored order still connected, newest first (at most QUICK_SYNC_RUN). */
  known: ProfileKey[];
  /** How many people LinkedIn should list if nobody new came and nobody left. */
  expected: number;
}

/** Why a quick sync went on into a full one (the popup says it). */
export type FullSyncReason =
  | { code: 'never-synced' }
  | { code: 'asked' }
  | { code: 'no-total' }
  | { code: 'total-disagrees'; total: number; expected: number; newFound: number }
  | { code: 'order-differs'; read: number }
  | { code: 'end-of-list' };

export type QuickJudgement =
  | { kind: 'reading'; newFound: number; run: number }
  | { kind: 'done'; newFound: number; run: number }
  | { kind: 'full'; reason: FullSyncReason };

export function startJudgement(): QuickJudgement {
  return { kind: 'reading', newFound: 0, run: 0 };
}

/**
 * The judgement after one more card, read in list order. `total` is the page's stated total at
 * the time (null while it is not shown). Pure, so both layouts and every odd case are unit-tested.
 */
export function judgeCard(
  judgement: QuickJudgement,
  plan: QuickSyncPlan,
  key: ProfileKey,
  total: number | null,
): QuickJudgement {
  if (judgement.kind !== 'reading') return judgement;
  const early = judgeTotal(judgement, plan, total);
  if (early.kind !== 'reading') return early;
  const { newFound, run } = judgement;
  const needed = Math.min(QUICK_SYNC_RUN, plan.known.length);
  const read = newFound + run + 1;
  if (key === plan.known[run]) {
    const next = run + 1;
    if (next < needed) return { kind: 'reading', newFound, run: next };
    if (total === null) return { kind: 'full', reason: { code: 'no-total' } };
    if (total !== plan.expected + newFound)
      return {
        kind: 'full',
        reason: { code: 'total-disagrees', total, expected: plan.expected, newFound },
      };
    return { kind: 'done', newFound, run: next };
  }
  // A run broken by someone else, or a stored person before the top of the stored order: the list
  // is not in the order QuietPrune knows (sorted another way, or people moved).
  if (run > 0 || plan.known.includes(key)) return { kind: 'full', reason: { code: 'order-differs', read } };
  const more = { kind: 'reading' as const, newFound: newFound + 1, run };
  return judgeTotal(more, plan, total);
}

/**
 * What the total alone already says: fewer than expected means someone left (whoever is new, the
 * count cannot come back up); more new people read than the total allows means these are not all
 * new (a list sorted another way starts with people QuietPrune has further down).
 */
export function judgeTotal(
  judgement: QuickJudgement,
  plan: QuickSyncPlan,
  total: number | null,
): QuickJudgement {
  if (judgement.kind !== 'reading' || total === null) return judgement;
  if (total < plan.expected + judgement.newFound)
    return {
      kind: 'full',
      reason: { code: 'total-disagrees', total, expected: plan.expected, newFound: judgement.newFound },
    };
  return judgement;
}

/**
 * The plan for a quick sync, or why there can be none. `order` is the stored order (the list's
 * first people at the last sync, newest first); `lookup` gives stored records; `current` is how
 * many stored people are not marked gone; `log` is the removal log.
 *
 * People QuietPrune removed since a sync last listed them are not marked gone until a full sync
 * (a removal only writes the log): they are taken off the expected count and the known order, or
 * every quick sync after a session would find the total "wrong". A removal LinkedIn has not
 * confirmed (pending, still listed) stays in the count: if it did happen, the total disagrees and
 * the full sync settles it.
 */
export function planQuickSync(input: {
  order: readonly ProfileKey[];
  lookup: (key: ProfileKey) => Connection | undefined;
  current: number;
  log: readonly RemovalLogEntry[];
  lastCompleteAt: number | null;
}): QuickSyncPlan | { reason: FullSyncReason } {
  if (input.lastCompleteAt === null || input.order.length === 0 || input.current === 0)
    return { reason: { code: 'never-synced' } };
  const removed = removedSinceListed(input.log, input.lookup);
  const known: ProfileKey[] = [];
  for (const key of input.order) {
    if (known.length === QUICK_SYNC_RUN) break;
    const stored = input.lookup(key);
    if (!stored || stored.goneAt !== undefined || removed.has(key)) continue;
    known.push(key);
  }
  if (known.length === 0) return { reason: { code: 'never-synced' } };
  return { known, expected: input.current - removed.size };
}

/** Stored, not marked gone, and removed by QuietPrune (confirmed) after a sync last listed them. */
export function removedSinceListed(
  log: readonly RemovalLogEntry[],
  lookup: (key: ProfileKey) => Connection | undefined,
): Set<ProfileKey> {
  const removed = new Set<ProfileKey>();
  for (const entry of log) {
    if (logStateOf(entry) !== 'removed') continue;
    const stored = lookup(entry.profileKey);
    if (stored && stored.goneAt === undefined && entry.at >= stored.lastSeenAt) removed.add(entry.profileKey);
  }
  return removed;
}

/**
 * The stored order after a sync: what this sync read from the top, newest first, then (after a
 * quick sync, which read only the top) the rest of the old order. Kept to STORED_ORDER_KEPT.
 */
export function nextStoredOrder(
  readFromTop: readonly ProfileKey[],
  old: readonly ProfileKey[],
): ProfileKey[] {
  const order = [...new Set(readFromTop)].slice(0, STORED_ORDER_KEPT);
  const inOrder = new Set(order);
  for (const key of old) {
    if (order.length >= STORED_ORDER_KEPT) break;
    if (!inOrder.has(key)) {
      order.push(key);
      inOrder.add(key);
    }
  }
  return order;
}

/** The popup's line for a full sync that a quick one handed over to, or that was asked for. */
export function fullSyncReasonText(reason: FullSyncReason): string {
  switch (reason.code) {
    case 'never-synced':
      return 'no complete sync to compare with yet';
    case 'asked':
      return 'asked for';
    case 'no-total':
      return 'LinkedIn showed no total to check against';
    case 'total-disagrees':
      return reason.newFound === 0
        ? `LinkedIn shows ${reason.total}, QuietPrune had ${reason.expected}`
        : `LinkedIn shows ${reason.total}, QuietPrune had ${reason.expected} and found ${reason.newFound} new`;
    case 'order-differs':
      return `the list did not start in the order QuietPrune knows (sorted another way, or people moved)`;
    case 'end-of-list':
      return 'the list ended before QuietPrune met people it had';
  }
}
