import { z } from 'zod/mini';
import { en } from 'zod/locales';
import type { Connection, ProfileKey } from '../core/connection';
import { isActive, type QueueItem } from '../core/removal-queue';
import type { RemovalLogEntry } from '../core/removal-log';
import { missingOwnConfirmation } from '../core/removal-warning';
import { SettingsSchema, type Settings } from '../core/settings';
import type { PersonFacts } from '../core/person-facts';
import { ConnectedOnSchema } from '../messages';
import type { KeepEntry } from './db';

/**
 * QuietPrune's backup file: everything the user built up (connections, queue, Keep list, removal
 * log, facts from the data export, settings) as one JSON document.
 *
 * A restore replaces all of it, so the file is checked completely before anything is written:
 * every record against the shape the stores hold, and the rules that hold across records. A file
 * is trusted no more than the user interface: it can put in nothing the UI and the worker would
 * refuse (see `backupSchema`). A file that fails any check is refused whole, with a message that
 * says where and what is wrong.
 *
 * What is a LinkedIn profile link, and what time it is, are not this module's to know: the caller
 * passes them in (`BackupRules`).
 */
// zod/mini (as messages.ts) comes without messages in words; a refused backup shows its problem to
// the user, and the worker and the options page (which load this module) word refused messages.
z.config(en());

export const BACKUP_FORMAT = 'quietprune-backup';
export const BACKUP_VERSION = 1;

export type StoredFacts = PersonFacts & { profileKey: ProfileKey };

/** What checking a backup needs from outside this module. */
export interface BackupRules {
  /** Epoch ms now, on the clock the removal log is kept by. */
  now: number;
  /** Whether a link is this person's LinkedIn profile link (messages.ts `isProfileUrlOf`). */
  isProfileUrlOf(profileKey: string, profileUrl: string): boolean;
}

/**
 * How far in the future a log entry may be dated: two computers' clocks (the one that wrote the
 * backup, the one restoring it) rarely agree to the second. Five minutes covers a clock that is
 * merely unsynchronised; anything later would hold the daily cap shut until that date.
 */
export const CLOCK_SKEW_MS = 5 * 60_000;

/** True when a log entry's date is later than now allows (with the clock skew): it cannot have happened yet. */
export function isDatedInFuture(entry: { at: number }, now: number): boolean {
  return entry.at > now + CLOCK_SKEW_MS;
}

/** Meta records that belong to the user and travel with a backup (sync and session state do not). */
export interface BackupMeta {
  /** The "Before your first session" checklist; its reader on the options page validates it. */
  checklist?: unknown;
}

/** What a backup holds: the stores, the settings and the meta worth keeping. */
export interface BackupContents {
  settings: Settings;
  connections: Connection[];
  queue: QueueItem[];
  keep: KeepEntry[];
  removalLog: RemovalLogEntry[];
  facts: StoredFacts[];
  meta?: BackupMeta;
}

/** A backup file: its contents, stamped with the format, its version and when it was written. */
export interface Backup extends BackupContents {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO date-time the backup was written. */
  exportedAt: string;
}

const ProfileKeySchema = z.string().check(z.minLength(1, 'A profile key is empty.'), z.maxLength(300));
const ProfileUrlSchema = z.url('This is not a web address.').check(z.maxLength(500));
const Epoch = z.number().check(z.nonnegative()); // zod 4 numbers are finite
const Name = z.string().check(z.maxLength(500));

const LINK_MISMATCH = {
  error: 'The profile link is not a LinkedIn profile, or not the one its key names.',
  path: ['profileUrl'],
};

