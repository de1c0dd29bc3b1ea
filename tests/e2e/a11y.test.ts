import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright';
import type axe from 'axe-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { FakeLinkedIn } from '../fake-linkedin';
import { launchWithExtension, type LoadedExtension } from './harness/extension';
import { getMeta, putAll } from './harness/extension-db';
import { RISK_WORDING } from '../../src/ui/risk-wording';
import {
  personAt,
  putRecords,
  removalLogEntry,
  sendFromPage,
  whenInstalled,
  workerNow,
} from './harness/worker-store';

/**
 * Accessibility. axe-core, a real checker, over every page QuietPrune shows (popup with both of
 * its tabs, options, removal log, session panel), in the light and the dark theme, first empty and
 * then with 300 people stored: no violation of WCAG 2.x A/AA or axe's best practices. Then the
 * popup by keyboard alone, every control named, and the system theme followed.
 *
 * One Chromium for the whole file and no LinkedIn: the data is seeded into the extension's own
 * database (as a sync would have left it), so the tests run in order on the same profile.
 */
const PAGES = {
  popup: 'src/popup/index.html',
  options: 'src/options/index.html',
  log: 'src/log/index.html',
  sidepanel: 'src/sidepanel/index.html',
} as const;
type PageName = keyof typeof PAGES;
const HOUR = 60 * 60 * 1000;

/** The 300 people of the second half: the fake LinkedIn's (names in many scripts), not served, only stored. */
const people = new FakeLinkedIn({ size: 300, seed: 15 }).people();
const gone = (i: number) => i % 50 === 7;
const listed = people.filter((_, i) => !gone(i)).length;

let ext: LoadedExtension;
beforeAll(async () => {
  // A first run: the statement before the first session is still to be accepted, and is scanned too.
  ext = await launchWithExtension({ acceptRisk: false });
});
afterAll(async () => {
  await ext?.close();
});

interface Finding {
  where: string;
  rule: string;
  impact: string | null | undefined;
  nodes: string[];
}

/**
 * axe-core as @axe-core/playwright ships it. Its AxeBuilder injects the 500 KB checker again
 * before every analysis (2 to 5 s each on a busy machine); this injects it once per page and runs
 * it for each theme, with the same rules. `page.evaluate` runs it past the page's CSP, as
 * AxeBuilder does.
 */
const AXE_SOURCE = readFileSync(
  createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright')).resolve(
    'axe-core/axe.min.js',
  ),
  'utf8',
);
/** WCAG 2.0 to 2.2, A and AA, and axe's best practices (landmarks, one main, headings). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** The violations axe finds on the page as it is now, in both themes. */
async function scan(page: Page, where: string): Promise<Finding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const findings: Finding[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const result = await page.evaluate(
      (tags) =>
        (window as unknown as { axe: typeof axe }).axe.run(document, {
          runOnly: { type: 'tag', values: tags },
          resultTypes: ['violations'],
        }),
      TAGS,
    );
    // A scan that saw nothing would pass: it must have checked the page's text and controls.
    expect(result.passes.length, `${where} (${colorScheme}): axe checked nothing`).toBeGreaterThan(10);
    findings.push(
      ...result.violations.map((v) => ({
        where: `${where} (${colorScheme})`,
        rule: v.id,
        impact: v.impact,
        nodes: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
      })),
    );
  }
  return findings;
}

/** Opens each page and scans it (the popup on both tabs), waiting for `ready` first. */
async function scanAll(ready: Record<PageName, (page: Page) => Promise<void>>): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const name of Object.keys(PAGES) as PageName[]) {
    const page = await ext.openPage(PAGES[name]);
    await ready[name](page);
    findings.push(...(await scan(page, name)));
    if (name === 'popup') {
      await page.getByRole('tab', { name: /^Queue/ }).click();
      await page.getByRole('tab', { name: /^Queue/, selected: true }).waitFor();
      findings.push(...(await scan(page, 'popup, Queue tab')));
    }
    await page.close();
  }
  return findings;
}

