import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright';
import {
  FakeLinkedIn,
  generatePeople,
  photoKind,
  photoUrlFor,
  renderStaticConnectionsPage,
  type FakeLinkedInOptions,
  type FakePerson,
} from '../fake-linkedin';

/**
 * The fake LinkedIn on its own (plain Chromium, no extension): it must behave like the pages
 * described in docs/linkedin-dom.md, because every other end-to-end test trusts it.
 */

const CONNECTIONS = 'https://www.linkedin.com/mynetwork/invite-connect/connections/';
const CARD = '[componentkey^="ConnectionCard_"]';
const PROFILE_LINK = 'a[data-view-name="connections-profile"]';
const SEARCH = 'input[placeholder="Search by name"]';

interface Session {
  fake: FakeLinkedIn;
  context: BrowserContext;
  page: Page;
  /** Page errors and unexpected JS dialogs (alert() from injected markup would land here). */
  problems: string[];
}

let browser: Browser;
const sessions: Session[] = [];

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
});

afterEach(async () => {
  const open = sessions.splice(0);
  await Promise.all(open.map((s) => s.context.close()));
  for (const s of open) expect(s.problems).toEqual([]);
});

async function openFake(options: FakeLinkedInOptions = {}, url = CONNECTIONS): Promise<Session> {
  const fake = new FakeLinkedIn({ latencyMs: 20, ...options });
  const context = await browser.newContext();
  await fake.install(context);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`unexpected JS dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  const session = { fake, context, page, problems };
  sessions.push(session);
  await page.goto(url);
  return session;
}

/** Slugs of the cards in the DOM, in order, read as a scraper must: from the second profile link. */
function domSlugs(page: Page): Promise<string[]> {
  return page.$$eval(CARD, (cards) =>
    cards.map(
      (card) =>
        new URL(
          card.querySelectorAll('a[data-view-name="connections-profile"]')[1]!.getAttribute('href')!,
          location.href,
        ).pathname.split('/')[2]!,
    ),
  );
}

/** The scroll pane: the scrollable ancestor of the profile links (found by meaning, not class). */
const PANE_JS = `(() => {
  let el = document.querySelector('a[data-view-name="connections-profile"]');
  while (el && getComputedStyle(el).overflowY !== 'auto') el = el.parentElement;
  return el;
})()`;

function scrollPaneBy(page: Page, dy: number): Promise<void> {
  return page.evaluate<void>(`(${PANE_JS}).scrollBy(0, ${dy})`);
}

/** Highest list position rendered so far (from `ConnectionCard_<n>-<id>`). */
async function maxCardIndex(page: Page): Promise<number> {
  const keys = await page.$$eval(CARD, (cards) => cards.map((c) => c.getAttribute('componentkey') ?? ''));
  return Math.max(-1, ...keys.map((k) => Number(/^ConnectionCard_(\d+)-/.exec(k)?.[1] ?? -1)));
}

function cardBySlug(page: Page, slug: string) {
  return page.locator(CARD).filter({ has: page.locator(`a[href$="/in/${slug}/"]`) });
}

/** Independent of the fake's own search code: NFD, strip marks, lower case, word prefixes. */
function matchesByWordPrefix(name: string, query: string): boolean {
  const fold = (t: string) =>
    t
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
  const words = (t: string) =>
    fold(t)
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
  const nameWords = words(name);
  return words(query).every((q) => nameWords.some((w) => w.startsWith(q)));
}

function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

describe('generated people', () => {
  // How fast is the bench's business (scripts/bench), not a timed assertion's: a loaded machine would fail it.
  it('makes 30,000 deterministic people, with every hard case in them', () => {
    const people = generatePeople(30_000, 7);
    expect(people).toHaveLength(30_000);
    expect(generatePeople(30_000, 7)).toEqual(people);
    expect(generatePeople(40, 8).map((p) => p.slug)).not.toEqual(generatePeople(40, 7).map((p) => p.slug));

    const keys = new Set(
      people.map((p) => (p.slug.startsWith('ACoAA') ? p.slug : decodeURIComponent(p.slug).toLowerCase())),
    );
    expect(keys.size).toBe(people.length);
    for (const p of people.slice(0, 500)) expect(p.profileUrl).toBe(`https://www.linkedin.com/in/${p.slug}/`);

    const names = people.map((p) => p.name);
    expect(names).toContain('Zoë Müller');
    expect(names).toContain('José Ñúñez');
    expect(names).toContain('Łukasz Żółć');
    expect(people.find((p) => p.slug === 'zo%C3%AB-m%C3%BCller-3b')?.name).toBe('Zoë Müller');
    expect(names.some((n) => /\p{Script=Arabic}/u.test(n))).toBe(true);
    expect(names.some((n) => /\p{Script=Han}/u.test(n))).toBe(true);
    expect(names.some((n) => /\p{Extended_Pictographic}/u.test(n))).toBe(true);
    expect(names.some((n) => /^[^,]+, (PMP|MBA|CFA|PhD)/.test(n))).toBe(true);
    expect(people.some((p) => /^ACoAA[A-Za-z0-9_-]{30,}$/.test(p.slug))).toBe(true);
    expect(people.some((p) => /%[0-9A-F]{2}/.test(p.slug))).toBe(true);
    const slugsByName = new Map<string, Set<string>>();
    for (const p of people) slugsByName.set(p.name, (slugsByName.get(p.name) ?? new Set()).add(p.slug));
    expect(slugsByName.get('Alex Kim')?.size).toBeGreaterThanOrEqual(3);

    // Newest first, spread over about twelve years, with mass-connection bursts.
    const dates = people.map((p) => p.connectedOn);
    expect([...dates].sort().reverse()).toEqual(dates);
    const years = (Date.parse(dates[0]!) - Date.parse(dates.at(-1)!)) / (365 * 86_400_000);
    expect(years).toBeGreaterThan(11);
    expect(years).toBeLessThan(12.5);
    const perDay = new Map<string, number>();
    for (const d of dates) perDay.set(d, (perDay.get(d) ?? 0) + 1);
    expect(Math.max(...perDay.values())).toBeGreaterThan(people.length * 0.05);
  });

  it('refuses bad options with a message that says what is wrong', () => {
    expect(() => new FakeLinkedIn({ size: 30_001 })).toThrow(/size must be an integer from 0 to 30000/);
    expect(() => generatePeople(-1, 1)).toThrow(/size must be an integer/);
    expect(
      () => new FakeLinkedIn({ extraPeople: [{ firstName: 'A', lastName: 'B', connectedOn: '2024-02-30' }] }),
    ).toThrow(/YYYY-MM-DD/);
    expect(
      () =>
        new FakeLinkedIn({
          extraPeople: [
            { firstName: 'A', lastName: 'B', slug: 'x' },
            { firstName: 'C', lastName: 'D', slug: 'X' },
          ],
        }),
    ).toThrow(/share the profile slug/);
    expect(() => new FakeLinkedIn().setWarning('banned' as never)).toThrow(/warning must be/);
    expect(() => new FakeLinkedIn().disconnect('nobody-here')).toThrow(/nobody connected/);
  });

  it('derives hashed class names from the seed, like deployments', () => {
    const people = generatePeople(40, 1).slice(0, 3);
    const cardClass = (seed: number) =>
      /componentkey="ConnectionCard_0-\d+" class="([^"]+)"/.exec(
        renderStaticConnectionsPage('current', people, { seed }),
      )?.[1];
    expect(cardClass(1)).toMatch(/^_[a-z0-9]{8}$/);
    expect(cardClass(1)).toBe(cardClass(1));
    expect(cardClass(2)).not.toBe(cardClass(1));
  });
});

