import { useState } from 'preact/hooks';
import { rehearsalReport, type RehearsalReport as Report } from '../core/rehearsal-report';
import type { PageShape } from '../linkedin/page-shape';
import type { RehearsalState } from '../storage/meta';
import { Button } from './Button';
import type { Commands } from './use-commands';

// Wording of the rehearsal and the page diagnosis, together so that it moves into _locales in one piece.
const TEXT = {
  title: 'Check that QuietPrune recognises your LinkedIn',
  intro:
    'On your Connections page, QuietPrune goes through a removal for up to three queued people (or the first three listed): search, their card, its menu, “Remove connection”, LinkedIn’s confirmation, and then Cancel. Nobody is removed.',
  start: 'Check now',
  again: 'Check again',
  running: 'Checking on LinkedIn’s Connections page, at a person’s pace…',
  passed: 'done',
  failed: 'not found',
  notTried: 'Nobody could be tried.',
  shapeTitle: 'Page shape',
  shapeIntro:
    'When QuietPrune does not recognise the page, its shape helps us fix it: the structure of LinkedIn’s page with every text, name, link, id and number replaced. Read it below before you save it; attach the file to a bug report.',
  readShape: 'Read the page shape',
  save: 'Save page-shape file',
  preview: 'What the file holds',
  saveInOptions: 'To save a page-shape file, open this check on the options page.',
};

/** The report's lines with a mark a screen reader says in words. */
function Steps({ report }: { report: Report }) {
  return (
    <>
      <p data-testid="rehearsal-page">{report.page}</p>
      {report.people.length === 0 && <p>{TEXT.notTried}</p>}
      {report.people.map((person) => (
        <div key={person.name} class="rehearsal-person">
          <h3>{person.name}</h3>
          <ul class="rehearsal-steps" data-testid="rehearsal-steps">
            {person.lines.map((line) => (
              <li key={line.text} data-ok={String(line.ok)}>
                <span aria-hidden="true">{line.ok ? '✓' : '✗'}</span>{' '}
                <span class="visually-hidden">{line.ok ? TEXT.passed : TEXT.failed}: </span>
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
      {!compact && <p class="section-intro">{TEXT.intro}</p>}
      <div class="button-row">
        <Button
          small={compact}
          onClick={() => {
            setCaptured(null);
            void commands.send({ type: 'rehearsal/start' });
          }}
          disabled={running || commands.isBusy('rehearsal/start')}
        >
          {rehearsal.status === 'idle' ? TEXT.start : TEXT.again}
        </Button>
        {onSaveShape && (
          <Button small onClick={() => void readShape()} disabled={commands.isBusy('page/capture-shape')}>
            {TEXT.readShape}
          </Button>
        )}
      </div>
      <p role="status" data-testid="rehearsal-status">
        {running ? TEXT.running : ''}
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
            {report.verdict}
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
            <h3>{TEXT.shapeTitle}</h3>
            <p>{TEXT.shapeIntro}</p>
            <details open>
              <summary>{TEXT.preview}</summary>
              <pre class="page-shape-preview" tabIndex={0} data-testid="page-shape-preview">
                {JSON.stringify(shape, null, 1)}
              </pre>
            </details>
            <Button onClick={() => onSaveShape(shape)}>{TEXT.save}</Button>
          </div>
        ) : (
          <p class="muted">{TEXT.saveInOptions}</p>
        ))}
    </div>
  );
}

export const REHEARSAL_TITLE = TEXT.title;
