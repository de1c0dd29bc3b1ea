import { isActive } from '../core/removal-queue';
import type { StoredPerson } from '../storage/people';

/**
 * Why the review view's "Queue removal" is not offered for this person, in words; null when it
 * is. The worker refuses the same cases; saying so here spares the user a warning that ends in
 * an error.
 */
export function whyNotQueueable(
  person: Pick<StoredPerson, 'connection' | 'queueItem' | 'kept'> & { name: string },
): string | null {
  const { connection, queueItem, kept, name } = person;
  if (kept) return 'They are on your Keep list. Take them off it first.';
  if (isActive(queueItem)) return 'They are already in the removal queue.';
  if (queueItem?.status === 'removed') return 'QuietPrune already removed them.';
  if (connection?.goneAt !== undefined)
    return 'They were not in your list at the last complete sync: there may be nothing to remove.';
  if (name.trim() === '') {
    return 'Their name is not known yet, and a removal needs it to find them on the Connections page. Sync first.';
  }
  return null;
}
