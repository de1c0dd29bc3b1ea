import { isActive } from '../core/removal-queue';
import type { StoredPerson } from '../storage/people';
import { t } from '../ui/i18n';

/**
 * Why the review view's "Queue removal" is not offered for this person, in words; null when it
 * is. The worker refuses the same cases; saying so here spares the user a warning that ends in
 * an error.
 */
export function whyNotQueueable(
  person: Pick<StoredPerson, 'connection' | 'queueItem' | 'kept'> & { name: string },
): string | null {
  const { connection, queueItem, kept, name } = person;
  if (kept) return t('reviewCheck_kept');
  if (isActive(queueItem)) return t('reviewCheck_queued');
  if (queueItem?.status === 'removed') return t('reviewCheck_removed');
  if (connection?.goneAt !== undefined) return t('reviewCheck_gone');
  if (name.trim() === '') return t('reviewCheck_noName');
  return null;
}
