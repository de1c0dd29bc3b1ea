import { database } from '../storage/db';
import { getMeta, putMeta, type TestClock } from '../storage/meta';

/**
 * The worker's clock. In the store build it is the real clock and human pauses run at full length.
 * The e2e build (`vite build --mode e2e`) lets the end-to-end tests shift the clock forward (to
 * live through "the next 24 hours") and compress human pauses; Vite drops this code from the store
 * build, so no page or message can change the pace there.
 */
async function testClock(): Promise<TestClock | null> {
  if (import.meta.env.MODE !== 'e2e') return null;
  return getMeta(await database(), 'testClock');
}

export async function now(): Promise<number> {
  return Date.now() + ((await testClock())?.offsetMs ?? 0);
}

/** Turns a time on our clock into real epoch ms, for chrome.alarms. */
export async function toRealTime(at: number): Promise<number> {
  return at - ((await testClock())?.offsetMs ?? 0);
}

export async function humanDelayScale(): Promise<number> {
  return (await testClock())?.humanDelayScale ?? 1;
}

/** e2e build only: the tests set the clock from the worker (never reachable by a page). */
export async function setTestClock(change: Partial<TestClock>): Promise<void> {
  if (import.meta.env.MODE !== 'e2e') return;
  const current = (await testClock()) ?? { offsetMs: 0, humanDelayScale: 1 };
  await putMeta(await database(), 'testClock', { ...current, ...change });
}
