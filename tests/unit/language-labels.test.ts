// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConnectedOn } from '../../src/linkedin/connected-date';
import {
  cardElements,
  detectLayout,
  parseTotal,
  readCard,
  readTotal,
} from '../../src/linkedin/connections-page';
import {
  KNOWN_LANGUAGES,
  baseLanguage,
  labelsFor,
  withLearned,
  type PageLabels,
} from '../../src/linkedin/labels';
import { findCancelButton, findConfirmButton, findRemoveMenuItem } from '../../src/linkedin/page-finders';
import { dialogNamesPerson } from '../../src/linkedin/removal-dialog';
import { findMoreActionsButton } from '../../src/linkedin/removal-targets';
import { CURRENT, DIALOG } from '../../src/linkedin/selectors';
import { FIXTURE_PEOPLE } from '../fake-linkedin';
import { clientLabels, FAKE_LANGUAGES } from '../fake-linkedin/labels';
import { renderStaticConnectionsPage } from '../fake-linkedin/static-page';
import type { Lang, Layout } from '../fake-linkedin/types';

/**
 * Issue 14: LinkedIn in any display language. The label tables hold only what linkedin-dom.md
 * gives, the page's structure finds every control but the menu item (and a confirm button without
 * data attributes), and totals and dates read in every language or stay unknown. The pages are
 * the fake's, rendered statically in each of its seven languages and both layouts.
 */

const DOC = readFileSync(resolve('docs/linkedin-dom.md'), 'utf8');
const NOW = Date.UTC(2026, 10, 1);
const LAYOUTS: Layout[] = ['current', 'classic'];

function page(lang: Lang, layout: Layout, open?: 'menu' | 'dialog'): Document {
  const html = renderStaticConnectionsPage(layout, [...FIXTURE_PEOPLE], {
    lang,
    now: NOW,
    total: 1217,
    ...(open ? { open } : {}),
  });
  return new DOMParser().parseFromString(html, 'text/html');
}

/** The labels the extension uses on a page: its table, or an empty one, nothing learned. */
const labelsOn = (doc: Document): PageLabels => withLearned(doc.documentElement.lang, undefined);

describe('language codes', () => {
  it.each([
    ['en', 'en'],
    ['en-US', 'en'],
    ['', 'en'],
    ['pt-BR', 'pt'],
    ['pt_BR', 'pt'],
    ['PT', 'pt'],
    ['tr_TR', 'tr'],
    ['in', 'id'],
    ['iw', 'he'],
    ['iw-IL', 'he'],
    ['fr-CA', 'fr'],
  ])('%j is %j', (code, base) => expect(baseLanguage(code)).toBe(base));

  it('has tables for en, tr, pt and fr only; region and legacy forms find them or none', () => {
    expect([...KNOWN_LANGUAGES].sort()).toEqual(['en', 'fr', 'pt', 'tr']);
    expect(labelsFor('pt_BR')?.removeConnection).toEqual(['Remover conexão']);
    expect(labelsFor('pt-BR')?.cancel).toEqual(['Cancelar']);
    for (const code of ['de', 'es', 'xx', 'in', 'iw', 'nl']) expect(labelsFor(code)).toBeNull();
  });
});

