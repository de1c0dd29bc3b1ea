// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  cardElements,
  cardProfile,
  detectLayout,
  readCard,
  readTotal,
  type PageLayout,
} from '../../src/linkedin/connections-page';
import { labelsFor, textIs } from '../../src/linkedin/labels';
import { dialogNamesPerson } from '../../src/linkedin/removal-dialog';
import { findScrollPane } from '../../src/linkedin/scroll-pane';
import { ANY_PROFILE_LINK, CLASSIC, CURRENT, DIALOG, TOTAL_HEADING } from '../../src/linkedin/selectors';
import { warningInText, warningInUrl } from '../../src/linkedin/warning-signs';
import { findRemoveMenuItem } from '../../src/linkedin/page-finders';
import {
  buttonNames,
  cardHolds,
  findCardByKey,
  findMoreActionsButton,
  listedKeys,
  tiedMenu,
} from '../../src/linkedin/removal-targets';

/**
 * The saved Connections pages of both layouts (tests/fixtures/linkedin, written by
 * tests/fake-linkedin/write-fixtures.ts from the twelve people of fixture-people.ts) read through
 * the extension's own selectors and readers. Every count is exact: a selector that starts to
 * match one element more or less on LinkedIn's markup is a bug waiting to remove the wrong
 * person, so a change in markup must show up here as a failing number.
 *
 * The expected values below are written from the fixture people and from linkedin-dom.md, not
 * copied from what the readers return.
 */

/** "Now" the fixtures were written with (write-fixtures.ts): the classic layout's relative dates count back from it. */
const FIXTURE_NOW = Date.UTC(2026, 10, 1);
const PEOPLE = 12;

// The jsdom environment gives import.meta.url no file path; vitest runs from the project root.
const FIXTURES = resolve('tests/fixtures/linkedin');

