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

/**
 * Playwright attaches to a tab the extension opens (chrome.tabs.create) a moment after its first
 * request has left, so that request can miss the routes that serve the fake LinkedIn and end on
 * Chrome's error page (microsoft/playwright#21061). The machine has no internet, so nothing
 * reaches the real site; this loads such a page again once Playwright is attached, and the fake
 * then serves (and records) it. A profile page an extension opened would be recorded too.
 */
function reloadUnroutedLinkedInPages(context: BrowserContext): void {
  const recover = async (page: Page) => {
    if (page.isClosed() || !page.url().startsWith('chrome-error://')) return;
    const cdp = await context.newCDPSession(page).catch(() => null);
    if (!cdp) return;
    try {
      const { frameTree } = (await cdp.send('Page.getFrameTree')) as {
        frameTree: { frame: { unreachableUrl?: string } };
      };
      const failed = frameTree.frame.unreachableUrl;
      if (failed?.startsWith('https://www.linkedin.com/')) await page.goto(failed).catch(() => undefined);
    } catch {
      // The page, or the whole browser at the end of a test, closed while we looked: nothing to load.
    } finally {
      await cdp.detach().catch(() => undefined);
    }
  };
  const watch = (page: Page) => {
    void recover(page);
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) void recover(page);
    });
  };
  context.pages().forEach(watch);
  context.on('page', watch);
}

/**
 * Accepts, as the user does once in the popup, the statement that LinkedIn forbids automated
 * activity (popup/RiskStatement.tsx): until then the worker starts no session. Written straight
 * into meta 'riskAccepted' once the worker has created its database (opening it earlier would
 * create it without its stores). No vitest here: the soak launches through this file too.
 */
async function acceptRiskStatement(worker: Worker): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (
    !(await worker.evaluate(async () => (await indexedDB.databases()).some((d) => d.name === 'quietprune')))
  ) {
    if (Date.now() > deadline) throw new Error('The extension never created its database.');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await worker.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('quietprune');
        open.onerror = () => reject(open.error ?? new Error('IndexedDB request failed'));
        open.onsuccess = () => {
          const tx = open.result.transaction('meta', 'readwrite');
          tx.objectStore('meta').put(Date.now(), 'riskAccepted');
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error ?? new Error('IndexedDB request failed'));
        };
      }),
  );
}

/**
 * Launches Chromium with the built extension loaded unpacked, as a user would install it. The
 * statement before the first session is accepted unless `acceptRisk` is false (tests of it).
 */
export async function launchWithExtension(
  options: { dist?: string; headless?: boolean; acceptRisk?: boolean } = {},
): Promise<LoadedExtension> {
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
  reloadUnroutedLinkedInPages(context);
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  if (options.acceptRisk ?? true) await acceptRiskStatement(worker);
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
