import { useRef, useState } from 'preact/hooks';
import { backupFileName, parseBackupText, type Backup } from '../storage/backup-format';
import { isProfileUrlOf } from '../messages';
import { sendToBackground } from '../platform/messaging';
import { Button } from '../ui/Button';
import { plural } from '../ui/format';
import { Modal } from '../ui/Modal';
import { readClockOffset } from '../storage/queries';
import { collectBackup } from './backup-file';
import { downloadJson } from './download';
import { database } from '../storage/db';
import { Outcome, Section } from './Section';
import { useOutcome } from './use-outcome';
import { t } from '../ui/i18n';

/**
 * Backup: everything QuietPrune holds as one JSON file. Restore: the file is checked whole before
 * anything changes; a bad file is refused with what is wrong, a good one replaces the data only
 * after the user confirms.
 */
export function BackupSection() {
  const outcome = useOutcome();
  const [pending, setPending] = useState<{ backup: Backup; fileName: string } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  async function download() {
    await outcome.run(async () => {
      const backup = await collectBackup(await database());
      const fileName = backupFileName(Date.parse(backup.exportedAt));
      downloadJson(backup, fileName);
      outcome.succeed(`Backup downloaded as ${fileName}: ${describe(backup)}.`);
    });
  }

  async function chooseRestoreFile(file: File | undefined) {
    if (!file) return;
    await outcome.run(async () => {
      // The same rules as the worker's (which checks again): the file is refused here, before the user is asked.
      const db = await database();
      const check = parseBackupText(await file.text(), {
        now: Date.now() + (await readClockOffset(db)),
        isProfileUrlOf,
      });
      if (fileInput.current) fileInput.current.value = '';
      if (!check.ok) return outcome.fail(`${file.name}: ${check.error}`);
      outcome.clear();
      setPending({ backup: check.backup, fileName: file.name });
    });
  }

  async function restore() {
    const chosen = pending;
    setPending(null);
    if (!chosen) return;
    await outcome.run(async () => {
      const reply = await sendToBackground({ type: 'data/restore', backup: chosen.backup });
      if (reply.ok) outcome.succeed(`Restored ${chosen.fileName}: ${describe(chosen.backup)}.`);
      else outcome.fail(reply.error);
    });
  }

  return (
    <Section
      id="backup"
      title={t('options_backup')}
      intro="A backup holds your connections, queue, Keep list, removal log, imported facts and settings, as a JSON file on this computer."
    >
      <div class="field-row">
        <Button onClick={() => void download()} disabled={outcome.busy}>
          Download backup
        </Button>
      </div>
      <div class="field-row">
        <label for="restore-file">Restore from a backup file:</label>
        <input
          id="restore-file"
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          aria-label="Restore from backup"
          disabled={outcome.busy}
          onChange={(e) => void chooseRestoreFile(e.currentTarget.files?.[0])}
        />
      </div>
      <Outcome status={outcome.status} error={outcome.error} />
      {pending && (
        <Modal
          title="Replace your QuietPrune data with this backup?"
          titleId="restore-confirm-title"
          testId="restore-confirm"
          onCancel={() => setPending(null)}
          actions={
            <>
              <Button onClick={() => setPending(null)}>Cancel</Button>
              <Button variant="danger" onClick={() => void restore()}>
                Replace my data
              </Button>
            </>
          }
        >
          <p>
            {pending.fileName}, written {new Date(pending.backup.exportedAt).toLocaleString()}, holds{' '}
            {describe(pending.backup)}.
          </p>
          <p>
            Everything QuietPrune holds now is replaced by it. Removals from the last 24 hours that the backup
            does not know about are kept, so they still count against today’s cap.
          </p>
          {interrupted(pending.backup) > 0 && (
            <p>
              {plural(interrupted(pending.backup), 'person was', 'people were')} being removed when the backup
              was written, before LinkedIn was asked to confirm; they are queued again.
            </p>
          )}
        </Modal>
      )}
    </Section>
  );
}

/** Items in progress in the file: nothing was clicked for them (the file was checked), so they are restored as queued. */
function interrupted(backup: Backup): number {
  return backup.queue.filter((item) => item.status === 'in-progress').length;
}

function describe(backup: Backup): string {
  return [
    plural(backup.connections.length, 'connection'),
    `${plural(backup.queue.length, 'queue item')}`,
    `${plural(backup.keep.length, 'person', 'people')} kept`,
    plural(backup.removalLog.length, 'removal log entry', 'removal log entries'),
  ].join(', ');
}
