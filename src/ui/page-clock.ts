import type { IDBPDatabase } from 'idb';
import type { QuietPruneDB } from '../storage/db';

/**
 * "Now" as the service worker sees it, for the pages' own wording ("3 hours ago", removals left
 * today). In the store build that is the real clock. The e2e build lets tests move the worker's
 * clock forward (background/clock.ts keeps the offset in meta 'testClock'); the pages read the same
 * offset so they count the same 24 hours as the worker. Vite drops the branch from the store build.
 */
export async function readClockOffset(db: IDBPDatabase<QuietPruneDB>): Promise<number> {
  if (import.meta.env.MODE !== 'e2e') return 0;
  const stored = (await db.get('meta', 'testClock')) as { offsetMs?: unknown } | undefined;
  return typeof stored?.offsetMs === 'number' && Number.isFinite(stored.offsetMs) ? stored.offsetMs : 0;
}
