import { cardElements, cardProfile, type PageLayout } from '../../linkedin/connections-page';
import { textIs, type PageLabels } from '../../linkedin/labels';
import { CLASSIC, CURRENT, DIALOG } from '../../linkedin/selectors';
import { isVisible } from '../visibility';

/**
 * Finding things on the Connections page for one removal. Each finder answers "this element" or
 * null; none guesses. The card is found by profile key only: names repeat, positions change.
 */
export function findCardByKey(layout: PageLayout, profileKey: string): Element | null {
  return cardElements(document, layout).find((card) => cardProfile(card, layout)?.key === profileKey) ?? null;
}

export function findSearchInput(layout: PageLayout): HTMLInputElement | null {
  const selector = layout === 'current' ? CURRENT.searchInput : CLASSIC.searchInput;
  return Array.from(document.querySelectorAll<HTMLInputElement>(selector)).find(isVisible) ?? null;
}

export function findMoreActionsButton(card: Element, layout: PageLayout, labels: PageLabels): HTMLElement | null {
  if (layout === 'classic') return card.querySelector<HTMLElement>(CLASSIC.moreActions);
  const buttons = Array.from(card.querySelectorAll<HTMLElement>(CURRENT.moreActions));
  return buttons.find((b) => labels.moreActions.some((pattern) => pattern.test(b.getAttribute('aria-label') ?? ''))) ?? null;
}

export function findOpenMenu(layout: PageLayout, card: Element): Element | null {
  const selector = layout === 'classic' ? CLASSIC.openMenu : CURRENT.menu;
  // The classic menu opens inside the card's dropdown; the current one may be portalled to <body>.
  const scoped = layout === 'classic' ? card.querySelector(selector) : null;
  const menu = scoped ?? Array.from(document.querySelectorAll(selector)).find(isVisible) ?? null;
  return menu && isVisible(menu) ? menu : null;
}

export function findRemoveMenuItem(menu: Element, layout: PageLayout, labels: PageLabels): HTMLElement | null {
  const candidates =
    layout === 'classic'
      ? Array.from(menu.querySelectorAll<HTMLElement>('button, [role="button"], [role="menuitem"]'))
      : Array.from(menu.querySelectorAll<HTMLElement>(CURRENT.menuItem));
  return (
    candidates.find(
      (item) => textIs(item.textContent, labels.removeConnection) || textIs(item.getAttribute('aria-label'), labels.removeConnection),
    ) ?? null
  );
}

export function findOpenDialog(): HTMLElement | null {
  return Array.from(document.querySelectorAll<HTMLElement>(DIALOG)).find(isVisible) ?? null;
}

/** The confirm button of the removal dialog. It can never be a Cancel button. */
export function findConfirmButton(dialog: Element, layout: PageLayout, labels: PageLabels): HTMLButtonElement | null {
  const buttons = Array.from(dialog.querySelectorAll<HTMLButtonElement>('button')).filter(
    (b) => isVisible(b) && !textIs(b.textContent, labels.cancel) && !textIs(b.getAttribute('aria-label'), labels.cancel),
  );
  const bySelector = buttons.find((b) => b.matches(layout === 'classic' ? CLASSIC.confirmButton : CURRENT.confirmButton));
  return bySelector ?? buttons.find((b) => textIs(b.textContent, labels.confirm)) ?? null;
}

export function findCancelButton(dialog: Element, labels: PageLabels): HTMLButtonElement | null {
  return (
    Array.from(dialog.querySelectorAll<HTMLButtonElement>('button')).find(
      (b) => textIs(b.textContent, labels.cancel) || textIs(b.getAttribute('aria-label'), labels.cancel),
    ) ?? null
  );
}
