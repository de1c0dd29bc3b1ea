/**
 * The demo behind `npm start`: the store build in dist/ (exactly what `npm run build` ships),
 * loaded into Chromium against the bundled fake LinkedIn (tests/fake-linkedin). Nothing is
 * pre-seeded behind the extension's back; the tour does what a newcomer would:
 *
 *   1. Options: imports the demo account's LinkedIn data export (a zip the fake generates for its
 *      people) through the product's own Import section.
 *   2. Popup: presses Sync. The store build reads the fake's Connections page at its real human
 *      pace, so this takes 40-50 s for the 300 demo people.
 *   3. Ticks three people and presses "Add to removal queue": the removal warning names what goes
 *      with each; the tour confirms, so the Queue tab holds them. No removal is started.
 *   4. Screenshots of each step, light and dark, in demo-output/.
 *   5. The options page, the popup, the side panel's page and the log in each of the six languages
 *      (demo-output/9-<language>-<page>.png), chosen on the options page, then back to the browser's.
 *
 * With a display, Chromium then stays open for clicking through (the popup is under the puzzle
 * piece in the toolbar; Start in the Queue tab removes people from the fake at human pace).
 * Without one (no DISPLAY on Linux) or with --headless, the same tour runs headless and ends.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Locator, Page } from 'playwright';
import { launchWithExtension, type LoadedExtension } from '../tests/e2e/harness/extension';
import { LANGUAGES, type Language } from '../src/ui/i18n';
import {
  dataExportFileName,
  dataExportZip,
  exportFactsOf,
  FakeLinkedIn,
  type FakePerson,
} from '../tests/fake-linkedin';

const startedAt = Date.now();
const headless =
  process.argv.includes('--headless') || (process.platform === 'linux' && !process.env.DISPLAY);
const dist = resolve('dist');
const out = resolve('demo-output');
mkdirSync(out, { recursive: true });
for (const old of readdirSync(out)) if (old.endsWith('.png')) rmSync(resolve(out, old));

const POPUP_SIZE = { width: 420, height: 580 }; // the toolbar popup's own size (src/popup/popup.css)
const PAGE_SIZE = { width: 1280, height: 900 };
const SYNC_TIMEOUT_MS = 150_000;
const shots: string[] = [];
const step = (text: string) =>
  console.log(`[demo ${((Date.now() - startedAt) / 1000).toFixed(0).padStart(3)} s] ${text}`);

async function shot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  const path = resolve(out, `${name}.png`);
  await page.screenshot({ path, fullPage: options.fullPage ?? false });
  shots.push(path);
}

/** Light, then dark (the extension follows the system's colour scheme). */
async function shotBothThemes(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light' });
  await shot(page, `${name}-light`, options);
  await page.emulateMedia({ colorScheme: 'dark' });
  await shot(page, `${name}-dark`, options);
  await page.emulateMedia({ colorScheme: 'light' });
}

/** The options page's language choice; the page reloads in it, titled `titleKey` in that language. */
async function chooseLanguage(options: Page, language: Language | 'auto', titleKey: string): Promise<void> {
  const messages = JSON.parse(
    readFileSync(resolve(dist, '_locales', language === 'auto' ? 'en' : language, 'messages.json'), 'utf8'),
  ) as Record<string, { message: string }>;
  await options.locator('#language-choice').selectOption(language);
  await options.waitForFunction((title) => document.title === title, messages[titleKey]!.message, {
    timeout: 15_000,
  });
}

/** The popup, the side panel's page, the log and the options page in one language. */
async function shotInLanguage(ext: LoadedExtension, options: Page, language: Language): Promise<void> {
  await options.bringToFront();
  await chooseLanguage(options, language, 'title_options');
  await options.locator('#import').waitFor();
  await shot(options, `9-${language}-options`);
  for (const [path, name, size] of [
    ['src/popup/index.html', 'popup', POPUP_SIZE],
    ['src/sidepanel/index.html', 'sidepanel', { width: 360, height: 580 }],
    ['src/log/index.html', 'log', PAGE_SIZE],
  ] as const) {
    const page = await ext.openPage(path);
    await page.setViewportSize(size);
    await page.waitForFunction((lang) => document.documentElement.lang === lang, language.replace('_', '-'));
    if (name === 'popup') await page.getByTestId('connection-count').waitFor();
    if (name === 'popup') await page.locator('input[type="search"]').blur();
    if (name === 'sidepanel') await page.getByTestId('session-state').waitFor();
    if (name === 'log') await page.locator('.log-status').filter({ hasText: /./ }).waitFor();
    await shot(page, `9-${language}-${name}`);
    await page.close();
  }
}

