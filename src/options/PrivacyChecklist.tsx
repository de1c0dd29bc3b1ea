import { useState } from 'preact/hooks';
import { sendToBackground } from '../platform/messaging';
import { LINKEDIN_PRIVACY_SETTINGS_URL, type Checklist } from '../storage/checklist';
import { Outcome, Section } from './Section';
import { useOutcome } from './use-outcome';
import { t } from '../ui/i18n';

/**
 * "Before your first session": what to change on LinkedIn before removing anyone. An item can be
 * ticked off and reopened (the worker stores it, meta 'checklist', and tells the popup, which shows
 * the same item before the first session).
 */
export function PrivacyChecklist({
  checklist,
  onChanged,
}: {
  checklist: Checklist;
  onChanged: () => Promise<void>;
}) {
  const outcome = useOutcome();
  // The box shows the click at once; the stored value takes over once written.
  const [clicked, setClicked] = useState<boolean | null>(null);
  const doneAt = checklist.hideConnectionsList;
  const ticked = clicked ?? doneAt !== null;

  async function setDone(done: boolean) {
    setClicked(done);
    await outcome.run(async () => {
      const reply = await sendToBackground({ type: 'checklist/set', hideConnectionsList: done });
      if (!reply.ok) throw new Error(reply.error);
      await onChanged();
      outcome.succeed(
        done ? 'Ticked off: connections list hidden.' : 'Reopened: hide your connections list.',
      );
    });
    setClicked(null);
  }

  const steps = (
    <div class="checklist-steps">
      <p>
        On LinkedIn, open <strong>Settings &amp; Privacy › Visibility › Who can see your connections</strong>{' '}
        and choose <strong>Only you</strong>. People you remove are not told, but anyone who can see your
        connections list could notice who is missing.
      </p>
      <p>
        <a href={LINKEDIN_PRIVACY_SETTINGS_URL} target="_blank" rel="noopener noreferrer">
          Open LinkedIn’s privacy settings
        </a>{' '}
        <span class="muted">(a settings page, in a new tab; it visits nobody’s profile)</span>
      </p>
    </div>
  );

  return (
    <Section id="first-session" title={t('options_firstSession')}>
      <ul class="checklist">
        <li class={doneAt !== null ? 'checklist-item done' : 'checklist-item'}>
          <div class="field-row">
            <input
              id="check-hide-connections"
              type="checkbox"
              checked={ticked}
              disabled={outcome.busy}
              onChange={(e) => void setDone(e.currentTarget.checked)}
            />
            <label for="check-hide-connections">
              <strong>Hide your connections list</strong>
            </label>
            {doneAt !== null && (
              <span class="muted">Done {new Date(doneAt).toLocaleDateString()}. Untick to reopen.</span>
            )}
          </div>
          {doneAt === null ? (
            steps
          ) : (
            <details>
              <summary>Show the steps again</summary>
              {steps}
            </details>
          )}
        </li>
      </ul>
      <Outcome status={outcome.status} error={outcome.error} />
    </Section>
  );
}
