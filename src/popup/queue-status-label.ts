import type { QueueStatus } from '../core/removal-queue';
import { t } from '../ui/i18n';

/**
 * A queue item's status in one or two words, for badges outside the Queue tab. The Queue tab's
 * own rows use ui/session-wording.ts, which also knows whether a session is on the person.
 */
export const QUEUE_STATUS_LABEL: Record<QueueStatus, () => string> = {
  queued: () => t('status_queued'),
  'in-progress': () => t('status_inProgress'),
  unsure: () => t('status_unsure'),
  'still-listed': () => t('status_stillListed'),
  removed: () => t('status_removed'),
  failed: () => t('status_failed'),
  skipped: () => t('status_skipped'),
};
