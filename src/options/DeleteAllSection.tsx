import { useState } from 'preact/hooks';
import { sendToBackground } from '../platform/messaging';
import { Button } from '../ui/Button';
import { Modal } from '../ui/Modal';
import { Outcome, Section } from './Section';
import { useOutcome } from './use-outcome';

/** Deletes everything QuietPrune stored on this computer, after the user confirms. */
export function DeleteAllSection() {
  const outcome = useOutcome();
  const [confirming, setConfirming] = useState(false);

  async function deleteAll() {
    setConfirming(false);
    await outcome.run(async () => {
      const reply = await sendToBackground({ type: 'data/delete-all' });
      if (reply.ok) outcome.succeed('All QuietPrune data was deleted. Settings are back to their defaults.');
      else outcome.fail(reply.error);
    });
  }

  return (
    <Section id="delete" title="Delete all data" intro="QuietPrune keeps everything on this computer only. This deletes all of it. Your LinkedIn account is not touched.">
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
              <Button variant="danger" onClick={deleteAll}>
                Delete everything
              </Button>
            </>
          }
        >
          <p>
            This deletes your stored connections, the removal queue, your Keep list, the removal log, everything imported from your LinkedIn data
            export, and your settings. A running session or sync is stopped first.
          </p>
          <p>It cannot be undone. Download a backup first if you may want any of it back.</p>
        </Modal>
      )}
    </Section>
  );
}