describe('the label tables invent nothing', () => {
  const strings = (labels: PageLabels) => [
    ...labels.removeConnection,
    ...labels.confirm,
    ...labels.loadMore,
    ...labels.searchPlaceholder,
    ...labels.cancel,
    ...labels.unverified.removeConnection,
    ...labels.unverified.confirmContains,
    ...labels.unverified.cancel,
  ];

  it.each(KNOWN_LANGUAGES)('every %s label is written in linkedin-dom.md', (lang) => {
    const missing = strings(labelsFor(lang)!).filter(
      (label) => !DOC.includes(`"${label}`) && !DOC.includes(label),
    );
    expect(missing).toEqual([]);
  });

  it('French "Retirer la relation" (unverified) is never a handle, only a cross-check', () => {
    const fr = labelsFor('fr')!;
    expect(fr.removeConnection).toEqual(['Supprimer la relation']);
    expect(fr.unverified.removeConnection).toEqual(['Retirer la relation']);
    expect(fr.confirm).toEqual([]);
  });

  it('carries none of the fake’s German, Spanish or invented words', () => {
    const ours = KNOWN_LANGUAGES.flatMap((lang) => strings(labelsFor(lang)!)).map((s) => s.toLowerCase());
    for (const lang of ['de', 'es', 'xx'] as const)
      for (const layout of LAYOUTS) {
        const fake = clientLabels(lang, layout);
        for (const word of [fake.removeConnection, fake.confirm, fake.loadMore])
          expect(ours).not.toContain(word.toLowerCase());
      }
  });

  it('adds learned words where verified ones are, but never a learned "confirm" that is a Cancel', () => {
    const xx = withLearned('xx', { removeConnection: ['Kettu zorvan'], confirm: ['Kettu'] });
    expect(xx.removeConnection).toEqual(['Kettu zorvan']);
    expect(xx.confirm).toEqual(['Kettu']);
    const fr = withLearned('fr-FR', {
      removeConnection: ['Retirer la relation'],
      confirm: ['Annuler', 'Retirer'],
    });
    expect(fr.removeConnection).toEqual(['Supprimer la relation', 'Retirer la relation']);
    expect(fr.confirm).toEqual(['Retirer']);
    expect(withLearned('de', undefined).removeConnection).toEqual([]);
  });
});

describe('totals with any thousands separator', () => {
  it.each([
    ['1,217 connections', 1217],
    ['1.217 bağlantı', 1217],
    ['1 217 relations', 1217],
    ['1\u00a0217 relations', 1217],
    ['1\u202f217 relations', 1217],
    ['1\u202f217\u00a0relations', 1217],
    ["1'217 zorvanii", 1217],
    ['1’217 Kontakte', 1217],
    ['12.345.678 contactos', 12_345_678],
    ['487 Connections', 487],
    ['1 conexão', 1],
  ])('%j is %d', (text, total) => expect(parseTotal(text)).toBe(total));

  it.each(['1,21 connections', 'connections', '1.2345 x', 'Jane Roe'])('%j is no total', (text) =>
    expect(parseTotal(text)).toBeNull(),
  );
});

describe('dates in every language, unknown stays unknown', () => {
  it.each([
    ['pt_BR', 'Conectado em 9 de março de 2024', '2024-03-09'],
    ['fr', 'Connecté le 29 juin 2026', '2026-06-29'],
    ['de', 'Verbunden am 29. Juni 2026', '2026-06-29'],
  ])('%s %j', (lang, text, date) =>
    expect(parseConnectedOn(text, lang, NOW)).toEqual({ kind: 'exact', date }),
  );

  it.each([
    ['xx', 'Zorvat 29 Shes 2026'],
    ['in', 'Terhubung pada 29 Juni 2026'],
    ['fr', 'Connecté il y a 3 semaines'],
  ])('%s %j is unknown', (lang, text) =>
    expect(parseConnectedOn(text, lang, NOW)).toEqual({ kind: 'unknown' }),
  );
});

/**
 * What each fake language's page asks of the person: the menu item is found by a verified label
 * only (en, tr, pt; fr's classic, older "Supprimer la relation"), else it is a hands-on click.
 */
const ITEM_BY_LABEL: Record<Lang, Record<Layout, boolean>> = {
  en: { current: true, classic: true },
  tr: { current: true, classic: true },
  pt: { current: true, classic: true },
  fr: { current: false, classic: true },
  de: { current: false, classic: false },
  es: { current: false, classic: false },
  xx: { current: false, classic: false },
};

