import { useState } from 'preact/hooks';
import { optionsDb } from './options-data';
import { CHECKLIST_KEY, LINKEDIN_PRIVACY_SETTINGS_URL, type Checklist } from './checklist';
import { Outcome, Section } from './Section';
import { useOutcome } from './use-outcome';

/**
 * "Before your first session": what to change on LinkedIn before removing anyone. An item can be
 * ticked off and reopened; the page stores that itself (meta 'checklist'), as it is nobody's data
 * but this page's.
 */
export function PrivacyChecklist({ checklist, onChanged }: { checklist: Checklist; onChanged(): Promise<void> }) {
  const outcome = useOutcome();
  // The box shows the click at once; the stored value takes over once written.
  const [clicked, setClicked] = useState<boolean | null>(null);
  const doneAt = checklist.hideConnectionsList;
  const ticked = clicked ?? doneAt !== null;

  async function setDone(done: boolean) {
    setClicked(done);
    await outcome.run(async () => {
      const next: Checklist = { ...checklist, hideConnectionsList: done ? Date.now() : null };
      await (await optionsDb()).put('meta', next, CHECKLIST_KEY);
      await onChanged();
      outcome.succeed(done ? 'Ticked off: connections list hidden.' : 'Reopened: hide your connections list.');
    });
    setClicked(null);
  }

  const steps = (
    <div class="checklist-steps">
      <p>
        On LinkedIn, open <strong>Settings &amp; Privacy › Visibility › Who can see your connections</strong> and choose <strong>Only you</strong>.
        People you remove are not told, but anyone who can see your connections list could notice who is missing.
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
    <Section id="first-session" title="Before your first session">
      <ul class="checklist">
        <li class={doneAt !== null ? 'checklist-item done' : 'checklist-item'}>
          <div class="field-row">
            <input id="check-hide-connections" type="checkbox" checked={ticked} disabled={outcome.busy} onChange={(e) => void setDone(e.currentTarget.checked)} />
            <label for="check-hide-connections">
              <strong>Hide your connections list</strong>
            </label>
            {doneAt !== null && <span class="muted">Done {new Date(doneAt).toLocaleDateString()}. Untick to reopen.</span>}
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