describe('current layout', () => {
  it('has the structure of linkedin-dom.md', async () => {
    const { page, fake } = await openFake({ size: 40 });
    await page.waitForSelector(CARD);
    const people = fake.people();
    const shape = await page.evaluate(() => {
      const list = document.querySelectorAll(
        'div[data-component-type="LazyColumn"][componentkey="ConnectionsPage_ConnectionsList"]',
      );
      const rows = Array.from(list[0]!.children);
      return {
        lists: list.length,
        allRowsMarked: rows.every((r) => r.getAttribute('data-display-contents') === 'true'),
        cardsInRows: rows.every((r) => r.firstElementChild?.matches('[componentkey^="ConnectionCard_"]')),
        cards: Array.from(document.querySelectorAll('[componentkey^="ConnectionCard_"]')).map((card) => {
          const links = Array.from(card.querySelectorAll('a[data-view-name="connections-profile"]'));
          const paragraphs = Array.from(card.querySelectorAll('p')).filter((p) => !p.querySelector('a'));
          return {
            key: card.getAttribute('componentkey'),
            hrefs: links.map((a) => a.getAttribute('href')),
            name: links[1]?.textContent,
            firstLinkText: links[0]?.textContent,
            paragraphs: paragraphs.map((p) => ({ text: p.textContent, attrs: p.getAttributeNames() })),
            more: card.querySelector('button[aria-haspopup="menu"]')?.getAttribute('aria-label'),
          };
        }),
        heading: document.querySelector('h1')?.textContent,
        search: document
          .querySelector(
            '[componentkey="connectionsListTypeahead_ConnectionsListTypeahead"] input[data-testid="typeahead-input"]',
          )
          ?.getAttribute('placeholder'),
        lang: document.documentElement.lang,
      };
    });
    expect(shape.lists).toBe(1);
    expect(shape.allRowsMarked).toBe(true);
    expect(shape.cardsInRows).toBe(true);
    expect(shape.heading).toBe('40 connections');
    expect(shape.search).toBe('Search by name');
    expect(shape.lang).toBe('en');
    expect(shape.cards.length).toBeGreaterThan(3);
    shape.cards.forEach((card, i) => {
      const person = people[i]!;
      expect(card.key).toMatch(new RegExp(`^ConnectionCard_${i}-\\d+$`));
      expect(card.hrefs).toEqual([person.profileUrl, person.profileUrl]);
      expect(card.name).toBe(person.name);
      expect(card.firstLinkText).toBe('');
      const [year, month, day] = person.connectedOn.split('-').map(Number);
      const date = new Date(Date.UTC(year!, month! - 1, day));
      const expectedDate = `Connected on ${date.toLocaleString('en-US', { month: 'long', timeZone: 'UTC' })} ${day}, ${year}`;
      expect(card.paragraphs.map((p) => p.text)).toEqual(
        person.headline === '' ? [expectedDate] : [person.headline, expectedDate],
      );
      for (const p of card.paragraphs) expect(p.attrs).toEqual(['class']);
      expect(card.more).toBe(`More actions for ${person.name}`);
    });
  });

  it('is virtualised in an inner pane: rows scrolled past leave the DOM, and scrolling loads all 300', async () => {
    const { page, fake } = await openFake({ size: 300 });
    await page.waitForSelector(CARD);
    const firstSlug = fake.people()[0]!.slug;
    expect(await page.locator(CARD).count()).toBeLessThan(25);
    const seen = new Set<string>(await domSlugs(page));

    // A person's wheel over the list scrolls the pane, not the window.
    const box = await page.locator(CARD).first().boundingBox();
    await page.mouse.move(box!.x + 200, box!.y + 40);
    await page.mouse.wheel(0, 600);
    await expect.poll(() => page.evaluate(`(${PANE_JS}).scrollTop`)).toBeGreaterThan(0);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(
      await page.evaluate(() => document.scrollingElement!.scrollHeight - window.innerHeight),
    ).toBeLessThan(200);

    const deadline = Date.now() + 15_000;
    while (seen.size < 300 && Date.now() < deadline) {
      for (const slug of await domSlugs(page)) seen.add(slug);
      await scrollPaneBy(page, 400);
      await page.waitForTimeout(30);
    }
    expect([...seen].sort()).toEqual(
      fake
        .people()
        .map((p) => p.slug)
        .sort(),
    );
    expect(await page.locator(CARD).count()).toBeLessThan(25);
    expect(await domSlugs(page)).not.toContain(firstSlug);
    expect(await cardBySlug(page, firstSlug).count()).toBe(0);
  });

  it('offers a "Load more" button instead of scrolling when so built, and stalls mid-list when told to', async () => {
    const { page } = await openFake({ size: 100, loadMore: 'button', stall: { every: 1, ms: 1200 } });
    await page.waitForSelector(CARD);
    for (let i = 0; i < 20; i++) await scrollPaneBy(page, 1000);
    await page.waitForTimeout(400);
    expect(await maxCardIndex(page)).toBe(39); // scrolling alone loads nothing more

    const button = page.getByRole('button', { name: 'Load more', exact: true });
    await expect.poll(() => button.isVisible()).toBe(true);
    const clicked = Date.now();
    await button.click();
    await expect.poll(() => page.getByRole('progressbar').isVisible()).toBe(true);
    await expect.poll(() => maxCardIndex(page), { timeout: 5000 }).toBeGreaterThan(39);
    expect(Date.now() - clicked).toBeGreaterThanOrEqual(1100); // the stall, not just latency
  });

  it('has a React-controlled search: the instance setter is ignored, the native setter and typing filter', async () => {
    const { page, fake } = await openFake({
      size: 40,
      extraPeople: [{ firstName: 'Renée', lastName: 'Çelik-Lindqvist', slug: 'renee-celik' }],
    });
    await page.waitForSelector(CARD);
    const before = await domSlugs(page);

    await page.evaluate((selector) => {
      const input = document.querySelector<HTMLInputElement>(selector)!;
      input.value = 'renee';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, SEARCH);
    await page.waitForTimeout(800);
    expect(fake.requests.filter((u) => u.includes('q=renee'))).toEqual([]);
    expect(await domSlugs(page)).toEqual(before);
    // On its next render the page puts its own state back into the box.
    await scrollPaneBy(page, 50);
    await expect.poll(() => page.inputValue(SEARCH)).toBe('');

    // The native setter with an event that does not bubble never reaches React's root listener.
    await page.evaluate((selector) => {
      const input = document.querySelector<HTMLInputElement>(selector)!;
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, 'zzz');
      input.dispatchEvent(new Event('input'));
    }, SEARCH);
    await page.waitForTimeout(700);
    expect(fake.requests.filter((u) => u.includes('q=zzz'))).toEqual([]);

    await page.evaluate((selector) => {
      const input = document.querySelector<HTMLInputElement>(selector)!;
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, 'RENEE çel');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, SEARCH);
    const expected = fake
      .people()
      .filter((p) => matchesByWordPrefix(p.name, 'renee cel'))
      .map((p) => p.slug);
    expect(expected).toContain('renee-celik');
    await expect.poll(() => domSlugs(page)).toEqual(expected);

    // Real typing works too, and the match ignores diacritics: "muller" finds "Zoë Müller".
    await page.fill(SEARCH, 'muller');
    const muller = fake
      .people()
      .filter((p) => matchesByWordPrefix(p.name, 'muller'))
      .map((p) => p.slug);
    expect(muller).toContain('zo%C3%AB-m%C3%BCller-3b');
    await expect.poll(() => domSlugs(page)).toEqual(muller);
  });

  it('removes through a native <dialog>: Cancel does nothing, confirm removes exactly that person, a reload agrees', async () => {
    const { page, fake } = await openFake({
      size: 40,
      extraPeople: [
        { firstName: 'Jane', lastName: 'Roe, PMP', slug: 'jane-roe-pmp-1' },
        { firstName: 'Jane', lastName: 'Roe, PMP', slug: 'jane-roe-pmp-2' },
      ],
    });
    await page.waitForSelector(CARD);
    expect(await page.locator('h1').textContent()).toBe('42 connections');
    const target = cardBySlug(page, 'jane-roe-pmp-2');

    const openDialog = async () => {
      await target.getByRole('button', { name: 'More actions for Jane Roe, PMP' }).click();
      const menu = page.locator('[role="menu"]');
      await expect.poll(() => menu.isVisible()).toBe(true);
      expect(await menu.evaluate((m) => m.parentElement === document.body)).toBe(true);
      await menu.locator('[role="menuitem"]', { hasText: 'Remove connection' }).click();
      await page.waitForSelector('dialog[open]');
      return page.locator('dialog[open]');
    };

    const dialog = await openDialog();
    expect(
      await dialog.evaluate((d) => ({ role: d.getAttribute('role'), modal: d.matches(':modal') })),
    ).toEqual({ role: null, modal: true });
    const text = await dialog.innerText();
    expect(text).toContain('Remove Jane as a connection?');
    expect(text).toContain("Jane won't be notified");
    expect(await dialog.locator('button').allTextContents()).toEqual(['', 'Cancel', 'Remove connection']);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
    await page.waitForTimeout(200);
    expect(fake.removals).toEqual([]);
    expect(await target.count()).toBe(1);

    const confirmDialog = await openDialog();
    const clickedAt = Date.now();
    await confirmDialog.locator('button[data-view-name="connections-remove"]').click();
    await expect.poll(() => target.count()).toBe(0);
    expect(fake.removals).toHaveLength(1);
    const [removal] = fake.removals;
    expect(removal).toMatchObject({
      slug: 'jane-roe-pmp-2',
      profileUrl: 'https://www.linkedin.com/in/jane-roe-pmp-2/',
      name: 'Jane Roe, PMP',
    });
    expect(removal!.at).toBeGreaterThanOrEqual(clickedAt);
    expect(removal!.at).toBeLessThanOrEqual(Date.now());
    await expect.poll(() => page.locator('h1').textContent()).toBe('41 connections');
    expect(await cardBySlug(page, 'jane-roe-pmp-1').count()).toBe(1);
    expect(fake.people().map((p) => p.slug)).not.toContain('jane-roe-pmp-2');

    await page.reload();
    await page.waitForSelector(CARD);
    await page.fill(SEARCH, 'Jane Roe');
    await expect.poll(() => domSlugs(page)).toContain('jane-roe-pmp-1');
    expect(await domSlugs(page)).not.toContain('jane-roe-pmp-2');
    expect(await page.locator('h1').textContent()).toBe('41 connections');
    expect(fake.profileRequests).toEqual([]);
  });

  it('can lose the first menu click, name someone else in the next dialog, and use the generic label', async () => {
    const { page, fake } = await openFake({
      size: 40,
      menuFailsFirstClick: true,
      moreActionsLabel: 'generic',
    });
    await page.waitForSelector(CARD);
    const person = fake.people()[1]!;
    const more = cardBySlug(page, person.slug).locator('button[aria-haspopup="menu"]');
    expect(await more.getAttribute('aria-label')).toBe('Show more actions');
    await more.click();
    await page.waitForTimeout(300);
    expect(await page.locator('[role="menu"]').count()).toBe(0);
    await more.click();
    await expect.poll(() => page.locator('[role="menu"]').isVisible()).toBe(true);

    fake.nextDialogNames('Bob');
    await page.locator('[role="menuitem"]').click();
    await page.waitForSelector('dialog[open]');
    expect(await page.locator('dialog[open]').innerText()).toContain('Remove Bob as a connection?');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);

    await more.click();
    await page.locator('[role="menuitem"]').click();
    await page.waitForSelector('dialog[open]');
    expect(await page.locator('dialog[open]').innerText()).toContain(
      `Remove ${person.firstName} as a connection?`,
    );
    await page.locator('dialog[open]').getByRole('button', { name: 'Cancel' }).click();
    expect(fake.removals).toEqual([]);
  });

  it('lets people leave server-side: disconnect() is not a removal, and a reload no longer lists them', async () => {
    const { page, fake } = await openFake({ size: 40 });
    await page.waitForSelector(CARD);
    const gone = fake.people()[0]!;
    fake.disconnect(gone.profileUrl);
    expect(fake.people()).toHaveLength(39);
    await page.reload();
    await page.waitForSelector(CARD);
    expect(await page.locator('h1').textContent()).toBe('39 connections');
    expect(await domSlugs(page)).not.toContain(gone.slug);
    expect(fake.removals).toEqual([]);
  });

  it('renders scraped names as text, never as markup', async () => {
    const evil = '<img src=x onerror="window.__pwned=1;alert(1)">';
    const { page, fake } = await openFake({
      size: 40,
      extraPeople: [{ firstName: evil, lastName: 'Doe', slug: 'evil-doe' }],
    });
    await page.waitForSelector(CARD);
    const card = cardBySlug(page, 'evil-doe');
    expect(await card.locator(PROFILE_LINK).nth(1).textContent()).toBe(`${evil} Doe`);
    await card.locator('button[aria-haspopup="menu"]').click();
    await page.locator('[role="menuitem"]').click();
    await page.waitForSelector('dialog[open]');
    expect(await page.locator('dialog[open]').innerText()).toContain(`Remove ${evil} as a connection?`);
    await page.keyboard.press('Escape');
    fake.setLayout('classic');
    await page.reload();
    await page.waitForSelector('li.mn-connection-card');
    expect(await page.locator('li.mn-connection-card .mn-connection-card__name').first().textContent()).toBe(
      `${evil} Doe`,
    );
    expect(
      await page.evaluate(() => ({
        pwned: (window as { __pwned?: number }).__pwned,
        imgs: document.querySelectorAll('img[src="x"]').length,
      })),
    ).toEqual({ pwned: undefined, imgs: 0 });
    const html = renderStaticConnectionsPage('current', fake.people().slice(0, 1));
    expect(html).toContain('&lt;img src=x onerror=');
    expect(html).not.toContain('<img src=x');
  });
});

