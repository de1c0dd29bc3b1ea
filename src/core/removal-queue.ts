import type { ProfileKey, PersonRef } from './connection';
import { ok, refuse, type Result } from './result';

/**
 * The removal queue as a pure state machine. Every event is a function from the current item (or
 * list) to a new one; a transition that is not allowed returns `{ ok: false, message }` and
 * changes nothing, so a stale message or a double click can never move an item somewhere odd.
 *
 *                enqueue (refused if on the Keep list, or already queued / in progress)
 *                   |
 *                   v        dequeue (user)
 *   +---------> [queued] ------------------> (gone from the queue)
 *   |               |  \
 *   |         start |   \ skip ("not found among search results")
 *   |               v    \
 *   |        [in-progress] --skip--> [skipped] --+
 *   |          |       |                          |
 *   |  removed |       | fail (why)               |
 *   |          v       v                          |
 *   |     [removed]  [failed] --------------------+
 *   |                                             |
 *   +--- requeue: in-progress -> queued only after an interruption check found the person still
 *        present (and no confirm click was logged); failed | skipped | still-listed -> queued only
 *        by the user.
 *
 * Past LinkedIn's confirm click nothing is "failed": an in-progress item LinkedIn has not answered
 * for becomes [unsure] (markUnsure), is searched for again over a stretch of time
 * (core/unsure-checks.ts), and settles as [removed] or, when LinkedIn keeps listing them,
 * [still-listed]: that waits for the user, who may take them off the queue or queue them again.
 * An unsure person is never removed a second time by itself and never retried.
 *
 * `removed` is final. `clearFinished` drops removed, failed and skipped items from the list.
 * Identity is the profile key alone, never the name or the position in a list.
 */

export type QueueStatus =
  'queued' | 'in-progress' | 'unsure' | 'still-listed' | 'removed' | 'failed' | 'skipped';

export interface QueueItem {
  profileKey: ProfileKey;
  profileUrl: string;
  name: string;
  /** Why the user chose to remove this person (shown in the queue and kept in the log). */
  reason: string;
  status: QueueStatus;
  /** What happened last, in words: why it failed or was skipped, how it was confirmed. */
  detail?: string;
  /** Set on a removal the executor could only confirm after it was interrupted mid-way. */
  confirmedAfterInterruption?: boolean;
  /**
   * The user ticked this person on their own in the removal warning (needed when endorsements or
   * recommendations between them are known). Kept with the item so that a backup carries it and a
   * restore can hold the same rule as `queue/add` (storage/backup-format.ts).
   */
  confirmedOnTheirOwn?: true;
  addedAt: number;
  updatedAt: number;
  /** Position in the queue; lower goes first. */
  order: number;
  /** How many times a removal was started for this item. */
  attempts: number;
  /** unsure / still-listed: when LinkedIn's confirm button was clicked (the pending log entry's time). */
  clickedAt?: number;
  /** unsure / still-listed: how many searches since the click still listed them. */
  checks?: number;
  /** unsure: when the next search for them is due. */
  nextCheckAt?: number;
}

/**
 * Queued, or being removed right now: the people the queue still means to remove (the Queued
 * filter, the queue's count, "already queued"). Unsure and still-listed people are past a confirm
 * click and wait for LinkedIn's answer instead.
 */
export function isActiveStatus(status: QueueStatus | undefined): boolean {
  return status === 'queued' || status === 'in-progress';
}

export function isActive(item: Pick<QueueItem, 'status'> | null | undefined): boolean {
  return isActiveStatus(item?.status);
}

/** Why an item goes back to `queued`: the executor's interruption check, or the user's choice. */
export type RequeueCause = 'still-present-after-interruption' | 'user';

const ACTIVE: ReadonlySet<QueueStatus> = new Set(['queued', 'in-progress', 'unsure']);
const FINISHED: ReadonlySet<QueueStatus> = new Set(['removed', 'failed', 'skipped']);
/** Past a confirm click (or possibly so): the person's fate is LinkedIn's answer, not ours to choose again. */
const CLICKED: ReadonlySet<QueueStatus> = new Set(['in-progress', 'unsure']);

function label(item: Pick<QueueItem, 'name' | 'profileKey'>): string {
  return item.name.trim() || item.profileKey;
}

