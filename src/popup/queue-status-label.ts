import type { QueueStatus } from '../core/removal-queue';

/**
 * A queue item's status in one or two words, for badges outside the Queue tab. The Queue tab's
 * own rows use ui/session-wording.ts, which also knows whether a session is on the person.
 */
export const QUEUE_STATUS_LABEL: Record<QueueStatus, string> = {
  queued: 'Queued',
  'in-progress': 'Being removed',
  unsure: 'Unsure: waiting for LinkedIn',
  'still-listed': 'Still listed',
  removed: 'Removed',
  failed: 'Removal failed',
  skipped: 'Skipped',
};
