import type { BackgroundToContent, RemovalOutcome } from '../../messages';
import { stepDelay, keystrokeDelays } from '../../core/pacing';
import { seededRandom, type Random } from '../../core/random';
import { detectLayout, type PageLayout } from '../../linkedin/connections-page';
import { labelsFor, type PageLabels } from '../../linkedin/labels';
import { dialogNamesPerson, searchNameFor } from '../../linkedin/removal-dialog';
import { describeWarning } from '../../linkedin/warning-signs';
import { humanPause, waitFor, waitForSettled } from '../human-time';
import { isVisible } from '../visibility';
import { currentWarning } from '../warning-watch';
import {
  findCancelButton,
  findCardByKey,
  findConfirmButton,
  findMoreActionsButton,
  findOpenDialog,
  findOpenMenu,
  findRemoveMenuItem,
  findSearchInput,
} from './page-actions';
import { setInputValue } from './react-input';
import * as worker from './worker-link';

type Order = Extract<BackgroundToContent, { type: 'removal/perform' }>;

/** Real-time limits for LinkedIn to answer; beyond them the page is "not as expected". */
const RESULTS_TIMEOUT_MS = 10_000;
const MENU_TIMEOUT_MS = 3_000;
const DIALOG_TIMEOUT_MS = 5_000;
const CARD_LEAVES_TIMEOUT_MS = 8_000;

class Stop extends Error {
  constructor(readonly outcome: RemovalOutcome) {
    super('stop');
  }
}

/**
 * One removal (or, in 'check' mode, one "is this person still listed?") on the Connections page,
 * as a careful person does it: search the name, find the card whose profile link is the queued
 * URL, open its menu, choose Remove connection, read the dialog, confirm, and check with a fresh
 * search that they are gone. Any doubt ends it without a removal.
 */
export async function performRemoval(order: Order): Promise<RemovalOutcome> {
  const random = seededRandom(order.seed);
  const step = () => humanPause(stepDelay(random), order.humanDelayScale);
  let confirmed = false;
  try {
    guardAgainstWarnings();
    const layout = detectLayout(document);
    if (!layout) throw new Stop({ outcome: 'stopped', code: 'page-unrecognised', message: 'QuietPrune did not recognise the Connections page (LinkedIn may have changed it).' });
    const lang = document.documentElement.lang || 'en';
    const labels = labelsFor(lang);
    if (!labels) {
      throw new Stop({ outcome: 'stopped', code: 'language-unknown', message: `LinkedIn is shown in a language QuietPrune does not know yet (“${lang}”), so it will not guess at buttons. Switch LinkedIn to English to continue.` });
    }
    const { profileKey, name } = order.person;
    const card = await searchFor(layout, name, profileKey, order.humanDelayScale, random);
    if (order.mode === 'check') return card ? { outcome: 'present' } : { outcome: 'gone' };
    if (!card) {
      return { outcome: 'not-found', message: `No card with ${order.person.profileUrl} among the results for “${searchNameFor(name)}”. Skipped: QuietPrune never removes by name alone.` };
    }
    card.scrollIntoView({ block: 'center' });
    await step();
    guardAgainstWarnings();
    const menu = await openMenu(card, layout, labels, step);
    const item = findRemoveMenuItem(menu, layout, labels);
    if (!item) {
      closeMenu();
      throw new Stop({ outcome: 'stopped', code: 'no-remove-item', message: 'The card’s menu has no “Remove connection” item that QuietPrune recognises.' });
    }
    await step();
    item.click();
    const dialog = await waitFor(findOpenDialog, DIALOG_TIMEOUT_MS);
    if (!dialog) throw new Stop({ outcome: 'stopped', code: 'dialog-missing', message: 'LinkedIn’s confirmation dialog did not appear.' });
    await step();
    if (!dialogNamesPerson(dialog.innerText ?? dialog.textContent ?? '', name)) {
      await cancel(dialog, labels);
      const said = (dialog.innerText ?? '').replace(/\s+/g, ' ').trim().slice(0, 120);
      return { outcome: 'stopped', code: 'dialog-names-other', message: `The confirmation did not name ${name} (it said “${said}”). Cancelled; nobody was removed.` };
    }
    const confirm = findConfirmButton(dialog, layout, labels);
    if (!confirm) {
      await cancel(dialog, labels);
      throw new Stop({ outcome: 'stopped', code: 'no-confirm-button', message: 'The confirmation dialog has no confirm button QuietPrune recognises. Cancelled.' });
    }
    // The worker writes a pending log entry (it counts against the cap) before this click, and
    // re-checks the session and the cap while doing so: no answer, no click.
    if (!(await worker.mayConfirm(order.sessionId, profileKey))) {
      await cancel(dialog, labels);
      return { outcome: 'stopped', code: 'confirm-refused', message: 'QuietPrune’s worker did not allow the confirm click (the session ended or the cap was reached). Cancelled; nobody was removed.' };
    }
    confirmed = true;
    confirm.click();
    // Success is the card leaving the list, confirmed by a fresh search so the answer comes from LinkedIn.
    await waitFor(() => (findCardByKey(layout, profileKey) ? null : true), CARD_LEAVES_TIMEOUT_MS);
    guardAgainstWarnings();
    await step();
    const stillThere = await searchFor(layout, name, profileKey, order.humanDelayScale, random);
    await clearSearch(layout);
    if (stillThere) return { outcome: 'unsure', code: 'still-listed', message: `LinkedIn still lists ${name} after the removal was confirmed.` };
    return { outcome: 'removed' };
  } catch (error) {
    const stop: RemovalOutcome =
      error instanceof Stop ? error.outcome : { outcome: 'stopped', code: 'page-error', message: `Unexpected error on the page: ${(error as Error).message}` };
    // Past the confirm click LinkedIn may have removed them: never "failed", only unsure.
    if (confirmed) {
      if (stop.outcome === 'warning') return { outcome: 'unsure', code: 'warning', warningKind: stop.kind, message: stop.message };
      const message = 'message' in stop ? stop.message : 'The page stopped after the confirm click.';
      return { outcome: 'unsure', code: 'page-error', message };
    }
    return stop;
  }
}

