import type { LanguageSetting, Settings } from '../core/settings';
import { LANGUAGE_NAMES, LANGUAGES, languageFor, t } from '../ui/i18n';
import { browserLanguage } from '../ui/page-language';
import { saveSettings } from './save-settings';
import { Outcome, Section } from './Section';
import { useOutcome } from './use-outcome';

/**
 * The language of QuietPrune's own words: the browser's by default, or one chosen here (the
 * browser's own choice cannot be switched while it runs). Saved at once; the page then reloads
 * in it. LinkedIn's own labels, which QuietPrune reads on LinkedIn's page, are not affected.
 * Each language's name is written in that language, so it can be found by someone who cannot
 * read the one in use.
 */
export function LanguageSection({ settings }: { settings: Settings }) {
  const outcome = useOutcome();
  const chosen = settings.language ?? 'auto';

  async function choose(language: LanguageSetting) {
    await outcome.run(async () => {
      const error = await saveSettings(settings, { language });
      if (error) outcome.fail(error);
      else location.reload();
    });
  }

  return (
    <Section id="language" title={t('language_title')} intro={t('language_intro')}>
      <label for="language-choice">{t('language_label')}</label>{' '}
      <select
        id="language-choice"
        value={chosen}
        disabled={outcome.busy}
        onChange={(event) => void choose((event.target as HTMLSelectElement).value as LanguageSetting)}
      >
        <option value="auto">{t('language_auto', LANGUAGE_NAMES[languageFor(browserLanguage())])}</option>
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language.replace('_', '-')}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
      <Outcome status={outcome.status} error={outcome.error} />
    </Section>
  );
}
