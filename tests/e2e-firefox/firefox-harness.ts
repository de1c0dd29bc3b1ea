import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type HTTPRequest, type Page } from 'puppeteer-core';
import type { BrowserContext, Route } from 'playwright';
import type { FakeLinkedIn } from '../fake-linkedin';
import { GECKO_ID } from '../../scripts/firefox-manifest';
import type { TestHooksGlobal } from '../../src/background/test-hooks';

/** Firefox's own extension namespace, as code run inside an extension page sees it. */
declare const browser: import('webextension-polyfill').Browser;

/**
 * QuietPrune's Firefox build (`npm run build:test:firefox` -> dist-firefox-e2e/) in a real
 * Firefox (Debian's firefox-esr; FIREFOX_PATH overrides), driven by puppeteer-core over WebDriver
 * BiDi, with the fake LinkedIn (tests/fake-linkedin) served at the real https://www.linkedin.com
 * URLs by BiDi request interception. README, "Firefox", says why puppeteer and what cannot be
 * driven here.
 */
export const FIREFOX_E2E_DIST = resolve(import.meta.dirname, '../../dist-firefox-e2e');

/**
 * The extension's moz-extension:// host. Firefox picks a random one per profile at install; this
 * pref fixes it in advance for the add-on id, so the tests know the pages' addresses.
 */
export const EXTENSION_UUID = '4b3c9a52-6a1f-4f0e-9d7a-0c1e5f2b7a11';

export function findFirefox(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  const found = candidates.find((path): path is string => !!path && existsSync(path));
  if (!found) throw new Error('No Firefox found: install firefox-esr (apt) or set FIREFOX_PATH.');
  return found;
}

export interface FirefoxExtension {
  browser: Browser;
  /** Opens an extension page (e.g. 'src/popup/index.html') in a new tab. */
  openPage(path: string): Promise<Page>;
  /** Opens a LinkedIn address in a new tab served by the fake. */
  openLinkedIn(url: string): Promise<Page>;
  /** Every LinkedIn address a tab QuietPrune opened itself started at. */
  tabsOpenedByExtension: string[];
  close(): Promise<void>;
}

/** Launches Firefox and installs the built extension as a temporary add-on (what about:debugging does). */
export async function launchFirefoxWithExtension(fake: FakeLinkedIn): Promise<FirefoxExtension> {
  if (!existsSync(resolve(FIREFOX_E2E_DIST, 'manifest.json')))
    throw new Error(`No Firefox build at ${FIREFOX_E2E_DIST}. Run \`npm run build:test:firefox\` first.`);
  const firefox = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    // WebDriver BiDi refuses to navigate a tab to a moz-extension:// page unless the session may
    // reach privileged pages; this flag (Firefox's own, for test tools) allows it.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
    },
  });
  try {
    await firefox.installExtension(FIREFOX_E2E_DIST);
    const ours = new WeakSet<Page>();
    const tabsOpenedByExtension: string[] = [];
    // A tab the extension opens (tabs.create) is served by the fake too, and its address kept.
    firefox.on('targetcreated', (target) => {
      void target.page().then(async (page) => {
        if (!page || ours.has(page)) return;
        if (/linkedin\.com/.test(target.url())) tabsOpenedByExtension.push(target.url());
        await serveFake(page, fake);
      });
    });
    return {
      browser: firefox,
      tabsOpenedByExtension,
      async openPage(path) {
        const page = await firefox.newPage();
        ours.add(page);
        const url = `moz-extension://${EXTENSION_UUID}/${path}`;
        // Firefox loads the page in the extension's process, and the BiDi navigation that asked
        // for it never reports its end; the page itself says when it is there.
        void page.goto(url, { timeout: 5_000 }).catch(() => undefined);
        await waitFor(
          async () =>
            (await page.evaluate(() => `${location.href} ${document.readyState}`).catch(() => '')) ===
            `${url} complete`,
          20_000,
          `${path} did not load`,
        );
        return page;
      },
      async openLinkedIn(url) {
        const page = await firefox.newPage();
        ours.add(page);
        await serveFake(page, fake);
        await page.goto(url);
        return page;
      },
      close: () => firefox.close(),
    };
  } catch (error) {
    await firefox.close();
    throw error;
  }
}

/**
 * Serves the fake LinkedIn in one tab. The fake answers Playwright routes
 * (`fake.install(context)`); this hands it the same two routes through a stand-in context and
 * answers each intercepted request with a stand-in route (url, method, body; fulfil).
 */
