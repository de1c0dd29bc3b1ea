import type { IDBPDatabase } from 'idb';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from '../core/settings';
import type { EndReason } from '../core/session-end';
import type { FullSyncReason, QuickSyncPlan } from '../core/quick-sync';
import type { QuietPruneDB } from './db';

/**
 * Small named records kept in the `meta` store. Each has one reader function that validates
 * or defaults what it finds, so a stale or damaged record never reaches the logic.
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

export type SessionStatus = 'idle' | 'running' | 'paused' | 'ended';

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

type Db = IDBPDatabase<QuietPruneDB>;

export async function readSettings(db: Db): Promise<Settings> {
  const parsed = SettingsSchema.safeParse(await db.get('meta', 'settings'));
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function readSyncState(db: Db): Promise<SyncState> {
  const value = (await db.get('meta', 'sync')) as Partial<SyncState> | undefined;
  return { ...IDLE_SYNC, ...(value ?? {}) };
}

export async function readSessionState(db: Db): Promise<SessionState> {
  const value = (await db.get('meta', 'session')) as Partial<SessionState> | undefined;
  return { ...IDLE_SESSION, ...(value ?? {}) };
}
