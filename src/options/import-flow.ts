import { readExportFiles, type ExportInput, type ReadFiles, type ReadProgress } from '../data-export';
import { ExportFormatError } from '../data-export/export-format-error';
import { sendToBackground } from '../platform/messaging';
import { saveImport, type ImportSummary } from '../storage/import-store';
import { readClockOffset } from '../storage/queries';
import { database } from '../storage/db';

/**
 * Importing the LinkedIn data export, start to end: read the files (data-export/readExportFiles,
 * which returns nothing at all if any file is unusable), then in one transaction read the stored
 * network (once), build the facts against it and write the result (storage/import-store), then
 * tell the worker so the badge and other pages refresh.
 */
export type ImportOutcome =
  { ok: true; summary: ImportSummary; notice: string | null } | { ok: false; error: string };

export async function importExport(
  files: readonly File[],
  onProgress: (progress: ReadProgress) => void,
): Promise<ImportOutcome> {
  if (files.length === 0) return { ok: false, error: 'No file was chosen.' };
  const db = await database();
  const input: ExportInput =
    files.length === 1 ? files[0]! : files.map((file) => ({ name: file.name, data: file }));

  let read: ReadFiles;
  try {
    read = await readExportFiles(input, { onProgress });
  } catch (error) {
    if (error instanceof ExportFormatError) return { ok: false, error: withNothingImported(error.message) };
    return {
      ok: false,
      error: `QuietPrune could not read ${describeFiles(files)}: ${(error as Error)?.message ?? String(error)}. Nothing was imported.`,
    };
  }

  let summary: ImportSummary;
  try {
    summary = await saveImport(db, read, Date.now() + (await readClockOffset(db)));
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
  const reply = await sendToBackground({ type: 'import/done' });
  // The data is saved either way; only the refresh of the badge and other pages may have missed it.
  const notice = reply.ok
    ? null
    : `The import was saved, but other QuietPrune pages may show old numbers until reopened. (${reply.error})`;
  return { ok: true, summary, notice };
}

/** Says once that nothing was imported (some reader messages already say so). */
function withNothingImported(message: string): string {
  return /nothing was imported/i.test(message) ? message : `${message} Nothing was imported.`;
}

function describeFiles(files: readonly File[]): string {
  return files.length === 1 ? files[0]!.name : `these ${files.length} files`;
}
