import { useEffect, useState } from 'preact/hooks';
import { DAILY_CAP_MAX, DAILY_CAP_MIN, validateDailyCap } from '../core/daily-cap';
import type { Settings } from '../core/settings';
import { saveSettings } from './save-settings';
import { Outcome, Section } from './Section';
import { useOutcome } from './use-outcome';
import { t } from '../ui/i18n';

/** How many removals any 24 hours may hold: 10 to 20, nothing else is accepted. */
export function DailyCapSection({ settings }: { settings: Settings }) {
  const [text, setText] = useState(String(settings.dailyCap));
  const outcome = useOutcome();
  useEffect(() => setText(String(settings.dailyCap)), [settings.dailyCap]);

  async function onSubmit(event: Event) {
    event.preventDefault();
    await outcome.run(async () => {
      const checked = validateDailyCap(text);
      if (!checked.ok) return outcome.fail(checked.message);
      const error = await saveSettings(settings, { dailyCap: checked.value });
      if (error) outcome.fail(error);
      else outcome.succeed(`Saved: at most ${checked.value} removals in any 24 hours.`);
    });
  }

  const unsaved = text.trim() !== String(settings.dailyCap);
  return (
    <Section
      id="daily-cap"
      title={t('options_dailyCap')}
      intro={`The most removals QuietPrune makes in any 24 hours (not per calendar day). ${DAILY_CAP_MIN} to ${DAILY_CAP_MAX}: more than that is what gets accounts restricted.`}
    >
      {/* noValidate: the schema's message is shown below, not the browser's bubble. */}
      <form class="field-row" onSubmit={(event) => void onSubmit(event)} noValidate>
        <label for="daily-cap-input">Daily cap</label>
        <input
          id="daily-cap-input"
          type="number"
          inputMode="numeric"
          min={DAILY_CAP_MIN}
          max={DAILY_CAP_MAX}
          step={1}
          value={text}
          aria-invalid={outcome.error !== null}
          aria-describedby="daily-cap-unsaved"
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <span class="muted">removals a day</span>
        <button type="submit" class="btn btn-primary" disabled={outcome.busy}>
          Save daily cap
        </button>
        <span id="daily-cap-unsaved" class="muted">
          {unsaved ? 'Not saved yet.' : ''}
        </span>
      </form>
      <Outcome status={outcome.status} error={outcome.error} />
    </Section>
  );
}
