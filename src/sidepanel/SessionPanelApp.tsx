import { SessionWithCap } from '../popup/SessionWithCap';
import { ErrorBanner } from '../ui/ErrorBanner';
import { useCommands } from '../ui/use-commands';
import { useNow } from '../ui/use-now';
import { useSessionData } from './use-session-data';
import { isSessionLive } from '../core/session-status';
import { t } from '../ui/i18n';

/**
 * The session in Chrome's side panel, beside LinkedIn's page and out of its reach: progress, who
 * is being removed, the countdown to the next step, the session's message, and Pause, Resume and
 * Stop. It is the popup's own session view with its cap line (popup/SessionWithCap.tsx), so both
 * always say the same.
 * Nothing of it is in LinkedIn's page: a page script can neither read it nor press its buttons.
 */
export function SessionPanelApp() {
  const { data, loadError } = useSessionData();
  const commands = useCommands();
  const active = isSessionLive(data?.session.status);
  // The countdown ticks every second while a session is on; otherwise a slow tick keeps the
  // daily-cap line honest.
  const now = useNow(active ? 1000 : 30_000, data?.clockOffset ?? 0);

  return (
    <main class="session-side-panel">
      <h1 class="app-name">{t('title_sidepanel')}</h1>
      {loadError && <ErrorBanner message={loadError} />}
      {commands.error && <ErrorBanner message={commands.error} onDismiss={() => commands.dismissError()} />}
      {data && <SessionWithCap data={data} now={now} commands={commands} inSidePanel />}
    </main>
  );
}
