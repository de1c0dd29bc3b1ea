import type { QueueItem } from '../core/removal-queue';
import { Avatar } from '../ui/Avatar';
import { Button } from '../ui/Button';
import { queueStatusText } from '../ui/session-wording';
import type { SessionState } from '../storage/meta';
import { isSessionLive } from '../core/session-status';
import { t } from '../ui/i18n';

/**
 * One person in the removal queue: status, why they are there, what happened (the worker's
 * words for a failure or a skip), and the actions that status allows. Someone interrupted
 * mid-removal or unsure after LinkedIn's confirmation can be taken off the queue while no session
 * runs (their pending log entry stays and keeps counting), never retried; someone LinkedIn still
 * lists after every check waits for the user to queue them again or take them off.
 */

interface QueueItemRowProps {
  item: QueueItem;
  session: Pick<SessionState, 'status' | 'currentKey'>;
  /** Position among queued items (1-based), when queued. */
  place: number | null;
  isFirst: boolean;
  isLast: boolean;
  busy: boolean;
  onMove: (item: QueueItem, by: -1 | 1) => void;
  onRemove: (item: QueueItem) => void;
  onRetry: (item: QueueItem) => void;
}

export function QueueItemRow({
  item,
  session,
  place,
  isFirst,
  isLast,
  busy,
  onMove,
  onRemove,
  onRetry,
}: QueueItemRowProps) {
  const name = item.name.trim() || item.profileKey;
  const badgeClass =
    item.status === 'failed' || item.status === 'skipped' || item.status === 'still-listed'
      ? 'badge-failed'
      : item.status === 'removed'
        ? ''
        : 'badge-queue';
  const sessionActive = isSessionLive(session.status);
  // Queued and still-listed people always; interrupted or unsure ones only while no session may be
  // on them (the worker refuses otherwise too).
  const removable =
    item.status === 'queued' ||
    item.status === 'still-listed' ||
    ((item.status === 'in-progress' || item.status === 'unsure') && !sessionActive);
  return (
    <li class="queue-item" data-profile-key={item.profileKey} data-status={item.status}>
      <Avatar name={name} />
      <div class="queue-text">
        <div class="person-name">
          {place !== null && <span class="muted">{place}. </span>}
          {name}
        </div>
        <div class="queue-meta">
          <span class={`badge ${badgeClass}`}>{queueStatusText(item, session)}</span>
          <span class="muted" title={t('queue_whyTitle')}>
            {item.reason || t('queue_noReason')}
          </span>
        </div>
        {item.detail && item.status !== 'queued' && (
          <div class={item.status === 'removed' ? 'muted' : 'queue-detail'}>{item.detail}</div>
        )}
      </div>
      <div class="queue-actions">
        {item.status === 'queued' && (
          <>
            <Button
              small
              variant="quiet"
              aria-label={t('queue_moveUp', name)}
              disabled={busy || isFirst}
              onClick={() => onMove(item, -1)}
            >
              ↑
            </Button>
            <Button
              small
              variant="quiet"
              aria-label={t('queue_moveDown', name)}
              disabled={busy || isLast}
              onClick={() => onMove(item, 1)}
            >
              ↓
            </Button>
          </>
        )}
        {(item.status === 'failed' || item.status === 'skipped') && (
          <Button
            small
            aria-label={t('queue_retryLabel', name)}
            disabled={busy}
            onClick={() => onRetry(item)}
          >
            {t('queue_retry')}
          </Button>
        )}
        {item.status === 'still-listed' && (
          <Button
            small
            aria-label={t('queue_againLabel', name)}
            disabled={busy}
            onClick={() => onRetry(item)}
          >
            {t('queue_again')}
          </Button>
        )}
        {removable && (
          <Button
            small
            aria-label={t('queue_takeOffLabel', name)}
            disabled={busy}
            onClick={() => onRemove(item)}
          >
            {t('queue_takeOff')}
          </Button>
        )}
      </div>
    </li>
  );
}
