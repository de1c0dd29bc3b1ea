import type { SyncState } from '../storage/meta';
import { Button } from '../ui/Button';
import { formatCount, plural, timeAgo } from '../ui/format';
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
        <strong>{plural(connectionCount, 'connection')}</strong>
        {left > 0
          ? `, ${formatCount(left)} left before LinkedIn’s ${formatCount(CONNECTION_LIMIT)} limit`
          : `: at LinkedIn’s ${formatCount(CONNECTION_LIMIT)} limit`}
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
              Stop sync
            </Button>
          ) : (
            <Button
              small
              variant="primary"
              onClick={() => void commands.send({ type: 'sync/start' })}
              disabled={commands.isBusy('sync/start')}
            >
              {sync.status === 'stopped' || sync.status === 'stalled' ? 'Sync again' : 'Sync'}
            </Button>
          )}
          {!running && (
            <Button
              small
              onClick={() => void commands.send({ type: 'sync/start', full: true })}
              disabled={commands.isBusy('sync/start')}
              title="Read the whole list and mark whoever is no longer listed as gone"
            >
              Full sync
            </Button>
          )}
          <Button
            small
            onClick={() => void commands.send({ type: 'page/open-connections' })}
            disabled={commands.isBusy('page/open-connections')}
          >
            Open Connections page
          </Button>
        </span>
      </div>
      {running && <SyncProgress seen={sync.seen} total={sync.total} />}
      <SyncStatusMessage sync={sync} />
    </div>
  );
}

function lastSyncedText(sync: SyncState, now: number): string {
  if (sync.status === 'running') return 'Syncing…';
  if (sync.lastSyncAt === null) return 'Last synced never';
  const partial = sync.lastCompleteAt === null || sync.lastSyncAt > sync.lastCompleteAt;
  return `Last synced ${timeAgo(sync.lastSyncAt, now)}${partial ? ' (partial)' : ''}`;
}

function SyncProgress({ seen, total }: { seen: number; total: number | null }) {
  const known = total !== null && total > 0;
  const text = known
    ? `${formatCount(Math.min(seen, total))} of ${formatCount(total)}`
    : `${formatCount(seen)} read so far`;
  return (
    <div class="sync-progress">
      <div
        class="progress-track"
        role="progressbar"
        aria-label="Sync progress"
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
  const progress = sync.total
    ? `${formatCount(sync.seen)} of ${formatCount(sync.total)}`
    : plural(sync.seen, 'person', 'people');
  const said = sync.message.trim();
  switch (sync.status) {
    case 'stopped':
      return (
        <p class="notice" role="status">
          Sync stopped after {progress}. {said && `${said} `}Everyone read so far is saved; press Sync again
          to continue.
        </p>
      );
    case 'stalled':
      return (
        <p class="notice notice-warning" role="status">
          LinkedIn stopped loading more people after {progress}. {said && `${said} `}This happens on long
          lists: wait a minute, then press Sync again to continue.
        </p>
      );
    case 'warning':
      return (
        <p class="notice notice-danger" role="alert">
          <strong>LinkedIn showed a warning, so the sync stopped.</strong> {said && `${said} `}Deal with it on
          LinkedIn first, and wait a day before syncing again.
        </p>
      );
    case 'failed':
      return (
        <p class="notice notice-danger" role="alert">
          <strong>The sync failed.</strong> {said || 'No reason was given.'} Reload the Connections page and
          press Sync again.
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
