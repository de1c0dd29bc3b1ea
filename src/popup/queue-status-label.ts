import type { QueueStatus } from '../core/removal-queue';

/** A queue item's status in words, the same on every badge of the popup. */
export const QUEUE_STATUS_LABEL: Record<QueueStatus, string> = {
  queued: 'Queued',
  'in-progress': 'Removing now',
  removed: 'Removed',
  failed: 'Removal failed',
  skipped: 'Skipped',
};
