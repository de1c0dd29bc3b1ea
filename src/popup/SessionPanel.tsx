import type { QueueItem } from '../core/removal-queue';
import { startDecision } from '../core/session-start';
import type { SessionState } from '../storage/meta';
import { startRefusalShort } from '../ui/session-wording';
import { Button } from '../ui/Button';
import { HandsOnGuide } from '../ui/HandsOnGuide';
import { formatCountdown } from '../ui/format';
import { t } from '../ui/i18n';
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
  const busy = (['session/start', 'session/pause', 'session/resume', 'session/stop'] as const).some((type) =>
    commands.isBusy(type),
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
      {t('session_start')}
    </Button>
  );
  const stop = (
    <Button small onClick={() => void commands.send({ type: 'session/stop' })} disabled={busy}>
      {t('session_stop')}
    </Button>
  );

  return (
    <div class="session-panel" data-testid="session-state" data-status={session.status}>
      {session.status === 'running' && (
        <>
          <p role="status">
            <strong>{t('session_runningTitle')}</strong>{' '}
            {t('session_runningCount', session.removedThisSession, session.plannedThisSession)}{' '}
            {current
              ? current.status === 'unsure'
                ? t('session_checking', current.name || current.profileKey)
                : t('session_removing', current.name || current.profileKey)
              : unsure
                ? t(
                    'session_notConfirmed',
                    unsure.name || unsure.profileKey,
                    checkAgainText(session.nextRemovalAt, now),
                  )
                : nextRemovalText(session.nextRemovalAt, now)}
          </p>
          {(session.whoClicks === 'hands-on' || session.handsOn) && current && (
            <HandsOnGuide step={session.handsOn} />
          )}
          <div class="button-row">
            <Button small onClick={() => void commands.send({ type: 'session/pause' })} disabled={busy}>
              {t('session_pause')}
            </Button>
            {stop}
          </div>
        </>
      )}
      {session.status === 'paused' && (
        <>
          <p role="status">
            <strong>{t('session_pausedTitle')}</strong>{' '}
            {t('session_paused', session.removedThisSession, session.plannedThisSession)}
          </p>
          <div class="button-row">
            <Button
              variant="primary"
              small
              onClick={() => void commands.send({ type: 'session/resume' })}
              disabled={busy}
            >
              {t('session_resume')}
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
                <strong>{t('session_safetyTitle')}</strong> {session.endMessage}
              </p>
              <p>{t('session_safetyAdvice')}</p>
            </div>
          )}
          {session.status === 'ended' && !session.safetyStop && (
            <p class="notice" role="status">
              <strong>{t('session_endedTitle')}</strong> {session.endMessage || t('session_endedDone')}{' '}
              {t('session_endedRemoved', session.removedThisSession)}
            </p>
          )}
          <div class="button-row">
            {start}
            <span class="muted">{whyNoStart ?? t('session_startHint')}</span>
          </div>
        </>
      )}
    </div>
  );
}

function checkAgainText(nextAt: number | null, now: number): string {
  if (nextAt === null || nextAt <= now) return t('session_checkAgainSoon');
  return t('session_checkAgainIn', formatCountdown(nextAt - now));
}

function nextRemovalText(nextAt: number | null, now: number): string {
  if (nextAt === null) return t('session_waitingPage');
  return nextAt <= now ? t('session_nextSoon') : t('session_nextIn', formatCountdown(nextAt - now));
}