function guardAgainstWarnings(): void {
  const sign = currentWarning();
  if (sign) throw new Stop({ outcome: 'warning', kind: sign.kind, message: describeWarning(sign) });
}

/** Types the name into the search box like a person and waits for LinkedIn's answer. */
async function searchFor(layout: PageLayout, name: string, profileKey: string, scale: number, random: Random): Promise<Element | null> {
  const input = findSearchInput(layout);
  if (!input) throw new Stop({ outcome: 'stopped', code: 'page-unrecognised', message: 'The Connections page has no search box QuietPrune recognises.' });
  input.focus();
  if (input.value !== '') setInputValue(input, '', null);
  const query = searchNameFor(name);
  const delays = keystrokeDelays(query, random);
  let typed = '';
  for (const [i, char] of Array.from(query).entries()) {
    typed += char;
    setInputValue(input, typed, char);
    await humanPause(delays[i] ?? 120, scale);
  }
  // Results come after LinkedIn's debounce and a request: only a re-rendered list is an answer.
  await waitForSettled(document.body, 700, RESULTS_TIMEOUT_MS);
  guardAgainstWarnings();
  return findCardByKey(layout, profileKey) ?? waitFor(() => findCardByKey(layout, profileKey), 1_000);
}

async function clearSearch(layout: PageLayout): Promise<void> {
  const input = findSearchInput(layout);
  if (input && input.value !== '') setInputValue(input, '', null);
}

/** The menu sometimes ignores the first click: one retry, then the card counts as unreachable. */
async function openMenu(card: Element, layout: PageLayout, labels: PageLabels, step: () => Promise<void>): Promise<Element> {
  const button = findMoreActionsButton(card, layout, labels);
  if (!button || !isVisible(button)) {
    throw new Stop({ outcome: 'stopped', code: 'no-more-button', message: 'The card has no “More actions” button QuietPrune recognises.' });
  }
  for (let attempt = 0; attempt < 2; attempt++) {
    button.click();
    const menu = await waitFor(() => findOpenMenu(layout, card), MENU_TIMEOUT_MS);
    if (menu) return menu;
    await step();
  }
  throw new Stop({ outcome: 'stopped', code: 'menu-did-not-open', message: 'The card’s menu did not open after a retry (unreachable).' });
}

function closeMenu(): void {
  document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
}

async function cancel(dialog: HTMLElement, labels: PageLabels): Promise<void> {
  const button = findCancelButton(dialog, labels);
  if (button) button.click();
  else if (dialog instanceof HTMLDialogElement) dialog.close();
  await waitFor(() => (findOpenDialog() ? null : true), DIALOG_TIMEOUT_MS);
}
