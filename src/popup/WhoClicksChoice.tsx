import { useEffect, useState } from 'preact/hooks';
import type { Settings, WhoClicks } from '../core/settings';
import { RadioChoices } from '../ui/RadioChoices';
import type { Commands } from '../ui/use-commands';
import { t } from '../ui/i18n';

// A function, not a constant: the words are those of the language in use when the page renders.
const choices = (): Array<{ value: WhoClicks; label: string; note: string }> => [
  { value: 'automatic', label: t('whoClicks_automatic'), note: t('whoClicks_automaticNote') },
  { value: 'hands-on', label: t('whoClicks_handsOn'), note: t('whoClicks_handsOnNote') },
];

/**
 * The choice at Start: who makes the clicks of the next session. It is the same setting as on the
 * options page (settings.whoClicks), saved at once, so Start and the worker read one value.
 */
export function WhoClicksChoice({ settings, commands }: { settings: Settings; commands: Commands }) {
  const saved = settings.whoClicks ?? 'automatic';
  // Shown at once as chosen; the stored setting follows (and wins if the save is refused).
  const [chosen, setChosen] = useState<WhoClicks>(saved);
  useEffect(() => setChosen(saved), [saved]);
  const busy = commands.isBusy('settings/save');
  async function choose(value: WhoClicks) {
    setChosen(value);
    const reply = await commands.send({ type: 'settings/save', settings: { ...settings, whoClicks: value } });
    if (!reply.ok) setChosen(saved);
  }
  return (
    <fieldset class="choices who-clicks" data-testid="who-clicks">
      <legend>{t('whoClicks_legend')}</legend>
      <RadioChoices
        name="who-clicks"
        choices={choices()}
        chosen={chosen}
        disabled={busy}
        onChoose={(value) => void choose(value)}
        describe={(choice) => (
          <>
            {choice.label} <span class="muted">{t('whoClicks_note', choice.note)}</span>
          </>
        )}
      />
    </fieldset>
  );
}
