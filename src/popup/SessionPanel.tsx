import type { QueueItem } from '../core/removal-queue';
import type { SessionState } from '../storage/meta';
import { Button } from '../ui/Button';
import { formatCountdown } from '../ui/format';
import type { Commands } from '../ui/use-commands';

/**
 * The removal session: what it is doing now and the controls for it. Nothing is removed until the
 * user presses Start session; a safety stop is shown in red with what to do, and never resumes by
 * itself.
 */
interface SessionPanelProps {
  session: SessionState;
  queue: readonly QueueItem[];
  remainingToday: number;
  now: number;
  commands: Commands;
}

export function SessionPanel({ session, queue, remainingToday, now, commands }: SessionPanelProps) {
  const queued = queue.filter((item) => item.status === 'queued' || item.status === 'in-progress').length;
  const current = session.currentKey ? queue.find((item) => item.profileKey === session.currentKey) : undefined;
  const busy = (['session/start', 'session/pause', 'session/resume', 'session/stop'] as const).some((t) => commands.isBusy(t));

  // An item left in progress by an interruption is only checked, not removed: the cap allows that.
  const interrupted = queue.some((item) => item.status === 'in-progress');
  const whyNoStart = queued === 0 ? 'Nobody is queued.' : remainingToday === 0 && !interrupted ? 'Today’s cap is reached.' : null;
  const start = (
    <Button variant="primary" small onClick={() => commands.send({ type: 'session/start' })} disabled={busy || whyNoStart !== null}>
      Start session
    </Button>
  );
  const stop = (
    <Button small onClick={() => commands.send({ type: 'session/stop' })} disabled={busy}>
      Stop
    </Button>
  );

  return (
    <div class="session-panel" data-testid="session-state" data-status={session.status}>
      {session.status === 'running' && (
        <>
          <p role="status">
            <strong>Session running:</strong> {session.removedThisSession} of {session.plannedThisSession} removed.{' '}
            {current ? `Removing ${current.name || current.profileKey} now.` : nextRemovalText(session.nextRemovalAt, now)}
          </p>
          <div class="button-row">
            <Button small onClick={() => commands.send({ type: 'session/pause' })} disabled={busy}>
              Pause
            </Button>
            {stop}
          </div>
        </>
      )}
      {session.status === 'paused' && (
        <>
          <p role="status">
            <strong>Session paused</strong> after {session.removedThisSession} of {session.plannedThisSession}. Nothing happens until you resume.
          </p>
          <div class="button-row">
            <Button variant="primary" small onClick={() => commands.send({ type: 'session/resume' })} disabled={busy}>
              Resume
            </Button>
            {stop}
          </div>
        </>
      )}
      {(session.status === 'idle' || session.status === 'ended') && (
        <>
          {session.status === 'ended' && session.safetyStop && (
            <div class="notice notice-danger safety-stop" role="alert">
              <p>
                <strong>Safety stop.</strong> {session.endMessage}
              </p>
              <p>
                QuietPrune will not continue by itself. Open LinkedIn and deal with any warning or check it shows. Wait at least a
                day before starting another session, and keep the daily cap low.
              </p>
            </div>
          )}
          {session.status === 'ended' && !session.safetyStop && (
            <p class="notice" role="status">
              <strong>Session ended:</strong> {session.endMessage || 'done.'} {session.removedThisSession} removed.
            </p>
          )}
          <div class="button-row">
            {start}
            <span class="muted">
              {whyNoStart ?? 'Removes queued people one at a time on the Connections page, at a person’s pace.'}
            </span>
          </div>
        </>
      )}
    </div>
  );
}

function nextRemovalText(nextAt: number | null, now: number): string {
  if (nextAt === null) return 'Waiting for the Connections page.';
  return nextAt <= now ? 'Next removal any moment.' : `Next removal in ${formatCountdown(nextAt - now)}.`;
}
