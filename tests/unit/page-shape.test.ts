// @vitest-environment jsdom
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_PEOPLE } from '../fake-linkedin/fixture-people';
import { cardElements, detectLayout, readCard } from '../../src/linkedin/connections-page';
import {
  componentKeyPrefix,
  maskLabel,
  outlineOf,
  pageKind,
  pageShapeOf,
} from '../../src/linkedin/page-shape';

/**
 * The page-shape file (src/linkedin/page-shape.ts) keeps the structure QuietPrune reads and nothing
 * personal: the saved pages of both layouts (menus and dialogs open, Turkish too) must come out
 * with none of their people's names, slugs, links, member ids or numbers, and with the handles a
 * fix needs (data-view-name, componentkey prefixes, roles, the aria-controls tie).
 */
const FIXTURES = resolve('tests/fixtures/linkedin');
const load = (name: string) =>
  new DOMParser().parseFromString(readFileSync(resolve(FIXTURES, name), 'utf8'), 'text/html');

/** The names the page lists, read as the content script reads them (content/rehearsal/capture-shape.ts). */
function listedPeopleIn(doc: Document): string[] {
  const layout = detectLayout(doc);
  if (!layout) return [];
  return cardElements(doc, layout).flatMap((card) => {
    const read = readCard(card, layout, doc.documentElement.lang || 'en', 0).card;
    return read ? [read.name] : [];
  });
}

/** Everything personal the fixture people hold, as a page would show it. */
function personalStrings(): string[] {
  const out = new Set<string>();
  for (const p of FIXTURE_PEOPLE) {
    for (const word of `${p.firstName} ${p.lastName} ${p.name}`.split(/[\s,]+/))
      if (word.length >= 2 && !['PMP', 'MBA', 'CFA'].includes(word)) out.add(word);
    out.add(p.slug);
    out.add(decodeURIComponent(p.slug));
    out.add(p.profileUrl);
    if (p.headline) for (const word of p.headline.split(/\s+/)) if (word.length >= 5) out.add(word);
  }
  return [...out];
}

/** Digits anywhere but in heading tags (h1..h6 are tag names, not numbers of the page). */
const digitsIn = (outline: string) => outline.replace(/<\/?h[1-6]\b/g, '<h').match(/\d+/g) ?? [];

describe('the page shape of every saved LinkedIn page', () => {
  const pages = readdirSync(FIXTURES).filter((f) => f.endsWith('.html'));
  it('has the saved pages of both layouts', () => {
    expect(pages).toEqual(
      expect.arrayContaining(['connections-current-dialog.html', 'connections-classic-menu.html']),
    );
  });
  const secrets = personalStrings();
  for (const page of pages) {
    it(`${page}: nothing personal, the handles kept`, () => {
      const doc = load(page);
      const names = listedPeopleIn(doc);
      const outline = outlineOf(doc.body, { names });
      const leaked = secrets.filter((s) => outline.toLowerCase().includes(s.toLowerCase()));
      expect(leaked).toEqual([]);
      expect(digitsIn(outline)).toEqual([]);
      expect(outline).not.toMatch(/linkedin\.com|licdn/);
      if (page.startsWith('connections-current') && !page.includes('restricted')) {
        expect(outline).toContain('data-view-name="connections-profile"');
        expect(outline).toContain('componentkey="ConnectionCard_{key}"');
        expect(outline).toContain('href="{profile-url}"');
      }
      if (page.startsWith('connections-classic') && !page.includes('restricted'))
        expect(outline).toContain('class="mn-connection-card');
    });
  }

  it('keeps which button controls which menu, with the ids replaced', () => {
    const doc = new DOMParser().parseFromString(
      '<body><button aria-expanded="true" aria-controls="ember-1234 ember-77" aria-label="More actions for Jane Roe">x</button><div id="ember-77"></div><div id="ember-1234" role="menu"><div role="menuitem">Remove connection</div></div></body>',
      'text/html',
    );
    const outline = outlineOf(doc.body, { names: ['Jane Roe'] });
    expect(outline).toContain('aria-controls="id-a id-b" aria-label="More actions for {name}"');
    expect(outline).toContain('<div id="id-b">');
    expect(outline).toContain('<div id="id-a" role="menu">');
    expect(outline).not.toMatch(/ember|\d|Remove connection/);
  });

  it('masks the name in a More actions label and keeps the rest', () => {
    const doc = load('connections-current.html');
    const outline = outlineOf(doc.body, { names: listedPeopleIn(doc) });
    expect(outline).toContain('aria-label="More actions for {name}"');
    const tr = load('connections-current-tr.html');
    expect(outlineOf(tr.body, { names: listedPeopleIn(tr) })).toContain('{name} için diğer işlemler"');
  });
});

