import { z } from 'zod/mini';
import { DEFAULT_SETTINGS, SettingsSchema, WhoClicksSchema, type WhoClicks } from '../core/settings';
import { asListHead, type ListHead } from '../core/list-head';
import type { EndReason } from '../core/session-end';
import type { SessionStatus } from '../core/session-status';
import {
  FullSyncReasonSchema,
  HandsOnStepSchema,
  LearnedLabelsSchema,
  PageShapeSchema,
  RehearsalRunSchema,
  type HandsOnStep,
  type LearnedLabelsByLanguage,
  type LockName,
} from '../messages';
import type { RehearsalRun } from '../core/rehearsal-report';
import type { PageShape } from '../linkedin/page-shape';
import type { PersonRef } from '../core/connection';
import { ChecklistSchema, EMPTY_CHECKLIST } from './checklist';
import type { Db } from './db';
import type { ImportSummary } from './import-store';
import { asEndedElsewhere, type EndedElsewhere } from '../core/daily-cap';
import type { FullSyncReason, QuickSyncPlan } from '../core/quick-sync';

/**
 * The catalog of the small named records in the `meta` store: every key, how a stored value is
 * read, and what stands in for it when there is none or it is damaged. Nothing else spells a meta
 * key. Reading never throws: a stale or damaged record becomes its default (or, for the records
 * written field by field, each damaged field does), so it never reaches the logic.
 *
 * `getMeta(db, key)` / `putMeta(db, key, value)` / `updateMeta(db, key, change)` on their own;
 * `metaIn(store).get/put` inside a transaction that also touches other stores.
 */

export type SyncStatus = 'idle' | 'running' | 'complete' | 'stopped' | 'stalled' | 'warning' | 'failed';

export interface SyncState {
  syncId: string | null;
  status: SyncStatus;
  tabId: number | null;
  startedAt: number | null;
  updatedAt: number | null;
  /** People read in this sync so far, and the page's own stated total. */
  seen: number;
  total: number | null;
  message: string;
  /** When the last complete sync finished (people not listed then were marked gone). */
  lastCompleteAt: number | null;
  /** When any sync last wrote data. */
  lastSyncAt: number | null;
  /** What this (or the last) sync ran as: quick (core/quick-sync.ts) or full; null before any. */
  kind: 'quick' | 'full' | null;
  /** The quick sync's plan, kept to check the page's answer against (null for a full sync). */
  plan: QuickSyncPlan | null;
  /** Why a full sync ran (asked for, or a quick one could not tell). */
  fullReason: FullSyncReason | null;
  /** Cards the page read in the last sync (different people). */
  cardsRead: number;
}

export const IDLE_SYNC: SyncState = {
  syncId: null,
  status: 'idle',
  tabId: null,
  startedAt: null,
  updatedAt: null,
  seen: 0,
  total: null,
  message: '',
  lastCompleteAt: null,
  lastSyncAt: null,
  kind: null,
  plan: null,
  fullReason: null,
  cardsRead: 0,
};

export interface SessionState {
  status: SessionStatus;
  sessionId: string | null;
  tabId: number | null;
  startedAt: number | null;
  /** When the next step (a removal, or a search for someone unsure) may start (the alarm is set for it). */
  nextRemovalAt: number | null;
  /** The person being removed right now, if any, and since when (to tell a lost order). */
  currentKey: string | null;
  currentSince: number | null;
  /** How many removals this session may make: min(today's remaining budget, queued). */
  plannedThisSession: number;
  removedThisSession: number;
  consecutiveFailures: number;
  /** Why the session ended, as a code (decisions read this), and in words for the user (ui/session-wording.ts). */
  endReason: EndReason | null;
  endMessage: string;
  /** True when it ended on a safety stop: nothing resumes by itself. */
  safetyStop: boolean;
  endedAt: number | null;
  /** Who makes this session's clicks, fixed at Start (settings.whoClicks). Absent in older records: automatic. */
  whoClicks?: WhoClicks;
  /** Hands-on mode: what the guide says now for the person in progress; null between removals. */
  handsOn?: HandsOnStep | null;
}

export const IDLE_SESSION: SessionState = {
  status: 'idle',
  sessionId: null,
  tabId: null,
  startedAt: null,
  nextRemovalAt: null,
  currentKey: null,
  currentSince: null,
  plannedThisSession: 0,
  removedThisSession: 0,
  consecutiveFailures: 0,
  endReason: null,
  endMessage: '',
  safetyStop: false,
  endedAt: null,
};

/** The rehearsal (background/rehearsal-controller.ts): whom it tries, and what the page found. */
export interface RehearsalState {
  status: 'idle' | 'running' | 'done';
  rehearsalId: string | null;
  tabId: number | null;
  /** The queued people it tries (empty: the first three the page lists). */
  people: PersonRef[];
  startedAt: number | null;
  endedAt: number | null;
  /** The page's walk (core/rehearsal-report.ts turns it into the report). */
  run: RehearsalRun | null;
  /** The page's shape where a step failed (linkedin/page-shape.ts): nothing personal. */
  shape: PageShape | null;
  /** Why it ended without a walk (the tab closed, the page never answered). */
  message: string;
}

