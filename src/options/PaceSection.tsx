import { useEffect, useState } from 'preact/hooks';
import { PACES, type Bounds } from '../core/pacing';
import type { Pace, Settings, WhoClicks } from '../core/settings';
import { RadioChoices } from '../ui/RadioChoices';
import { saveSettings } from './save-settings';
import { Outcome, Section } from './Section';
import { useOutcome } from './use-outcome';
import { t } from '../ui/i18n';

/** "45 seconds to 2.5 minutes": a pace's wait between removals, read from the pace table itself. */
export function describeGap({ minMs, maxMs }: Bounds): string {
  const words = (ms: number) => {
    const seconds = Math.round(ms / 1000);
    if (seconds < 60) return `${seconds} seconds`;
    const minutes = Math.round((seconds / 60) * 10) / 10;
    return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
  };
  return `${words(minMs)} to ${words(maxMs)}`;
}

const CHOICES: Array<{ value: Pace; label: string; note: string }> = [
  {
    value: 'careful',
    label: 'Careful',
    note: 'the slowest; for a first cleanup, or an account LinkedIn has warned before',
  },
  { value: 'normal', label: 'Normal', note: 'still slower than most people remove by hand' },
];

const WHO_CLICKS: Array<{ value: WhoClicks; label: string; note: string }> = [
  { value: 'automatic', label: 'QuietPrune clicks', note: 'you can leave it to work' },
  {
    value: 'hands-on',
    label: 'I click (hands-on)',
    note: 'QuietPrune types the search and shows which card and item to click; you make the clicks, real input, and it checks the dialog names the right person before you confirm. Also works where LinkedIn’s language is one QuietPrune does not know.',
  },
];

/** How long QuietPrune waits between two removals, and who makes the clicks. */
export function PaceSection({ settings }: { settings: Settings }) {
  const [pace, setPace] = useState<Pace>(settings.pace);
  const [whoClicks, setWhoClicks] = useState<WhoClicks>(settings.whoClicks ?? 'automatic');
  const outcome = useOutcome();
  useEffect(() => setPace(settings.pace), [settings.pace]);
  useEffect(() => setWhoClicks(settings.whoClicks ?? 'automatic'), [settings.whoClicks]);

  async function onSubmit(event: Event) {
    event.preventDefault();
    await outcome.run(async () => {
      const error = await saveSettings(settings, { pace, whoClicks });
      if (error) outcome.fail(error);
      else
        outcome.succeed(
          `Saved: ${pace} pace, usually ${describeGap(PACES[pace])} between removals; ${whoClicks === 'hands-on' ? 'you make the clicks' : 'QuietPrune makes the clicks'}.`,
        );
    });
  }

  return (
    <Section
      id="pace"
      title={t('options_pace')}
      intro="Each wait is drawn at random, like a person who pauses between removals: most near the middle of the range, some longer, and now and then a break of a few minutes."
    >
      <form onSubmit={(event) => void onSubmit(event)}>
        <fieldset class="choices">
          <legend class="visually-hidden">Pace</legend>
          <RadioChoices
            name="pace"
            choices={CHOICES}
            chosen={pace}
            onChoose={setPace}
            describe={(choice) => (
              <>
                <strong>{choice.label}</strong>: usually {describeGap(PACES[choice.value])} between removals
                <span class="muted"> ({choice.note})</span>
              </>
            )}
          />
        </fieldset>
        <fieldset class="choices">
          <legend>Who clicks</legend>
          <RadioChoices
            name="who-clicks"
            choices={WHO_CLICKS}
            chosen={whoClicks}
            onChoose={setWhoClicks}
            describe={(choice) => (
              <>
                <strong>{choice.label}</strong> <span class="muted">({choice.note})</span>
              </>
            )}
          />
        </fieldset>
        <div class="form-actions">
          <button type="submit" class="btn btn-primary" disabled={outcome.busy}>
            Save pace
          </button>
          {(pace !== settings.pace || whoClicks !== (settings.whoClicks ?? 'automatic')) && (
            <span class="muted">Not saved yet.</span>
          )}
        </div>
      </form>
      <Outcome status={outcome.status} error={outcome.error} />
    </Section>
  );
}
