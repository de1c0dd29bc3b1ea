import { CAP_WINDOW_MS } from '../core/daily-cap';
import { isDatedInFuture, parseBackup, restoreRecords, settleAgainstLog } from '../storage/backup-format';
import type { RemovalLogEntry } from '../core/removal-log';
import { SettingsSchema, type Settings } from '../core/settings';
import { isProfileUrlOf, STATE_TOPICS, type Reply } from '../messages';
import type { Checklist } from '../storage/checklist';
import { database } from '../storage/db';
import { getMeta, putMeta } from '../storage/meta';
import { deleteAllRecords, KeptTimesLostError, replaceAllRecords } from '../storage/wholesale';
import { refreshBadge } from './badge';
import { announce } from './broadcast';
import { now } from './clock';
import browser from 'webextension-polyfill';
import { clearAllNotifications } from './notifications';
import { ensureReminderAlarm } from './reminder';
import { stopSession } from './session/session-controller';
import { stopSync } from './sync-controller';
import { isSessionLive } from '../core/session-status';
import { languageChanged } from './language';
import { retitleContextMenu } from './review-menu';

/**
 * The options page's commands on the user's data as a whole: settings, delete everything, restore
 * a backup, and "an import was written". Each change to the stores runs in one IndexedDB
 * transaction (storage/wholesale.ts), so it lands whole or not at all.
 */

// Everything changed: every topic, so no open page keeps showing what was deleted or replaced.
const EVERY_TOPIC = STATE_TOPICS;

export async function saveSettings(settings: Settings): Promise<Reply> {
  const parsed = SettingsSchema.safeParse(settings);
  if (!parsed.success)
    return { ok: false, error: parsed.error.issues[0]?.message ?? 'These settings are not valid.' };
  await putMeta(await database(), 'settings', parsed.data);
  await followLanguage();
  await ensureReminderAlarm();
  await refreshBadge();
  await announce('settings');
  return { ok: true };
}

/** The worker's words follow a changed language setting, the menu's title with them. */
async function followLanguage(): Promise<void> {
  if (await languageChanged()) await retitleContextMenu();
}

/** Ticks off (with the time) or reopens the checklist item, from the popup or the options page. */
export async function setChecklist(hideConnectionsList: boolean): Promise<Reply> {
  const checklist: Checklist = { hideConnectionsList: hideConnectionsList ? await now() : null };
  await putMeta(await database(), 'checklist', checklist);
  await announce('checklist');
  return { ok: true };
}

/** The user accepted, in the popup, that LinkedIn forbids automated activity: sessions may start. */
export async function acceptRisk(): Promise<Reply> {
  const db = await database();
  // The first acceptance is the one on record; a second popup's click changes nothing.
  if ((await getMeta(db, 'riskAccepted')) === null) await putMeta(db, 'riskAccepted', await now());
  await announce('risk');
  return { ok: true };
}

/**
 * Deletes everything QuietPrune stored or shows, except the TIMES of removals from the last 24
 * hours. The options page has asked the user to confirm, and said exactly what stays and why.
 *
 * The daily cap is counted from the removal log alone (core/daily-cap.ts). Forgetting today's
 * removals would hand back a full day's budget at once: "delete all", then remove twenty more,
 * is forty in an hour. So each removal still inside the cap's window is kept as its time alone
 * (no name, URL, reason or outcome: core/removal-log.ts anonymousRemoval); once it is 24 hours old,
 * deleting all data again removes it. An entry dated in the future (beyond a few minutes of clock
 * skew) is not kept: no removal happened then, and such an entry, which only a file could have
 * brought in, would hold the cap shut until its date, through every reset.
 *
 * Everything else goes (issue 13): every store and meta record (settings back to defaults, so the
 * daily reminder is off until the person turns it on again), every alarm (the reminder's is not
 * re-armed), every notification still on screen, and the database itself, which is deleted and
 * created afresh: only that resets the removal log's id counter, which would otherwise tell how
 * many removals were ever made.
 */
export async function deleteAllData(): Promise<
  Reply<{ keptRecentRemovals: number; keptUntil: number | null }>