async function waitForText(
  locator: Locator,
  pattern: RegExp,
  timeoutMs: number,
  what: string,
): Promise<string> {
  const until = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < until) {
    last = ((await locator.textContent({ timeout: 1_000 }).catch(() => null)) ?? '').trim();
    if (pattern.test(last)) return last;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`The demo waited ${Math.round(timeoutMs / 1000)} s for ${what}; the page said: "${last}".`);
}

/** The tab the extension opened on LinkedIn's Connections page. */
async function connectionsTab(pages: () => Page[]): Promise<Page> {
  const until = Date.now() + 20_000;
  while (Date.now() < until) {
    const page = pages().find((p) =>
      /^https:\/\/www\.linkedin\.com\/mynetwork\/invite-connect\/connections\//.test(p.url()),
    );
    if (page) return page;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('Sync did not open LinkedIn’s Connections page within 20 s.');
}

/** People the tour queues: someone who endorsed the owner, someone who pitched them, someone quiet. Unique names only. */
function pickPeople(people: FakePerson[]): FakePerson[] {
  const nameCount = new Map<string, number>();
  for (const p of people) nameCount.set(p.name, (nameCount.get(p.name) ?? 0) + 1);
  const unique = (p: FakePerson) => nameCount.get(p.name) === 1 && /^[\p{Script=Latin}\s.'-]+$/u.test(p.name);
  const at = people
    .map((person, index) => ({ person, facts: exportFactsOf(index) }))
    .filter(({ person }) => unique(person));
  const endorser = at.find(({ facts }) => facts.endorsedOwnerFor.length >= 2 && !facts.pitched);
  const pitcher = at.find(({ facts }) => facts.pitched && facts.endorsedOwnerFor.length === 0);
  const quiet = at.find(
    ({ facts }) =>
      facts.conversation === 'none' &&
      !facts.pitched &&
      facts.endorsedOwnerFor.length === 0 &&
      !facts.recommendedOwner &&
      !facts.ownerEndorsedThem &&
      !facts.ownerRecommendedThem,
  );
  const picked = [endorser, pitcher, quiet]
    .map((x) => x?.person)
    .filter((p): p is FakePerson => p !== undefined);
  if (picked.length !== 3) throw new Error('The demo people lack someone to show in the removal warning.');
  return picked;
}

async function main(): Promise<void> {
  const why = process.argv.includes('--headless') ? ' (--headless)' : headless ? ' (no DISPLAY)' : '';
  step(
    `Starting Chromium ${headless ? 'headless' : 'with a window'}${why} with the store build in ${relative(process.cwd(), dist)}/`,
  );
  const fake = new FakeLinkedIn({ layout: 'current', size: 300, seed: 42, latencyMs: 60 });
  // The statement before the first session stays for the person at the keyboard to read and accept.
  const ext = await launchWithExtension({ dist, headless, acceptRisk: false });
  try {
    await fake.install(ext.context);

    // 1. Options: import the demo account's data export, as a user would.
    step('Options: importing the demo account’s LinkedIn data export');
    const options = await ext.openPage('src/options/index.html');
    await options.getByLabel('Import LinkedIn data export').setInputFiles({
      name: dataExportFileName(),
      mimeType: 'application/zip',
      buffer: Buffer.from(dataExportZip(fake.people())),
    });
    const imported = await waitForText(
      options.locator('#import').getByRole('status').first(),
      /^Import finished/,
      30_000,
      'the import to finish',
    );
    if (imported !== `Import finished: ${fake.people().length} new, 0 updated.`)
      throw new Error(`The demo export did not import as expected: "${imported}".`);
    step(imported);
    await options.locator('#import').scrollIntoViewIfNeeded();
    await shot(options, '1-options-import-light');

    // 2. Popup: Sync reads the fake's Connections page at the store build's human pace.
    const popup = await ext.openPage('src/popup/index.html');
    await popup.setViewportSize(POPUP_SIZE);
    step(
      'Popup: pressing Sync (the store build scrolls LinkedIn’s list at a person’s pace: 40-50 s for 300 people)',
    );
    await popup.getByRole('button', { name: /^Sync/ }).click();
    const linkedIn = await connectionsTab(ext.context.pages.bind(ext.context));
    await popup.bringToFront();
    await waitForText(popup.getByTestId('last-synced'), /^Syncing/, 15_000, 'the sync to start');
    await popup.waitForTimeout(4_000);
    await shot(popup, '2-popup-syncing');
    await linkedIn.bringToFront();
    await shot(linkedIn, '3-linkedin-connections-page');
    await popup.bringToFront();
    const synced = await waitForText(
      popup.getByTestId('last-synced'),
      /^Last synced (?!.*partial)/,
      SYNC_TIMEOUT_MS,
      'the sync to complete',
    );
    const count = ((await popup.getByTestId('connection-count').textContent()) ?? '').trim();
    step(`${synced}: ${count}`);
    if (!count.startsWith(`${fake.people().length} connections`))
      throw new Error(`Expected ${fake.people().length} connections in the popup, it says "${count}".`);

    // The list, light and dark: the synced popup a newcomer opens.
    await popup.getByRole('searchbox', { name: 'Search connections' }).blur();
    await shotBothThemes(popup, '4-popup-synced');
    await popup.locator('#list-filter').selectOption('suggested');
    await shot(popup, '5-popup-suggested-light');
    await popup.locator('#list-filter').selectOption('current');

    // 3. Queue three people through the removal warning.
    const picked = pickPeople(fake.people());
    step(`Queue: ticking ${picked.map((p) => p.name).join(', ')}`);
    const search = popup.getByRole('searchbox', { name: 'Search connections' });
    for (const person of picked) {
      await search.fill(person.name);
      await popup.getByRole('checkbox', { name: `Select ${person.name} for removal` }).check();
    }
    await search.fill('');
    await popup.getByRole('button', { name: /^Add 3 to removal queue$/ }).click();
    const warning = popup.getByTestId('removal-warning');
    await warning.getByText(picked[0]!.name, { exact: true }).first().waitFor({ timeout: 10_000 });
    await popup.setViewportSize({ width: POPUP_SIZE.width, height: 600 });
    await shotBothThemes(popup, '6-removal-warning');
    for (const box of await warning
      .getByRole('checkbox', { name: /^Confirm: I accept losing this with/ })
      .all())
      await box.check();
    await warning.getByRole('button', { name: /^Confirm: queue 3$/ }).click();
    await warning.waitFor({ state: 'detached', timeout: 10_000 });
    await popup.setViewportSize(POPUP_SIZE);
    await popup.getByRole('tab', { name: /^Queue/ }).click();
    await popup.getByRole('list', { name: 'Removal queue' }).waitFor({ timeout: 10_000 });
    await shotBothThemes(popup, '7-popup-queue');
    await popup.getByRole('tab', { name: /^Connections/ }).click();

    // 4. The options page after the import.
    await options.bringToFront();
    await options.setViewportSize(PAGE_SIZE);
    await options.reload();
    await options.locator('#import').waitFor();
    await shotBothThemes(options, '8-options', { fullPage: true });

    // 5. Every page in each of the six languages (chosen in Options: docs/i18n.md), then back to
    //    the browser's own.
    step(`Languages: ${LANGUAGES.join(', ')}`);
    for (const language of LANGUAGES) await shotInLanguage(ext, options, language);
    await chooseLanguage(options, 'auto', 'title_options');

    const seconds = ((Date.now() - startedAt) / 1000).toFixed(0);
    console.log('');
    console.log(`Demo tour done in ${seconds} s: ${count}, 3 people in the removal queue, nobody removed.`);
    console.log(
      `The fake LinkedIn saw ${fake.profileRequests.length} profile page requests and ${fake.removals.length} removals.`,
    );
    console.log(`Screenshots (${shots.length}) in ${relative(process.cwd(), out) || out}/:`);
    for (const path of shots.sort()) console.log(`  ${relative(process.cwd(), path)}`);
    if (headless) return;
    await popup.setViewportSize(PAGE_SIZE);
    await popup.bringToFront();
    console.log('');
    console.log(
      'Chromium stays open on the demo LinkedIn: click through QuietPrune (the popup page is in the first tab;',
    );
    console.log(
      'the toolbar icon opens the same popup). Start in the Queue tab removes from the fake at human pace.',
    );
    console.log('Close the window to end the demo.');
    await new Promise<void>((done) => ext.context.on('close', () => done()));
  } finally {
    await ext.close().catch(() => undefined);
  }
}

main().catch((error: unknown) => {
  console.error(`\nThe demo failed: ${error instanceof Error ? error.message : String(error)}`);
  if (shots.length > 0) console.error(`Screenshots so far are in ${out}.`);
  process.exit(1);
});
