import { buildBackup, type Backup } from '../storage/backup-format';
import type { Db } from '../storage/db';
import { readClockOffset } from '../storage/queries';
import { readAllRecords } from '../storage/wholesale';

/** Reads everything in one transaction (a consistent picture, even while the worker writes) into a backup. */
export async function collectBackup(db: Db): Promise<Backup> {
  const records = await readAllRecords(db);
  const at = Date.now() + (await readClockOffset(db));
  // Removals kept without details by Delete all data are not in a backup: a restore keeps them anyway
  // (background/data-commands.ts), and a backup holds only removals it can name.
  const named = records.removalLog.filter((entry) => !entry.detailsDeleted);
  return buildBackup({ ...records, removalLog: named }, at);
}