async function serveFake(page: Page, fake: FakeLinkedIn): Promise<void> {
  const routes: Array<{ matches: (url: string) => boolean; handle: (route: Route) => unknown }> = [];
  const context = {
    route: (pattern: RegExp | string, handle: (route: Route) => unknown) => {
      const matches =
        typeof pattern === 'string'
          ? (url: string) => url.startsWith(pattern.replace(/\*+$/, ''))
          : (url: string) => pattern.test(url);
      routes.push({ matches, handle });
      return Promise.resolve();
    },
  };
  await fake.install(context as unknown as BrowserContext);
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    const route = routes.find((r) => r.matches(request.url()));
    if (!route) return void request.continue().catch(() => undefined);
    void routeFor(request).then((stand) => route.handle(stand));
  });
}

async function routeFor(request: HTTPRequest): Promise<Route> {
  // Firefox's BiDi hands a request's body over only on asking (puppeteer's postData() is Chrome's).
  const body = request.hasPostData() ? ((await request.fetchPostData()) ?? null) : null;
  const stand = {
    request: () => ({ url: () => request.url(), method: () => request.method(), postData: () => body }),
    fulfill: ({
      status,
      contentType,
      body,
    }: {
      status?: number;
      contentType?: string;
      body?: string | Buffer;
    }) => request.respond({ status: status ?? 200, contentType, body: body ?? '' }),
  };
  return stand as unknown as Route;
}

/** The e2e build's test hooks, reached from an extension page through Firefox's background page. */
export async function setClock(
  page: Page,
  change: { offsetMs?: number; humanDelayScale?: number },
): Promise<void> {
  await page.evaluate(async (c) => {
    const background = (await browser.runtime.getBackgroundPage()) as unknown as TestHooksGlobal;
    await background.quietPruneTest.setClock(c);
  }, change);
}

/** Sends a message to the worker from an extension page, as the popup does. */
export function send(page: Page, message: object): Promise<{ ok: boolean; error?: string; data?: unknown }> {
  return page.evaluate((m) => browser.runtime.sendMessage(m), message) as Promise<{
    ok: boolean;
    error?: string;
    data?: unknown;
  }>;
}

/** Every record of a store, read from IndexedDB in an extension page (as the popup reads). */
export function getAll<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('quietprune');
        open.onerror = () => reject(open.error ?? new Error('IndexedDB request failed'));
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction(name, 'readonly').objectStore(name).getAll();
          request.onsuccess = () => {
            db.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
        };
      }),
    store,
  ) as Promise<T[]>;
}

export function getMeta<T>(page: Page, key: string): Promise<T | undefined> {
  return page.evaluate(
    (k) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('quietprune');
        open.onerror = () => reject(open.error ?? new Error('IndexedDB request failed'));
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('meta', 'readonly').objectStore('meta').get(k);
          request.onsuccess = () => {
            db.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
        };
      }),
    key,
  ) as Promise<T | undefined>;
}

/** The first element matching `selector` whose text (trimmed) matches `text`; waits for it. */
export async function byText(
  page: Page,
  selector: string,
  text: string | RegExp,
  timeoutMs = 10_000,
): Promise<ElementHandle<Element>> {
  let found: ElementHandle<Element> | null = null;
  await waitFor(
    async () => {
      for (const element of await page.$$(selector)) {
        const own = (await element.evaluate((e) => e.textContent ?? '')).trim();
        if (typeof text === 'string' ? own === text : text.test(own)) {
          found = element;
          return true;
        }
        await element.dispose();
      }
      return false;
    },
    timeoutMs,
    `no ${selector} reading ${String(text)}`,
  );
  return found!;
}

/** Polls until `check` holds; throws `what` when the time is up. */
export async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() >= end) throw new Error(`Timed out after ${timeoutMs} ms: ${what}`);
    await new Promise((done) => setTimeout(done, 150));
  }
}

/** Adds records to a store (keys generated by the store) in one transaction, from an extension page. */
export async function putAll(page: Page, store: string, records: readonly object[]): Promise<void> {
  await page.evaluate(
    ({ store, records }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('quietprune');
        open.onerror = () => reject(open.error ?? new Error('IndexedDB request failed'));
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(store, 'readwrite');
          for (const record of records) tx.objectStore(store).put(record);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error ?? new Error('IndexedDB request failed'));
        };
      }),
    { store, records: [...records] },
  );
}
