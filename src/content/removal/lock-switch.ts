import type { BackgroundToContent } from '../../messages';

/**
 * The independent locks of one removal, each able to stop it on its own (perform-removal.ts):
 * - card: the card is found again by profile key right before every click, and must still hold
 *   that profile link when clicked;
 * - menu: the menu is the one this card's own button opened just now;
 * - buttonLabel: a More actions label that names someone names the queued person in full;
 * - dialog: the confirmation names the queued person (in full where it shows a full name);
 * - listDiff: at the confirm click, nobody but the queued person left the list.
 * All are on in the store build, always. The e2e build alone lets a test switch some off
 * (`locksOff` in the order, from the worker's test hook `setLocksOff`), to show that the soak test
 * sees what each lock guards against; Vite drops that branch from the store build.
 */
export interface Locks {
  card: boolean;
  menu: boolean;
  buttonLabel: boolean;
  dialog: boolean;
  listDiff: boolean;
}

const ALL_ON: Locks = { card: true, menu: true, buttonLabel: true, dialog: true, listDiff: true };

export function locksFor(order: Extract<BackgroundToContent, { type: 'removal/perform' }>): Locks {
  if (import.meta.env.MODE !== 'e2e') return ALL_ON;
  const off = new Set<string>(order.locksOff ?? []);
  return {
    card: !off.has('card'),
    menu: !off.has('menu'),
    buttonLabel: !off.has('button-label'),
    dialog: !off.has('dialog'),
    listDiff: !off.has('list-diff'),
  };
}