it('finds no violation on any page, light and dark, empty', async () => {
  await whenInstalled(ext.worker);
  const findings = await scanAll({
    popup: (p) => p.getByText('No connections yet', { exact: false }).first().waitFor(),
    options: (p) => p.getByRole('heading', { level: 1 }).waitFor(),
    log: (p) => p.getByText('Nobody has been removed yet.').waitFor(),
    sidepanel: (p) => p.getByRole('button').first().waitFor(),
  });
  expect(findings).toEqual([]);
});

it('says once, before the first session, that LinkedIn forbids automation and the risk is the user’s; no session starts before', async () => {
  const popup = await ext.openPage(PAGES.popup);
  await popup.getByRole('tab', { name: /^Queue/ }).click();
  const statement = popup.getByRole('region', { name: RISK_WORDING.title });
  await statement.waitFor();
  const text = (await statement.textContent()) ?? '';
  expect(text).toContain('User Agreement forbids automated activity');
  expect(text).toContain('however slow the pace');
  expect(text).toContain('every click that removes someone is your own');

  // Someone queued and the cap free: only the statement stands between the user and a session.
  const someone = personAt(people[0]!.profileUrl, people[0]!.name);
  const queued = await sendFromPage(popup, {
    type: 'queue/add',
    people: [someone],
    reason: 'Cleanup',
    warningConfirmed: true,
    confirmedOnTheirOwn: [],
  });
  expect(queued).toMatchObject({ ok: true });
  const start = popup.getByRole('button', { name: 'Start session' });
  await expect.poll(() => popup.getByText(RISK_WORDING.refusalShort).count()).toBe(1);
  expect(await start.isDisabled()).toBe(true);
  // The worker refuses too, whatever sends the Start (the side panel, the reminder's button).
  expect(await sendFromPage(popup, { type: 'session/start' })).toEqual({
    ok: false,
    error: RISK_WORDING.refusal,
  });
  expect(await getMeta(popup, 'session')).toBeUndefined();

  await statement.getByRole('button', { name: RISK_WORDING.accept }).click();
  await statement.waitFor({ state: 'detached' });
  expect(await getMeta(popup, 'riskAccepted')).toEqual(expect.any(Number));
  await expect.poll(() => start.isEnabled()).toBe(true);
  // Accepted once: a new popup does not ask again.
  const again = await ext.openPage(PAGES.popup);
  await again.getByRole('tab', { name: /^Queue/ }).click();
  await again.getByRole('button', { name: 'Start session' }).waitFor();
  expect(await again.getByTestId('risk-statement').count()).toBe(0);
  expect(
    await sendFromPage(popup, { type: 'queue/remove', profileKeys: [someone.profileKey] }),
  ).toMatchObject({
    ok: true,
  });
  await again.close();
  await popup.close();
});

