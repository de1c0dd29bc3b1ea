import { z } from 'zod';
import type { Connection, ProfileKey } from './connection';
import type { QueueItem } from './removal-queue';
import type { RemovalLogEntry } from './removal-log';
import { SettingsSchema, type Settings } from './settings';
import { ConnectedOnSchema } from '../messages';
import { normaliseProfileUrl } from '../linkedin/profile-url';
import type { KeepEntry } from '../storage/db';
import type { PersonFacts } from '../data-export/types';

/**
 * QuietPrune's backup file: everything the user built up (connections, queue, Keep list, removal
 * log, facts from the data export, settings) as one JSON document.
 *
 * A restore replaces all of it, so the file is checked completely before anything is written:
 * every record against the shape the stores hold, and the rules that hold across records (one
 * record per person per store, nobody both kept and queued). A file that fails any check is
 * refused whole, with a message that says where and what is wrong.
 */
export const BACKUP_FORMAT = 'quietprune-backup';
export const BACKUP_VERSION = 1;

export type StoredFacts = PersonFacts & { profileKey: ProfileKey };

/** Meta records that belong to the user and travel with a backup (sync and session state do not). */
export interface BackupMeta {
  /** The "Before your first session" checklist; its reader on the options page validates it. */
  checklist?: unknown;
}

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO date-time the backup was written. */
  exportedAt: string;
  settings: Settings;
  connections: Connection[];
  queue: QueueItem[];
  keep: KeepEntry[];
  removalLog: RemovalLogEntry[];
  facts: StoredFacts[];
  meta?: BackupMeta;
}

const ProfileKeySchema = z.string().min(1, 'A profile key is empty.').max(300);
const ProfileUrlSchema = z.url('This is not a web address.').max(500);
const Epoch = z.number().finite().nonnegative();
const Name = z.string().max(500);

/** Identity is the key; a link that leads to someone else would make every later action unsafe. */
function linkMatchesKey(person: { profileKey: string; profileUrl: string }): boolean {
  return normaliseProfileUrl(person.profileUrl)?.key === person.profileKey;
}
const LINK_MISMATCH = { message: 'The profile link is not a LinkedIn profile, or not the one its key names.', path: ['profileUrl'] };

const ConnectionSchema = z
  .object({
    profileKey: ProfileKeySchema,
    profileUrl: ProfileUrlSchema,
    name: Name,
    headline: z.string().max(2000),
    connectedOn: ConnectedOnSchema,
    firstSeenAt: Epoch,
    lastSeenAt: Epoch,
    lastSyncId: z.string().max(100).optional(),
    goneAt: Epoch.optional(),
    sources: z.array(z.enum(['sync', 'export', 'link'])),
  })
  .strict()
  .refine(linkMatchesKey, LINK_MISMATCH) satisfies z.ZodType<Connection>;

const QueueItemSchema = z
  .object({
    profileKey: ProfileKeySchema,
    profileUrl: ProfileUrlSchema,
    name: Name,
    reason: z.string().max(500),
    status: z.enum(['queued', 'in-progress', 'removed', 'failed', 'skipped']),
    detail: z.string().max(1000).optional(),
    confirmedAfterInterruption: z.boolean().optional(),
    addedAt: Epoch,
    updatedAt: Epoch,
    order: z.number().finite(),
    attempts: z.number().int().nonnegative(),
  })
  .strict()
  .refine(linkMatchesKey, LINK_MISMATCH) satisfies z.ZodType<QueueItem>;

const KeepEntrySchema = z
  .object({ profileKey: ProfileKeySchema, profileUrl: ProfileUrlSchema, name: Name, addedAt: Epoch })
  .strict()
  .refine(linkMatchesKey, LINK_MISMATCH) satisfies z.ZodType<KeepEntry>;

const SkillList = z.array(z.string().max(300));

const RemovalLogEntrySchema = z
  .object({
    id: z.number().int().positive().optional(),
    profileKey: ProfileKeySchema,
    profileUrl: ProfileUrlSchema,
    name: Name,
    at: Epoch,
    reason: z.string().max(500),
    lost: z
      .object({
        endorsementsReceived: SkillList,
        endorsementsGiven: SkillList,
        recommendationsReceived: z.number().int().nonnegative(),
        recommendationsGiven: z.number().int().nonnegative(),
      })
      .strict()
      .nullable(),
    confirmedAfterInterruption: z.boolean().optional(),
  })
  .strict()
  .refine(linkMatchesKey, LINK_MISMATCH) satisfies z.ZodType<RemovalLogEntry>;

const PitchSignalSchema = z.enum(['whatsapp', 'telegram', 'email', 'phone', 'opportunity', 'investment', 'crypto', 'services', 'quick-call']);
const Count = z.number().int().nonnegative();

const FactsSchema = z
  .object({
    profileKey: ProfileKeySchema,
    endorsementsReceived: SkillList,
    endorsementsGiven: SkillList,
    recommendationsReceived: Count,
    recommendationsGiven: Count,
    messagesSent: Count,
    messagesReceived: Count,
    lastMessageAt: z.string().max(40).nullable(),
    invitedBy: z.enum(['me', 'them']).nullable(),
    invitationMessage: z.boolean(),
    firstMessageAfterConnect: z.object({ at: z.string().max(40), pitchSignals: z.array(PitchSignalSchema) }).strict().optional(),
    known: z
      .object({
        endorsementsReceived: z.boolean(),
        endorsementsGiven: z.boolean(),
        recommendationsReceived: z.boolean(),
        recommendationsGiven: z.boolean(),
        messages: z.boolean(),
        invitations: z.boolean(),
      })
      .strict()
      .optional(),
  })
  .strict() satisfies z.ZodType<StoredFacts>;