/** Builds the schema for the given rules: every person's link must be their own profile link. */
export function backupSchema(rules: BackupRules) {
  /** Identity is the key; a link that leads to someone else would make every later action unsafe. */
  const linkMatchesKey = z.refine<{ profileKey: string; profileUrl: string }>(
    (person) => rules.isProfileUrlOf(person.profileKey, person.profileUrl),
    LINK_MISMATCH,
  );

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
    .check(linkMatchesKey) satisfies z.ZodMiniType<Connection>;

  const QueueItemSchema = z
    .strictObject({
      profileKey: ProfileKeySchema,
      profileUrl: ProfileUrlSchema,
      name: Name,
      reason: z.string().check(z.maxLength(500)),
      status: z.enum(['queued', 'in-progress', 'unsure', 'still-listed', 'removed', 'failed', 'skipped']),
      detail: z.optional(z.string().check(z.maxLength(1000))),
      // An unsure person's click and the searches since (core/unsure-checks.ts): restored as they
      // were, so the first session searches for them before anything else, as it would have.
      clickedAt: z.optional(Epoch),
      checks: z.optional(z.int().check(z.nonnegative(), z.maximum(100))),
      nextCheckAt: z.optional(Epoch),
      confirmedAfterInterruption: z.optional(z.boolean()),
      confirmedOnTheirOwn: z.optional(z.literal(true)),
      addedAt: Epoch,
      updatedAt: Epoch,
      order: z.number(),
      attempts: z.int().check(z.nonnegative()),
    })
    .check(linkMatchesKey) satisfies z.ZodMiniType<QueueItem>;

  const KeepEntrySchema = z
    .strictObject({ profileKey: ProfileKeySchema, profileUrl: ProfileUrlSchema, name: Name, addedAt: Epoch })
    .check(linkMatchesKey) satisfies z.ZodMiniType<KeepEntry>;

  const SkillList = z.array(z.string().check(z.maxLength(300)));

  const RemovalLogEntrySchema = z
    .strictObject({
      /** Read, never used: a restore numbers the entries afresh (a file's id of 2^53-1 would end all logging). */
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
      // Absent in backups written before these existed: such entries are removals.
      state: z.optional(z.enum(['pending', 'removed', 'still-listed'])),
      unexpected: z.optional(z.literal(true)),
    })
    .check(linkMatchesKey) satisfies z.ZodMiniType<RemovalLogEntry>;

  const PitchSignalSchema = z.enum([
    'whatsapp',
    'telegram',
    'email',
    'phone',
    'opportunity',
    'investment',
    'crypto',
    'services',
    'quick-call',
  ]);
  const Count = z.int().check(z.nonnegative());

  const FactsSchema = z.strictObject({
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
    firstMessageAfterConnect: z.optional(
      z.strictObject({ at: z.string().check(z.maxLength(40)), pitchSignals: z.array(PitchSignalSchema) }),
    ),
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

  return z
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
        const once = <T>(
          list: readonly T[],
          key: (item: T) => string | number | undefined,
          store: string,
          what: string,
        ) => {
          const seen = new Set<string | number>();
          list.forEach((item, index) => {
            const k = key(item);
            if (k === undefined) return;
            if (seen.has(k))
              ctx.addIssue({
                code: 'custom',
                path: [store, index],
                message: `${what} ${JSON.stringify(k)} appears more than once.`,
              });
            seen.add(k);
          });
        };
        once(backup.connections, (c) => c.profileKey, 'connections', 'The person');
        once(backup.queue, (q) => q.profileKey, 'queue', 'The person');
        once(backup.keep, (k) => k.profileKey, 'keep', 'The person');
        once(backup.facts, (f) => f.profileKey, 'facts', 'The person');
        // The queue refuses kept people; a backup that holds both would break that promise.
        const kept = new Set(backup.keep.map((k) => k.profileKey));
        backup.queue.forEach((item, index) => {
          if (kept.has(item.profileKey) && isActive(item)) {
            ctx.addIssue({
              code: 'custom',
              path: ['queue', index],
              message: `${item.name || item.profileKey} is both on the Keep list and queued for removal.`,
            });
          }
        });
        // The rules below are whole-file ones: each names everyone it concerns, in one message.
        const problem = (message: string) => ctx.addIssue({ code: 'custom', path: [], message });

        // The daily cap counts every log entry of the last 24 hours, and one dated in the future
        // counts until that date: one entry dated 2099 would stop every removal for decades.
        const future = backup.removalLog.filter((entry) => isDatedInFuture(entry, rules.now));
        if (future.length > 0) {
          problem(
            `${future.length === 1 ? 'a removal log entry is' : `${future.length} removal log entries are`} dated in the future (${someOf(future.map((e) => `${label(e)} on ${dateTime(e.at)}`))}). ` +
              'A removal cannot have happened later than now, and such an entry would hold the daily cap shut until its date',
          );
        }

        // A removal is of a connection: a file cannot queue someone it does not hold as one.
        const connected = new Set(backup.connections.map((c) => c.profileKey));
        const strangers = backup.queue.filter((item) => !connected.has(item.profileKey));
        if (strangers.length > 0) {
          problem(
            `the queue holds ${someOf(strangers.map(label))}, who ${strangers.length === 1 ? 'is' : 'are'} not among the file’s connections. A restore queues only people the file holds as connections`,
          );
        }

        // queue/add refuses anyone with known endorsements or recommendations between you who was not
        // ticked on their own in the warning (core/removal-warning.ts); the item keeps that tick. A
        // removed item is history; any other can be (or become, by Retry) a removal, so it is held
        // to the rule, against the facts in this file.
        const facts = new Map(backup.facts.map((f) => [f.profileKey, f]));
        const open = backup.queue.filter((item) => item.status !== 'removed');
        const unticked = new Set(
          missingOwnConfirmation(
            open.map((item) => ({
              profileKey: item.profileKey,
              name: item.name,
              facts: facts.get(item.profileKey) ?? null,
            })),
            new Set(open.filter((item) => item.confirmedOnTheirOwn === true).map((item) => item.profileKey)),
          ).map((person) => person.profileKey),
        );
        if (unticked.size > 0) {
          const names = open.filter((item) => unticked.has(item.profileKey)).map(label);
          problem(
            `${someOf(names)} ${unticked.size === 1 ? 'is' : 'are'} in the queue without having been confirmed on their own, though endorsements or recommendations between you are known. ` +
              'Take them out of the file’s queue (or restore a newer backup), then queue them again: the warning asks you to confirm each of them',
          );
        }

        // No item is restored in progress: a file must not hand the worker a removal it never
        // ordered. The page asks the worker before it clicks LinkedIn's confirm button, and the
        // worker writes a pending log entry in that same transaction (background/session); a backup
        // is read in one transaction too. So an item in progress with no pending entry was never
        // clicked, and is safely queued again on restore (restoreRecords). With a pending entry the
        // click may have happened: only the worker's search, which settles the entry, can tell
        // whether they are gone. Queued again, they would be ordered removed rather than looked
        // for, and the entry would stay pending for good. The entry must keep counting against the
        // cap either way; the safe rule is to refuse the file (which changes nothing, the cap
        // included) until a session has searched for them, which a session does first.
        const pending = new Set(
          backup.removalLog.filter((e) => e.state === 'pending').map((e) => e.profileKey),
        );
        const unsettled = backup.queue.filter(
          (item) => item.status === 'in-progress' && pending.has(item.profileKey),
        );
        if (unsettled.length > 0) {
          problem(
            `it was written while LinkedIn’s answer about removing ${someOf(unsettled.map(label))} was not known yet. ` +
              'Restore a backup written after a session has looked for them again (a session does that first)',
          );
        }
      }),
    ) satisfies z.ZodMiniType<Backup>;
}

