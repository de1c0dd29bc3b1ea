import { afterEach, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { FakeLinkedIn, type Layout } from '../fake-linkedin';
import { getAll, getMeta } from './harness/extension-db';
import { launchWithExtension, type LoadedExtension } from './harness/extension';

/**
 * Issue 17, quick sync: after a complete sync, Sync reads only from the top until it meets people
 * it had in their order, and believes that only when LinkedIn's total agrees; when the total says
 * someone left, it goes on into a full sync by itself, which marks them gone, and their ending
 * counts against the daily cap. One layout each, 300 people.
 */
let ext: LoadedExtension | null = null;
afterEach(async () => {
  await ext?.close();
  ext = null;
});

interface StoredSync {
  status: string;
  kind: 'quick' | 'full' | null;
  cardsRead: number;
  message: string;
  syncId: string;
}
interface StoredConnection {
  profileKey: string;
  name: string;
  goneAt?: number;
}

async function setUp(layout: Layout) {
  const fake = new FakeLinkedIn({ layout, size: 300, seed: 17, latencyMs: 20, pageSize: 40 });
  ext = await launchWithExtension();
  await fake.install(ext.context);
  await ext.worker.evaluate(() =>
    (
      globalThis as unknown as { quietPruneTest: { setClock(c: object): Promise<void> } }
    ).quietPruneTest.setClock({ humanDelayScale: 0.02 }),
  );
  const popup = await ext.openPage('src/popup/index.html');
  return { fake, popup };
}

/** Presses Sync and waits for the sync to end; returns what the worker stored about it. */
async function sync(popup: Page): Promise<StoredSync> {
  const before = (await getMeta<StoredSync>(popup, 'sync'))?.syncId ?? null;
  await popup.getByRole('button', { name: /^Sync( again)?$/ }).click();
  let state: StoredSync | undefined;
  await expect
    .poll(
      async () => {
        state = await getMeta<StoredSync>(popup, 'sync');
        return state && state.syncId !== before && state.status !== 'running'
          ? `${state.status}: ${state.message}`
          : 'running';
      },
      { timeout: 90_000, interval: 300 },
    )
    .toMatch(/^complete: /);
  return state!;
}

it('current layout: 5 new connections at the top → the quick Sync adds exactly those 5, reading far fewer cards', async () => {
  const { fake, popup } = await setUp('current');
  const first = await sync(popup);
  expect(first.kind).toBe('full'); // nothing to compare with yet
  expect(first.cardsRead).toBe(300);

  const added = fake.connect([
    { firstName: 'Quinn', lastName: 'Newcomer' },
    { firstName: 'Rae', lastName: 'Newcomer' },
    { firstName: 'Sol', lastName: 'Newcomer' },
    { firstName: 'Tove', lastName: 'Newcomer' },
    { firstName: 'Uma', lastName: 'Newcomer' },
  ]);
  const storedBefore = new Set(
    (await getAll<StoredConnection>(popup, 'connections')).map((c) => c.profileKey),
  );
  const quick = await sync(popup);
  expect(quick.kind).toBe('quick');
  expect(quick.message).toBe('Quick sync: 5 new, stopped after 10 known people in a row.');
  await expect.poll(() => popup.getByTestId('sync-result').textContent()).toBe(quick.message);
  await expect.poll(() => popup.getByTestId('connection-count').textContent()).toContain('305 connections');
  // Far fewer cards than the full sync's 300: the new five, the run of ten, and what else was on screen.
  expect(quick.cardsRead).toBeGreaterThanOrEqual(15);
  expect(quick.cardsRead).toBeLessThanOrEqual(60);

  const after = await getAll<StoredConnection>(popup, 'connections');
  const newcomers = after.filter((c) => !storedBefore.has(c.profileKey)).map((c) => c.name);
  expect(newcomers.sort()).toEqual(added.map((p) => p.name).sort());
  expect(after.filter((c) => c.goneAt !== undefined)).toEqual([]);
  expect(fake.profileRequests).toEqual([]);
}, 180_000);

it('classic layout: a connection who left → the quick Sync sees the total disagree, runs a full one, marks them gone and counts them against the cap', async () => {
  const { fake, popup } = await setUp('classic');
  await sync(popup);
  const leaving = fake.people()[150]!;
  fake.disconnect(leaving.profileUrl);

  const second = await sync(popup);
  expect(second.kind).toBe('full');
  expect(second.cardsRead).toBe(299);
  expect(second.message).toContain('Full sync (LinkedIn shows 299, QuietPrune had 300)');
  expect(second.message).toContain('1 of them ended outside QuietPrune');
  await expect.poll(() => popup.getByTestId('sync-result').textContent()).toContain('LinkedIn shows 299');

  const gone = (await getAll<StoredConnection>(popup, 'connections')).filter((c) => c.goneAt !== undefined);
  expect(gone.map((c) => c.name)).toEqual([leaving.name]);

  // Nobody was removed through QuietPrune, yet one removal of today's 15 is used: the ending.
  await popup.getByRole('tab', { name: /^Queue/ }).click();
  await expect.poll(() => popup.getByTestId('daily-cap').textContent()).toMatch(/^14 removals left today/);
  expect(await popup.getByTestId('daily-cap-elsewhere').textContent()).toContain(
    '1 is a connection that ended outside QuietPrune',
  );
  expect(fake.removals).toEqual([]);
  expect(fake.profileRequests).toEqual([]);
}, 180_000);