describe('classic layout', () => {
  it('has the classic structure, loads more from "Show more results" and on window scroll, and removes through an alertdialog', async () => {
    const extraPeople = [
      { firstName: 'Wendy', lastName: 'Weeks', slug: 'wendy-weeks', connectedOn: daysAgo(22) },
      { firstName: 'Yusuf', lastName: 'Years', slug: 'yusuf-years', connectedOn: daysAgo(800) },
    ];
    const { page, fake } = await openFake({ layout: 'classic', size: 98, extraPeople });
    await page.waitForSelector('li.mn-connection-card');
    await expect.poll(() => page.locator('li.mn-connection-card').count()).toBe(40);
    expect(await page.locator('.mn-connections__header > h1').textContent()).toBe('100 Connections');
    const people = fake.people();
    const cards = await page.$$eval(
      '.mn-connections .scaffold-finite-scroll__content ul > li.mn-connection-card',
      (lis) =>
        lis.map((li) => ({
          name: li.querySelector('span.mn-connection-card__name')?.textContent,
          occupation: li.querySelector('span.mn-connection-card__occupation')?.textContent,
          href: li.querySelector('a.mn-connection-card__link')?.getAttribute('href'),
          time: li.querySelector('time.time-badge')?.textContent,
          more: li
            .querySelector('.artdeco-dropdown button.mn-connection-card__dropdown-trigger')
            ?.getAttribute('aria-label'),
        })),
    );
    cards.forEach((card, i) => {
      expect(card).toMatchObject({
        name: people[i]!.name,
        occupation: people[i]!.headline,
        href: `/in/${people[i]!.slug}/`,
        more: `More actions for ${people[i]!.name}`,
      });
      expect(card.time).toMatch(
        /^Connected (today|1 (day|week|month|year) ago|\d+ (days|weeks|months|years) ago)$/,
      );
    });
    expect(cards[0]!.time).toBe('Connected 3 weeks ago');
    expect(cards[1]!.time).toBe('Connected 2 years ago');

    const showMore = page.locator('button.scaffold-finite-scroll__load-button');
    expect((await showMore.textContent())?.trim()).toBe('Show more results');
    await showMore.evaluate((b: HTMLButtonElement) => b.click()); // a click, without scrolling the window
    await expect.poll(() => page.locator('li.mn-connection-card').count()).toBe(80);
    await page.evaluate(() => window.scrollTo(0, document.scrollingElement!.scrollHeight));
    await expect.poll(() => page.locator('li.mn-connection-card').count()).toBe(100);
    await expect.poll(() => showMore.isVisible()).toBe(false);

    const victim = people[5]!;
    const li = page
      .locator('li.mn-connection-card')
      .filter({ has: page.locator(`a.mn-connection-card__link[href="/in/${victim.slug}/"]`) });
    await li.locator('button.mn-connection-card__dropdown-trigger').click();
    await li.locator('.artdeco-dropdown__content--is-open button', { hasText: 'Remove connection' }).click();
    const modal = page.locator('div[role="alertdialog"].artdeco-modal');
    await modal.waitFor();
    expect(await modal.innerText()).toContain(`Remove ${victim.firstName} as a connection?`);
    expect((await modal.locator('button[data-test-dialog-primary-btn]').textContent())?.trim()).toBe(
      'Remove',
    );
    await modal.locator('button[data-test-dialog-primary-btn]').click();
    await expect.poll(() => li.count()).toBe(0);
    expect(fake.removals.map((r) => r.slug)).toEqual([victim.slug]);
    expect(await page.locator('.mn-connections__header > h1').textContent()).toBe('99 Connections');

    await page.fill('#mn-connections-search-input', 'alex kim');
    const expected = fake
      .people()
      .filter((p) => matchesByWordPrefix(p.name, 'alex kim'))
      .map((p) => p.name);
    expect(expected.length).toBeGreaterThanOrEqual(3);
    await expect
      .poll(() => page.locator('span.mn-connection-card__name').allTextContents())
      .toEqual(expected);
  });

  it('switches layout on the next load with the same people', async () => {
    const { page, fake } = await openFake({ size: 40 });
    await page.waitForSelector(CARD);
    fake.setLayout('classic');
    await page.reload();
    await expect.poll(() => page.locator('li.mn-connection-card').count()).toBe(40);
    const hrefs = await page
      .locator('a.mn-connection-card__link')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(fake.people().map((p) => `/in/${p.slug}/`));
    expect(await page.locator(CARD).count()).toBe(0);
  });
});

