import { ErrorBanner } from '../ui/ErrorBanner';
import { useNow } from '../ui/use-now';
import { BackupSection } from './BackupSection';
import { ConnectionsChartSection } from './ConnectionsChartSection';
import { DailyCapSection } from './DailyCapSection';
import { DeleteAllSection } from './DeleteAllSection';
import { ImportSection } from './ImportSection';
import { KeepListSection } from './KeepListSection';
import { LearnedLabelsSection } from './LearnedLabelsSection';
import { LanguageSection } from './LanguageSection';
import { PaceSection } from './PaceSection';
import { PrivacyChecklist } from './PrivacyChecklist';
import { RehearsalSection } from './RehearsalSection';
import { ReminderSection } from './ReminderSection';
import { Section } from './Section';
import { SuggestionsSection } from './SuggestionsSection';
import { useOptionsData } from './use-options-data';
import { t } from '../ui/i18n';

// Titles as functions: the words are those of the language in use when the page renders.
const CONTENTS: Array<[id: string, title: () => string]> = [
  ['first-session', () => t('options_firstSession')],
  ['rehearsal', () => t('options_rehearsal')],
  ['daily-cap', () => t('options_dailyCap')],
  ['pace', () => t('options_pace')],
  ['reminder', () => t('options_reminder')],
  ['learned-labels', () => t('options_learnedLabels')],
  ['keep', () => t('options_keep')],
  ['import', () => t('options_import')],
  ['chart', () => t('options_chart')],
  ['suggestions', () => t('options_suggestions')],
  ['removal-log', () => t('log_title')],
  ['backup', () => t('options_backup')],
  ['delete', () => t('options_delete')],
  ['language', () => t('language_title')],
];

/** QuietPrune's options page: one column of sections, with a contents list to jump between them. */
export function OptionsApp() {
  const { data, loadError, reread } = useOptionsData();
  const now = useNow(60_000, data?.clockOffset ?? 0);
  return (
    <div class="options-page">
      <header class="options-header">
        <h1>{t('title_options')}</h1>
      </header>
      <nav class="options-nav" aria-label={t('options_sections')}>
        <ul>
          {CONTENTS.map(([id, title]) => (
            <li key={id}>
              <a href={`#${id}`}>{title()}</a>
            </li>
          ))}
        </ul>
      </nav>
      <main class="options-main">
        {loadError && <ErrorBanner message={loadError} />}
        {!data ? (
          !loadError && <p role="status">{t('log_loading')}</p>
        ) : (
          <>
            <PrivacyChecklist checklist={data.checklist} onChanged={() => reread(['checklist'])} />
            <RehearsalSection />
            <DailyCapSection settings={data.settings} />
            <PaceSection settings={data.settings} />
            <ReminderSection settings={data.settings} />
            <LearnedLabelsSection refreshKey={data.settings} />
            <KeepListSection keep={data.keep} />
            <ImportSection lastImport={data.lastImport} />
            <ConnectionsChartSection connections={data.connections} />
            <SuggestionsSection
              connections={data.connections}
              facts={data.facts}
              keep={data.keep}
              queuedKeys={data.queuedKeys}
              now={now}
            />
            <Section id="removal-log" title={t('log_title')} intro={t('options_logIntro')}>
              <a href="../log/index.html">{t('options_openLog')}</a>
            </Section>
            <BackupSection />
            <DeleteAllSection />
            <LanguageSection settings={data.settings} />
          </>
        )}
      </main>
    </div>
  );
}
