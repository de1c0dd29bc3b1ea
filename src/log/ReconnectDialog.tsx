import type { RemovalLogEntry } from '../core/removal-log';
import { Button } from '../ui/Button';
import { Modal } from '../ui/Modal';
import { lostLines } from './log-wording';

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
  const name = entry.name || 'this person';
  const lost = lostLines(entry.lost);
  return (
    <Modal
      title={`Reconnect with ${name}?`}
      titleId="reconnect-title"
      testId="reconnect-dialog"
      onCancel={onCancel}
      actions={
        <>
          <Button onClick={onCancel}>Cancel</Button>
          <Button variant="primary" onClick={onOpen}>
            Open their profile in a new tab
          </Button>
        </>
      }
    >
      <ul class="reconnect-points">
        <li>
          <strong>The visit is visible to them.</strong> Opening their profile may show up in their “Who
          viewed your profile”.
        </li>
        <li>
          <strong>The invitation is yours to send.</strong> QuietPrune does nothing on their profile; whether
          to connect again, and with what note, is up to you.
        </li>
        <li>
          <strong>Endorsements do not come back.</strong> Endorsements and recommendations that went with the
          connection stay gone, even if you reconnect.
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
