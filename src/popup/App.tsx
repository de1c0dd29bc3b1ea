import { useEffect, useState } from 'preact/hooks';
import { isActive } from '../core/removal-queue';
import { openSessionPanel, rememberWindow } from '../platform/side-panel';
import { Button } from '../ui/Button';
import { ErrorBanner } from '../ui/ErrorBanner';
import { useCommands } from '../ui/use-commands';
import { ConnectionsTab } from './ConnectionsTab';
import type { PopupData } from './popup-data';
import { QueueTab } from './QueueTab';
import { TabPanel, Tabs } from './Tabs';
import { usePopupData } from './use-popup-data';
import { t } from '../ui/i18n';

/**
 * The toolbar popup: the connection list and the removal queue as two tabs. (Opened with
 * `?review=`, the page shows ReviewView instead; see main.tsx.) "Show session panel" opens the
 * session in Chrome's side panel (src/sidepanel/), which stays open beside LinkedIn.
 */
type View = 'connections' | 'queue';

export function App({ initial }: { initial: Promise<PopupData> }) {
  const { data, loadError, factsVersion } = usePopupData(initial);
  const commands = useCommands();
  const [view, setView] = useState<View>('connections');
  // The side panel opens only inside a click's own task: know the window before any click.
  useEffect(rememberWindow, []);

  const banners = (
    <>
      {loadError && <ErrorBanner message={loadError} />}
      {commands.error && <ErrorBanner message={commands.error} onDismiss={commands.dismissError} />}
    </>
  );

  const activeInQueue = data?.queue.filter(isActive).length ?? 0;
  const tabs = [
    { id: 'connections' as const, label: t('popup_tabConnections') },
    {
      id: 'queue' as const,
      label: activeInQueue > 0 ? t('popup_tabQueueCount', activeInQueue) : t('popup_tabQueue'),
    },
  ];

  return (
    <main class="popup">
      <header class="popup-header">
        <div class="popup-title">
          <h1 class="app-name">{t('extName')}</h1>
          <Button variant="quiet" small onClick={() => void openSessionPanel()}>
            {t('popup_showSessionPanel')}
          </Button>
        </div>
        <Tabs<View> tabs={tabs} selected={view} onSelect={setView} label={t('popup_views')} />
      </header>
      {banners}
      <TabPanel id="connections" selected={view === 'connections'}>
        <ConnectionsTab data={data} factsVersion={factsVersion} commands={commands} />
      </TabPanel>
      <TabPanel id="queue" selected={view === 'queue'}>
        {data && <QueueTab data={data} commands={commands} visible={view === 'queue'} />}
      </TabPanel>
    </main>
  );
}
