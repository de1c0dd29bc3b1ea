import { ErrorBanner } from '../ui/ErrorBanner';
import { useNow } from '../ui/use-now';
import { BackupSection } from './BackupSection';
import { ConnectionsChartSection } from './ConnectionsChartSection';
import { DailyCapSection } from './DailyCapSection';
import { DeleteAllSection } from './DeleteAllSection';
import { ImportSection } from './ImportSection';
import { KeepListSection } from './KeepListSection';
import { LanguageSection } from './LanguageSection';
import { PaceSection } from './PaceSection';
import { PrivacyChecklist } from './PrivacyChecklist';
import { ReminderSection } from './ReminderSection';
import { Section } from './Section';
import { SuggestionsSection } from './SuggestionsSection';
import { useOptionsData } from './use-options-data';

const CONTENTS: Array<[id: string, title: string]> = [
  ['first-session', 'Before your first session'],
  ['daily-cap', 'Daily cap'],
  ['pace', 'Pace'],
  ['reminder', 'Reminder'],
  ['keep', 'Keep list'],
  ['import', 'Import your data export'],
  ['chart', 'Connections per month'],
  ['suggestions', 'Suggestions'],
  ['removal-log', 'Removal log'],
  ['backup', 'Backup and restore'],
  ['delete', 'Delete all data'],
  ['language', 'Language'],
];

/** QuietPrune's options page: one column of sections, with a contents list to jump between them. */
export function OptionsApp() {
  const { data, loadError, reread } = useOptionsData();
  const now = useNow(60_000, data?.clockOffset ?? 0);
  return (
    <div class="options-page">
      <header class="options-header">
        <h1>QuietPrune options</h1>
      </header>
      <nav class="options-nav" aria-label="Options sections">
        <ul>
          {CONTENTS.map(([id, title]) => (
            <li key={id}>
              <a href={`#${id}`}>{title}</a>
            </li>
          ))}
        </ul>
      </nav>
      <main class="options-main">
        {loadError && <ErrorBanner message={loadError} />}
        {!data ? (
          !loadError && <p role="status">Loading…</p>
        ) : (
          <>
            <PrivacyChecklist checklist={data.checklist} onChanged={() => reread(['checklist'])} />
            <DailyCapSection settings={data.settings} />
            <PaceSection settings={data.settings} />
            <ReminderSection settings={data.settings} />
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
            <Section
              id="removal-log"
              title="Removal log"
              intro="Everyone QuietPrune removed: when, why, and what went with them."
            >
              <a href="../log/index.html">Open the removal log</a>
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