/** A new queued item at the end of the queue. */
export function enqueue(
  items: readonly QueueItem[],
  person: PersonRef,
  reason: string,
  keep: ReadonlySet<ProfileKey>,
  now: number,
): Result<QueueItem> {
  if (person.profileKey.trim() === '') return refuse('Cannot queue someone without a profile key.');
  if (person.profileUrl.trim() === '') return refuse(`Cannot queue ${label(person)} without a profile link.`);
  // The Keep list is a guarantee only if the queue itself refuses kept people.
  if (keep.has(person.profileKey))
    return refuse(`${label(person)} is on your Keep list and cannot be queued for removal.`);
  const existing = items.find((item) => item.profileKey === person.profileKey);
  if (existing && ACTIVE.has(existing.status)) {
    return refuse(
      `${label(person)} is already ${existing.status === 'queued' ? 'queued' : existing.status === 'unsure' ? 'removed, waiting for LinkedIn to confirm' : 'being removed'}.`,
    );
  }
  const order = items.reduce((max, item) => Math.max(max, item.order), -1) + 1;
  return ok({
    profileKey: person.profileKey,
    profileUrl: person.profileUrl,
    name: person.name,
    reason,
    status: 'queued',
    addedAt: now,
    updatedAt: now,
    order,
    attempts: 0,
  });
}

/** queued -> in-progress: the executor begins removing this person. */
export function start(item: QueueItem, now: number): Result<QueueItem> {
  if (item.status !== 'queued')
    return refuse(`Cannot start removing ${label(item)}: the item is ${item.status}, not queued.`);
  return ok(withStatus(item, 'in-progress', now, { attempts: item.attempts + 1 }));
}

/** in-progress -> removed: the card left the list (or a later search found the person gone). */
export function markRemoved(
  item: QueueItem,
  now: number,
  options: { confirmedAfterInterruption?: boolean } = {},
): Result<QueueItem> {
  if (!CLICKED.has(item.status)) {
    return refuse(`Cannot mark ${label(item)} removed: the item is ${item.status}, not in progress.`);
  }
  const afterInterruption = options.confirmedAfterInterruption === true;
  return ok(
    withStatus(item, 'removed', now, {
      detail: afterInterruption ? 'Confirmed removed by a search after an interruption.' : 'Removed.',
      confirmedAfterInterruption: afterInterruption,
    }),
  );
}

/**
 * in-progress -> unsure: LinkedIn's confirm button was clicked (at `clickedAt`) and LinkedIn has
 * not answered clearly. Also unsure -> unsure after a search that still lists them: one more check
 * counted, the next one due at `nextCheckAt`.
 */
export function markUnsure(
  item: QueueItem,
  clickedAt: number,
  checks: number,
  nextCheckAt: number,
  why: string,
  now: number,
): Result<QueueItem> {
  if (!CLICKED.has(item.status))
    return refuse(`Cannot mark ${label(item)} unsure: the item is ${item.status}, not in progress.`);
  return ok(
    withStatus(item, 'unsure', now, { clickedAt, checks, nextCheckAt, detail: why.trim() || undefined }),
  );
}

/** unsure -> still-listed: LinkedIn kept listing them over every check after the click. Waits for the user. */
export function markStillListed(item: QueueItem, why: string, now: number): Result<QueueItem> {
  if (item.status !== 'unsure')
    return refuse(`Cannot mark ${label(item)} still listed: the item is ${item.status}, not unsure.`);
  return ok(withStatus(item, 'still-listed', now, { detail: why.trim() || undefined }));
}

/** in-progress -> failed, with the reason in words. */
export function markFailed(item: QueueItem, why: string, now: number): Result<QueueItem> {
  if (why.trim() === '') return refuse(`Say why removing ${label(item)} failed.`);
  if (item.status !== 'in-progress') {
    return refuse(`Cannot mark ${label(item)} failed: the item is ${item.status}, not in progress.`);
  }
  return ok(withStatus(item, 'failed', now, { detail: why.trim() }));
}

/** queued | in-progress -> skipped, e.g. "not found among search results". */
export function markSkipped(item: QueueItem, why: string, now: number): Result<QueueItem> {
  if (why.trim() === '') return refuse(`Say why ${label(item)} was skipped.`);
  if (!isActive(item)) {
    return refuse(`Cannot skip ${label(item)}: the item is ${item.status}, not queued or in progress.`);
  }
  return ok(withStatus(item, 'skipped', now, { detail: why.trim() }));
}

/**
 * Back to queued, keeping its place in the queue. From in-progress only when the interruption
 * check found the person still connected (so nothing was removed); from failed or skipped only at
 * the user's request. A removed person is never queued again by this path.
 */
