import { chromium, type BrowserContext, type Page, type Worker } from 'playwright';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { findChromium } from './chromium-path';

/**
 * The e2e build (`npm run build:test`): the store build plus the test clock.
 * QUIETPRUNE_E2E_DIST points elsewhere, so that two builds can be tested side by side.
 */
export const E2E_DIST = process.env.QUIETPRUNE_E2E_DIST
  ? resolve(process.env.QUIETPRUNE_E2E_DIST)
  : resolve(import.meta.dirname, '../../../dist-e2e');

export interface LoadedExtension {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Opens an extension page (e.g. 'src/popup/index.html') in a new tab. */
  openPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** Launches Chromium with the built extension loaded unpacked, as a user would install it. */
export async function launchWithExtension(options: { dist?: string; headless?: boolean } = {}): Promise<LoadedExtension> {
  const dist = options.dist ?? E2E_DIST;
  if (!existsSync(resolve(dist, 'manifest.json'))) {
    throw new Error(`No built extension at ${dist}. Run \`npm run build:test\` first.`);
  }
  const context = await chromium.launchPersistentContext('', {
    executablePath: findChromium(),
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    async openPage(path: string) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    close: () => context.close(),
  };
}
