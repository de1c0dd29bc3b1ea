import type { Page } from 'playwright';
import { afterEach, expect, it } from 'vitest';
import { FakeLinkedIn } from '../fake-linkedin';
import { launchWithExtension, type LoadedExtension } from './harness/extension';
import type { TestHooksGlobal } from '../../src/background/test-hooks';
import type { MenuClickInfo } from '../../src/background/review-menu';

/**
 * In Chromium: right-click "Review this connection". A headless browser cannot show a
 * native context menu, so the test reads what the worker registered with chrome.contextMenus
 * (every create call, with Chrome's verdict) and calls the same click handler Chrome calls, with
 * the click data Chrome sends (which has no link text; issue 13: QuietPrune has no `scripting`
 * permission, so the name of someone not stored comes from the click data or the URL). The review must open for the right person
 * without a single profile request, and queuing someone who endorsed the user must show those
 * endorsements and need that person's own confirmation, even in a batch.
 */
const PRIYA = {
  firstName: 'Priya',
  lastName: 'Endorser',
  slug: 'priya-endorser-7',
  headline: 'Data Lead at Northwind',
};
const KARL = { firstName: 'Karl', lastName: 'Batch', slug: 'karl-batch', headline: 'Sales at Contoso' };
const LENA = { firstName: 'Lena', lastName: 'Batch', slug: 'lena-batch', headline: 'Designer at Fabrikam' };
const PRIYA_SKILLS = ['Kubernetes', 'PostgreSQL'];

interface RegisteredMenuItem {
  properties: {
    id?: string;
    title?: string;
    contexts?: string[];
    targetUrlPatterns?: string[];
    documentUrlPatterns?: string[];
  };
  error: string | null;
}

interface ShownReview {
  profileKey: string | null;
  name: string;
  text: string;
}

let ext: LoadedExtension | null = null;
afterEach(async () => {
  await ext?.close();
  ext = null;
});