export const BackupSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(BACKUP_VERSION),
    exportedAt: z.iso.datetime({ message: 'exportedAt must be an ISO date-time.' }),
    settings: SettingsSchema,
    connections: z.array(ConnectionSchema),
    queue: z.array(QueueItemSchema),
    keep: z.array(KeepEntrySchema),
    removalLog: z.array(RemovalLogEntrySchema),
    facts: z.array(FactsSchema),
    meta: z.object({ checklist: z.unknown().optional() }).strict().optional(),
  })
  .strict()
  .superRefine((backup, ctx) => {
    const once = <T>(list: readonly T[], key: (item: T) => string | number | undefined, store: string, what: string) => {
      const seen = new Set<string | number>();
      list.forEach((item, index) => {
        const k = key(item);
        if (k === undefined) return;
        if (seen.has(k)) ctx.addIssue({ code: 'custom', path: [store, index], message: `${what} ${JSON.stringify(k)} appears more than once.` });
        seen.add(k);
      });
    };
    once(backup.connections, (c) => c.profileKey, 'connections', 'The person');
    once(backup.queue, (q) => q.profileKey, 'queue', 'The person');
    once(backup.keep, (k) => k.profileKey, 'keep', 'The person');
    once(backup.facts, (f) => f.profileKey, 'facts', 'The person');
    once(backup.removalLog, (e) => e.id, 'removalLog', 'The log entry id');
    // The queue refuses kept people; a backup that holds both would break that promise.
    const kept = new Set(backup.keep.map((k) => k.profileKey));
    backup.queue.forEach((item, index) => {
      if (kept.has(item.profileKey) && (item.status === 'queued' || item.status === 'in-progress')) {
        ctx.addIssue({ code: 'custom', path: ['queue', index], message: `${item.name || item.profileKey} is both on the Keep list and queued for removal.` });
      }
    });
  }) satisfies z.ZodType<Backup>;

export type BackupCheck = { ok: true; backup: Backup } | { ok: false; error: string };

/** Checks a parsed JSON document; on refusal the message names the first problem found. */
export function parseBackup(raw: unknown): BackupCheck {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return refuse('it is not a JSON object.');
  }
  const record = raw as Record<string, unknown>;
  if (record.format !== BACKUP_FORMAT) {
    return refuse(`it does not say "format": "${BACKUP_FORMAT}", so it is not a QuietPrune backup.`);
  }
  if (typeof record.version === 'number' && record.version > BACKUP_VERSION) {
    return refuse(`it was written by a newer QuietPrune (backup version ${record.version}). Update the extension, then restore.`);
  }
  const parsed = BackupSchema.safeParse(raw);
  if (parsed.success) return { ok: true, backup: parsed.data };
  const issue = parsed.error.issues[0]!;
  const more = parsed.error.issues.length - 1;
  return refuse(`${describePath(issue.path, raw)}: ${issue.message}${more > 0 ? ` (and ${more} more problem${more === 1 ? '' : 's'})` : ''}`);
}

/** Parses the text of a backup file (JSON), then checks it. */
export function parseBackupText(text: string): BackupCheck {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return refuse(`it is not valid JSON (${(error as Error).message}).`);
  }
  return parseBackup(raw);
}

export interface BackupContents {
  settings: Settings;
  connections: Connection[];
  queue: QueueItem[];
  keep: KeepEntry[];
  removalLog: RemovalLogEntry[];
  facts: StoredFacts[];
  meta?: BackupMeta;
}

export function buildBackup(contents: BackupContents, exportedAt: number): Backup {
  const backup: Backup = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: new Date(exportedAt).toISOString(), ...contents };
  if (contents.meta === undefined || Object.values(contents.meta).every((value) => value === undefined)) delete backup.meta;
  return backup;
}

/** "quietprune-backup-2026-07-01.json" */
export function backupFileName(exportedAt: number): string {
  return `quietprune-backup-${new Date(exportedAt).toISOString().slice(0, 10)}.json`;
}

function refuse(why: string): BackupCheck {
  const sentence = /[.!?]$/.test(why) ? why : `${why}.`;
  return { ok: false, error: `This file cannot be restored: ${sentence} Nothing was changed.` };
}

const STORE_WORDS: Record<string, string> = {
  connections: 'connection',
  queue: 'queue item',
  keep: 'Keep list entry',
  removalLog: 'removal log entry',
  facts: 'facts entry',
};

/** ["connections", 12, "profileUrl"] -> `connection 13 ("Jane Doe"), field "profileUrl"`. */
function describePath(path: readonly PropertyKey[], raw: unknown): string {
  if (path.length === 0) return 'the file';
  const [store, index, ...rest] = path;
  if (typeof store === 'string' && typeof index === 'number' && STORE_WORDS[store]) {
    const record = (raw as Record<string, unknown[]>)[store]?.[index] as { name?: unknown } | undefined;
    const who = typeof record?.name === 'string' && record.name.trim() ? ` (“${record.name.trim().slice(0, 80)}”)` : '';
    const field = rest.length > 0 ? `, field “${rest.map(String).join('.')}”` : '';
    return `${STORE_WORDS[store]} ${index + 1}${who}${field}`;
  }
  return `field “${path.map(String).join('.')}”`;
}
