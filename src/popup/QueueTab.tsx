import { compareQueuePosition, isActive, type QueueItem } from '../core/removal-queue';
import { Button } from '../ui/Button';
import type { Commands } from '../ui/use-commands';
import { useNow } from '../ui/use-now';
import type { PopupData } from './popup-data';
import { QueueItemRow } from './QueueItemRow';
import { SessionWithCap } from './SessionWithCap';
import { FirstSessionChecklist } from './FirstSessionChecklist';
import { RiskStatement } from './RiskStatement';
import { ReminderOffer } from './ReminderOffer';
import { WhoClicksChoice } from './WhoClicksChoice';
import { isSessionLive } from '../core/session-status';
import { RehearsalOffer } from './RehearsalOffer';
import { t } from '../ui/i18n';

/**
 * The "Queue" tab: the session controls, today's budget, and everyone queued or finished.
 */
interface QueueTabProps {
  data: PopupData;
  commands: Commands;
  /** The countdown ticks every second only while the tab is on screen. */
  visible: boolean;
}

export function QueueTab({ data, commands, visible }: QueueTabProps) {
  const ticking = visible && isSessionLive(data.session.status);
  const now = useNow(ticking ? 1000 : 30_000, data.clockOffset);
  const items = [...data.queue].sort(compareQueuePosition);
  // Waiting: anyone the session or the user still has to act on (unsure and still-listed people included).
  const waiting = (item: QueueItem) =>
    isActive(item) || item.status === 'unsure' || item.status === 'still-listed';
  const active = items.filter(waiting);
  const finished = items.filter((item) => !waiting(item));
  const queuedKeys = active.filter((item) => item.status === 'queued').map((item) => item.profileKey);
  const busy = (['queue/remove', 'queue/reorder', 'queue/retry', 'queue/clear'] as const).some((type) =>
    commands.isBusy(type),
  );

  function move(item: QueueItem, by: -1 | 1) {
    const from = queuedKeys.indexOf(item.profileKey);
    const to = from + by;
    if (from < 0 || to < 0 || to >= queuedKeys.length) return;
    const keys = [...queuedKeys];
    [keys[from], keys[to]] = [keys[to]!, keys[from]!];
    void commands.send({ type: 'queue/reorder', profileKeys: keys });
  }
  const rowHandlers = {
    busy,
    session: data.session,
    onMove: move,
    onRemove: (item: QueueItem) =>
      void commands.send({ type: 'queue/remove', profileKeys: [item.profileKey] }),
    onRetry: (item: QueueItem) => void commands.send({ type: 'queue/retry', profileKeys: [item.profileKey] }),
  };

  return (
    <div class="queue-tab">
      <RiskStatement riskAccepted={data.riskAccepted} commands={commands} />
      {data.session.status !== 'running' && data.session.status !== 'paused' && (
        <FirstSessionChecklist checklist={data.checklist} commands={commands} />
      )}
      {data.session.status !== 'running' &&
        data.session.status !== 'paused' &&
        data.checklist.hideConnectionsList === null && (
          <ReminderOffer settings={data.settings} commands={commands} />
        )}
      {data.session.status !== 'running' && data.session.status !== 'paused' && (
        <RehearsalOffer session={data.session} commands={commands} />
      )}
      {data.session.status !== 'running' && data.session.status !== 'paused' && (
        <WhoClicksChoice settings={data.settings} commands={commands} />
      )}
      <SessionWithCap data={data} now={now} commands={commands} />
      <div class="queue-scroll">
        {items.length === 0 && (
          <p class="empty-state muted" data-testid="queue-empty">
            {t('queue_empty')}
          </p>
        )}
        {active.length > 0 && (
          <>
            <h2 class="section-title">{t('queue_waiting', active.length)}</h2>
            <ul class="queue-list" aria-label={t('queue_list')}>
              {active.map((item) => {
                const place = queuedKeys.indexOf(item.profileKey);
                return (
                  <QueueItemRow
                    key={item.profileKey}
                    item={item}
                    place={place >= 0 ? place + 1 : null}
                    isFirst={place === 0}
                    isLast={place === queuedKeys.length - 1}
                    {...rowHandlers}
                  />
                );
              })}
            </ul>
          </>
        )}
        {finished.length > 0 && (
          <>
            <div class="section-head">
              <h2 class="section-title">{t('queue_finished', finished.length)}</h2>
              <Button
                small
                disabled={busy}
                onClick={() => void commands.send({ type: 'queue/clear', which: 'finished' })}
              >
                {t('queue_clearFinished')}
              </Button>
            </div>
            <ul class="queue-list" aria-label={t('queue_finishedList')}>
              {finished.map((item) => (
                <QueueItemRow
                  key={item.profileKey}
                  item={item}
                  place={null}
                  isFirst={false}
                  isLast={false}
                  {...rowHandlers}
                />
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}