describe('Turkish', () => {
  it('localises every label, the date and the thousands separator', async () => {
    const { page, fake } = await openFake({ size: 1217, lang: 'tr' });
    await page.waitForSelector(CARD);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('tr');
    expect(await page.locator('h1').textContent()).toBe('1.217 bağlantı');
    expect(await page.locator('input[data-testid="typeahead-input"]').getAttribute('placeholder')).toBe(
      'İsme göre ara',
    );
    const person = fake.people()[0]!;
    const card = cardBySlug(page, person.slug);
    expect(await card.locator('button[aria-haspopup="menu"]').getAttribute('aria-label')).toBe(
      `${person.name} için diğer işlemler`,
    );
    expect(await card.locator('p').last().textContent()).toMatch(
      /^\d{1,2} (Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|Aralık) \d{4} tarihinde bağlantı kuruldu$/,
    );
    await card.locator('button[aria-haspopup="menu"]').click();
    expect((await page.locator('[role="menuitem"]').textContent())?.trim()).toBe('Bağlantıyı kaldır');
    await page.locator('[role="menuitem"]').click();
    await page.waitForSelector('dialog[open]');
    expect(await page.locator('dialog[open] button').allTextContents()).toEqual([
      '',
      'İptal',
      'Bağlantıyı kaldır',
    ]);
    expect(await page.locator('dialog[open] button').first().getAttribute('aria-label')).toBe('Kapat');
    expect(await page.locator('dialog[open]').innerText()).toContain(person.firstName);

    const classic = renderStaticConnectionsPage('classic', fake.people().slice(0, 3), {
      lang: 'tr',
      total: 487,
    });
    expect(classic).toContain('<h1 class="t-18 t-black t-normal">487 Bağlantı</h1>');
    expect(classic).toContain('Daha fazla sonuç');
    expect(classic).toContain('<html lang="tr">');
  });
});

