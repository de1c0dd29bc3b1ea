import { afterEach, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { FakeLinkedIn } from '../fake-linkedin';
import { launchWithExtension, type LoadedExtension } from './harness/extension';
import type { TestHooksGlobal } from '../../src/background/test-hooks';

/** The popup is usable by keyboard alone, names every control, and follows the system theme. */
let ext: LoadedExtension | null = null;
afterEach(async () => {
  await ext?.close();
  ext = null;
});

async function syncedPopup(): Promise<{ popup: Page; fake: FakeLinkedIn }> {
  const fake = new FakeLinkedIn({ layout: 'current', size: 40, seed: 5, latencyMs: 10 });
  ext = await launchWithExtension();
  await fake.install(ext.context);
  await ext.worker.evaluate(() =>
    (globalThis as unknown as TestHooksGlobal).quietPruneTest.setClock({ humanDelayScale: 0.02 }),
  );
  const popup = await ext.openPage('src/popup/index.html');
  await popup.getByRole('button', { name: /^Sync$/ }).click();
  await expect
    .poll(async () => (await popup.getByTestId('connection-count').textContent()) ?? '', {
      timeout: 60_000,
      interval: 500,
    })
    .toContain(`${fake.people().length} connections`);
  return { popup, fake };
}

/** Interactive roles in the accessibility tree that have no name, as Playwright's aria snapshot shows them. */
async function unnamedControls(page: Page): Promise<string[]> {
  const snapshot = await page.locator('body').ariaSnapshot();
  // The snapshot must hold the controls at all, or "none unnamed" would prove nothing.
  expect(snapshot).toMatch(/- (button|tab) "/);
  return snapshot
    .split('\n')
    .map((line) => line.trim())
    .filter((line) =>
      /^- (button|checkbox|textbox|searchbox|combobox|tab|switch|link|slider|spinbutton|radio|menuitem)(\s*\[[^\]]*\])*\s*(:.*)?$/.test(
        line,
      ),
    );
}

function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? ['0', '0', '0']).slice(0, 3).map((v) => Number(v) / 255);
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

it('names every control, on both tabs', async () => {
  const { popup } = await syncedPopup();
  expect(await popup.getByRole('listitem').count()).toBeGreaterThan(0);
  expect(await unnamedControls(popup)).toEqual([]);
  await popup.getByRole('tab', { name: /^Queue/ }).click();
  expect(await unnamedControls(popup)).toEqual([]);
});

it('can be used by keyboard alone: search, move through the list, tick a person', async () => {
  const { popup, fake } = await syncedPopup();
  const searchbox = popup.getByRole('searchbox', { name: 'Search connections' });
  for (let i = 0; i < 25 && !(await searchbox.evaluate((el) => el === document.activeElement)); i++)
    await popup.keyboard.press('Tab');
  expect(await searchbox.evaluate((el) => el === document.activeElement)).toBe(true);

  const someone = fake.people().find((p) => !p.name.includes(','))!;
  await popup.keyboard.type(someone.name.split(' ')[0]!);
  await expect.poll(() => popup.getByRole('listitem').count()).toBeLessThan(fake.people().length);

  // Tab onwards until focus enters the list, then move down a row and tick it with Space.
  const focusedRowKey = () =>
    popup.evaluate(
      () => document.activeElement?.closest('[data-profile-key]')?.getAttribute('data-profile-key') ?? null,
    );
  for (let i = 0; i < 25 && (await focusedRowKey()) === null; i++) await popup.keyboard.press('Tab');
  const firstKey = await focusedRowKey();
  expect(firstKey).not.toBeNull();
  const rows = await popup.getByRole('listitem').count();
  if (rows > 1) {
    await popup.keyboard.press('ArrowDown');
    await expect.poll(focusedRowKey).not.toBe(firstKey);
  }
  const tickedKey = (await focusedRowKey())!;
  const checkbox = popup
    .locator(`[data-profile-key="${tickedKey}"]`)
    .getByRole('checkbox', { name: /^Select .* for removal$/ });
  await expect.poll(() => checkbox.evaluate((el) => el === document.activeElement)).toBe(true);
  await popup.keyboard.press('Space');
  await expect.poll(() => checkbox.isChecked()).toBe(true);
});

it('follows the system’s light and dark theme', async () => {
  const { popup } = await syncedPopup();
  const background = () => popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await popup.emulateMedia({ colorScheme: 'light' });
  expect(luminance(await background())).toBeGreaterThan(0.7);
  await popup.emulateMedia({ colorScheme: 'dark' });
  expect(luminance(await background())).toBeLessThan(0.3);
  const text = await popup.evaluate(() => getComputedStyle(document.body).color);
  expect(luminance(text)).toBeGreaterThan(0.6);
});
