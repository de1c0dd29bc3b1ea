import { foldForSearch } from '../core/search-text';
import { cardElements, cardProfile, type PageLayout } from './connections-page';
import type { PageLabels } from './labels';
import { CLASSIC, CURRENT } from './selectors';

/**
 * The identity rules of one removal's clicks: which card, which button, which menu belong to the
 * queued person. Pure DOM reading (visibility is passed in, so saved fixture HTML can be read in
 * unit tests). Each answers "this element" or null and never guesses; the executor
 * (content/removal/perform-removal.ts) calls them again right before every click, because a
 * virtualised list may have replaced or reused any element it found earlier.
 */
export type IsVisible = (el: Element) => boolean;

/** The card whose profile link is this key. Names repeat and positions change; the key does not. */
export function findCardByKey(root: ParentNode, layout: PageLayout, profileKey: string): Element | null {
  return cardElements(root, layout).find((card) => cardHolds(card, layout, profileKey)) ?? null;
}

/** Does this element, now, still show that person? (A recycled row shows someone else.) */
export function cardHolds(card: Element, layout: PageLayout, profileKey: string): boolean {
  return card.isConnected && cardProfile(card, layout)?.key === profileKey;
}

/** Profile keys of every card in the list now, in order (the list-difference lock reads these). */
export function listedKeys(root: ParentNode, layout: PageLayout): string[] {
  const keys: string[] = [];
  for (const card of cardElements(root, layout)) {
    const key = cardProfile(card, layout)?.key;
    if (key) keys.push(key);
  }
  return keys;
}

/**
 * The card's More actions button. Structure decides: the classic card's dropdown trigger, or the
 * current card's one button that opens a popup (`aria-expanded` / `aria-haspopup`), in any
 * language. Where the language's More actions labels are known they must agree (a card whose only
 * popup button is labelled otherwise is not the card we know); where they are not, structure
 * alone. Only a current card without such a button falls back to the known labels.
 */
export function findMoreActionsButton(
  card: Element,
  layout: PageLayout,
  labels: PageLabels,
): HTMLElement | null {
  if (layout === 'classic') return card.querySelector<HTMLElement>(CLASSIC.moreActions);
  const agrees = (b: Element) =>
    labels.moreActions.length === 0 ||
    labels.moreActions.some((pattern) => pattern.test(b.getAttribute('aria-label') ?? ''));
  const popupButtons = Array.from(card.querySelectorAll<HTMLElement>(CURRENT.menuButton));
  if (popupButtons.length === 1) return agrees(popupButtons[0]!) ? popupButtons[0]! : null;
  if (popupButtons.length > 1) return null; // two popup buttons: structure cannot say which
  if (labels.moreActions.length === 0) return null;
  return Array.from(card.querySelectorAll<HTMLElement>(CURRENT.moreActions)).find(agrees) ?? null;
}

/**
 * Whom a More actions button's label names: the queued person ("More actions for Jane Roe"), someone
 * else ("More actions for Jane Doe"), or nobody ("Show more actions"). The name must be the queued
 * one in full, compared folded as the search folds it (case, accents, spaces).
 */
export function buttonNames(label: string, labels: PageLabels, name: string): 'person' | 'other' | 'nobody' {
  for (const pattern of labels.moreActionsFor) {
    const named = pattern.exec(label.trim())?.[1];
    if (named === undefined) continue;
    const folded = fold(named);
    const full = fold(name);
    const withoutCredentials = fold(name.split(',')[0] ?? '');
    return folded !== '' && (folded === full || folded === withoutCredentials) ? 'person' : 'other';
  }
  return 'nobody';
}

const fold = (text: string) => foldForSearch(text.replace(/\s+/g, ' ').trim());

/** Every menu open and visible now, in either layout (to know, at a click, which were there before). */
export function openMenus(root: ParentNode, layout: PageLayout, isVisible: IsVisible): Element[] {
  return Array.from(root.querySelectorAll(layout === 'classic' ? CLASSIC.openMenu : CURRENT.menu)).filter(
    isVisible,
  );
}

/**
 * The menu this card's own button opened, or why there is none.
 * - 'none': no menu opened since the click (`before` holds those open before it, which never count).
 * - 'not-tied': new menus are open, but none is provably this button's: the button does not say it
 *   is expanded, or names (aria-controls) another element, or several new menus appeared and
 *   nothing says which is ours.
 * Classic layout: the open dropdown inside the card's own `.artdeco-dropdown`, next to the button.
 */
export function tiedMenu(
  card: Element,
  button: HTMLElement,
  layout: PageLayout,
  before: ReadonlySet<Element>,
  isVisible: IsVisible,
): { menu: Element } | { problem: 'none' | 'not-tied' } {
  // Menus open before the click never count: with none new, ours has not opened (yet).
  const fresh = openMenus(card.ownerDocument, layout, isVisible).filter((menu) => !before.has(menu));
  if (fresh.length === 0) return { problem: 'none' };
  if (button.getAttribute('aria-expanded') !== 'true') return { problem: 'not-tied' };
  if (layout === 'classic') {
    const dropdown = button.closest(CLASSIC.dropdown);
    const own =
      dropdown && card.contains(dropdown) ? fresh.find((menu) => dropdown.contains(menu)) : undefined;
    return own ? { menu: own } : { problem: 'not-tied' };
  }
  const controls = button.getAttribute('aria-controls');
  if (controls) {
    const named = fresh.find((menu) => menu.id === controls);
    return named ? { menu: named } : { problem: 'not-tied' };
  }
  return fresh.length === 1 ? { menu: fresh[0]! } : { problem: 'not-tied' };
}
