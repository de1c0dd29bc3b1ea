import { LINKEDIN_PRIVACY_SETTINGS_URL, type Checklist } from '../storage/checklist';
import { Button } from '../ui/Button';
import type { Commands } from '../ui/use-commands';
import { t } from '../ui/i18n';

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
        <strong id="first-session-title">{t('checklist_title')}</strong> {t('checklist_text')}{' '}
        <strong>{t('checklist_onlyYou')}</strong>.
      </p>
      <div class="button-row">
        <a
          class="btn btn-small"
          href={LINKEDIN_PRIVACY_SETTINGS_URL}
          target="_blank"
          rel="noopener noreferrer"
        >
          {t('checklist_openPrivacy')}
        </a>
        <Button
          small
          onClick={() => void commands.send({ type: 'checklist/set', hideConnectionsList: true })}
          disabled={commands.isBusy('checklist/set')}
        >
          {t('checklist_done')}
        </Button>
      </div>
    </section>
  );
}