it('finds no violation on any page, light and dark, with 300 people stored', async () => {
  const at = await workerNow(ext.worker);
  const refs = people.map((p) => personAt(p.profileUrl, p.name));
  await putRecords(
    ext.worker,
    'connections',
    people.map((p, i) => ({
      ...refs[i]!,
      headline: p.headline,
      connectedOn: { kind: 'exact', date: p.connectedOn },
      firstSeenAt: at - 40 * HOUR,
      lastSeenAt: at - HOUR,
      sources: ['sync'],
      ...(gone(i) ? { goneAt: at - 2 * HOUR } : {}),
    })),
  );
  // The log: removals over the last months, a pending one and one still listed among them.
  await putRecords(
    ext.worker,
    'removalLog',
    refs.slice(200, 260).map((ref, i) =>
      removalLogEntry(ref, at - (i + 1) * 30 * HOUR, {
        ...(i === 0 ? { state: 'pending' } : i === 1 ? { state: 'still-listed' } : {}),
        lost:
          i % 3 === 0
            ? {
                endorsementsReceived: ['Sales'],
                endorsementsGiven: [],
                recommendationsReceived: 1,
                recommendationsGiven: 0,
              }
            : null,
      }),
    ),
  );
  await putRecords(ext.worker, 'keep', [{ ...refs[3]!, addedAt: at - HOUR }]);
  const control = await ext.openPage(PAGES.options);
  expect(
    await sendFromPage(control, {
      type: 'queue/add',
      people: refs.slice(10, 30),
      reason: 'Cleanup',
      warningConfirmed: true,
      confirmedOnTheirOwn: [],
    }),
  ).toMatchObject({ ok: true });
  // A session that ended on a safety stop: the panel's fullest state.
  await putAll(control, 'meta', [
    {
      key: 'session',
      value: {
        status: 'ended',
        sessionId: 's1',
        tabId: null,
        startedAt: at - HOUR,
        nextRemovalAt: null,
        currentKey: null,
        currentSince: null,
        plannedThisSession: 5,
        removedThisSession: 2,
        consecutiveFailures: 0,
        endReason: { code: 'warning-page' },
        endMessage: 'LinkedIn showed a warning page.',
        safetyStop: true,
        endedAt: at - HOUR / 2,
      },
    },
  ]);
  await control.close();

  const findings = await scanAll({
    popup: (p) => p.getByText(`${listed} connections`, { exact: false }).first().waitFor(),
    options: (p) => p.getByRole('heading', { level: 1 }).waitFor(),
    log: (p) => p.getByText('60 removals', { exact: false }).waitFor(),
    sidepanel: (p) => p.getByRole('button').first().waitFor(),
  });
  // A dialog too: the log's Reconnect, which explains a profile visit before making one.
  const log = await ext.openPage(PAGES.log);
  await log
    .getByRole('button', { name: /^Reconnect with / })
    .first()
    .click();
  await log.getByRole('dialog').waitFor();
  findings.push(...(await scan(log, 'log, Reconnect dialog')));
  await log.close();
  expect(findings).toEqual([]);
}, 240_000); // 12 scans and the seeding: a minute on 2 quiet cores, more under load

// The popup by keyboard and by name, on the 300 people stored above.

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

it('names every control in the popup, on both tabs', async () => {
  const popup = await ext.openPage(PAGES.popup);
  await popup.getByText(`${listed} connections`, { exact: false }).first().waitFor();
  expect(await popup.getByRole('listitem').count()).toBeGreaterThan(0);
  expect(await unnamedControls(popup)).toEqual([]);
  await popup.getByRole('tab', { name: /^Queue/ }).click();
  expect(await unnamedControls(popup)).toEqual([]);
});

it('can be used by keyboard alone: search, move through the list, tick a person', async () => {
  const popup = await ext.openPage(PAGES.popup);
  await popup.getByText(`${listed} connections`, { exact: false }).first().waitFor();
  const searchbox = popup.getByRole('searchbox', { name: 'Search connections' });
  for (let i = 0; i < 25 && !(await searchbox.evaluate((el) => el === document.activeElement)); i++)
    await popup.keyboard.press('Tab');
  expect(await searchbox.evaluate((el) => el === document.activeElement)).toBe(true);

  const someone = people.find((p) => !p.name.includes(','))!;
  await popup.keyboard.type(someone.name.split(' ')[0]!);
  await expect.poll(() => popup.getByRole('listitem').count()).toBeLessThan(listed);

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
  const popup = await ext.openPage(PAGES.popup);
  await popup.getByText(`${listed} connections`, { exact: false }).first().waitFor();
  const background = () => popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await popup.emulateMedia({ colorScheme: 'light' });
  expect(luminance(await background())).toBeGreaterThan(0.7);
  await popup.emulateMedia({ colorScheme: 'dark' });
  expect(luminance(await background())).toBeLessThan(0.3);
  const text = await popup.evaluate(() => getComputedStyle(document.body).color);
  expect(luminance(text)).toBeGreaterThan(0.6);
});
