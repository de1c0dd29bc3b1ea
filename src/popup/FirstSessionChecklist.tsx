import { LINKEDIN_PRIVACY_SETTINGS_URL, type Checklist } from '../storage/checklist';
import { Button } from '../ui/Button';
import type { Commands } from '../ui/use-commands';

/**
 * "Before your first session", in the Queue tab next to Start: the one thing to change on
 * LinkedIn before removing anyone. Removed people are not told, but anyone who can see the
 * connections list could compare it before and after. Shown until ticked off; the options page
 * can reopen it.
 */
export function FirstSessionChecklist({ checklist, commands }: { checklist: Checklist; commands: Commands }) {
  if (checklist.hideConnectionsList !== null) return null;
  return (
    <section
      class="notice first-session"
      aria-labelledby="first-session-title"
      data-testid="first-session-checklist"
    >
      <p>
        <strong id="first-session-title">Before your first session:</strong> hide your connections list, so
        nobody can compare it before and after. On LinkedIn: Settings &amp; Privacy › Visibility › Who can see
        your connections › <strong>Only you</strong>.
      </p>
      <div class="button-row">
        <a
          class="btn btn-small"
          href={LINKEDIN_PRIVACY_SETTINGS_URL}
          target="_blank"
          rel="noopener noreferrer"
        >
          Open LinkedIn’s privacy settings
        </a>
        <Button
          small
          onClick={() => void commands.send({ type: 'checklist/set', hideConnectionsList: true })}
          disabled={commands.isBusy('checklist/set')}
        >
          Done: my list is hidden
        </Button>
      </div>
    </section>
  );
}
