import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { FakeLinkedIn, type Layout } from '../fake-linkedin';
import { launchWithExtension, type LoadedExtension } from './harness/extension';
import type { TestHooksGlobal } from '../../src/background/test-hooks';

/**
 * Issue "start here": sync the whole list through each layout into the popup, as a user does,
 * against the fake LinkedIn at the real URLs. The fake records what a server would see.
 */
const XSS_NAME = { firstName: '<img src=x onerror=alert(1)>', lastName: 'Tester' };

let ext: LoadedExtension | null = null;
afterEach(async () => {
  await ext?.close();
  ext = null;
});

async function setUp(layout: Layout) {
  const fake = new FakeLinkedIn({
    layout,
    size: 499,
    seed: 7,
    latencyMs: 30,
    pageSize: 40,
    extraPeople: [XSS_NAME],
  });
  ext = await launchWithExtension();
  await fake.install(ext.context);
  // Compress human pauses (e2e build only); network waits stay real.
  await ext.worker.evaluate(() =>
    (globalThis as unknown as TestHooksGlobal).quietPruneTest.setClock({ humanDelayScale: 0.02 }),
  );
  const popup = await ext.openPage('src/popup/index.html');
  return { fake, popup };
}

async function syncAndWait(popup: Page, expectedCount: number) {
  await popup.getByRole('button', { name: /^Sync( again)?$/ }).click();
  await expect
    .poll(async () => (await popup.getByTestId('connection-count').textContent()) ?? '', {
      timeout: 90_000,
      interval: 500,
    })
    .toContain(`${expectedCount} connections`);
}

for (const layout of ['current', 'classic'] as const) {
  describe(`sync in the ${layout} layout`, () => {
    it('collects all 500, shows them, marks exactly 3 gone on the next sync, and never requests a profile', async () => {
      const { fake, popup } = await setUp(layout);
      await syncAndWait(popup, 500);

      const stored = await popup.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const open = indexedDB.open('quietprune');
            open.onsuccess = () => {
              const req = open.result.transaction('connections').objectStore('connections').count();
              req.onsuccess = () => resolve(req.result);
            };
          }),
      );
      expect(stored).toBe(500);

      // Scraped text is data: the hostile name is shown as text, and no <img> came from it.
      await popup.getByRole('searchbox', { name: 'Search connections' }).fill('onerror');
      await expect.poll(() => popup.getByRole('listitem').count()).toBe(1);
      await expect
        .poll(() => popup.getByRole('listitem').first().textContent())
        .toContain('<img src=x onerror=alert(1)>');
      expect(await popup.locator('[role=list] img[src="x"]').count()).toBe(0);

      // Three people disappear on LinkedIn's side; a second complete sync marks exactly them gone.
      const leaving = fake.people().slice(100, 103);
      for (const person of leaving) fake.disconnect(person.profileUrl);
      await popup.getByRole('searchbox', { name: 'Search connections' }).fill('');
      await syncAndWait(popup, 497);
      const gone = await popup.evaluate(
        () =>
          new Promise<string[]>((resolve) => {
            const open = indexedDB.open('quietprune');
            open.onsuccess = () => {
              const req = open.result.transaction('connections').objectStore('connections').getAll();
              req.onsuccess = () =>
                resolve(
                  (req.result as Array<{ goneAt?: number; name: string }>)
                    .filter((c) => c.goneAt !== undefined)
                    .map((c) => c.name),
                );
            };
          }),
      );
      expect(gone.sort()).toEqual(leaving.map((p) => p.name).sort());
      expect(fake.profileRequests).toEqual([]);
      expect(fake.removals).toEqual([]);
    });
  });
}

describe('a long sync', () => {
  it('waits through LinkedIn’s loading stalls, can be stopped, and continues where it left off', async () => {
    // "Load more" button instead of scroll paging, and every second batch hangs for 2.5 s.
    const fake = new FakeLinkedIn({
      layout: 'current',
      size: 150,
      seed: 11,
      latencyMs: 20,
      pageSize: 25,
      loadMore: 'button',
      stall: { every: 2, ms: 2_500 },
    });
    ext = await launchWithExtension();
    await fake.install(ext.context);
    await ext.worker.evaluate(() =>
      (globalThis as unknown as TestHooksGlobal).quietPruneTest.setClock({ humanDelayScale: 0.02 }),
    );
    const popup = await ext.openPage('src/popup/index.html');

    await popup.getByRole('button', { name: /^Sync$/ }).click();
    const progress = popup.getByRole('progressbar', { name: 'Sync progress' });
    await expect
      .poll(async () => Number((await progress.getAttribute('aria-valuenow').catch(() => null)) ?? 0), {
        timeout: 30_000,
      })
      .toBeGreaterThanOrEqual(50);
    await popup.getByRole('button', { name: 'Stop sync' }).click();
    await expect
      .poll(() => popup.getByRole('status').filter({ hasText: 'Sync stopped after' }).count(), {
        timeout: 15_000,
      })
      .toBe(1);
    const shownCount = async () =>
      Number(
        ((await popup.getByTestId('connection-count').textContent()) ?? '').match(
          /(\d+) connections?/,
        )?.[1] ?? 0,
      );
    await expect.poll(shownCount).toBeGreaterThanOrEqual(50);
    expect(await shownCount()).toBeLessThan(150);
    await expect.poll(() => popup.getByTestId('last-synced').textContent()).toContain('(partial)');

    await popup.getByRole('button', { name: 'Sync again' }).click();
    await expect
      .poll(async () => (await popup.getByTestId('connection-count').textContent()) ?? '', {
        timeout: 60_000,
        interval: 500,
      })
      .toContain('150 connections');
    await expect.poll(() => popup.getByTestId('last-synced').textContent()).not.toContain('(partial)');
    // Nobody was marked gone by the interrupted sync.
    const gone = await popup.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const open = indexedDB.open('quietprune');
          open.onsuccess = () => {
            const req = open.result.transaction('connections').objectStore('connections').getAll();
            req.onsuccess = () =>
              resolve(
                (req.result as Array<{ goneAt?: number }>).filter((c) => c.goneAt !== undefined).length,
              );
          };
        }),
    );
    expect(gone).toBe(0);
    expect(fake.profileRequests).toEqual([]);
  });
});