describe.each(FAKE_LANGUAGES)('the fake’s page in %s', (lang) => {
  describe.each(LAYOUTS)('%s layout', (layout) => {
    it('reads the layout, the total and every card; dates exact where the language is known', () => {
      const doc = page(lang, layout);
      expect(detectLayout(doc)).toBe(layout);
      expect(readTotal(doc, layout)).toBe(1217);
      const cards = cardElements(doc, layout).map((c) => readCard(c, layout, doc.documentElement.lang, NOW));
      expect(cards.map((c) => c.card?.profileKey)).toHaveLength(FIXTURE_PEOPLE.length);
      expect(cards.every((c) => c.card !== null)).toBe(true);
      const kinds = new Set(cards.map((c) => c.card!.connectedOn.kind));
      const expected =
        layout === 'classic' ? (lang === 'en' ? 'relative' : 'unknown') : lang === 'xx' ? 'unknown' : 'exact';
      expect([...kinds]).toEqual([expected]);
    });

    it('finds each card’s More actions button by structure', () => {
      const doc = page(lang, layout);
      const labels = labelsOn(doc);
      const buttons = cardElements(doc, layout).map((card) => findMoreActionsButton(card, layout, labels));
      expect(buttons.filter((b) => b !== null)).toHaveLength(FIXTURE_PEOPLE.length);
      const fake = clientLabels(lang, layout);
      expect(buttons[0]!.getAttribute('aria-label')).toBe(
        fake.moreActionsNamed.replace('{name}', FIXTURE_PEOPLE[0]!.name),
      );
    });

    it(`finds the menu's Remove connection item ${ITEM_BY_LABEL[lang][layout] ? 'by its label' : 'nowhere (hands-on)'}`, () => {
      const doc = page(lang, layout, 'menu');
      const menu = doc.querySelector(
        layout === 'current' ? CURRENT.menu : '.artdeco-dropdown__content--is-open',
      )!;
      expect(menu).not.toBeNull();
      const item = findRemoveMenuItem(menu, layout, labelsOn(doc));
      expect(item !== null).toBe(ITEM_BY_LABEL[lang][layout]);
      // Learned from the person's click, the item's words find it.
      const learned = withLearned(doc.documentElement.lang, {
        removeConnection: [clientLabels(lang, layout).removeConnection],
        confirm: [],
      });
      expect(findRemoveMenuItem(menu, layout, learned)).not.toBeNull();
    });

    it('finds the confirm and Cancel buttons of the dialog by structure, and the dialog names the person', () => {
      const doc = page(lang, layout, 'dialog');
      const dialog = doc.querySelector(DIALOG)!;
      const labels = labelsOn(doc);
      const fake = clientLabels(lang, layout);
      // jsdom has no layout: every element is "visible" there only when the finder does not look.
      const confirm = Array.from(dialog.querySelectorAll('button')).find(
        (b) => b.textContent?.trim() === fake.confirm,
      );
      expect(confirm).toBeDefined();
      expect(
        confirm!.matches('button[data-view-name="connections-remove"], button[data-test-dialog-primary-btn]'),
      ).toBe(true);
      const cancel = findCancelButton(dialog, layout, labels);
      // Classic: by its data attribute; current: by a Cancel label (the dismiss ✕ counts), where known.
      if (layout === 'classic') expect(cancel?.textContent?.trim()).toBe(fake.cancel);
      else if (labels.cancel.length + labels.unverified.cancel.length > 0)
        expect([fake.cancel, fake.dismiss]).toContain(
          cancel?.textContent?.trim() || cancel?.getAttribute('aria-label'),
        );
      else expect(cancel).toBeNull();
      expect(dialogNamesPerson((dialog as HTMLElement).textContent ?? '', FIXTURE_PEOPLE[0]!.name)).toBe(
        true,
      );
      expect(dialogNamesPerson((dialog as HTMLElement).textContent ?? '', 'Mallory Other')).toBe(false);
      expect(findConfirmButton).toBeTypeOf('function');
    });
  });
});
