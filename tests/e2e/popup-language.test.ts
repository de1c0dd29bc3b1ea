import { afterAll, expect, it } from 'vitest';
import { FakeLinkedIn } from '../fake-linkedin';
import { launchWithExtension, type LoadedExtension } from './harness/extension';
import type { TestHooksGlobal } from '../../src/background/test-hooks';

/**
 * The extension's own words in another language (docs/i18n.md): chosen on the options page, the
 * popup opens in it (German here), numbers and dates in German too, while LinkedIn's page is left
 * as it is. The other tests run in English, the default for a browser in English.
 */
let ext: LoadedExtension | null = null;
afterAll(async () => {
  await ext?.close();
});

it('shows the popup in the language chosen in Options, synced list included', async () => {
  const fake = new FakeLinkedIn({ layout: 'current', size: 40, seed: 7, latencyMs: 10 });
  ext = await launchWithExtension();
  await fake.install(ext.context);
  await ext.worker.evaluate(() =>
    (globalThis as unknown as TestHooksGlobal).quietPruneTest.setClock({ humanDelayScale: 0.02 }),
  );

  const options = await ext.openPage('src/options/index.html');
  await expect.poll(() => options.title()).toBe('QuietPrune options');
  // The page reloads in the chosen language once the worker has stored the setting.
  await options.locator('#language-choice').selectOption('de');
  await expect.poll(() => options.title(), { timeout: 15_000 }).toBe('QuietPrune-Optionen');
  expect(await options.locator('html').getAttribute('lang')).toBe('de');
  expect(await options.locator('#language-choice').inputValue()).toBe('de');

  const popup = await ext.openPage('src/popup/index.html');
  expect(await popup.locator('html').getAttribute('lang')).toBe('de');
  await expect.poll(() => popup.getByRole('tab', { name: 'Kontakte' }).count()).toBe(1);
  await popup.getByRole('button', { name: 'Synchronisieren', exact: true }).click();
  await expect
    .poll(async () => (await popup.getByTestId('connection-count').textContent()) ?? '', {
      timeout: 60_000,
      interval: 500,
    })
    .toContain(`${fake.people().length} Kontakte, noch 29.960 bis zu LinkedIns Grenze von 30.000`);
  await expect.poll(() => popup.getByTestId('last-synced').textContent()).toMatch(/^Zuletzt synchronisiert/);
  expect(await popup.getByRole('searchbox', { name: 'Kontakte durchsuchen' }).count()).toBe(1);
  expect(await popup.getByRole('listitem').first().textContent()).toMatch(/Verbunden|Verbindungsdatum/);

  await popup.getByRole('tab', { name: /^Warteschlange/ }).click();
  await expect
    .poll(() => popup.getByTestId('queue-empty').textContent())
    .toMatch(/^Die Warteschlange ist leer/);
  const body = (await popup.locator('body').innerText()).replace(/\s+/g, ' ');
  for (const english of ['Start session', 'removals left today', 'Who clicks', 'Show session panel'])
    expect(body).not.toContain(english);
});