describe('labels', () => {
  it('masks known names, and capitalised words a name list missed', () => {
    expect(maskLabel('More actions for Jane Roe, PMP', ['Jane Roe, PMP'])).toBe(
      'More actions for {name}, {name}',
    );
    expect(maskLabel('Photo of Max Mustermann', [])).toBe('Photo of {name}');
    expect(maskLabel('Max Mustermann için diğer işlemler', [])).toBe('{name} için diğer işlemler');
    expect(maskLabel('Show more actions', [])).toBe('Show more actions');
    expect(maskLabel('王小明 的更多操作', ['王小明'])).toBe('{name} 的更多操作');
    expect(maskLabel('Page 2 of 37', [])).toBe('Page # of #');
  });

  it('keeps a componentkey prefix only', () => {
    expect(componentKeyPrefix('ConnectionCard_12-ab3f')).toBe('ConnectionCard_{key}');
    expect(componentKeyPrefix('auto-component-9x')).toBe('auto-{key}');
    expect(componentKeyPrefix('LazyColumn')).toBe('LazyColumn');
  });

  it('names a page by its path words only', () => {
    expect(pageKind('/mynetwork/invite-connect/connections/')).toBe('/mynetwork/invite-connect/connections/');
    expect(pageKind('/in/jane-roe-1a2b/')).toBe('/in/{rest}');
    expect(pageKind('/checkpoint/challenge/AQH3xyz')).toBe('/checkpoint/{rest}');
  });
});

describe('the whole record', () => {
  it('holds the version, the layout guess and the failed step, and texts only as placeholders', () => {
    const doc = new DOMParser().parseFromString(
      `<html lang="tr"><body><main><h2>1.217 bağlantı</h2><ul>${'<li><a href="https://www.linkedin.com/in/ayse-yilmaz-42/">Ayşe Yılmaz</a><span style="color:red" data-x="ACoAAB">Mühendis</span></li>'.repeat(20)}</ul><script>var token = "secret-123";</script></main></body></html>`,
      'text/html',
    );
    const shape = pageShapeOf(doc, {
      extensionVersion: '1.4.0',
      layoutGuess: null,
      failedStep: 'rehearsal: page',
      names: [],
    });
    expect(shape).toMatchObject({
      format: 'quietprune-page-shape/1',
      extensionVersion: '1.4.0',
      layoutGuess: null,
      lang: 'tr',
      failedStep: 'rehearsal: page',
    });
    expect(shape.outline).not.toMatch(/Ayşe|ayse|Yılmaz|Mühendis|1\.217|secret|ACoAAB|red/);
    expect(shape.outline).toContain('<h2>{text}');
    expect(shape.outline).toContain('<a href="{profile-url}">{text}');
    expect(shape.outline).toContain('style="{value}" data-x="{value}"');
    // Twenty alike rows come out as the first eight and a note.
    expect(shape.outline.match(/^\s*<li>/gm)).toHaveLength(8);
    expect(shape.outline).toContain('<!-- more <li> like these -->');
  });

  it('stops at its element limit and says so', () => {
    const doc = new DOMParser().parseFromString(
      `<body>${'<div><p>x</p></div>'.repeat(100)}</body>`,
      'text/html',
    );
    const outline = outlineOf(doc.body, { names: [], maxElements: 10, maxAlike: 1000 });
    expect(outline.split('\n').filter((l) => l.includes('<div'))).toHaveLength(5);
    expect(outline).toContain('<!-- cut here: the page is longer -->');
  });
});
