import { z } from 'zod/mini';
import { en } from 'zod/locales';
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
// zod/mini (as messages.ts) comes without messages in words; a refused backup shows its problem to
// the user, and the worker and the options page (which load this module) word refused messages.
z.config(en());

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

const ProfileKeySchema = z.string().check(z.minLength(1, 'A profile key is empty.'), z.maxLength(300));
const ProfileUrlSchema = z.url('This is not a web address.').check(z.maxLength(500));
const Epoch = z.number().check(z.nonnegative()); // zod 4 numbers are finite
const Name = z.string().check(z.maxLength(500));

/** Identity is the key; a link that leads to someone else would make every later action unsafe. */
function linkMatchesKey(person: { profileKey: string; profileUrl: string }): boolean {
  return normaliseProfileUrl(person.profileUrl)?.key === person.profileKey;
}
const LINK_MISMATCH = { error: 'The profile link is not a LinkedIn profile, or not the one its key names.', path: ['profileUrl'] };

const ConnectionSchema = z
  .strictObject({
    profileKey: ProfileKeySchema,
    profileUrl: ProfileUrlSchema,
    name: Name,
    headline: z.string().check(z.maxLength(2000)),
    connectedOn: ConnectedOnSchema,
    firstSeenAt: Epoch,
    lastSeenAt: Epoch,
    lastSyncId: z.optional(z.string().check(z.maxLength(100))),
    goneAt: z.optional(Epoch),
    sources: z.array(z.enum(['sync', 'export', 'link'])),
  })
  .check(z.refine(linkMatchesKey, LINK_MISMATCH)) satisfies z.ZodMiniType<Connection>;

const QueueItemSchema = z
  .strictObject({
    profileKey: ProfileKeySchema,
    profileUrl: ProfileUrlSchema,
    name: Name,
    reason: z.string().check(z.maxLength(500)),
    status: z.enum(['queued', 'in-progress', 'removed', 'failed', 'skipped']),
    detail: z.optional(z.string().check(z.maxLength(1000))),
    confirmedAfterInterruption: z.optional(z.boolean()),
    addedAt: Epoch,
    updatedAt: Epoch,
    order: z.number(),
    attempts: z.int().check(z.nonnegative()),
  })
  .check(z.refine(linkMatchesKey, LINK_MISMATCH)) satisfies z.ZodMiniType<QueueItem>;

const KeepEntrySchema = z
  .strictObject({ profileKey: ProfileKeySchema, profileUrl: ProfileUrlSchema, name: Name, addedAt: Epoch })
  .check(z.refine(linkMatchesKey, LINK_MISMATCH)) satisfies z.ZodMiniType<KeepEntry>;

const SkillList = z.array(z.string().check(z.maxLength(300)));

const RemovalLogEntrySchema = z
  .strictObject({
    id: z.optional(z.int().check(z.positive())),
    profileKey: ProfileKeySchema,
    profileUrl: ProfileUrlSchema,
    name: Name,
    at: Epoch,
    reason: z.string().check(z.maxLength(500)),
    lost: z.nullable(
      z.strictObject({
        endorsementsReceived: SkillList,
        endorsementsGiven: SkillList,
        recommendationsReceived: z.int().check(z.nonnegative()),
        recommendationsGiven: z.int().check(z.nonnegative()),
      }),
    ),
    confirmedAfterInterruption: z.optional(z.boolean()),
  })
  .check(z.refine(linkMatchesKey, LINK_MISMATCH)) satisfies z.ZodMiniType<RemovalLogEntry>;

const PitchSignalSchema = z.enum(['whatsapp', 'telegram', 'email', 'phone', 'opportunity', 'investment', 'crypto', 'services', 'quick-call']);
const Count = z.int().check(z.nonnegative());

const FactsSchema = z
  .strictObject({
    profileKey: ProfileKeySchema,
    endorsementsReceived: SkillList,
    endorsementsGiven: SkillList,
    recommendationsReceived: Count,
    recommendationsGiven: Count,
    messagesSent: Count,
    messagesReceived: Count,
    lastMessageAt: z.nullable(z.string().check(z.maxLength(40))),
    invitedBy: z.nullable(z.enum(['me', 'them'])),
    invitationMessage: z.boolean(),
    firstMessageAfterConnect: z.optional(z.strictObject({ at: z.string().check(z.maxLength(40)), pitchSignals: z.array(PitchSignalSchema) })),
    known: z.optional(
      z.strictObject({
        endorsementsReceived: z.boolean(),
        endorsementsGiven: z.boolean(),
        recommendationsReceived: z.boolean(),
        recommendationsGiven: z.boolean(),
        messages: z.boolean(),
        invitations: z.boolean(),
      }),
    ),
  }) satisfies z.ZodMiniType<StoredFacts>;

export const BackupSchema = z
  .strictObject({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(BACKUP_VERSION),
    exportedAt: z.iso.datetime({ error: 'exportedAt must be an ISO date-time.' }),
    settings: SettingsSchema,
    connections: z.array(ConnectionSchema),
    queue: z.array(QueueItemSchema),
    keep: z.array(KeepEntrySchema),
    removalLog: z.array(RemovalLogEntrySchema),
    facts: z.array(FactsSchema),
    meta: z.optional(z.strictObject({ checklist: z.optional(z.unknown()) })),
  })
  .check(
    z.superRefine((backup, ctx) => {
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
    }),
  ) satisfies z.ZodMiniType<Backup>;

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
