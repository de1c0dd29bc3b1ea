import type { RemovalLogEntry } from '../core/removal-log';
import { Button } from '../ui/Button';
import { Modal } from '../ui/Modal';
import { lostLines } from './log-wording';
import { t } from '../ui/i18n';

/**
 * Before opening a removed person's profile, says what that means: they can see the visit, the
 * invitation (if any) is the user's to send, and what went with the connection does not return.
 * Only "Open their profile" opens anything.
 */
export function ReconnectDialog({
  entry,
  onOpen,
  onCancel,
}: {
  entry: RemovalLogEntry;
  onOpen: () => void;
  onCancel: () => void;
}) {
  const name = entry.name || t('warning_thisPerson');
  const lost = lostLines(entry.lost);
  return (
    <Modal
      title={t('reconnect_title', name)}
      titleId="reconnect-title"
      testId="reconnect-dialog"
      onCancel={onCancel}
      actions={
        <>
          <Button onClick={onCancel}>{t('warning_cancel')}</Button>
          <Button variant="primary" onClick={onOpen}>
            {t('reconnect_open')}
          </Button>
        </>
      }
    >
      <ul class="reconnect-points">
        <li>
          <strong>{t('reconnect_visitTitle')}</strong> {t('reconnect_visit')}
        </li>
        <li>
          <strong>{t('reconnect_inviteTitle')}</strong> {t('reconnect_invite')}
        </li>
        <li>
          <strong>{t('reconnect_lostTitle')}</strong> {t('reconnect_lost')}
          {lost && lost.length > 0 && (
            <ul>
              {lost.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </li>
      </ul>
    </Modal>
  );
}
