import type { SyncState } from '../storage/meta';
import { Button } from '../ui/Button';
import { timeAgo } from '../ui/format';
import { t, tp } from '../ui/i18n';
import type { Commands } from '../ui/use-commands';
import { CONNECTION_LIMIT } from '../core/triage';

/**
 * How many connections there are, when they were last read, and the Sync controls with their
 * progress. A sync reads LinkedIn's Connections page in the user's own tab at human pace; Stop
 * keeps what was read, and Sync again continues from there. Sync is quick when it can be (it reads
 * the newest people until it meets ones it had, core/quick-sync.ts) and goes on into a full sync by
 * itself when it cannot tell; Full sync reads everyone. The line under the buttons says which ran.
 */
interface SyncPanelProps {
  sync: SyncState;
  connectionCount: number;
  now: number;
  commands: Commands;
}

export function SyncPanel({ sync, connectionCount, now, commands }: SyncPanelProps) {
  const running = sync.status === 'running';
  const left = Math.max(0, CONNECTION_LIMIT - connectionCount);
  return (
    <div class="sync-panel">
      <p class="count-line" data-testid="connection-count">
        <strong>{tp('sync_count', connectionCount)}</strong>
        {left > 0 ? t('sync_leftBeforeLimit', left, CONNECTION_LIMIT) : t('sync_atLimit', CONNECTION_LIMIT)}
      </p>
      <div class="sync-row">
        <span class="muted" data-testid="last-synced">
          {lastSyncedText(sync, now)}
        </span>
        <span class="sync-actions">
          {running ? (
            <Button
              small
              onClick={() => void commands.send({ type: 'sync/stop' })}
              disabled={commands.isBusy('sync/stop')}
            >
              {t('sync_stop')}
            </Button>
          ) : (
            <Button
              small
              variant="primary"
              onClick={() => void commands.send({ type: 'sync/start' })}
              disabled={commands.isBusy('sync/start')}
            >
              {sync.status === 'stopped' || sync.status === 'stalled' ? t('sync_again') : t('sync_sync')}
            </Button>
          )}
          {!running && (
            <Button
              small
              onClick={() => void commands.send({ type: 'sync/start', full: true })}
              disabled={commands.isBusy('sync/start')}
              title={t('sync_fullTitle')}
            >
              {t('sync_full')}
            </Button>
          )}
          <Button
            small
            onClick={() => void commands.send({ type: 'page/open-connections' })}
            disabled={commands.isBusy('page/open-connections')}
          >
            {t('sync_openConnections')}
          </Button>
        </span>
      </div>
      {running && <SyncProgress seen={sync.seen} total={sync.total} />}
      <SyncStatusMessage sync={sync} />
    </div>
  );
}

function lastSyncedText(sync: SyncState, now: number): string {
  if (sync.status === 'running') return t('sync_syncing');
  if (sync.lastSyncAt === null) return t('sync_never');
  const partial = sync.lastCompleteAt === null || sync.lastSyncAt > sync.lastCompleteAt;
  return t(partial ? 'sync_lastPartial' : 'sync_last', timeAgo(sync.lastSyncAt, now));
}

function SyncProgress({ seen, total }: { seen: number; total: number | null }) {
  const known = total !== null && total > 0;
  const text = known ? t('sync_progressOf', Math.min(seen, total), total) : t('sync_readSoFar', seen);
  return (
    <div class="sync-progress">
      <div
        class="progress-track"
        role="progressbar"
        aria-label={t('sync_progress')}
        aria-valuemin={0}
        aria-valuenow={known ? Math.min(seen, total) : undefined}
        aria-valuemax={known ? total : undefined}
        aria-valuetext={text}
      >
        <div
          class="progress-fill"
          style={{ width: known ? `${Math.min(100, (seen / total) * 100)}%` : '100%' }}
        />
      </div>
      <span class="muted">{text}</span>
    </div>
  );
}

/** Why the last sync ended, when it did not simply complete. */
function SyncStatusMessage({ sync }: { sync: SyncState }) {
  const progress = sync.total ? t('sync_progressOf', sync.seen, sync.total) : tp('sync_people', sync.seen);
  const said = sync.message.trim();
  const saidThen = said && `${said} `;
  switch (sync.status) {
    case 'stopped':
      return (
        <p class="notice" role="status">
          {t('sync_stopped', progress, saidThen)}
        </p>
      );
    case 'stalled':
      return (
        <p class="notice notice-warning" role="status">
          {t('sync_stalled', progress, saidThen)}
        </p>
      );
    case 'warning':
      return (
        <p class="notice notice-danger" role="alert">
          <strong>{t('sync_warningTitle')}</strong> {t('sync_warning', saidThen)}
        </p>
      );
    case 'failed':
      return (
        <p class="notice notice-danger" role="alert">
          <strong>{t('sync_failedTitle')}</strong> {t('sync_failed', said || t('sync_noReason'))}
        </p>
      );
    case 'complete':
      // Which sync ran and why: "Quick sync: 5 new, …" or "Full sync (LinkedIn shows 301, …)".
      return said ? (
        <p class="muted" role="status" data-testid="sync-result">
          {said}
        </p>
      ) : null;
    default:
      return null;
  }
}
