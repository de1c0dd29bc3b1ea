import type { ProfileKey } from './connection';
import { mayRemoveNow, nextAllowedAt } from './daily-cap';
import { compareQueuePosition, nextItem, type QueueItem } from './removal-queue';
import type { EndReason } from './session-end';

/**
 * What a running session does next, from the queue, the Keep list, the removal log's times and the
 * order on the page (if any). The worker reads these, calls this, and writes what it says.
 *
 * In order:
 * 1. An order still on the page, younger than `orderLostAfterMs`: wait for its result ('busy').
 * 2. Someone interrupted mid-removal (in progress with no live order): search for them first.
 * 3. Someone unsure (LinkedIn's confirm button was clicked and it has not answered): search for
 *    them when their check is due; until then, WAIT, removing nobody else. Chosen on purpose: a
 *    removal LinkedIn has not confirmed may mean it is quietly refusing, or the page is not doing
 *    what QuietPrune thinks, and clicking confirm for someone else meanwhile would stack a second
 *    unknown on the first. Waiting also keeps "two failures in a row" honest: a lagging index
 *    settles as removed before the next person is touched, instead of counting as a failure.
 * 4. Nobody queued (but kept people): end at once ('queue-done'), whatever the cap says.
 * 5. The cap used up: end ('cap-reached'). Checks need no cap, so they come before this.
 * 6. The next queued person not on the Keep list: remove them.
 * Kept people queued earlier are returned in `skipKept` for the worker to mark skipped (the Keep
 * list wins), whatever the step.
 */
export type NextStep =
  | { kind: 'busy' }
  | { kind: 'check'; item: QueueItem; why: 'interrupted' | 'unsure'; skipKept: QueueItem[] }
  | { kind: 'wait'; until: number; why: 'unsure'; skipKept: QueueItem[] }
  | { kind: 'remove'; item: QueueItem; skipKept: QueueItem[] }
  | { kind: 'end'; reason: EndReason; skipKept: QueueItem[] };

export interface NextStepInput {
  queue: readonly QueueItem[];
  keep: ReadonlySet<ProfileKey>;
  removalTimes: readonly number[];
  cap: number;
  now: number;
  /** The order on the page, if any: whom, and since when. */
  current: { key: ProfileKey; since: number } | null;
  orderLostAfterMs: number;
}

export function nextStep({
  queue,
  keep,
  removalTimes,
  cap,
  now,
  current,
  orderLostAfterMs,
}: NextStepInput): NextStep {
  const onPage = current ? queue.find((i) => i.profileKey === current.key) : undefined;
  if (
    current &&
    onPage &&
    (onPage.status === 'in-progress' || onPage.status === 'unsure') &&
    now - current.since < orderLostAfterMs
  ) {
    return { kind: 'busy' };
  }
  const skipKept = queue
    .filter((i) => i.status === 'queued' && keep.has(i.profileKey))
    .sort(compareQueuePosition);
  const interrupted = queue.filter((i) => i.status === 'in-progress').sort(compareQueuePosition)[0];
  if (interrupted) return { kind: 'check', item: interrupted, why: 'interrupted', skipKept };
  const unsure = queue
    .filter((i) => i.status === 'unsure')
    .sort((a, b) => (a.nextCheckAt ?? 0) - (b.nextCheckAt ?? 0) || compareQueuePosition(a, b))[0];
  if (unsure) {
    const due = unsure.nextCheckAt ?? now;
    return due <= now
      ? { kind: 'check', item: unsure, why: 'unsure', skipKept }
      : { kind: 'wait', until: due, why: 'unsure', skipKept };
  }
  const candidate = nextItem(queue.filter((i) => !keep.has(i.profileKey)));
  if (!candidate) return { kind: 'end', reason: { code: 'queue-done' }, skipKept };
  if (!mayRemoveNow(removalTimes, cap, now)) {
    return {
      kind: 'end',
      reason: { code: 'cap-reached', cap, nextAllowedAt: nextAllowedAt(removalTimes, cap, now) },
      skipKept,
    };
  }
  return { kind: 'remove', item: candidate, skipKept };
}
