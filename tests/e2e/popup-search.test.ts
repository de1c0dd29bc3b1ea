import { afterEach, expect, it } from 'vitest';
import { FakeLinkedIn } from '../fake-linkedin';
import { launchWithExtension, type LoadedExtension } from './harness/extension';
import type { TestHooksGlobal } from '../../src/background/test-hooks';

/** Sync a small list through the popup, then search it as a user types (without diacritics). */
let ext: LoadedExtension | null = null;
afterEach(async () => {
  await ext?.close();
  ext = null;
});

const EVIL_NAME = '<img src=x onerror="window.__pwned=1">';
const EVIL_HEADLINE = '<b onmouseover="window.__pwned=2">Growth</b> hacker';

it('syncs the list and finds a name with diacritics typed without them, shows scraped markup as text, requesting no profile', async () => {
  const fake = new FakeLinkedIn({
    layout: 'current',
    size: 40,
    seed: 3,
    latencyMs: 10,
    extraPeople: [
      { firstName: 'Zoë', lastName: 'Müller' },
      { firstName: EVIL_NAME, lastName: 'Evil', slug: 'evil-markup', headline: EVIL_HEADLINE },
    ],
  });
  ext = await launchWithExtension();
  await fake.install(ext.context);
  // Compress human pauses (e2e build only); network waits stay real.
  await ext.worker.evaluate(() =>
    (globalThis as unknown as TestHooksGlobal).quietPruneTest.setClock({ humanDelayScale: 0.02 }),
  );
  const popup = await ext.openPage('src/popup/index.html');
  await popup.getByRole('button', { name: /^Sync$/ }).click();
  try {
    await expect
      .poll(async () => (await popup.getByTestId('connection-count').textContent()) ?? '', {
        timeout: 60_000,
        interval: 500,
      })
      .toContain(`${fake.people().length} connections`);
  } catch (error) {
    // Say whether the sync or the popup fell behind: what the sync reported, and what the popup now reads.
    const panel = await popup.locator('.sync-panel, [data-testid="connection-count"]').first().textContent();
    await popup.reload();
    const fresh = await popup.getByTestId('connection-count').textContent();
    throw new Error(
      `${(error as Error).message}\nsync panel: ${panel}\nafter a reload the popup says: ${fresh}`,
    );
  }

  await popup.getByRole('searchbox', { name: 'Search connections' }).fill('zoe muller');
  // The generated data holds several people named Zoë Müller (same name, different URLs) on purpose.
  const expected = fake.people().filter((p) => p.name.includes('Zoë Müller')).length;
  expect(expected).toBeGreaterThan(0);
  await expect.poll(() => popup.getByRole('listitem').count()).toBe(expected);
  for (const text of await popup.getByRole('listitem').allTextContents())
    expect(text).toContain('Zoë Müller');

  // Scraped text is data: the name and headline show as typed characters, never as markup.
  await popup.getByRole('searchbox', { name: 'Search connections' }).fill('evil');
  const evil = popup.locator('[role="listitem"]', { hasText: 'Evil' });
  await expect.poll(() => evil.count()).toBe(1);
  expect(await evil.textContent()).toContain(`${EVIL_NAME} Evil`);
  expect(await evil.textContent()).toContain(EVIL_HEADLINE);
  expect(await evil.locator('img[src="x"], b').count()).toBe(0);
  expect(await popup.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();

  expect(fake.profileRequests).toEqual([]);
  expect(fake.removals).toEqual([]);
});
