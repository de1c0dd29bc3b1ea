import { useEffect, useState } from 'preact/hooks';
import type { LearnedLabelsByLanguage } from '../messages';
import { sendToBackground } from '../platform/messaging';
import { database } from '../storage/db';
import { t } from '../ui/i18n';
import { getMeta } from '../storage/meta';
import { Outcome, Section } from './Section';
import { useOutcome } from './use-outcome';

/**
 * The labels learned per LinkedIn language (storage `learnedLabels`, written by
 * background/learned-labels.ts), each language with a Clear button. Read from IndexedDB as the
 * other sections are, again whenever the settings change (the worker announces a learned or
 * cleared label as a settings change).
 */
export function LearnedLabelsSection({ refreshKey }: { refreshKey: unknown }) {
  const [learned, setLearned] = useState<LearnedLabelsByLanguage>({});
  const outcome = useOutcome();
  const reread = async () => setLearned(await getMeta(await database(), 'learnedLabels'));
  useEffect(() => {
    void reread();
  }, [refreshKey]);

  async function clear(lang: string) {
    await outcome.run(async () => {
      const reply = await sendToBackground({ type: 'labels/forget', lang });
      if (!reply.ok) return outcome.fail(reply.error);
      await reread();
      outcome.succeed(t('learned_cleared', lang));
    });
  }

  const languages = Object.entries(learned).sort(([a], [b]) => a.localeCompare(b));
  return (
    <Section id="learned-labels" title={t('options_learnedLabels')} intro={t('learned_intro')}>
      {languages.length === 0 ? (
        <p>{t('learned_none')}</p>
      ) : (
        <ul class="learned-labels" data-testid="learned-labels">
          {languages.map(([lang, words]) => (
            <li key={lang}>
              <span>{t('learned_language', lang)}</span>
              <dl>
                {words.removeConnection.length > 0 && (
                  <>
                    <dt>{t('learned_removeConnection')}</dt>
                    <dd>{words.removeConnection.map((w) => t('learned_word', w)).join(', ')}</dd>
                  </>
                )}
                {words.confirm.length > 0 && (
                  <>
                    <dt>{t('learned_confirm')}</dt>
                    <dd>{words.confirm.map((w) => t('learned_word', w)).join(', ')}</dd>
                  </>
                )}
              </dl>
              <button type="button" disabled={outcome.busy} onClick={() => void clear(lang)}>
                {t('learned_clear', lang)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <Outcome status={outcome.status} error={outcome.error} />
    </Section>
  );
}