/** How many names a message lists before "and N more". */
const NAMED = 3;

/** "Ann, Bob and Cy", or "Ann, Bob, Cy and 4 more". */
function someOf(names: readonly string[]): string {
  const shown = names.slice(0, NAMED);
  const more = names.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  return shown.length <= 1 ? (shown[0] ?? '') : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

function label(person: { name: string; profileKey: string }): string {
  return person.name.trim() || person.profileKey;
}

/** "2031-01-02 10:00 UTC": the same wherever the file is read. */
function dateTime(at: number): string {
  return `${new Date(at).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export type BackupCheck = { ok: true; backup: Backup } | { ok: false; error: string };

/** Checks a parsed JSON document; on refusal the message names the first problem found. */
export function parseBackup(raw: unknown, rules: BackupRules): BackupCheck {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return refuse('it is not a JSON object.');
  }
  const record = raw as Record<string, unknown>;
  if (record.format !== BACKUP_FORMAT) {
    return refuse(`it does not say "format": "${BACKUP_FORMAT}", so it is not a QuietPrune backup.`);
  }
  if (typeof record.version === 'number' && record.version > BACKUP_VERSION) {
    return refuse(
      `it was written by a newer QuietPrune (backup version ${record.version}). Update the extension, then restore.`,
    );
  }
  const parsed = backupSchema(rules).safeParse(raw);
  if (parsed.success) return { ok: true, backup: parsed.data };
  const issue = parsed.error.issues[0]!;
  const more = parsed.error.issues.length - 1;
  const where = issue.path.length === 0 ? '' : `${describePath(issue.path, raw)}: `;
  return refuse(
    `${where}${issue.message}${more > 0 ? ` (and ${more} more problem${more === 1 ? '' : 's'})` : ''}`,
  );
}

/** Parses the text of a backup file (JSON), then checks it. */
export function parseBackupText(text: string, rules: BackupRules): BackupCheck {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return refuse(`it is not valid JSON (${(error as Error).message}).`);
  }
  return parseBackup(raw, rules);
}

export function buildBackup(contents: BackupContents, exportedAt: number): Backup {
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(exportedAt).toISOString(),
    ...contents,
  };
  if (contents.meta === undefined || Object.values(contents.meta).every((value) => value === undefined))
    delete backup.meta;
  return backup;
}

/**
 * The queue and log a checked backup restores as. Log entries are numbered afresh by the store,
 * never taken from the file: an id is the store's to give, and a file's id of 2^53-1 would leave
 * no id for any removal after it. An item in progress with no pending log entry (the file was
 * checked: see `backupSchema`) was never clicked, so it is queued again, in its place.
 */
export function restoreRecords(
  backup: Backup,
  now: number,
): { queue: QueueItem[]; removalLog: Array<Omit<RemovalLogEntry, 'id'>> } {
  return {
    queue: backup.queue.map((item) =>
      item.status === 'in-progress'
        ? {
            ...item,
            status: 'queued',
            updatedAt: now,
            detail:
              'Was being removed when the backup was written, before LinkedIn was asked to confirm: queued again.',
          }
        : item,
    ),
    removalLog: backup.removalLog.map(({ id: _id, ...entry }) => entry),
  };
}

/**
 * A restored queue against the log it will sit beside (the file's, plus the recent removals this
 * browser kept): anyone whose confirm click LinkedIn has not answered yet (a pending entry) is
 * restored unsure, so the first session searches for them instead of clicking a second time. A
 * backup written before that click would otherwise bring them back as queued.
 */
export function settleAgainstLog(
  queue: readonly QueueItem[],
  log: ReadonlyArray<Pick<RemovalLogEntry, 'profileKey' | 'at' | 'state'>>,
  now: number,
): QueueItem[] {
  const clickedAt = new Map<string, number>();
  for (const entry of log) {
    if (entry.state !== 'pending') continue;
    clickedAt.set(entry.profileKey, Math.min(entry.at, clickedAt.get(entry.profileKey) ?? Infinity));
  }
  return queue.map((item) => {
    const at = clickedAt.get(item.profileKey);
    if (at === undefined || item.status === 'unsure' || item.status === 'removed') return item;
    return {
      ...item,
      status: 'unsure',
      clickedAt: at,
      checks: 0,
      nextCheckAt: now,
      updatedAt: now,
      detail:
        'A removal of them was confirmed on LinkedIn and not yet answered when this backup was restored: QuietPrune searches for them first, and never clicks again.',
    };
  });
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
    const who =
      typeof record?.name === 'string' && record.name.trim() ? ` (“${record.name.trim().slice(0, 80)}”)` : '';
    const field = rest.length > 0 ? `, field “${rest.map(String).join('.')}”` : '';
    return `${STORE_WORDS[store]} ${index + 1}${who}${field}`;
  }
  return `field “${path.map(String).join('.')}”`;
}