export const IDLE_REHEARSAL: RehearsalState = {
  status: 'idle',
  rehearsalId: null,
  tabId: null,
  people: [],
  startedAt: null,
  endedAt: null,
  run: null,
  shape: null,
  message: '',
};

/** What was already reminded (background/reminder.ts), so one local day never gets two reminders. */
export interface ReminderState {
  /** The local day (YYYY-MM-DD) already reminded (or passed over because there was nothing to do). */
  lastFiredDay: string | null;
  snoozedUntil: number | null;
}

/** e2e build only (background/clock.ts): how far the tests moved the clock, and how short human pauses are. */
export interface TestClock {
  offsetMs: number;
  humanDelayScale: number;
}

const nullableString = z.nullable(z.string());
const nullableNumber = z.nullable(z.number()); // zod 4 numbers are finite
const nullableInt = z.nullable(z.int());

/** How one record is read: never throws, always returns a usable value. */
interface MetaEntry<T> {
  read(stored: unknown): T;
}

/** A record checked whole against a schema: a damaged one is the default. */
function whole<T>(schema: z.ZodMiniType<T>, fallback: T): MetaEntry<T> {
  return {
    read(stored) {
      const parsed = schema.safeParse(stored);
      return parsed.success ? parsed.data : fallback;
    },
  };
}

/**
 * A record whose writers change a field or two at a time (sync, session, reminder, test clock):
 * each field is checked on its own, and a missing or damaged field takes its default, as the
 * stored record of an older version (without a field added since) must keep working.
 */
function fieldwise<T extends object>(
  shape: { [K in keyof T]: z.ZodMiniType<T[K]> },
  fallback: T,
): MetaEntry<T> {
  return {
    read(stored) {
      const value = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>;
      const result = { ...fallback };
      for (const key of Object.keys(shape) as (keyof T & string)[]) {
        const parsed = shape[key].safeParse(value[key]);
        if (parsed.success) result[key] = parsed.data;
      }
      return result;
    },
  };
}

const EndReasonSchema = z.custom<EndReason>(
  (v) => typeof v === 'object' && v !== null && typeof (v as { code?: unknown }).code === 'string',
);

/**
 * e2e build only: the removal locks the next orders switch off (background/test-hooks.ts). The
 * store build has no trace of the lock switch, not even its key's name: there this function is
 * compiled to its first line, and nothing reads the key (only the e2e build's hooks do).
 */
function testOnlyMeta(): { testLocksOff: MetaEntry<LockName[]> } {
  if (import.meta.env.MODE === 'production') return {} as { testLocksOff: MetaEntry<LockName[]> };
  return {
    testLocksOff: whole<LockName[]>(
      z.array(z.enum(['card', 'menu', 'button-label', 'dialog', 'list-diff'])),
      [],
    ),
  };
}

