import { buildBackup, type Backup } from '../core/backup';
import { readSettings } from '../storage/meta';
import { readClockOffset } from '../ui/page-clock';
import { CHECKLIST_KEY } from '../storage/checklist';
import type { Db } from './options-data';

/** Reads everything in one transaction (a consistent picture, even while the worker writes) into a backup. */
export async function collectBackup(db: Db): Promise<Backup> {
  const tx = db.transaction(['connections', 'queue', 'keep', 'removalLog', 'facts', 'meta']);
  const [connections, queue, keep, removalLog, facts, checklist] = await Promise.all([
    tx.objectStore('connections').getAll(),
    tx.objectStore('queue').getAll(),
    tx.objectStore('keep').getAll(),
    tx.objectStore('removalLog').getAll(),
    tx.objectStore('facts').getAll(),
    tx.objectStore('meta').get(CHECKLIST_KEY),
  ]);
  await tx.done;
  const settings = await readSettings(db);
  const at = Date.now() + (await readClockOffset(db));
  // Removals kept without details by Delete all data are not in a backup: a restore keeps them anyway
  // (background/data-commands.ts), and a backup holds only removals it can name.
  const named = removalLog.filter((entry) => !entry.detailsDeleted);
  return buildBackup(
    { settings, connections, queue, keep, removalLog: named, facts, meta: { checklist } },
    at,
  );
}
