import { buildBackup, type Backup } from '../storage/backup-format';
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
  return buildBackup({ settings, connections, queue, keep, removalLog, facts, meta: { checklist } }, at);
}