export const META = {
  /** The user's settings (options page, via the worker). */
  settings: whole(SettingsSchema, DEFAULT_SETTINGS),
  /** The sync's progress (background/sync-controller.ts). */
  sync: fieldwise<SyncState>(
    {
      syncId: nullableString,
      status: z.enum(['idle', 'running', 'complete', 'stopped', 'stalled', 'warning', 'failed']),
      tabId: nullableInt,
      startedAt: nullableNumber,
      updatedAt: nullableNumber,
      seen: z.number(),
      total: nullableNumber,
      message: z.string(),
      lastCompleteAt: nullableNumber,
      lastSyncAt: nullableNumber,
      kind: z.nullable(z.enum(['quick', 'full'])),
      plan: z.nullable(z.object({ known: z.array(z.string()), expected: z.number() })),
      fullReason: z.nullable(FullSyncReasonSchema),
      cardsRead: z.number(),
    },
    IDLE_SYNC,
  ),
  /** The removal session, the only place its state lives (background/session/). */
  session: fieldwise<SessionState>(
    {
      status: z.enum(['idle', 'running', 'paused', 'ended']),
      sessionId: nullableString,
      tabId: nullableInt,
      startedAt: nullableNumber,
      nextRemovalAt: nullableNumber,
      currentKey: nullableString,
      currentSince: nullableNumber,
      plannedThisSession: z.number(),
      removedThisSession: z.number(),
      consecutiveFailures: z.number(),
      endReason: z.nullable(EndReasonSchema),
      endMessage: z.string(),
      safetyStop: z.boolean(),
      endedAt: nullableNumber,
      whoClicks: z.optional(WhoClicksSchema),
      handsOn: z.optional(z.nullable(HandsOnStepSchema)),
    },
    IDLE_SESSION,
  ),
  /** "Before your first session" (storage/checklist.ts). */
  checklist: whole(ChecklistSchema, EMPTY_CHECKLIST),
  /** The first screen of the popup's list (storage/list-head.ts); null when there is no usable one. */
  listHead: { read: (stored: unknown): ListHead | null => asListHead(stored) },
  /** The last import's summary (storage/import-store.ts writes it whole after checking every part). */
  lastImport: {
    read: (stored: unknown): ImportSummary | null =>
      typeof stored === 'object' && stored !== null ? (stored as ImportSummary) : null,
  },
  /** What was already reminded (background/reminder.ts). */
  reminder: fieldwise<ReminderState>(
    {
      lastFiredDay: z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
      snoozedUntil: nullableNumber,
    },
    { lastFiredDay: null, snoozedUntil: null },
  ),
  /** The last rehearsal (background/rehearsal-controller.ts). */
  rehearsal: fieldwise<RehearsalState>(
    {
      status: z.enum(['idle', 'running', 'done']),
      rehearsalId: nullableString,
      tabId: nullableInt,
      people: z.array(z.object({ profileKey: z.string(), profileUrl: z.string(), name: z.string() })),
      startedAt: nullableNumber,
      endedAt: nullableNumber,
      run: z.nullable(RehearsalRunSchema),
      shape: z.nullable(PageShapeSchema),
      message: z.string(),
    },
    IDLE_REHEARSAL,
  ),
  /** e2e build only: the tests' clock (background/clock.ts). Kept across "delete all". */
  testClock: fieldwise<TestClock>(
    { offsetMs: z.number(), humanDelayScale: z.number() },
    { offsetMs: 0, humanDelayScale: 1 },
  ),
  /**
   * Connections a sync found gone that QuietPrune did not remove (storage/connections.ts writes
   * them): they count against the daily cap from when they were found (core/daily-cap.ts).
   */
  endedElsewhere: { read: (stored: unknown): EndedElsewhere[] => asEndedElsewhere(stored) },
  /**
   * When the user accepted the statement that LinkedIn forbids automated activity and the risk is
   * theirs (popup/RiskStatement.tsx); null before. No session starts until then
   * (core/session-start.ts). "Delete all" and a restore forget it like everything else, and the
   * statement is shown again before the next session.
   */
  riskAccepted: {
    read: (stored: unknown): number | null =>
      typeof stored === 'number' && Number.isFinite(stored) ? stored : null,
  },
  /** The list's first people at the last sync, newest first (core/quick-sync.ts). */
  syncOrder: {
    read: (stored: unknown): string[] =>
      Array.isArray(stored) ? stored.filter((key): key is string => typeof key === 'string') : [],
  },
  /**
   * Labels learned from the person's own clicks in hands-on mode, by base language code
   * (background/learned-labels.ts writes them; the options page lists and clears them). A damaged
   * record is forgotten whole: hands-on mode simply asks for those clicks again.
   */
  learnedLabels: {
    read: (stored: unknown): LearnedLabelsByLanguage => {
      const parsed = LearnedLabelsSchema.safeParse(stored);
      return parsed.success ? parsed.data : {};
    },
  },
  ...testOnlyMeta(),
} satisfies Record<string, MetaEntry<unknown>>;

export type MetaKey = keyof typeof META;
export type MetaValue<K extends MetaKey> = ReturnType<(typeof META)[K]['read']>;

/** Meta records that are not the user's data, kept when "delete all" or a restore empties the rest. */
export const META_KEPT_ACROSS_RESETS: ReadonlySet<MetaKey> = new Set<MetaKey>(['testClock']);

/** Reads a stored value as the record `key` (for a value already read in a wider transaction). */
export function readMeta<K extends MetaKey>(key: K, stored: unknown): MetaValue<K> {
  return META[key].read(stored) as MetaValue<K>;
}

export async function getMeta<K extends MetaKey>(db: Db, key: K): Promise<MetaValue<K>> {
  return readMeta(key, await db.get('meta', key));
}

export async function putMeta<K extends MetaKey>(db: Db, key: K, value: MetaValue<K>): Promise<void> {
  await db.put('meta', value, key);
}

/** Read-modify-write of one record inside one transaction, so concurrent updates never interleave. */
export async function updateMeta<K extends MetaKey>(
  db: Db,
  key: K,
  change: (value: MetaValue<K>) => MetaValue<K>,
): Promise<MetaValue<K>> {
  const tx = db.transaction('meta', 'readwrite');
  const next = change(readMeta(key, await tx.store.get(key)));
  await tx.store.put(next, key);
  await tx.done;
  return next;
}

/** The meta store of a wider transaction, read and written through the catalog. */
export interface MetaStore {
  get(key: string): Promise<unknown>;
  put(value: unknown, key: string): Promise<unknown>;
}

export function metaIn(store: MetaStore) {
  return {
    get: async <K extends MetaKey>(key: K): Promise<MetaValue<K>> => readMeta(key, await store.get(key)),
    put: async <K extends MetaKey>(key: K, value: MetaValue<K>): Promise<void> => {
      await store.put(value, key);
    },
  };
}
