import { type PageLayout } from './connections-page';
import { isCancelText, textIs, type PageLabels } from './labels';
import { findCardByKey as findCardIn } from './removal-targets';
import { DIALOG, LAYOUT } from './selectors';
import { isVisible } from './visibility';

/**
 * Finding things on the Connections page for one removal, in this document. Each finder answers
 * "this element" or null; none guesses. Which card, button and menu belong to the queued person is
 * decided in src/linkedin/removal-targets.ts; the selectors, one table per layout, are in
 * src/linkedin/selectors.ts (LAYOUT), so the finders have no layout branches of their own.
 */
export function findCardByKey(layout: PageLayout, profileKey: string): Element | null {
  return findCardIn(document, layout, profileKey);
}

export function findSearchInput(layout: PageLayout): HTMLInputElement | null {
  return (
    Array.from(document.querySelectorAll<HTMLInputElement>(LAYOUT[layout].searchInput)).find(isVisible) ??
    null
  );
}

/**
 * Only when the menu lock is switched off (e2e tests): the first visible menu anywhere, as the
 * executor once took it. Never used otherwise.
 */
export function findAnyOpenMenu(layout: PageLayout, card: Element): Element | null {
  const { openMenu: selector, menuInCard } = LAYOUT[layout];
  const scoped = menuInCard ? card.querySelector(selector) : null;
  const menu = scoped ?? Array.from(document.querySelectorAll(selector)).find(isVisible) ?? null;
  return menu && isVisible(menu) ? menu : null;
}

export function findRemoveMenuItem(
  menu: Element,
  layout: PageLayout,
  labels: PageLabels,
): HTMLElement | null {
  const candidates = Array.from(menu.querySelectorAll<HTMLElement>(LAYOUT[layout].menuItem));
  return (
    candidates.find(
      (item) =>
        textIs(item.textContent, labels.removeConnection) ||
        textIs(item.getAttribute('aria-label'), labels.removeConnection),
    ) ?? null
  );
}

/** Every confirmation dialog open now: a dialog open before a click is never that click's answer. */
export function openDialogs(): Set<HTMLElement> {
  return new Set(Array.from(document.querySelectorAll<HTMLElement>(DIALOG)).filter(isVisible));
}

/** The dialog a click opened: visible, and not among those open before it. */
export function findNewDialog(before: ReadonlySet<HTMLElement>): HTMLElement | null {
  return (
    Array.from(document.querySelectorAll<HTMLElement>(DIALOG)).find((d) => isVisible(d) && !before.has(d)) ??
    null
  );
}

export function findOpenDialog(): HTMLElement | null {
  return Array.from(document.querySelectorAll<HTMLElement>(DIALOG)).find(isVisible) ?? null;
}

/**
 * The confirm button of the removal dialog. It can never be a Cancel button. Structure first (the
 * layout's data attribute); a button without one only by a confirm label QuietPrune knows for the
 * language (verified, or learned from the person's own confirm click).
 */
export function findConfirmButton(
  dialog: Element,
  layout: PageLayout,
  labels: PageLabels,
): HTMLButtonElement | null {
  const { confirmButton, cancelButton } = LAYOUT[layout];
  const buttons = Array.from(dialog.querySelectorAll<HTMLButtonElement>('button')).filter(
    (b) =>
      isVisible(b) &&
      !(cancelButton !== null && b.matches(cancelButton)) &&
      !isCancelText(b.textContent, labels) &&
      !isCancelText(b.getAttribute('aria-label'), labels),
  );
  const bySelector = buttons.find((b) => b.matches(confirmButton));
  return bySelector ?? buttons.find((b) => textIs(b.textContent, labels.confirm)) ?? null;
}

/** The dialog's Cancel: by the layout's data attribute, else by any Cancel label of the language. */
export function findCancelButton(
  dialog: Element,
  layout: PageLayout,
  labels: PageLabels,
): HTMLButtonElement | null {
  const { cancelButton } = LAYOUT[layout];
  const buttons = Array.from(dialog.querySelectorAll<HTMLButtonElement>('button'));
  return (
    (cancelButton === null ? undefined : buttons.find((b) => b.matches(cancelButton))) ??
    buttons.find(
      (b) => isCancelText(b.textContent, labels) || isCancelText(b.getAttribute('aria-label'), labels),
    ) ??
    null
  );
}