/** Chrome's match pattern semantics (scheme://host/path, `*` anywhere in the path, `*.` before a host), enough for these patterns. */
function matchesPattern(pattern: string, url: string): boolean {
  const parts = /^(https?|\*):\/\/(\*|(?:\*\.)?[^/*]+)(\/.*)$/.exec(pattern);
  if (!parts) throw new Error(`Not a match pattern: ${pattern}`);
  const [, scheme, host, path] = parts;
  const u = new URL(url);
  if (scheme === '*' ? !['http:', 'https:'].includes(u.protocol) : u.protocol !== `${scheme}:`) return false;
  if (host !== '*') {
    if (host!.startsWith('*.')) {
      const base = host!.slice(2);
      if (u.hostname !== base && !u.hostname.endsWith(`.${base}`)) return false;
    } else if (u.hostname !== host) return false;
  }
  const pathRe = new RegExp(
    `^${path!
      .split('*')
      .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return pathRe.test(u.pathname + u.search);
}

const matchesAny = (patterns: string[] | undefined, url: string) =>
  (patterns ?? []).some((p) => matchesPattern(p, url));

const PROFILE_URLS = [
  'https://www.linkedin.com/in/jane-roe-1a2b3c/',
  'https://www.linkedin.com/in/zo%C3%AB-m%C3%BCller-3b/',
  'https://linkedin.com/in/ACoAABcdEfGh12345',
];
const OTHER_LINKEDIN_URLS = [
  'https://www.linkedin.com/company/acme/',
  'https://www.linkedin.com/feed/',
  'https://www.linkedin.com/mynetwork/invite-connect/connections/',
  'https://www.linkedin.com/school/some-school/',
  'https://www.linkedin.com/search/results/people/?keywords=in',
];
const NOT_LINKEDIN = [
  'https://example.com/in/jane-roe/',
  'https://www.linkedin.com.evil.example/in/jane-roe/',
];

/** The tab id Chrome gave the page at this URL prefix (the `tab` of a context menu click). */
async function tabIdOf(urlPattern: string): Promise<number> {
  const ids = await ext!.worker.evaluate(
    async (url) => (await chrome.tabs.query({ url })).map((t) => t.id!),
    urlPattern,
  );
  expect(ids).toHaveLength(1);
  return ids[0]!;
}

async function clickMenu(
  info: Record<string, unknown>,
  tabId?: number,
): Promise<{ opened: 'popup' | 'tab' | null; path?: string }> {
  return ext!.worker.evaluate(
    ([clickInfo, id]) =>
      (globalThis as unknown as TestHooksGlobal).quietPruneTest.clickContextMenu(
        { editable: false, frameId: 0, ...clickInfo } as unknown as MenuClickInfo,
        id === null ? undefined : { id },
      ),
    [info, tabId ?? null] as const,
  );
}

/**
 * What the review the click opened shows. A popup opened by chrome.action.openPopup is not a
 * Playwright page; an extension page of ours reads it through chrome.extension.getViews (same
 * origin), then closes it as "Not now" does. An extension tab (the fallback) is read directly.
 */
async function shownReview(
  from: Page,
  opened: { opened: 'popup' | 'tab' | null; path?: string },
): Promise<ShownReview> {
  expect(opened.opened).not.toBeNull();
  if (opened.opened === 'tab') {
    const page = ext!.context.pages().find((p) => p.url().endsWith(opened.path!));
    expect(page).toBeDefined();
    await page!.getByTestId('review-view').waitFor();
    const shown = await page!.getByTestId('review-view').evaluate(readReview);
    await page!.close();
    return shown;
  }
  let shown: ShownReview | null = null;
  await expect
    .poll(
      async () => {
        shown = await from.evaluate((path) => {
          const popups = chrome.extension.getViews({ type: 'popup' });
          if (popups.length !== 1 || !popups[0]!.location.href.endsWith(path)) return null;
          const view = popups[0]!.document.querySelector<HTMLElement>('[data-testid="review-view"]');
          if (!view) return null;
          const shownNow = {
            profileKey: view.dataset.profileKey ?? null,
            name: view.querySelector('.review-name')?.textContent ?? '',
            text: view.textContent ?? '',
          };
          popups[0]!.document.querySelector<HTMLButtonElement>('[data-testid="review-not-now"]')!.click();
          return shownNow;
        }, opened.path!);
        return shown;
      },
      { timeout: 10_000 },
    )
    .not.toBeNull();
  await expect.poll(() => from.evaluate(() => chrome.extension.getViews({ type: 'popup' }).length)).toBe(0);
  return shown!;

  function readReview(view: HTMLElement): ShownReview {
    return {
      profileKey: view.dataset.profileKey ?? null,
      name: view.querySelector('.review-name')?.textContent ?? '',
      text: view.textContent ?? '',
    };
  }
}

it('registers the review item for profile links and profile pages only, and opens the right person without visiting a profile', async () => {
  const fake = new FakeLinkedIn({
    layout: 'current',
    size: 40,
    seed: 7,
    latencyMs: 10,
    extraPeople: [PRIYA, KARL, LENA],
  });
  ext = await launchWithExtension();
  await fake.install(ext.context);
  await ext.worker.evaluate(() =>
    (globalThis as unknown as TestHooksGlobal).quietPruneTest.setClock({ humanDelayScale: 0.02 }),
  );

  // ---- what Chrome was asked to register, and accepted ----
  await expect
    .poll(() =>
      ext!.worker.evaluate(
        () => (globalThis as unknown as TestHooksGlobal).quietPruneTest.registeredMenuItems().length,
      ),
    )
    .toBeGreaterThan(0);
  const registered: RegisteredMenuItem[] = await ext.worker.evaluate(() =>
    (globalThis as unknown as TestHooksGlobal).quietPruneTest.registeredMenuItems(),
  );
  expect(registered.map((r) => r.error)).toEqual(registered.map(() => null));
  for (const { properties } of registered) expect(properties.title).toBe('Review this connection');
  const onLinks = registered.filter((r) => r.properties.contexts?.includes('link')).map((r) => r.properties);
  const onPages = registered.filter((r) => r.properties.contexts?.includes('page')).map((r) => r.properties);
  expect(onLinks).toHaveLength(1);
  expect(onPages).toHaveLength(1);
  expect(registered).toHaveLength(2);
  const link = onLinks[0]!;
  const page = onPages[0]!;
  expect(link.contexts).toEqual(['link']); // not on selections, images, or 'all'
  expect(page.contexts).toEqual(['page']);
  // Links: to a profile, and nothing else, on any LinkedIn page.
  for (const url of PROFILE_URLS) expect(matchesAny(link.targetUrlPatterns, url), url).toBe(true);
  for (const url of [...OTHER_LINKEDIN_URLS, ...NOT_LINKEDIN])
    expect(matchesAny(link.targetUrlPatterns, url), url).toBe(false);
  for (const url of [...OTHER_LINKEDIN_URLS, PROFILE_URLS[0]!])
    expect(matchesAny(link.documentUrlPatterns, url), url).toBe(true);
  for (const url of NOT_LINKEDIN) expect(matchesAny(link.documentUrlPatterns, url), url).toBe(false);
  // The page item: on a profile page itself, on no other page.
  expect(matchesAny(page.documentUrlPatterns, PROFILE_URLS[0]!)).toBe(true);
  for (const url of [...OTHER_LINKEDIN_URLS, ...NOT_LINKEDIN])
    expect(matchesAny(page.documentUrlPatterns, url), url).toBe(false);
  // Chrome holds both ids (update fails for an id it does not know).
  const updates = await ext.worker.evaluate(
    async (ids) => {
      const tryUpdate = (id: string) =>
        chrome.contextMenus.update(id, { visible: true }).then(
          () => 'ok',
          (e: Error) => e.message,
        );
      return Promise.all([...ids, 'no-such-item'].map(tryUpdate));
    },
    registered.map((r) => r.properties.id!),
  );
  expect(updates.slice(0, -1)).toEqual(registered.map(() => 'ok'));
  expect(updates.at(-1)).not.toBe('ok');

  // ---- known people: a sync, then an imported endorsements file ----
  const popup = await ext.openPage('src/popup/index.html');
  await popup.getByRole('button', { name: /^Sync$/ }).click();
  await expect
    .poll(async () => (await popup.getByTestId('connection-count').textContent()) ?? '', {
      timeout: 60_000,
      interval: 300,
    })
    .toContain(`${fake.people().length} connections`);
  const options = await ext.openPage('src/options/index.html');
  const endorsements = [
    'Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,Endorser Public Url,Endorsement Status',
    ...PRIYA_SKILLS.map(
      (skill, i) =>
        `2025/03/0${i + 1} 10:00:00 UTC,${skill},Priya,Endorser,www.linkedin.com/in/${PRIYA.slug},ACCEPTED`,
    ),
  ].join('\n');
  await options.getByLabel('Import LinkedIn data export').setInputFiles({
    name: 'Endorsement_Received_Info.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(endorsements),
  });
  await expect
    .poll(() => options.locator('#import .outcome-status').textContent(), { timeout: 10_000 })
    .toContain('Import finished');

  // ---- right-click Priya's link on the Connections page ----
  const connectionsPage = ext.context
    .pages()
    .find((p) => p.url().startsWith('https://www.linkedin.com/mynetwork/invite-connect/connections'));
  expect(connectionsPage).toBeDefined();
  // The sync left the list scrolled to its end: scroll back up to Priya, as a person would.
  await connectionsPage!.evaluate(() => {
    for (const el of document.querySelectorAll('*')) if (el.scrollTop > 0) el.scrollTop = 0;
    window.scrollTo(0, 0);
  });
  const priyaLink = connectionsPage!
    .locator(`a[data-view-name="connections-profile"][href*="${PRIYA.slug}"]`)
    .last();
  const linkUrl = await priyaLink.evaluate((a) => (a as HTMLAnchorElement).href);
  const connectionsTab = await tabIdOf('https://www.linkedin.com/mynetwork/*');
  const priyaOpened = await clickMenu(
    { menuItemId: 'review-connection-link', linkUrl, pageUrl: connectionsPage!.url() },
    connectionsTab,
  );
  const priya = await shownReview(options, priyaOpened);
  expect(priya.profileKey).toBe(PRIYA.slug);
  expect(priya.name).toBe('Priya Endorser');
  expect(priya.text).toContain(PRIYA.headline);
  expect(priya.text).toContain(`Endorsed you for 2 skills: ${PRIYA_SKILLS.join(', ')}`);
  // The toolbar button opens the everyday popup again, not Priya's review.
  expect(await ext.worker.evaluate(() => chrome.action.getPopup({}))).toMatch(/\/src\/popup\/index\.html$/);

  // ---- a profile page itself (known from the sync) ----
  const karlOpened = await clickMenu({
    menuItemId: 'review-connection-page',
    pageUrl: `https://www.linkedin.com/in/${KARL.slug}/`,
  });
  const karl = await shownReview(options, karlOpened);
  expect(karl.profileKey).toBe(KARL.slug);
  expect(karl.name).toBe('Karl Batch');
  expect(karl.text).toContain(KARL.headline);

  // ---- someone QuietPrune does not know, from a link in a feed post (name as LinkedIn marks it up) ----
  const feed = await ext.context.newPage();
  await feed.goto('https://www.linkedin.com/feed/');
  await feed.locator('main').evaluate((main) => {
    const post = document.createElement('article');
    post.innerHTML =
      '<a href="/in/Nadia-New-9f2/?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3AACoAAB"><span aria-hidden="true">Nadia New</span>' +
      '<span class="visually-hidden">View Nadia New’s profile</span></a> shared a post';
    main.append(post);
  });
  const nadiaUrl = await feed.locator('article a').evaluate((a) => (a as HTMLAnchorElement).href);
  const feedTab = await tabIdOf('https://www.linkedin.com/feed/*');
  const nadiaOpened = await clickMenu(
    { menuItemId: 'review-connection-link', linkUrl: nadiaUrl, pageUrl: feed.url() },
    feedTab,
  );
  const nadia = await shownReview(options, nadiaOpened);
  expect(nadia.profileKey).toBe('nadia-new-9f2');
  expect(nadia.name).toBe('Nadia New');
  expect(nadia.text).toContain('https://www.linkedin.com/in/nadia-new-9f2/');
  expect(nadia.text).toContain('Nadia New is not in QuietPrune’s list yet');

  // ---- no `scripting` permission; the name of someone unknown comes from the click ----
  expect(await ext.worker.evaluate(() => typeof (chrome as { scripting?: unknown }).scripting)).toBe(
    'undefined',
  );
  // Chrome gives the selected text when the person selected the name before right-clicking it:
  // taken when it shares a word with the slug (it is the name), else the slug made readable.
  const omarUrl = 'https://www.linkedin.com/in/omar-x-77/';
  const omar = await shownReview(
    options,
    await clickMenu(
      {
        menuItemId: 'review-connection-link',
        linkUrl: omarUrl,
        pageUrl: feed.url(),
        selectionText: 'Omar Xavier',
      },
      feedTab,
    ),
  );
  expect([omar.profileKey, omar.name]).toEqual(['omar-x-77', 'Omar Xavier']);
  const notHisName = await shownReview(
    options,
    await clickMenu(
      {
        menuItemId: 'review-connection-link',
        linkUrl: omarUrl,
        pageUrl: feed.url(),
        selectionText: 'Great post!',
      },
      feedTab,
    ),
  );
  expect(notHisName.name).toBe('Omar X');
  // Firefox gives the link's text: the name in it, LinkedIn's screen-reader phrase aside.
  const fromLinkText = await shownReview(
    options,
    await clickMenu(
      {
        menuItemId: 'review-connection-link',
        linkUrl: omarUrl,
        pageUrl: feed.url(),
        linkText: 'Omar XavierView Omar Xavier’s profile',
      },
      feedTab,
    ),
  );
  expect(fromLinkText.name).toBe('Omar Xavier');
  // A member id has no name in it: the review shows the URL, unnamed.
  const memberUrl = 'https://www.linkedin.com/in/ACoAABcdEfGh12345/';
  const member = await shownReview(
    options,
    await clickMenu(
      { menuItemId: 'review-connection-link', linkUrl: memberUrl, pageUrl: feed.url() },
      feedTab,
    ),
  );
  expect(member.profileKey).toBe('ACoAABcdEfGh12345');
  expect(member.text).toContain(memberUrl);

  // ---- a link that is not a profile opens nothing ----
  expect(
    await clickMenu(
      {
        menuItemId: 'review-connection-link',
        linkUrl: 'https://www.linkedin.com/company/acme/',
        pageUrl: feed.url(),
      },
      feedTab,
    ),
  ).toEqual({ opened: null });
  expect(await options.evaluate(() => chrome.extension.getViews({ type: 'popup' }).length)).toBe(0);

  // ---- queuing Priya from her review: the warning names her endorsements and needs her own tick ----
  const review = await ext.openPage(priyaOpened.path!);
  await review.getByRole('button', { name: 'Queue removal…' }).click();
  const warning = review.getByTestId('removal-warning');
  await expect
    .poll(async () => (await warning.textContent()) ?? '')
    .toContain(`Priya Endorser endorsed you for ${PRIYA_SKILLS.join(' and ')}`);
  const confirmOne = warning.getByRole('button', { name: 'Confirm: queue removal' });
  expect(await confirmOne.isDisabled()).toBe(true);
  await warning.getByRole('button', { name: 'Cancel' }).click();
  await expect.poll(() => warning.count()).toBe(0);
  await review.close();

  // ---- in a batch: the batch confirm stays disabled until Priya is confirmed on her own ----
  await popup.bringToFront(); // a background tab gets no animation frames, which every click waits for
  await popup.reload();
  const search = popup.getByRole('searchbox', { name: 'Search connections' });
  await search.fill('batch');
  await popup.getByRole('checkbox', { name: 'Select Karl Batch for removal' }).check();
  await popup.getByRole('checkbox', { name: 'Select Lena Batch for removal' }).check();
  await search.fill('priya');
  await popup.getByRole('checkbox', { name: 'Select Priya Endorser for removal' }).check();
  await popup.getByRole('button', { name: 'Add 3 to removal queue' }).click();
  const batch = popup.getByTestId('removal-warning');
  await expect.poll(() => batch.locator('.warning-person').count()).toBe(3);
  const priyaEntry = batch.locator('.warning-person', { hasText: 'Priya Endorser' });
  expect(await priyaEntry.textContent()).toContain(
    `Priya Endorser endorsed you for ${PRIYA_SKILLS.join(' and ')}`,
  );
  // Only Priya needs her own tick; Karl and Lena, of whom only "did not endorse you" is known, do not.
  expect(await batch.getByRole('checkbox').count()).toBe(1);
  const confirmAll = batch.getByRole('button', { name: 'Confirm: queue 3' });
  expect(await confirmAll.isDisabled()).toBe(true);
  expect(await batch.textContent()).toContain('(1 left)');
  // Enter on the disabled button, or clicking it, queues nobody.
  await confirmAll.click({ force: true });
  expect(await batch.count()).toBe(1);
  await priyaEntry
    .getByRole('checkbox', { name: 'Confirm: I accept losing this with Priya Endorser' })
    .check();
  expect(await confirmAll.isEnabled()).toBe(true);
  await confirmAll.click();
  await expect.poll(() => batch.count()).toBe(0);
  await popup.getByRole('tab', { name: /Queue/ }).click();
  const queue = popup.getByRole('list', { name: 'Removal queue' });
  await expect.poll(async () => (await queue.textContent()) ?? '').toContain('Priya Endorser');
  for (const name of ['Karl Batch', 'Lena Batch']) expect(await queue.textContent()).toContain(name);

  // Nothing ever asked LinkedIn for a profile, and no tab ever showed one.
  expect(fake.profileRequests).toEqual([]);
  expect(fake.requests.filter((url) => /linkedin\.com\/in\//i.test(url))).toEqual([]);
  expect(fake.removals).toEqual([]);
});
