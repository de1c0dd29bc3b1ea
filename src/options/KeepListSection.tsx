import { sendToBackground } from '../platform/messaging';
import type { KeepEntry } from '../storage/db';
import { Button } from '../ui/Button';
import { plural } from '../ui/format';
import { Outcome, Section } from './Section';
import { useOutcome } from './use-outcome';
import { t } from '../ui/i18n';

/** People QuietPrune will never queue. Adding happens in the popup; here they can be taken off. */
export function KeepListSection({ keep }: { keep: KeepEntry[] }) {
  const outcome = useOutcome();

  async function release(entry: KeepEntry) {
    await outcome.run(async () => {
      const person = { profileKey: entry.profileKey, profileUrl: entry.profileUrl, name: entry.name };
      const reply = await sendToBackground({ type: 'keep/set', people: [person], keep: false });
      if (reply.ok) outcome.succeed(`${entry.name || entry.profileKey} is no longer on your Keep list.`);
      else outcome.fail(reply.error);
    });
  }

  return (
    <Section
      id="keep"
      title={t('options_keep')}
      intro="People on this list can never be queued for removal. Add people from the popup (the Keep button on a person)."
    >
      {keep.length === 0 ? (
        <p class="muted">Nobody is on your Keep list yet.</p>
      ) : (
        <>
          <p class="muted">{plural(keep.length, 'person', 'people')} kept.</p>
          <ul class="keep-list" aria-label="Keep list">
            {keep.map((entry) => (
              <li key={entry.profileKey}>
                <span class="keep-name">{entry.name || entry.profileKey}</span>
                <span class="muted keep-url">{entry.profileUrl}</span>
                <Button
                  small
                  onClick={() => void release(entry)}
                  disabled={outcome.busy}
                  aria-label={`Remove ${entry.name || entry.profileKey} from the Keep list`}
                >
                  Remove
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
      <Outcome status={outcome.status} error={outcome.error} />
    </Section>
  );
}