export function requeue(item: QueueItem, cause: RequeueCause, now: number): Result<QueueItem> {
  if (item.status === 'in-progress') {
    if (cause !== 'still-present-after-interruption') {
      return refuse(`${label(item)} is being removed right now; wait for the result before queuing again.`);
    }
    return ok(
      withStatus(item, 'queued', now, {
        detail: 'Interrupted before removal; still connected, queued again.',
      }),
    );
  }
  if (item.status === 'unsure') {
    // LinkedIn may already have removed them: only its answer settles this, never a second click.
    return refuse(
      `${label(item)} may already be removed: QuietPrune is waiting for LinkedIn to confirm, and never removes anyone twice.`,
    );
  }
  if (item.status === 'failed' || item.status === 'skipped' || item.status === 'still-listed') {
    if (cause !== 'user') {
      return refuse(`Only you can queue ${label(item)} again after it was ${item.status}.`);
    }
    return ok(withStatus(item, 'queued', now, { detail: undefined }));
  }
  return refuse(`Cannot queue ${label(item)} again: the item is ${item.status}.`);
}

/**
 * The user takes a person off the queue. Returns the list without them. A queued or still-listed
 * person can always go; an interrupted (in-progress) or unsure one only while no session is
 * running or paused (`sessionActive`), since a running session may be on them right now. Their
 * pending log entry, if any, stays in the log and keeps counting against the cap.
 */
export function dequeue(
  items: readonly QueueItem[],
  profileKey: ProfileKey,
  sessionActive: boolean,
): Result<QueueItem[]> {
  const item = items.find((i) => i.profileKey === profileKey);
  if (!item) return refuse('That person is not in the queue.');
  if (CLICKED.has(item.status) && sessionActive) {
    return refuse(
      `Cannot take ${label(item)} off the queue while a session is running: stop the session first.`,
    );
  }
  if (item.status !== 'queued' && item.status !== 'still-listed' && !CLICKED.has(item.status)) {
    return refuse(`Cannot take ${label(item)} off the queue: the item is ${item.status}, not queued.`);
  }
  return ok(items.filter((i) => i.profileKey !== profileKey));
}

/**
 * Puts the queued items in the order the user chose. `keys` must list exactly the queued items,
 * each once: a list that differs means the user's view is stale (an item started or finished
 * meanwhile), and guessing what they meant could move the wrong person. The queued items take
 * over the order numbers they already held, so other items keep their places.
 */
export function reorder(
  items: readonly QueueItem[],
  keys: readonly ProfileKey[],
  now: number,
): Result<QueueItem[]> {
  const queued = items.filter((i) => i.status === 'queued');
  const wanted = new Set(keys);
  if (wanted.size !== keys.length) return refuse('The new order lists someone twice.');
  const queuedKeys = new Set(queued.map((i) => i.profileKey));
  const stale = keys.length !== queued.length || keys.some((key) => !queuedKeys.has(key));
  if (stale) return refuse('The queue changed while you were reordering it; please try again.');
  const slots = queued.map((i) => i.order).sort((a, b) => a - b);
  const newOrder = new Map(keys.map((key, index) => [key, slots[index]!]));
  return ok(
    items.map((item) => {
      const order = newOrder.get(item.profileKey);
      return order === undefined || order === item.order ? item : { ...item, order, updatedAt: now };
    }),
  );
}

/** The next person to remove: the queued item with the lowest order, or null. */
export function nextItem(items: readonly QueueItem[]): QueueItem | null {
  let best: QueueItem | null = null;
  for (const item of items) {
    if (item.status !== 'queued') continue;
    if (best === null || compareQueuePosition(item, best) < 0) best = item;
  }
  return best;
}

/** Order first; equal orders (an old import, say) fall back to who was added first, then the key. */
export function compareQueuePosition(a: QueueItem, b: QueueItem): number {
  return (
    a.order - b.order ||
    a.addedAt - b.addedAt ||
    (a.profileKey < b.profileKey ? -1 : a.profileKey > b.profileKey ? 1 : 0)
  );
}

/** The list without removed, failed and skipped items. */
export function clearFinished(items: readonly QueueItem[]): QueueItem[] {
  return items.filter((item) => !FINISHED.has(item.status));
}

function withStatus(
  item: QueueItem,
  status: QueueStatus,
  now: number,
  changes: Partial<QueueItem>,
): QueueItem {
  const next: QueueItem = { ...item, ...changes, status, updatedAt: now };
  if (next.detail === undefined) delete next.detail;
  if (status !== 'removed') delete next.confirmedAfterInterruption;
  if (status !== 'unsure' && status !== 'still-listed') {
    delete next.clickedAt;
    delete next.checks;
  }
  if (status !== 'unsure') delete next.nextCheckAt;
  return next;
}
