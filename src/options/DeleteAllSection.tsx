import { useState } from 'preact/hooks';
import { sendToBackground } from '../platform/messaging';
import { Button } from '../ui/Button';
import { formatTime, plural } from '../ui/format';
import { Modal } from '../ui/Modal';
import { Outcome, Section } from './Section';
import { useOutcome } from './use-outcome';
import { t } from '../ui/i18n';

/**
 * Deletes everything QuietPrune stored on this computer, after the user confirms; removals from
 * the last 24 hours stay, as the daily cap counts them (background/data-commands.ts).
 */
export function DeleteAllSection() {
  const outcome = useOutcome();
  const [confirming, setConfirming] = useState(false);

  async function deleteAll() {
    setConfirming(false);
    await outcome.run(async () => {
      const reply = await sendToBackground<{ keptRecentRemovals: number; keptUntil: number | null }>({
        type: 'data/delete-all',
      });
      if (!reply.ok) return outcome.fail(reply.error);
      const kept = reply.data?.keptRecentRemovals ?? 0;
      const until = reply.data?.keptUntil ?? null;
      outcome.succeed(
        kept === 0 || until === null
          ? 'All QuietPrune data was deleted. Settings are back to their defaults; the daily reminder is off.'
          : `All QuietPrune data was deleted except the times of ${plural(kept, 'removal')} from the last 24 hours, without names, links or reasons, so they still count ` +
              `against the daily cap. Delete all data again after ${formatTime(until)} to remove them too. Settings are back to their defaults; the daily reminder is off.`,
      );
    });
  }

  return (
    <Section
      id="delete"
      title={t('options_delete')}
      intro="QuietPrune keeps everything on this computer only. This deletes all of it, except the times of removals from the last 24 hours, without names or links (the daily cap counts them). Your LinkedIn account is not touched."
    >
      <Button variant="danger" onClick={() => setConfirming(true)} disabled={outcome.busy}>
        Delete all data…
      </Button>
      <Outcome status={outcome.status} error={outcome.error} />
      {confirming && (
        <Modal
          title="Delete all QuietPrune data?"
          titleId="delete-confirm-title"
          testId="delete-confirm"
          onCancel={() => setConfirming(false)}
          actions={
            <>
              <Button onClick={() => setConfirming(false)}>Cancel</Button>
              <Button variant="danger" onClick={() => void deleteAll()}>
                Delete everything
              </Button>
            </>
          }
        >
          <p>
            This deletes your stored connections, the removal queue, your Keep list, the removal log,
            everything imported from your LinkedIn data export, and your settings (the daily reminder is then
            off until you turn it on again), and clears QuietPrune’s notifications and scheduled alarms. A
            running session or sync is stopped first.
          </p>
          <p>
            It keeps one thing: the time of each removal from the last 24 hours, with no name, link, reason or
            outcome, until it is 24 hours old. The daily cap is counted from these times, and forgetting them
            would allow a second day’s removals at once. The removal log shows them as “Removal (details
            deleted)”.
          </p>
          <p>It cannot be undone. Download a backup first if you may want any of it back.</p>
        </Modal>
      )}
    </Section>
  );
}
