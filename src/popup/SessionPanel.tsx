import type { QueueItem } from '../core/removal-queue';
import { startDecision } from '../core/session-start';
import type { SessionState } from '../storage/meta';
import { startRefusalShort } from '../ui/session-wording';
import { Button } from '../ui/Button';
import { HandsOnGuide } from '../ui/HandsOnGuide';
import { formatCountdown } from '../ui/format';
import type { Commands } from '../ui/use-commands';
import { openSessionPanel } from '../platform/side-panel';

/**
 * The removal session: what it is doing now and the controls for it. Nothing is removed until the
 * user presses Start session; a safety stop is shown in red with what to do, and never resumes by
 * itself. The same view shows in the popup and in Chrome's side panel (src/sidepanel/); from the
 * popup, Start also opens the side panel, where the session stays in view beside LinkedIn.
 */
interface SessionPanelProps {
  session: SessionState;
  queue: readonly QueueItem[];
  removalTimes: readonly number[];
  cap: number;
  now: number;
  /** The statement about LinkedIn's rules was accepted (popup/RiskStatement.tsx). */
  riskAccepted: boolean;
  commands: Commands;
  /** True in the side panel itself (Start then has no panel to open). */
  inSidePanel?: boolean;
}

export function SessionPanel({
  session,
  queue,
  removalTimes,
  cap,
  now,
  riskAccepted,
  commands,
  inSidePanel = false,
}: SessionPanelProps) {
  const current = session.currentKey
    ? queue.find((item) => item.profileKey === session.currentKey)
    : undefined;
  const unsure = queue.find((item) => item.status === 'unsure');
  const busy = (['session/start', 'session/pause', 'session/resume', 'session/stop'] as const).some((t) =>
    commands.isBusy(t),
  );

  // The worker's own Start rule (core/session-start.ts): the button and the worker never disagree.
  const decision = startDecision({
    sessionStatus: session.status,
    queue,
    removalTimes,
    cap,
    now,
    riskAccepted,
  });
  const whyNoStart =
    decision.ok || decision.refusal.code === 'already-running' ? null : startRefusalShort(decision.refusal);
  const start = (
    <Button
      variant="primary"
      small
      onClick={() => {
        // Opened in the click's own task (a user gesture), before the command's await.
        if (!inSidePanel) void openSessionPanel();
        void commands.send({ type: 'session/start' });
      }}
      disabled={busy || whyNoStart !== null}
    >
      Start session
    </Button>
  );
  const stop = (
    <Button small onClick={() => void commands.send({ type: 'session/stop' })} disabled={busy}>
      Stop
    </Button>
  );

  return (
    <div class="session-panel" data-testid="session-state" data-status={session.status}>
      {session.status === 'running' && (
        <>
          <p role="status">
            <strong>Session running:</strong> {session.removedThisSession} of {session.plannedThisSession}{' '}
            removed.{' '}
            {current
              ? current.status === 'unsure'
                ? `Checking whether LinkedIn removed ${current.name || current.profileKey}.`
                : `Removing ${current.name || current.profileKey} now.`
              : unsure
                ? `LinkedIn has not confirmed removing ${unsure.name || unsure.profileKey} yet; ${checkAgainText(session.nextRemovalAt, now)}`
                : nextRemovalText(session.nextRemovalAt, now)}
          </p>
          {(session.whoClicks === 'hands-on' || session.handsOn) && current && (
            <HandsOnGuide step={session.handsOn} />
          )}
          <div class="button-row">
            <Button small onClick={() => void commands.send({ type: 'session/pause' })} disabled={busy}>
              Pause
            </Button>
            {stop}
          </div>
        </>
      )}
      {session.status === 'paused' && (
        <>
          <p role="status">
            <strong>Session paused</strong> after {session.removedThisSession} of {session.plannedThisSession}
            . Nothing happens until you resume.
          </p>
          <div class="button-row">
            <Button
              variant="primary"
              small
              onClick={() => void commands.send({ type: 'session/resume' })}
              disabled={busy}
            >
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
                QuietPrune will not continue by itself. Open LinkedIn and deal with any warning or check it
                shows. Wait at least a day before starting another session, and keep the daily cap low.
              </p>
            </div>
          )}
          {session.status === 'ended' && !session.safetyStop && (
            <p class="notice" role="status">
              <strong>Session ended:</strong> {session.endMessage || 'done.'} {session.removedThisSession}{' '}
              removed.
            </p>
          )}
          <div class="button-row">
            {start}
            <span class="muted">
              {whyNoStart ??
                'Removes queued people one at a time on the Connections page, at a person’s pace.'}
            </span>
          </div>
        </>
      )}
    </div>
  );
}

function checkAgainText(nextAt: number | null, now: number): string {
  if (nextAt === null || nextAt <= now) return 'checking again any moment.';
  return `checking again in ${formatCountdown(nextAt - now)}. Nobody else is removed until then.`;
}

function nextRemovalText(nextAt: number | null, now: number): string {
  if (nextAt === null) return 'Waiting for the Connections page.';
  return nextAt <= now ? 'Next removal any moment.' : `Next removal in ${formatCountdown(nextAt - now)}.`;
}
