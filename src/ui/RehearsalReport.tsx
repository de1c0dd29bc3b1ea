import { useState } from 'preact/hooks';
import { rehearsalReport, type RehearsalReport as Report, type SessionMode } from '../core/rehearsal-report';
import type { PageShape } from '../linkedin/page-shape';
import type { RehearsalState } from '../storage/meta';
import { Button } from './Button';
import { t } from './i18n';
import type { Commands } from './use-commands';

/**
 * The verdict in the language in use, by the mode the sessions will use; the same English words as
 * core/rehearsal-report.ts's `verdict` (the core imports nothing of ui/). The page line and the
 * steps are still the core's English.
 */
const VERDICT: Record<SessionMode, () => string> = {
  automatic: () => t('rehearsal_verdictAutomatic'),
  'hands-on': () => t('rehearsal_verdictHandsOn'),
  none: () => t('rehearsal_verdictNone'),
};

/** The report's verdict: the page's problem, if it told one (its own words), then the mode's. */
function verdictText(mode: SessionMode, problem: string | null): string {
  return problem ? `${problem} ${VERDICT[mode]()}` : VERDICT[mode]();
}

/** The check's title: the options page's heading for it, and the popup's offer. */
export function rehearsalTitle(): string {
  return t('options_rehearsal');
}

/** The report's lines with a mark a screen reader says in words. */
function Steps({ report }: { report: Report }) {
  return (
    <>
      <p data-testid="rehearsal-page">{report.page}</p>
      {report.people.length === 0 && <p>{t('rehearsal_notTried')}</p>}
      {report.people.map((person) => (
        <div key={person.name} class="rehearsal-person">
          <h3>{person.name}</h3>
          <ul class="rehearsal-steps" data-testid="rehearsal-steps">
            {person.lines.map((line) => (
              <li key={line.text} data-ok={String(line.ok)}>
                <span aria-hidden="true">{line.ok ? '✓' : '✗'}</span>{' '}
                <span class="visually-hidden">
                  {line.ok ? t('rehearsal_passed') : t('rehearsal_failed')}:{' '}
                </span>
                {line.text}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}

interface Props {
  rehearsal: RehearsalState;
  commands: Commands;
  /** Saves a page-shape file (the options page); without it the report says where to save one. */
  onSaveShape?: (shape: PageShape) => void;
  /** The popup: the verdict, with the steps folded away. */
  compact?: boolean;
}

/**
 * The rehearsal ("Check that QuietPrune recognises your LinkedIn") and the page diagnosis beside
 * it: a button to start it, its step-by-step report (core/rehearsal-report.ts) with the mode the
 * sessions will use, and where the page was not recognised, its shape to read and save.
 */
export function RehearsalReport({ rehearsal, commands, onSaveShape, compact = false }: Props) {
  const [captured, setCaptured] = useState<PageShape | null>(null);
  const running = rehearsal.status === 'running';
  const report = rehearsal.status === 'done' && rehearsal.run ? rehearsalReport(rehearsal.run) : null;
  const shape = captured ?? (rehearsal.status === 'done' ? rehearsal.shape : null);

  async function readShape() {
    const failedStep = report?.failedStep ? `rehearsal: ${report.failedStep}` : 'asked by the person';
    const reply = await commands.send<PageShape>({ type: 'page/capture-shape', failedStep });
    if (reply.ok && reply.data) setCaptured(reply.data);
  }

  return (
    <div class="rehearsal" data-testid="rehearsal">
      {!compact && <p class="section-intro">{t('rehearsal_intro')}</p>}
      <div class="button-row">
        <Button
          small={compact}
          onClick={() => {
            setCaptured(null);
            void commands.send({ type: 'rehearsal/start' });
          }}
          disabled={running || commands.isBusy('rehearsal/start')}
        >
          {rehearsal.status === 'idle' ? t('rehearsal_start') : t('rehearsal_again')}
        </Button>
        {onSaveShape && (
          <Button small onClick={() => void readShape()} disabled={commands.isBusy('page/capture-shape')}>
            {t('rehearsal_readShape')}
          </Button>
        )}
      </div>
      <p role="status" data-testid="rehearsal-status">
        {running ? t('rehearsal_running') : ''}
      </p>
      {rehearsal.status === 'done' && rehearsal.message !== '' && (
        <p class="notice notice-warning">{rehearsal.message}</p>
      )}
      {report && (
        <>
          <p
            class={`notice ${report.mode === 'automatic' ? '' : 'notice-warning'}`}
            data-testid="rehearsal-verdict"
            data-mode={report.mode}
          >
            {verdictText(report.mode, rehearsal.run?.problem ?? null)}
          </p>
          {compact ? (
            <details>
              <summary>{report.page}</summary>
              <Steps report={report} />
            </details>
          ) : (
            <Steps report={report} />
          )}
        </>
      )}
      {shape &&
        (onSaveShape ? (
          <div class="page-shape" data-testid="page-shape">
            <h3>{t('rehearsal_shapeTitle')}</h3>
            <p>{t('rehearsal_shapeIntro')}</p>
            <details open>
              <summary>{t('rehearsal_preview')}</summary>
              <pre class="page-shape-preview" tabIndex={0} data-testid="page-shape-preview">
                {JSON.stringify(shape, null, 1)}
              </pre>
            </details>
            <Button onClick={() => onSaveShape(shape)}>{t('rehearsal_save')}</Button>
          </div>
        ) : (
          <p class="muted">{t('rehearsal_saveInOptions')}</p>
        ))}
    </div>
  );
}
