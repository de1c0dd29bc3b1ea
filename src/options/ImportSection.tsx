import { useRef, useState } from 'preact/hooks';
import type { ReadProgress } from '../data-export/types';
import type { ImportSummary } from '../storage/import-store';
import { importExport } from './import-flow';
import { ImportSummaryView } from './ImportSummaryView';
import { Outcome, Section } from './Section';
import { t } from '../ui/i18n';

type ImportState =
  | { step: 'idle' }
  | { step: 'reading'; progress: ReadProgress | null }
  | { step: 'done'; summary: ImportSummary; notice: string | null }
  | { step: 'failed'; error: string };

/**
 * "Import your LinkedIn data export": choose or drop the zip LinkedIn sent (or CSV files from it);
 * a progress bar while it is read; then what it brought, file by file. A file that cannot be used
 * is refused with the reason, and nothing is imported.
 */
export function ImportSection({ lastImport }: { lastImport: ImportSummary | null }) {
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const busy = state.step === 'reading';

  async function start(files: File[]) {
    if (busy || files.length === 0) return;
    setState({ step: 'reading', progress: null });
    const outcome = await importExport(files, (progress) => setState({ step: 'reading', progress }));
    setState(
      outcome.ok
        ? { step: 'done', summary: outcome.summary, notice: outcome.notice }
        : { step: 'failed', error: outcome.error },
    );
    if (input.current) input.current.value = ''; // choosing the same file again is a new import
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    void start([...(event.dataTransfer?.files ?? [])]);
  }

  const percent =
    state.step === 'reading' && state.progress && state.progress.totalBytes > 0
      ? Math.min(100, Math.round((state.progress.bytesRead / state.progress.totalBytes) * 100))
      : null;
  const status =
    state.step === 'reading'
      ? `Reading${state.progress ? ` ${state.progress.file}` : ''}…${percent !== null ? ` ${percent}%` : ''}`
      : state.step === 'done'
        ? `Import finished: ${state.summary.added} new, ${state.summary.updated} updated${(state.summary.goneCount ?? 0) > 0 ? `, ${state.summary.goneCount} no longer connected` : ''}.`
        : null;

  return (
    <Section
      id="import"
      title={t('options_importTitle')}
      intro={
        <>
          On LinkedIn: Settings &amp; Privacy › Data privacy › Get a copy of your data. The export tells
          QuietPrune who endorsed or recommended you, when you last wrote, and the exact date you connected.
          It is read on this computer and never sent anywhere. Import the zip as it arrives: its name holds
          its date, so when it is newer than what QuietPrune knows, people it no longer lists are marked gone
          (kept, not deleted; a sync or a later export that lists them brings them back). Files that are not a
          LinkedIn export, or larger than any export (over 2 GB unpacked, over 100,000 connections), are
          refused whole, and nothing is imported.
        </>
      }
    >
      <div
        class={`drop-zone${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p>Drop the zip (or CSV files from it) here, or choose them:</p>
        <input
          ref={input}
          type="file"
          accept=".zip,.csv,application/zip,text/csv"
          multiple
          aria-label="Import LinkedIn data export"
          disabled={busy}
          onChange={(e) => void start([...(e.currentTarget.files ?? [])])}
        />
      </div>
      {state.step === 'reading' && (
        <progress class="progress" aria-label="Import progress" max={100} value={percent ?? undefined}>
          {percent !== null ? `${percent}%` : ''}
        </progress>
      )}
      <Outcome
        status={status}
        error={state.step === 'failed' ? state.error : state.step === 'done' ? state.notice : null}
      />
      {state.step === 'done' ? (
        <ImportSummaryView summary={state.summary} heading="What this import brought" />
      ) : (
        lastImport &&
        state.step === 'idle' && (
          <ImportSummaryView
            summary={lastImport}
            heading={`Last import, ${new Date(lastImport.at).toLocaleString()}`}
          />
        )
      )}
    </Section>
  );
}
