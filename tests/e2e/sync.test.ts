import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { FakeLinkedIn, type Layout } from '../fake-linkedin';
import { launchWithExtension, type LoadedExtension } from './harness/extension';

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
  const fake = new FakeLinkedIn({ layout, size: 499, seed: 7, latencyMs: 30, pageSize: 40, extraPeople: [XSS_NAME] });
  ext = await launchWithExtension();
  await fake.install(ext.context);
  // Compress human pauses (e2e build only); network waits stay real.
  await ext.worker.evaluate(() => (globalThis as any).quietPruneTest.setClock({ humanDelayScale: 0.02 }));
  const popup = await ext.openPage('src/popup/index.html');
  return { fake, popup };
}

async function syncAndWait(popup: Page, expectedCount: number) {
  await popup.getByRole('button', { name: /^Sync( again)?$/ }).click();
  await expect
    .poll(async () => (await popup.getByTestId('connection-count').textContent()) ?? '', { timeout: 90_000, interval: 500 })
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
      await expect.poll(() => popup.getByRole('listitem').first().textContent()).toContain('<img src=x onerror=alert(1)>');
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
              req.onsuccess = () => resolve(req.result.filter((c: any) => c.goneAt !== undefined).map((c: any) => c.name));
            };
          }),
      );
      expect(gone.sort()).toEqual(leaving.map((p) => p.name).sort());
      expect(fake.profileRequests).toEqual([]);
      expect(fake.removals).toEqual([]);
    });
  });
}