function load(name: string): Document {
  const html = readFileSync(resolve(FIXTURES, name), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

const count = (root: ParentNode, selector: string) => root.querySelectorAll(selector).length;
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The twelve fixture people in list order: name and the key every comparison of people uses. */
const NAMES_AND_KEYS: ReadonlyArray<[string, string]> = [
  ['Jane Roe, PMP', 'janeroe'],
  ['Alex Kim', 'alex-kim-1a2b3c'],
  ['Alex Kim', 'ACoAABx7Yq0BfK3nLr2Vw9sT4uHj8dMcE1pZo5g'], // member id: case kept
  ['Zoë Müller', 'zoë-müller-3b'], // percent-encoded UTF-8, decoded
  ['José Ñúñez', 'josé-ñúñez'],
  ['Łukasz Żółć', 'lukasz-zolc-28a1b3'],
  ['محمد العلي', 'mohammed-alali-5123'],
  ['王小明', 'ACoAAC9fRt2BqW8xYz1KmN4pLs7Vd3Hj6GcUe0a'],
  ['Sam Taylor 🚀', 'samtaylor'],
  ['Ayşe Yılmaz', 'ayşe-yılmaz'],
  ['Priya Sharma', 'priya-sharma-0b1'],
  ['Tomás Gonçalves', 'tomasgoncalves'], // capitals in the slug, lower-cased
];

/** Exact dates of the current layout ("Connected on October 2, 2026"), in list order. */
const EXACT_DATES = [
  '2026-10-02',
  '2026-09-14',
  '2026-06-29',
  '2025-12-01',
  '2025-03-17',
  '2024-08-09',
  '2023-01-31',
  '2022-09-07',
  '2021-05-04',
  '2019-05-14',
  '2017-11-23',
  '2015-02-02',
];

function readAll(doc: Document, layout: PageLayout, lang: string) {
  return cardElements(doc, layout).map((card) => readCard(card, layout, lang, FIXTURE_NOW));
}

describe('current layout (connections-current.html)', () => {
  const doc = load('connections-current.html');

  it('is recognised as the current layout, with the page total of 1,217', () => {
    expect(detectLayout(doc)).toBe('current');
    expect(count(doc, TOTAL_HEADING)).toBe(1);
    expect(readTotal(doc, 'current')).toBe(1217);
  });

  it('has one list of twelve rows, each holding one card', () => {
    expect(count(doc, CURRENT.list)).toBe(1);
    const list = doc.querySelector(CURRENT.list)!;
    expect(list.querySelectorAll(':scope > [data-display-contents="true"]')).toHaveLength(PEOPLE);
    expect(count(doc, CURRENT.card)).toBe(PEOPLE);
    expect(count(list, ':scope > [data-display-contents="true"] > [componentkey^="ConnectionCard_"]')).toBe(
      PEOPLE,
    );
    expect(cardElements(doc, 'current')).toHaveLength(PEOPLE);
  });

  it('has two profile anchors per card, both to the same person; the only other profile link is the "Me" link', () => {
    expect(count(doc, CURRENT.profileLink)).toBe(2 * PEOPLE);
    for (const card of cardElements(doc, 'current')) {
      expect(count(card, CURRENT.profileLink)).toBe(2);
      expect(count(card, ANY_PROFILE_LINK)).toBe(2);
      expect(cardProfile(card, 'current')?.links).toHaveLength(2);
    }
    const outside = Array.from(doc.querySelectorAll(ANY_PROFILE_LINK)).filter(
      (a) => !a.closest(CURRENT.card),
    );
    expect(outside.map((a) => a.getAttribute('href'))).toEqual(['/in/fake-owner/']);
  });

  it('shows one name, at most one headline and one "Connected on" line per card, in hashed-class paragraphs', () => {
    const cards = cardElements(doc, 'current');
    const paragraphs = cards.map((card) => Array.from(card.querySelectorAll('p')).map(text));
    expect(paragraphs.flat().filter((t) => t.startsWith('Connected on '))).toHaveLength(PEOPLE);
    // Name line and date line on every card; Tomás has no headline.
    expect(paragraphs.map((p) => p.length)).toEqual([3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2]);
    // The name is the text of the second profile anchor; the first (the photo) has none.
    expect(cards.map((card) => text(card.querySelectorAll(CURRENT.profileLink)[1]))).toEqual(
      NAMES_AND_KEYS.map(([name]) => name),
    );
    expect(cards.map((card) => text(card.querySelectorAll(CURRENT.profileLink)[0]))).toEqual(
      Array(PEOPLE).fill(''),
    );
  });

  it('has exactly one search box, the React typeahead', () => {
    expect(count(doc, CURRENT.searchInput)).toBe(1);
    expect(doc.querySelector(CURRENT.searchInput)?.getAttribute('placeholder')).toBe('Search by name');
  });

  it('has one More actions button per card (besides the Message button), named for the person', () => {
    const en = labelsFor('en')!;
    const cards = cardElements(doc, 'current');
    expect(count(doc, CURRENT.moreActions)).toBe(2 * PEOPLE);
    for (const card of cards) expect(count(card, CURRENT.moreActions)).toBe(2);
    const more = cards.map((card) => findMoreActionsButton(card, 'current', en));
    expect(more.every((b) => b !== null && b.closest(CURRENT.card) !== null)).toBe(true);
    expect(new Set(more).size).toBe(PEOPLE);
    expect(more.map((b) => b!.getAttribute('aria-label'))).toEqual(
      NAMES_AND_KEYS.map(([name]) => `More actions for ${name}`),
    );
  });

  it('shows no menu, no dialog and no visible "Load more" while nothing is open', () => {
    expect(count(doc, CURRENT.menu)).toBe(0);
    expect(count(doc, CURRENT.menuItem)).toBe(0);
    expect(count(doc, DIALOG)).toBe(0);
    expect(count(doc, CURRENT.confirmButton)).toBe(0);
    const loadMore = Array.from(doc.querySelectorAll('button')).filter((b) =>
      textIs(b.textContent, labelsFor('en')!.loadMore),
    );
    expect(loadMore).toHaveLength(1);
    expect(loadMore[0]!.hidden).toBe(true);
  });

  it('reads all twelve people: names and normalised profile keys in list order, no card unreadable', () => {
    const readings = readAll(doc, 'current', 'en');
    expect(readings.filter((r) => r.card === null)).toEqual([]);
    expect(readings.map((r) => [r.card!.name, r.card!.profileKey])).toEqual(NAMES_AND_KEYS);
    expect(readings.map((r) => r.card!.connectedOn)).toEqual(
      EXACT_DATES.map((date) => ({ kind: 'exact', date })),
    );
  });

  it('reads full records of the hard cases exactly', () => {
    const byKey = new Map(readAll(doc, 'current', 'en').map((r) => [r.card!.profileKey, r.card!]));
    expect(byKey.get('janeroe')).toEqual({
      profileKey: 'janeroe',
      profileUrl: 'https://www.linkedin.com/in/janeroe/',
      name: 'Jane Roe, PMP',
      headline: 'Program Manager at Acme',
      connectedOn: { kind: 'exact', date: '2026-10-02' },
    });
    expect(byKey.get('ACoAABx7Yq0BfK3nLr2Vw9sT4uHj8dMcE1pZo5g')).toEqual({
      profileKey: 'ACoAABx7Yq0BfK3nLr2Vw9sT4uHj8dMcE1pZo5g',
      profileUrl: 'https://www.linkedin.com/in/ACoAABx7Yq0BfK3nLr2Vw9sT4uHj8dMcE1pZo5g/',
      name: 'Alex Kim',
      headline: 'Recruiter | Talent Partner',
      connectedOn: { kind: 'exact', date: '2026-06-29' },
    });
    expect(byKey.get('zoë-müller-3b')).toEqual({
      profileKey: 'zoë-müller-3b',
      profileUrl: 'https://www.linkedin.com/in/zo%C3%AB-m%C3%BCller-3b/',
      name: 'Zoë Müller',
      headline: 'UX Designer at Zürich Partners',
      connectedOn: { kind: 'exact', date: '2025-12-01' },
    });
    // A headline that looks like a date line stays the headline; the real date line wins.
    expect(byKey.get('priya-sharma-0b1')).toMatchObject({
      headline: 'Connected Cars lead since 12 March 2024',
      connectedOn: { kind: 'exact', date: '2017-11-23' },
    });
    expect(byKey.get('tomasgoncalves')).toEqual({
      profileKey: 'tomasgoncalves',
      profileUrl: 'https://www.linkedin.com/in/tomasgoncalves/',
      name: 'Tomás Gonçalves',
      headline: '',
      connectedOn: { kind: 'exact', date: '2015-02-02' },
    });
  });

  it('tells the two Alex Kims apart by profile key', () => {
    const alexes = readAll(doc, 'current', 'en').filter((r) => r.card!.name === 'Alex Kim');
    expect(alexes.map((r) => r.card!.profileKey)).toEqual([
      'alex-kim-1a2b3c',
      'ACoAABx7Yq0BfK3nLr2Vw9sT4uHj8dMcE1pZo5g',
    ]);
  });

  it('shows no LinkedIn warning', () => {
    expect(warningInText(doc.body.textContent ?? '')).toBeNull();
  });
});

describe('current layout with a card menu open (connections-current-menu.html)', () => {
  const doc = load('connections-current-menu.html');

  it('has one menu, portalled outside the list, with one "Remove connection" item', () => {
    expect(count(doc, CURRENT.menu)).toBe(1);
    const menu = doc.querySelector(CURRENT.menu)!;
    expect(menu.closest(CURRENT.list)).toBeNull();
    expect(count(menu, CURRENT.menuItem)).toBe(1);
    const item = findRemoveMenuItem(menu, 'current', labelsFor('en')!);
    expect(item).not.toBeNull();
    expect(text(item)).toBe('Remove connection');
  });

  it('still lists the same twelve cards, and no dialog yet', () => {
    expect(count(doc, CURRENT.card)).toBe(PEOPLE);
    expect(count(doc, CURRENT.profileLink)).toBe(2 * PEOPLE);
    expect(count(doc, DIALOG)).toBe(0);
  });
});

describe('current layout with the removal dialog open (connections-current-dialog.html)', () => {
  const doc = load('connections-current-dialog.html');

  it('finds the native <dialog open>, which has no role (so [role="dialog"] alone would miss it)', () => {
    expect(count(doc, DIALOG)).toBe(1);
    expect(count(doc, 'dialog[open]')).toBe(1);
    expect(count(doc, '[role="dialog"], [role="alertdialog"]')).toBe(0);
  });

  it('has one confirm button, "Remove connection", besides Cancel and Dismiss', () => {
    const dialog = doc.querySelector(DIALOG)!;
    expect(count(dialog, 'button')).toBe(3);
    expect(count(dialog, CURRENT.confirmButton)).toBe(1);
    const confirm = dialog.querySelector(CURRENT.confirmButton)!;
    expect(text(confirm)).toBe('Remove connection');
    expect(textIs(confirm.textContent, labelsFor('en')!.confirm)).toBe(true);
    expect(textIs(confirm.textContent, labelsFor('en')!.cancel)).toBe(false);
    const cancels = Array.from(dialog.querySelectorAll('button')).filter((b) =>
      textIs(b.textContent, labelsFor('en')!.cancel),
    );
    expect(cancels).toHaveLength(1);
    expect(cancels[0]!.matches(CURRENT.confirmButton)).toBe(false);
  });

  it('names only the first name, which matches the first card and not someone else', () => {
    const dialogText = text(doc.querySelector(DIALOG));
    expect(dialogText).toContain('Remove Jane as a connection?');
    expect(dialogNamesPerson(dialogText, 'Jane Roe, PMP')).toBe(true);
    expect(dialogNamesPerson(dialogText, 'Alex Kim')).toBe(false);
    expect(dialogNamesPerson(dialogText, 'Janet Roe')).toBe(false);
  });

  it('keeps the total: the dialog heading is not mistaken for it', () => {
    expect(count(doc, TOTAL_HEADING)).toBe(2); // the page's h1 and the dialog's h2
    expect(readTotal(doc, 'current')).toBe(1217);
  });
});

describe('current layout in Turkish (connections-current-tr.html)', () => {
  const doc = load('connections-current-tr.html');
  const tr = labelsFor(doc.documentElement.lang)!;

  it('reads lang="tr", the total "1.217 bağlantı" and the same twelve cards', () => {
    expect(doc.documentElement.lang).toBe('tr');
    expect(tr).not.toBeNull();
    expect(detectLayout(doc)).toBe('current');
    expect(readTotal(doc, 'current')).toBe(1217);
    expect(count(doc, CURRENT.card)).toBe(PEOPLE);
    expect(count(doc, CURRENT.profileLink)).toBe(2 * PEOPLE);
    expect(count(doc, CURRENT.searchInput)).toBe(1);
    expect(doc.querySelector(CURRENT.searchInput)?.getAttribute('placeholder')).toBe('İsme göre ara');
  });

  it('reads Turkish dates as exact dates', () => {
    const readings = readAll(doc, 'current', 'tr');
    expect(readings.map((r) => [r.card!.name, r.card!.profileKey])).toEqual(NAMES_AND_KEYS);
    expect(readings.map((r) => r.card!.connectedOn)).toEqual(
      EXACT_DATES.map((date) => ({ kind: 'exact', date })),
    );
    expect(text(cardElements(doc, 'current')[0]!.querySelectorAll('p')[2])).toBe(
      '2 Ekim 2026 tarihinde bağlantı kuruldu',
    );
  });

  it('finds the Turkish More actions button on every card', () => {
    const more = cardElements(doc, 'current').map((card) => findMoreActionsButton(card, 'current', tr));
    expect(more.filter((b) => b !== null)).toHaveLength(PEOPLE);
    expect(more[0]!.getAttribute('aria-label')).toBe('Jane Roe, PMP için diğer işlemler');
    // English labels do not find it: an unknown language must stop, not guess.
    expect(findMoreActionsButton(cardElements(doc, 'current')[0]!, 'current', labelsFor('en')!)).toBeNull();
  });
});

/** Classic relative dates, counted back from FIXTURE_NOW (2026-11-01) in calendar months and years. */
const CLASSIC_DATES: ReadonlyArray<[string, string]> = [
  ['Connected 1 month ago', '2026-10-01'],
  ['Connected 1 month ago', '2026-10-01'],
  ['Connected 4 months ago', '2026-07-01'],
  ['Connected 11 months ago', '2025-12-01'],
  ['Connected 1 year ago', '2025-11-01'],
  ['Connected 2 years ago', '2024-11-01'],
  ['Connected 3 years ago', '2023-11-01'],
  ['Connected 4 years ago', '2022-11-01'],
  ['Connected 5 years ago', '2021-11-01'],
  ['Connected 7 years ago', '2019-11-01'],
  ['Connected 8 years ago', '2018-11-01'],
  ['Connected 11 years ago', '2015-11-01'],
];

describe('classic layout (connections-classic.html)', () => {
  const doc = load('connections-classic.html');

  it('is recognised as the classic layout, with the header total of 487', () => {
    expect(detectLayout(doc)).toBe('classic');
    expect(count(doc, CLASSIC.total)).toBe(1);
    expect(text(doc.querySelector(CLASSIC.total))).toBe('487 Connections');
    expect(readTotal(doc, 'classic')).toBe(487);
  });

  it("matches none of the current layout's markers", () => {
    expect(count(doc, CURRENT.list)).toBe(0);
    expect(count(doc, CURRENT.card)).toBe(0);
    expect(count(doc, CURRENT.profileLink)).toBe(0);
    expect(count(doc, CURRENT.searchInput)).toBe(0);
  });

  it('has twelve cards, each with one name link (and a photo link) to the same person', () => {
    expect(count(doc, CLASSIC.list)).toBe(2); // .mn-connections and its .scaffold-finite-scroll__content
    expect(count(doc, CLASSIC.card)).toBe(PEOPLE);
    expect(count(doc, CLASSIC.profileLink)).toBe(PEOPLE);
    for (const card of cardElements(doc, 'classic')) {
      expect(count(card, CLASSIC.profileLink)).toBe(1);
      expect(count(card, ANY_PROFILE_LINK)).toBe(2);
      expect(cardProfile(card, 'classic')?.links).toHaveLength(1);
      // The photo link points at the same person as the name link.
      const keys = Array.from(card.querySelectorAll(ANY_PROFILE_LINK)).map((a) => a.getAttribute('href'));
      expect(new Set(keys).size).toBe(1);
    }
  });

  it('has one name, one occupation and one relative time badge per card', () => {
    expect(count(doc, CLASSIC.name)).toBe(PEOPLE);
    expect(count(doc, CLASSIC.occupation)).toBe(PEOPLE);
    expect(count(doc, CLASSIC.time)).toBe(PEOPLE);
    for (const card of cardElements(doc, 'classic')) {
      expect(count(card, CLASSIC.name)).toBe(1);
      expect(count(card, CLASSIC.occupation)).toBe(1);
      expect(count(card, CLASSIC.time)).toBe(1);
    }
    expect(Array.from(doc.querySelectorAll(CLASSIC.time)).map(text)).toEqual(CLASSIC_DATES.map(([t]) => t));
  });

  it('has one search box, one More actions button per card, and a visible "Show more results"', () => {
    expect(count(doc, CLASSIC.searchInput)).toBe(1);
    expect(count(doc, CLASSIC.moreActions)).toBe(PEOPLE);
    const en = labelsFor('en')!;
    const more = cardElements(doc, 'classic').map((card) => findMoreActionsButton(card, 'classic', en));
    expect(more.map((b) => b?.getAttribute('aria-label'))).toEqual(
      NAMES_AND_KEYS.map(([name]) => `More actions for ${name}`),
    );
    expect(count(doc, CLASSIC.loadMore)).toBe(1);
    const loadMore = doc.querySelector<HTMLButtonElement>(CLASSIC.loadMore)!;
    expect(text(loadMore)).toBe('Show more results');
    expect(loadMore.hidden).toBe(false);
    expect(textIs(loadMore.textContent, en.loadMore)).toBe(true);
  });

  it('shows no open menu and no dialog', () => {
    expect(count(doc, CLASSIC.openMenu)).toBe(0);
    expect(count(doc, DIALOG)).toBe(0);
    expect(count(doc, CLASSIC.confirmButton)).toBe(0);
  });

  it('reads all twelve people, relative links made absolute, with estimated dates', () => {
    const readings = readAll(doc, 'classic', 'en');
    expect(readings.filter((r) => r.card === null)).toEqual([]);
    expect(readings.map((r) => [r.card!.name, r.card!.profileKey])).toEqual(NAMES_AND_KEYS);
    expect(readings.map((r) => r.card!.connectedOn)).toEqual(
      CLASSIC_DATES.map(([t, estimate]) => ({ kind: 'relative', text: t, estimate })),
    );
  });

  it('reads full records of a few cards exactly', () => {
    const byKey = new Map(readAll(doc, 'classic', 'en').map((r) => [r.card!.profileKey, r.card!]));
    expect(byKey.get('janeroe')).toEqual({
      profileKey: 'janeroe',
      profileUrl: 'https://www.linkedin.com/in/janeroe/',
      name: 'Jane Roe, PMP',
      headline: 'Program Manager at Acme',
      connectedOn: { kind: 'relative', text: 'Connected 1 month ago', estimate: '2026-10-01' },
    });
    expect(byKey.get('josé-ñúñez')).toEqual({
      profileKey: 'josé-ñúñez',
      profileUrl: 'https://www.linkedin.com/in/jos%C3%A9-%C3%B1%C3%BA%C3%B1ez/',
      name: 'José Ñúñez',
      headline: 'Founder at Banco Ñandú',
      connectedOn: { kind: 'relative', text: 'Connected 1 year ago', estimate: '2025-11-01' },
    });
    expect(byKey.get('ACoAAC9fRt2BqW8xYz1KmN4pLs7Vd3Hj6GcUe0a')).toEqual({
      profileKey: 'ACoAAC9fRt2BqW8xYz1KmN4pLs7Vd3Hj6GcUe0a',
      profileUrl: 'https://www.linkedin.com/in/ACoAAC9fRt2BqW8xYz1KmN4pLs7Vd3Hj6GcUe0a/',
      name: '王小明',
      headline: 'Product Manager at Hooli',
      connectedOn: { kind: 'relative', text: 'Connected 4 years ago', estimate: '2022-11-01' },
    });
    expect(byKey.get('tomasgoncalves')).toMatchObject({ name: 'Tomás Gonçalves', headline: '' });
  });

  it('shows no LinkedIn warning', () => {
    expect(warningInText(doc.body.textContent ?? '')).toBeNull();
  });
});

describe("classic layout with the first card's menu open (connections-classic-menu.html)", () => {
  const doc = load('connections-classic-menu.html');

  it('has one open dropdown, inside the first card, with one "Remove connection" button', () => {
    expect(count(doc, CLASSIC.openMenu)).toBe(1);
    const first = cardElements(doc, 'classic')[0]!;
    const menu = first.querySelector(CLASSIC.openMenu)!;
    expect(menu).not.toBeNull();
    expect(count(menu, 'button')).toBe(1);
    const item = findRemoveMenuItem(menu, 'classic', labelsFor('en')!);
    expect(text(item)).toBe('Remove connection');
    expect(item?.getAttribute('aria-label')).toBe('Remove connection');
    expect(count(doc, DIALOG)).toBe(0);
  });
});

describe('classic layout with the removal dialog open (connections-classic-dialog.html)', () => {
  const doc = load('connections-classic-dialog.html');

  it('has one alertdialog with one primary "Remove" button that is not Cancel', () => {
    expect(count(doc, DIALOG)).toBe(1);
    expect(count(doc, 'div[role="alertdialog"].artdeco-modal')).toBe(1);
    const dialog = doc.querySelector(DIALOG)!;
    expect(count(dialog, 'button')).toBe(3);
    expect(count(dialog, CLASSIC.confirmButton)).toBe(1);
    const confirm = dialog.querySelector(CLASSIC.confirmButton)!;
    expect(text(confirm)).toBe('Remove');
    expect(textIs(confirm.textContent, labelsFor('en')!.confirm)).toBe(true);
    expect(textIs(confirm.textContent, labelsFor('en')!.cancel)).toBe(false);
  });

  it('names Jane, the first card, and nobody else', () => {
    const dialogText = text(doc.querySelector(DIALOG));
    expect(dialogNamesPerson(dialogText, 'Jane Roe, PMP')).toBe(true);
    expect(dialogNamesPerson(dialogText, 'Zoë Müller')).toBe(false);
  });
});

describe('warning pages', () => {
  it('reads the security check page as a checkpoint', () => {
    const doc = load('checkpoint.html');
    expect(detectLayout(doc)).toBeNull();
    expect(count(doc, ANY_PROFILE_LINK)).toBe(0);
    expect(warningInText(doc.body.textContent ?? '')?.kind).toBe('checkpoint');
    // The fake serves it at LinkedIn's address for it, which is a warning on its own.
    expect(warningInUrl('https://www.linkedin.com/checkpoint/challenge/AgH3x/')?.kind).toBe('checkpoint');
  });

  it.each([
    ['connections-current-restricted.html', 'current', 1217],
    ['connections-classic-restricted.html', 'classic', 487],
  ] as const)('reads the restriction banner on %s, above an otherwise normal list', (name, layout, total) => {
    const doc = load(name);
    expect(count(doc, '[role="alert"]')).toBe(1);
    expect(warningInText(doc.body.textContent ?? '')?.kind).toBe('restricted');
    expect(detectLayout(doc)).toBe(layout);
    expect(readTotal(doc, layout)).toBe(total);
    expect(cardElements(doc, layout)).toHaveLength(PEOPLE);
  });
});

describe('the scroll pane (findScrollPane) on the saved pages', () => {
  // jsdom has no layout: every element reports a tall content in a short box, so that only the
  // page's own overflow styles decide what is scrollable, as in a browser with a long list.
  function show(name: string): void {
    const parsed = load(name);
    document.replaceChild(document.importNode(parsed.documentElement, true), document.documentElement);
    vi.spyOn(Element.prototype, 'scrollHeight', 'get').mockReturnValue(10_000);
    vi.spyOn(Element.prototype, 'clientHeight', 'get').mockReturnValue(600);
  }
  afterEach(() => vi.restoreAllMocks());

  it('current layout: the inner pane that holds the list, not the window', () => {
    show('connections-current.html');
    const pane = findScrollPane(document);
    expect(pane).toBe(document.querySelector(CURRENT.list)!.parentElement);
    expect(count(pane, CURRENT.profileLink)).toBe(2 * PEOPLE);
  });

  it('current layout: the pane with the most profile links wins over another scrollable area', () => {
    show('connections-current.html');
    (document.querySelector('#global-nav') as HTMLElement).style.overflowY = 'auto'; // holds only "Me"
    expect(findScrollPane(document)).toBe(document.querySelector(CURRENT.list)!.parentElement);
  });

  it('classic layout: the window (no inner pane scrolls)', () => {
    show('connections-classic.html');
    expect(findScrollPane(document)).toBe(document.scrollingElement ?? document.documentElement);
  });
});

describe('the removal locks on the saved pages (src/linkedin/removal-targets.ts)', () => {
  const en = labelsFor('en')!;
  const tr = labelsFor('tr')!;
  const shown = () => true; // jsdom lays nothing out; visibility is the executor's check

  it('reads whom a More actions label names: the queued person in full, someone else, or nobody', () => {
    const doc = load('connections-current.html');
    const [first, second] = cardElements(doc, 'current');
    const label = findMoreActionsButton(first!, 'current', en)!.getAttribute('aria-label')!;
    expect(label).toBe('More actions for Jane Roe, PMP');
    expect(buttonNames(label, en, 'Jane Roe, PMP')).toBe('person');
    expect(buttonNames(label, en, 'jane  roe, pmp')).toBe('person');
    expect(buttonNames('More actions for Jane Roe', en, 'Jane Roe, PMP')).toBe('person');
    expect(buttonNames(label, en, 'Jane Roe')).toBe('other');
    expect(
      buttonNames(
        findMoreActionsButton(second!, 'current', en)!.getAttribute('aria-label')!,
        en,
        'Jane Roe, PMP',
      ),
    ).toBe('other');
    expect(buttonNames('More actions for Zoe Muller', en, 'Zoë Müller')).toBe('person');
    expect(buttonNames('Show more actions', en, 'Jane Roe')).toBe('nobody');
    expect(buttonNames('Jane Doe için diğer işlemler', tr, 'Jane Roe')).toBe('other');
    expect(buttonNames('Jane Roe için diğer işlemler', tr, 'Jane Roe')).toBe('person');
    expect(buttonNames('Diğer işlemler', tr, 'Jane Roe')).toBe('nobody');
  });

  it('finds a card by profile key and tells when an element no longer holds that person', () => {
    const doc = load('connections-current.html');
    const [first, second] = cardElements(doc, 'current');
    const key = cardProfile(first!, 'current')!.key;
    expect(findCardByKey(doc, 'current', key)).toBe(first);
    expect(cardHolds(first!, 'current', key)).toBe(true);
    expect(cardHolds(second!, 'current', key)).toBe(false);
    expect(listedKeys(doc, 'current')).toHaveLength(PEOPLE);
    first!.remove();
    expect(cardHolds(first!, 'current', key)).toBe(false); // a replaced row's old element
    expect(findCardByKey(doc, 'current', key)).toBeNull();
  });

  it('ties the menu to the button that opened it: new since the click, aria-expanded, aria-controls', () => {
    const doc = load('connections-current-menu.html');
    const [card, other] = cardElements(doc, 'current');
    const button = findMoreActionsButton(card!, 'current', en)!;
    const menu = doc.querySelector(CURRENT.menu)!;
    const none = new Set<Element>();
    // Not expanded: the menu on the page is nobody's we know.
    button.setAttribute('aria-expanded', 'false');
    expect(tiedMenu(card!, button, 'current', none, shown)).toEqual({ problem: 'not-tied' });
    button.setAttribute('aria-expanded', 'true');
    expect(tiedMenu(card!, button, 'current', none, shown)).toEqual({ menu });
    // Open before the click: never ours.
    expect(tiedMenu(card!, button, 'current', new Set([menu]), shown)).toEqual({ problem: 'none' });
    // A second new menu (a stale portal): only aria-controls can say which is ours.
    const stale = menu.cloneNode(true) as Element;
    menu.before(stale);
    expect(tiedMenu(card!, button, 'current', none, shown)).toEqual({ problem: 'not-tied' });
    menu.id = 'menu-ours';
    button.setAttribute('aria-controls', 'menu-ours');
    expect(tiedMenu(card!, button, 'current', none, shown)).toEqual({ menu });
    button.setAttribute('aria-controls', 'menu-theirs');
    expect(tiedMenu(card!, button, 'current', none, shown)).toEqual({ problem: 'not-tied' });
    // Another card's button does not own it either.
    const otherButton = findMoreActionsButton(other!, 'current', en)!;
    expect(tiedMenu(other!, otherButton, 'current', none, shown)).toEqual({ problem: 'not-tied' });
  });

  it('classic: the open dropdown must be inside the card’s own dropdown', () => {
    const doc = load('connections-classic-menu.html');
    const [card, other] = cardElements(doc, 'classic');
    expect(count(doc, CLASSIC.dropdown)).toBe(PEOPLE);
    for (const each of cardElements(doc, 'classic')) expect(count(each, CLASSIC.dropdown)).toBe(1);
    const button = findMoreActionsButton(card!, 'classic', en)!;
    button.setAttribute('aria-expanded', 'true');
    expect(tiedMenu(card!, button, 'classic', new Set(), shown)).toEqual({
      menu: card!.querySelector(CLASSIC.openMenu),
    });
    const otherButton = findMoreActionsButton(other!, 'classic', en)!;
    otherButton.setAttribute('aria-expanded', 'true');
    expect(tiedMenu(other!, otherButton, 'classic', new Set(), shown)).toEqual({ problem: 'not-tied' });
  });
});
