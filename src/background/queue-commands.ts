import type { Reply } from '../messages';
import type { PersonRef, ProfileKey } from '../core/connection';
import type { Result } from '../core/result';
import { clearFinished, dequeue, enqueue, reorder, requeue, type QueueItem } from '../core/removal-queue';
import { missingOwnConfirmation } from '../core/removal-warning';
import { announce } from './broadcast';
import { refreshBadge } from './badge';
import { now } from './clock';
import { database } from '../storage/db';
import { transact } from '../storage/transaction';
import { logStateOf } from '../core/removal-log';
import { isSessionLive } from '../core/session-status';

/**
 * The user's commands on the queue and the Keep list. Each runs in one IndexedDB transaction
 * through the pure queue state machine (core/removal-queue.ts), so a refused change changes nothing.
 */
async function changed(): Promise<void> {
  await announce('queue', 'keep');
  await refreshBadge();
}

export async function addToQueue(
  people: readonly PersonRef[],
  reason: string,
  confirmedOnTheirOwn: readonly ProfileKey[],
): Promise<Reply<{ added: number; refused: string[] }>> {
  const at = await now();
  const result = await transact(await database(), ['queue', 'keep', 'facts', 'removalLog'], async (t) => {
    const keep = await t.keep.keys();
    const items: QueueItem[] = await t.queue.all();
    // A confirm click LinkedIn has not answered yet (a pending log entry) is settled by a search,
    // never by a second click: someone taken off the queue while unsure cannot be queued again.
    const unsettled = new Set(
      (await t.removalLog.all()).filter((e) => logStateOf(e) === 'pending').map((e) => e.profileKey),
    );
    const facts = await Promise.all(people.map((person) => t.facts.get(person.profileKey)));
    const ownConfirmed = new Set(confirmedOnTheirOwn);
    const unconfirmed = new Set(
      missingOwnConfirmation(
        people.map((person, i) => ({
          profileKey: person.profileKey,
          name: person.name,
          facts: facts[i] ?? null,
        })),
        ownConfirmed,
      ).map((person) => person.profileKey),
    );
    const refused: string[] = [];
    let added = 0;
    for (const person of people) {
      if (unsettled.has(person.profileKey)) {
        refused.push(
          `${person.name || person.profileKey} was not queued: a removal of them was confirmed on LinkedIn and LinkedIn has not answered yet. Check on LinkedIn’s Connections page whether they are still listed.`,
        );
        continue;
      }
      if (unconfirmed.has(person.profileKey)) {
        refused.push(
          `${person.name || person.profileKey} was not queued: endorsements or recommendations between you are known, so they must be confirmed on their own in the warning.`,
        );
        continue;
      }
      const result = enqueue(items, person, reason.trim() || 'Cleanup', keep, at);
      if (!result.ok) {
        refused.push(result.message);
        continue;
      }
      // The tick travels with the item (and its backups): a restore refuses such people without it.
      const item: QueueItem = ownConfirmed.has(person.profileKey)
        ? { ...result.value, confirmedOnTheirOwn: true }
        : result.value;
      const index = items.findIndex((i) => i.profileKey === person.profileKey);
      if (index >= 0)
        items[index] = item; // a finished item queued again
      else items.push(item);
      await t.queue.put(item);
      added++;
    }
    return { added, refused };
  });
  await changed();
  return { ok: true, data: result };
}

export async function removeFromQueue(keys: readonly ProfileKey[]): Promise<Reply> {
  // An interrupted or unsure person leaves the queue only while no session may be on them (read
  // in the same transaction); their pending log entry stays and keeps counting against the cap.
  return editQueue((items, sessionActive) => {
    let list = items;
    for (const key of keys) {
      const result = dequeue(list, key, sessionActive);
      if (!result.ok) return result;
      list = result.value;
    }
    return { ok: true, value: list };
  });
}

export async function reorderQueue(keys: readonly ProfileKey[]): Promise<Reply> {
  const at = await now();
  return editQueue((items) => reorder(items, keys, at));
}

export async function retryItems(keys: readonly ProfileKey[]): Promise<Reply> {
  const at = await now();
  return editQueue((items) => {
    const next = [...items];
    for (const key of keys) {
      const index = next.findIndex((i) => i.profileKey === key);
      if (index < 0) return { ok: false, message: 'That person is not in the queue.' };
      const result = requeue(next[index]!, 'user', at);
      if (!result.ok) return result;
      next[index] = result.value;
    }
    return { ok: true, value: next };
  });
}

export async function clearQueue(which: 'finished' | 'all-queued'): Promise<Reply> {
  return editQueue((items) => ({
    ok: true,
    value: which === 'finished' ? clearFinished(items) : items.filter((i) => i.status !== 'queued'),
  }));
}

/** Keep: a person on this list can never be queued, and leaves the queue if they were in it. */
export async function setKeep(people: readonly PersonRef[], keep: boolean): Promise<Reply> {
  const at = await now();
  await transact(await database(), ['queue', 'keep'], async (t) => {
    for (const person of people) {
      if (keep) {
        await t.keep.put({
          profileKey: person.profileKey,
          profileUrl: person.profileUrl,
          name: person.name,
          addedAt: at,
        });
        const item = await t.queue.get(person.profileKey);
        if (item?.status === 'queued') await t.queue.delete(person.profileKey);
      } else {
        await t.keep.delete(person.profileKey);
      }
    }
  });
  await changed();
  return { ok: true };
}

/** Applies a whole-list change: items that vanished are deleted, changed ones written. */
async function editQueue(
  change: (items: QueueItem[], sessionActive: boolean) => Result<QueueItem[]>,
): Promise<Reply> {
  const refusal = await transact(await database(), ['queue', 'meta'], async (t) => {
    const items = await t.queue.all();
    const session = await t.meta.get('session');
    const result = change(items, isSessionLive(session.status));
    if (!result.ok) {
      t.abort();
      return result.message;
    }
    const kept = new Map(result.value.map((item) => [item.profileKey, item]));
    for (const item of items) {
      const next = kept.get(item.profileKey);
      if (!next) await t.queue.delete(item.profileKey);
      else if (next !== item) await t.queue.put(next);
    }
    return null;
  });
  if (refusal !== null) return { ok: false, error: refusal };
  await changed();
  return { ok: true };
}