> {
  const db = await database();
  // A session or sync still running would write into the emptied stores a moment later.
  const session = await getMeta(db, 'session');
  if (isSessionLive(session.status)) await stopSession('data-deleted');
  if ((await getMeta(db, 'sync')).status === 'running') await stopSync();

  const at = await now();
  let keptTimes: number[];
  try {
    ({ keptTimes } = await deleteAllRecords(
      db,
      (e) => stillCounts(e, at),
      async () => {
        await browser.alarms.clearAll();
        await clearAllNotifications();
      },
    ));
  } catch (error) {
    return {
      ok: false,
      error:
        error instanceof KeptTimesLostError
          ? `QuietPrune deleted its data but could not keep the last 24 hours’ removal times, so the daily cap may allow more today than it should. (${describe(error)})`
          : `QuietPrune could not delete its data. (${describe(error)})`,
    };
  }
  await afterWholesaleChange();
  const keptUntil = keptTimes.length > 0 ? Math.max(...keptTimes) + CAP_WINDOW_MS : null;
  return { ok: true, data: { keptRecentRemovals: keptTimes.length, keptUntil } };
}

/** A removal the daily cap still counts and a reset keeps: inside the last 24 hours, not dated in the future. */
function stillCounts(entry: RemovalLogEntry, at: number): boolean {
  return at - entry.at < CAP_WINDOW_MS && !isDatedInFuture(entry, at);
}

/**
 * Replaces all data with a backup's, after checking the whole file against the rules the UI and
 * the worker hold (storage/backup-format.ts), whatever the options page checked. A bad file changes nothing.
 */
export async function restoreBackup(
  raw: unknown,
): Promise<Reply<{ connections: number; queue: number; keep: number; removalLog: number; facts: number }>> {
  const check = parseBackup(raw, { now: await now(), isProfileUrlOf });
  if (!check.ok) return { ok: false, error: check.error };
  const backup = check.backup;

  const db = await database();
  const session = await getMeta(db, 'session');
  if (isSessionLive(session.status)) {
    return {
      ok: false,
      error: 'A removal session is running. Stop it first, then restore; nothing was changed.',
    };
  }
  if ((await getMeta(db, 'sync')).status === 'running') {
    return { ok: false, error: 'A sync is running. Stop it first, then restore; nothing was changed.' };
  }

  const at = await now();
  try {
    await replaceAllRecords(db, (current) => {
      const restored = restoreRecords(backup, at);
      // Without ids: the store numbers them (storage/backup-format.ts restoreRecords says why).
      const removalLog = withRecentRemovals(restored.removalLog, current, at);
      return {
        settings: backup.settings,
        connections: backup.connections,
        queue: settleAgainstLog(restored.queue, removalLog, at),
        keep: backup.keep,
        removalLog,
        facts: backup.facts,
        checklist: backup.meta?.checklist,
      };
    });
  } catch (error) {
    return {
      ok: false,
      error: `QuietPrune could not restore this backup; nothing was changed. (${describe(error)})`,
    };
  }
  await afterWholesaleChange();
  return {
    ok: true,
    data: {
      connections: backup.connections.length,
      queue: backup.queue.length,
      keep: backup.keep.length,
      removalLog: backup.removalLog.length,
      facts: backup.facts.length,
    },
  };
}

/** The options page wrote an import into IndexedDB (storage/import-store.ts, one transaction). */
export async function importDone(): Promise<Reply> {
  await refreshBadge();
  await announce('connections', 'facts');
  return { ok: true };
}

/**
 * The backup's log, plus any removal made in the last 24 hours that the backup does not hold.
 * Those removals happened (the log is the only record of them) and count against today's cap;
 * restoring an older backup must not hide them and so lift the cap. All without ids: the store
 * numbers the restored log afresh.
 */
type UnnumberedEntry = Omit<RemovalLogEntry, 'id'>;
function withRecentRemovals(
  fromBackup: UnnumberedEntry[],
  current: RemovalLogEntry[],
  at: number,
): UnnumberedEntry[] {
  const held = new Set(fromBackup.map((e) => `${e.profileKey}@${e.at}`));
  const recent = current
    .filter((e) => stillCounts(e, at) && !held.has(`${e.profileKey}@${e.at}`))
    .map(({ id: _id, ...entry }) => entry);
  return [...fromBackup, ...recent];
}

async function afterWholesaleChange(): Promise<void> {
  await ensureReminderAlarm();
  await refreshBadge();
  await announce(...EVERY_TOPIC);
}

function describe(error: unknown): string {
  return (error as Error)?.message ?? String(error);
}