describe('warnings', () => {
  it('checkpoint: navigation redirects to a security check, and an open page is replaced in place', async () => {
    const first = await openFake({ size: 100 });
    await first.page.waitForSelector(CARD);
    await first.page.evaluate(() => ((window as { __samePage?: boolean }).__samePage = true));
    first.fake.setWarning('checkpoint');
    await first.page.fill(SEARCH, 'a');
    await first.page.waitForURL(/\/checkpoint\/challenge\//);
    expect(await first.page.evaluate(() => (window as { __samePage?: boolean }).__samePage)).toBe(true); // pushState, no reload
    expect(await first.page.locator('body').innerText()).toContain("Let's do a quick security check");
    expect(await first.page.locator(CARD).count()).toBe(0);

    await first.page.goto(CONNECTIONS);
    expect(first.page.url()).toMatch(/^https:\/\/www\.linkedin\.com\/checkpoint\/challenge\//);
    expect((await first.page.locator('body').innerText()).toLowerCase()).toContain("verify it's you");
    expect(first.fake.profileRequests).toEqual([]);
  });

  it('restricted: a banner on load and on the next answer, and removals are refused', async () => {
    const { page, fake } = await openFake({ size: 40 });
    await page.waitForSelector(CARD);
    fake.setWarning('restricted');
    await page.fill(SEARCH, 'a');
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('Your account has been temporarily restricted');
    await page.locator(CARD).first().locator('button[aria-haspopup="menu"]').click();
    await page.locator('[role="menuitem"]').click();
    await page.locator('dialog[open] button[data-view-name="connections-remove"]').click();
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
    expect(fake.removals).toEqual([]);
    expect(fake.people()).toHaveLength(40);

    await page.reload();
    expect(await page.getByRole('alert').textContent()).toContain('temporarily restricted');
  });

  it('login: navigation and API answers send the page to /uas/login', async () => {
    const { page, fake } = await openFake({ size: 40 });
    await page.waitForSelector(CARD);
    fake.setWarning('login');
    await page.fill(SEARCH, 'a');
    await page.waitForURL(/\/uas\/login/);
    fake.setWarning('none');
    await page.goto(CONNECTIONS);
    await page.waitForSelector(CARD);
    fake.setWarning('login');
    await page.goto(CONNECTIONS);
    expect(new URL(page.url()).pathname).toBe('/uas/login');
    expect(await page.locator('h1').textContent()).toBe('Sign in');
  });
});

describe('other pages', () => {
  it('records every profile request (navigation or fetch) and serves photos that are fresh or expired', async () => {
    const { page, fake } = await openFake({ size: 40 }, 'https://www.linkedin.com/feed/');
    expect(fake.profileRequests).toEqual([]);
    const person: FakePerson = fake.people()[3]!;
    await page.goto(person.profileUrl);
    expect(await page.title()).toBe(`${person.name} | LinkedIn`);
    await page.evaluate(() => fetch('/in/someone-else/', { method: 'HEAD' }).then(() => undefined));
    expect(fake.profileRequests).toEqual([person.profileUrl, 'https://www.linkedin.com/in/someone-else/']);

    const fresh = fake.people().find((p) => photoKind(p.slug) === 'fresh')!;
    const expired = fake.people().find((p) => photoKind(p.slug) === 'expired')!;
    const outcomes = await page.evaluate(
      (urls) =>
        Promise.all(
          urls.map(
            (src) =>
              new Promise<string>((resolve) => {
                const img = new Image();
                img.onload = () => resolve('loaded');
                img.onerror = () => resolve('failed');
                img.src = src;
              }),
          ),
        ),
      [photoUrlFor(fresh.slug)!, photoUrlFor(expired.slug)!],
    );
    expect(outcomes).toEqual(['loaded', 'failed']);
    expect(fake.people().some((p) => photoUrlFor(p.slug) === null)).toBe(true);
  });
});

describe('page faults', () => {
  it('refuses unknown faults and bad values, and starts with all off', () => {
    expect(new FakeLinkedIn().faults).toEqual({
      staleMenu: false,
      recycleRows: false,
      rerenderDuringRemoval: false,
      searchLagMs: 0,
      menuActsOnOther: false,
      alsoRemovesNeighbour: false,
      dialogShowsFullName: false,
    });
    expect(() => new FakeLinkedIn({ faults: { staleMenus: true } as never })).toThrow(
      /unknown fault "staleMenus"/,
    );
    const fake = new FakeLinkedIn();
    expect(() => fake.setFaults({ searchLagMs: -1 })).toThrow(/searchLagMs/);
    expect(() => fake.setFaults({ recycleRows: 'yes' as never })).toThrow(/recycleRows must be a boolean/);
    fake.setFaults({ recycleRows: true });
    expect(fake.faults).toMatchObject({ recycleRows: true, staleMenu: false });
  });

  it('staleMenu (current): another card’s menu opens first in the DOM, and aria-controls names the real one', async () => {
    const { page } = await openFake({ size: 10, faults: { staleMenu: true, dialogShowsFullName: true } });
    await page.waitForSelector(CARD);
    const slugs = await domSlugs(page);
    const button = (slug: string) => cardBySlug(page, slug).locator('button[aria-haspopup="menu"]');
    await button(slugs[3]!).click();
    const menus = page.locator('[role="menu"]');
    await expect.poll(() => menus.count()).toBe(2);
    const ids = await menus.evaluateAll((els) => els.map((m) => m.id));
    expect(await button(slugs[3]!).getAttribute('aria-controls')).toBe(ids[1]);
    expect(await button(slugs[3]!).getAttribute('aria-expanded')).toBe('true');
    // The first one acts on someone else: its dialog names the first listed person in full.
    // Both sit at the same place, ours on top: a script's click reaches the one underneath.
    await menus
      .first()
      .locator('[role="menuitem"]')
      .evaluate((item) => (item as HTMLElement).click());
    await page.waitForSelector('dialog[open]');
    const first = await cardBySlug(page, slugs[0]!).locator(PROFILE_LINK).nth(1).textContent();
    expect(await page.locator('dialog[open]').innerText()).toContain(`Remove ${first} as a connection?`);
    await page.locator('dialog[open]').getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
  });

  it('recycleRows (current): an element held from before shows someone else after a scroll', async () => {
    const { page } = await openFake({ size: 60, faults: { recycleRows: true } });
    await page.waitForSelector(CARD);
    const before = await domSlugs(page);
    await page.evaluate(
      (sel) => ((window as unknown as { __held: Element }).__held = document.querySelectorAll(sel)[8]!),
      CARD,
    );
    await scrollPaneBy(page, 96 * 6);
    await expect.poll(async () => (await domSlugs(page))[0]).not.toBe(before[0]);
    const held = await page.evaluate(() => {
      const card = (window as unknown as { __held: Element }).__held;
      return {
        connected: card.isConnected,
        href: card.querySelectorAll('a[data-view-name="connections-profile"]')[1]!.getAttribute('href'),
      };
    });
    expect(held.connected).toBe(true);
    expect(held.href).not.toContain(`/in/${before[8]}/`);
  });

  it('rerenderDuringRemoval (current): rows are new elements for the same people while a menu is open', async () => {
    const { page } = await openFake({ size: 10, faults: { rerenderDuringRemoval: true } });
    await page.waitForSelector(CARD);
    const slugs = await domSlugs(page);
    await page.evaluate(
      (sel) => ((window as unknown as { __held: Element }).__held = document.querySelectorAll(sel)[2]!),
      CARD,
    );
    await cardBySlug(page, slugs[2]!).locator('button[aria-haspopup="menu"]').click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __held: Element }).__held.isConnected))
      .toBe(false);
    expect(await domSlugs(page)).toEqual(slugs);
    const button = cardBySlug(page, slugs[2]!).locator('button[aria-haspopup="menu"]');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await button.getAttribute('aria-controls')).toBe(
      await page.locator('[role="menu"]').getAttribute('id'),
    );
  });

  it.each(['current', 'classic'] as const)(
    'menuActsOnOther, alsoRemovesNeighbour and searchLagMs (%s): the server’s record says who really went',
    async (layout) => {
      const { page, fake } = await openFake({ layout, size: 10, faults: { menuActsOnOther: true } });
      const cardSel = layout === 'current' ? CARD : 'li.mn-connection-card';
      await page.waitForSelector(cardSel);
      const people = fake.people();
      const openMenuOf = async (index: number) => {
        const card = page.locator(cardSel).nth(index);
        await card
          .locator(
            layout === 'current'
              ? 'button[aria-haspopup="menu"]'
              : 'button.mn-connection-card__dropdown-trigger',
          )
          .click();
        const item =
          layout === 'current'
            ? page.locator('[role="menu"] [role="menuitem"]')
            : card.locator('.artdeco-dropdown__content--is-open button');
        await item.click();
        const dialog = page.locator(layout === 'current' ? 'dialog[open]' : '[role="alertdialog"]');
        await dialog.waitFor();
        return dialog;
      };
      // The second card's menu acts on the third person.
      let dialog = await openMenuOf(1);
      expect(await dialog.innerText()).toContain(`Remove ${people[2]!.firstName} as a connection?`);
      await dialog
        .locator(
          layout === 'current'
            ? 'button[data-view-name="connections-remove"]'
            : '[data-test-dialog-primary-btn]',
        )
        .click();
      await expect
        .poll(() => fake.removals.map((r) => r.slug), { timeout: 10_000 })
        .toEqual([people[2]!.slug]);
      await expect.poll(() => page.locator(cardSel).count(), { timeout: 10_000 }).toBe(9);

      // The next confirm takes the neighbour too, and the search lags for the removed. The page
      // learns page faults from the server's answers, so it is loaded afresh to bind menus without
      // menuActsOnOther (before, the test relied on the removal's answer arriving after this line).
      fake.setFaults({ menuActsOnOther: false, alsoRemovesNeighbour: true, searchLagMs: 60_000 });
      await page.reload();
      await page.waitForSelector(cardSel);
      await expect.poll(() => page.locator(cardSel).count(), { timeout: 10_000 }).toBe(9);
      dialog = await openMenuOf(0);
      await dialog
        .locator(
          layout === 'current'
            ? 'button[data-view-name="connections-remove"]'
            : '[data-test-dialog-primary-btn]',
        )
        .click();
      await expect
        .poll(() => fake.removals.map((r) => r.slug), { timeout: 10_000 })
        .toEqual([people[2]!.slug, people[0]!.slug, people[1]!.slug]);
      await expect.poll(() => page.locator(cardSel).count(), { timeout: 10_000 }).toBe(7);
      await page.reload();
      await page.waitForSelector(cardSel);
      // The two removed while the search index lags are still listed (the earlier one is not).
      await expect.poll(() => page.locator(cardSel).count(), { timeout: 10_000 }).toBe(9);
      expect(fake.people()).toHaveLength(7);
    },
  );
});
