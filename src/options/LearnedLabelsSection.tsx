import { useEffect, useState } from 'preact/hooks';
import type { LearnedLabelsByLanguage } from '../messages';
import { sendToBackground } from '../platform/messaging';
import { database } from '../storage/db';
import { getMeta } from '../storage/meta';
import { Outcome, Section } from './Section';
import { useOutcome } from './use-outcome';

/** This section's words, together so the i18n move (messages.json) finds them in one place. */
const WORDING = {
  title: 'Words learned from your clicks',
  intro:
    'Where LinkedIn is shown in a language QuietPrune has no words for, you make the clicks QuietPrune cannot place (hands-on), and it remembers what the buttons you chose say. Later removals in that language use those words only where the page’s structure agrees. Clear a language to be asked again.',
  none: 'Nothing learned yet.',
  removeConnection: 'Menu item',
  confirm: 'Confirm button',
  clear: (lang: string) => `Clear ${lang}`,
  cleared: (lang: string) => `Cleared: QuietPrune will ask for your clicks in ${lang} again.`,
  language: (lang: string) => `Language: ${lang}`,
} as const;

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
      outcome.succeed(WORDING.cleared(lang));
    });
  }

  const languages = Object.entries(learned).sort(([a], [b]) => a.localeCompare(b));
  return (
    <Section id="learned-labels" title={WORDING.title} intro={WORDING.intro}>
      {languages.length === 0 ? (
        <p>{WORDING.none}</p>
      ) : (
        <ul class="learned-labels" data-testid="learned-labels">
          {languages.map(([lang, words]) => (
            <li key={lang}>
              <span>{WORDING.language(lang)}</span>
              <dl>
                {words.removeConnection.length > 0 && (
                  <>
                    <dt>{WORDING.removeConnection}</dt>
                    <dd>{words.removeConnection.map((w) => `“${w}”`).join(', ')}</dd>
                  </>
                )}
                {words.confirm.length > 0 && (
                  <>
                    <dt>{WORDING.confirm}</dt>
                    <dd>{words.confirm.map((w) => `“${w}”`).join(', ')}</dd>
                  </>
                )}
              </dl>
              <button type="button" disabled={outcome.busy} onClick={() => void clear(lang)}>
                {WORDING.clear(lang)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <Outcome status={outcome.status} error={outcome.error} />
    </Section>
  );
}
