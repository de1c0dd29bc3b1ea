import type { PersonRef } from '../../core/connection';
import type { BackgroundToContent, RemovalOutcome } from '../../messages';
import { stepDelay, keystrokeDelays } from '../../core/pacing';
import { seededRandom, type Random } from '../../core/random';
import { cardElements, detectLayout, readCard, type PageLayout } from '../../linkedin/connections-page';
import { baseLanguage, withLearned, type PageLabels } from '../../linkedin/labels';
import { dialogNamesPerson, namesakeAmong, searchNameFor } from '../../linkedin/removal-dialog';
import {
  buttonNames,
  cardHolds,
  findMoreActionsButton,
  listedKeys,
  openMenus,
  tiedMenu,
} from '../../linkedin/removal-targets';
import { describeWarning } from '../../linkedin/warning-signs';
import { humanPause, waitFor, waitForSettled } from '../human-time';
import { isVisible } from '../../linkedin/visibility';
import { currentWarning } from '../warning-watch';
import { locksFor, type Locks } from './lock-switch';
import {
  findAnyOpenMenu,
  findCancelButton,
  findCardByKey,
  findConfirmButton,
  findNewDialog,
  findOpenDialog,
  openDialogs,
  findRemoveMenuItem,
  findSearchInput,
} from '../../linkedin/page-finders';
import { setInputValue } from './react-input';
import * as worker from './worker-link';

type Order = Extract<BackgroundToContent, { type: 'removal/perform' }>;

/**
 * Real-time limits for LinkedIn to answer; beyond them the page is "not as expected". The helpers
 * exported below are shared with hands-on mode (hands-on.ts), which applies the same locks.
 */
const RESULTS_TIMEOUT_MS = 10_000;
const MENU_TIMEOUT_MS = 3_000;
const DIALOG_TIMEOUT_MS = 5_000;
export const CARD_LEAVES_TIMEOUT_MS = 8_000;

export class Stop extends Error {
  constructor(readonly outcome: RemovalOutcome) {
    super('stop');
  }
}

/**
 * Automatic mode met a step it has no handle for in the page's language (issue 14): the menu's
 * "Remove connection" item, or a confirm button without data attributes, in a language with no
 * label QuietPrune knows or learned. Nothing irreversible was clicked; the removal goes to the
 * person (hands-on, run-removal.ts), who makes those clicks while QuietPrune watches.
 */
export interface HandOff {
  handOff: 'remove-item' | 'confirm';
}

export const isHandOff = (result: RemovalOutcome | HandOff): result is HandOff => 'handOff' in result;

export const stop = (code: Extract<RemovalOutcome, { outcome: 'stopped' }>['code'], message: string) =>
  new Stop({ outcome: 'stopped', code, message });

/**
 * One removal (or, in 'check' mode, one "is this person still listed?") on the Connections page,
 * as a careful person does it: search the name, find the card whose profile link is the queued
 * URL, open its menu, choose Remove connection, read the dialog, confirm, and check with a fresh
 * search that they are gone. Any doubt ends it without a removal.
 *
 * Independent locks (lock-switch.ts), each able to stop it alone with its own code: the card is
 * found again by profile key right before every click (a virtualised list replaces and reuses row
 * elements); the menu is the one that card's button opened; a More actions label that names
 * someone names the queued person; the dialog names them; and at the confirm click nobody else
 * leaves the list.
 */
export async function performRemoval(order: Order): Promise<RemovalOutcome | HandOff> {
  const random = seededRandom(order.seed);
  const step = () => humanPause(stepDelay(random), order.humanDelayScale);
  const locks = locksFor(order);
  let confirmed = false;
  try {
    const { layout, lang, labels } = readPage(order);
    const { profileKey, name } = order.person;
    // No label for the menu item in this language, verified or learned: the person makes the clicks.
    if (order.mode === 'remove' && labels.removeConnection.length === 0) return { handOff: 'remove-item' };
    const found = await searchFor(layout, name, profileKey, order.humanDelayScale, random);
    if (order.mode === 'check') return found ? { outcome: 'present' } : { outcome: 'gone' };
    if (!found) return notFound(order.person);
    const target = new Target(layout, profileKey, found, locks);
    target.card().scrollIntoView({ block: 'center' });
    await step();
    guardAgainstWarnings();
    const menu = await openMenu(target, layout, labels, name, locks, step);
    const item = findRemoveMenuItem(menu.element, layout, labels);
    if (!item) {
      // No item QuietPrune knows (an unverified or changed wording, a learned one gone stale): the
      // person shows which it is, with every lock still watching, and QuietPrune learns its words.
      closeMenu();
      return { handOff: 'remove-item' };
    }
    await step();
    // Right before the click: still this person's card, and still the menu its button opened.
    target.card();
    if (locks.menu && !menu.stillTied()) {
      closeMenu();
      throw stop(
        'menu-not-tied',
        'The open menu is no longer the one this card’s button opened. Nothing was clicked in it.',
      );
    }
    // Only a dialog this click opened answers it: one left open before (a cancel that did not
    // close, another person's) must never be confirmed for this person.
    const dialogsBefore = openDialogs();
    item.click();
    const dialog = await waitFor(() => findNewDialog(dialogsBefore), DIALOG_TIMEOUT_MS);
    if (!dialog) throw stop('dialog-missing', 'LinkedIn’s confirmation dialog did not appear.');
    await step();
    // Read (and quote) the dialog while it is open: a closed one's text runs its lines together.
    const said = (dialog.innerText ?? dialog.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (locks.dialog && !dialogNamesPerson(dialog.innerText ?? dialog.textContent ?? '', name)) {
      await cancel(dialog, layout, labels);
      return {
        outcome: 'stopped',
        code: 'dialog-names-other',
        message: `The confirmation did not name ${name} (it said “${said.slice(0, 120)}”). Cancelled; nobody was removed.`,
      };
    }
    if (locks.dialog) {
      const others = [...listedPeople(layout, lang).values()].filter((p) => p.profileKey !== profileKey);
      const namesake = namesakeAmong(
        name,
        others.map((p) => p.name),
      );
      if (namesake !== null) {
        await cancel(dialog, layout, labels);
        return {
          outcome: 'stopped',
          code: 'namesake-listed',
          message: `Another connection listed, also named ${namesake}, cannot be told apart from ${name} in LinkedIn’s confirmation (“${said.slice(0, 120)}”). Cancelled; nobody was removed. Remove ${name} by hand on the Connections page: their card links to ${order.person.profileUrl}.`,
        };
      }
    }
    const confirm = findConfirmButton(dialog, layout, labels);
    if (!confirm) {
      // A confirm button without data attributes and without words QuietPrune knows: cancelled, and
      // the person makes the clicks (nothing was pre-counted; hands-on asks the worker again).
      await cancel(dialog, layout, labels);
      return { handOff: 'confirm' };
    }
    // The card is still listed (checked before the worker is asked, which writes a pending entry).
    if (locks.card && !findCardByKey(layout, profileKey)) {
      await cancel(dialog, layout, labels);
      throw stop(
        'card-lost',
        `The card of ${order.person.profileUrl} left the list before the confirm click. Cancelled; nobody was removed.`,
      );
    }
    // The worker writes a pending log entry (it counts against the cap) before this click, and
    // re-checks the session and the cap while doing so: no answer, no click.
    if (!(await worker.mayConfirm(order.sessionId, profileKey))) {
      await cancel(dialog, layout, labels);
      return {
        outcome: 'stopped',
        code: 'confirm-refused',
        message:
          'QuietPrune’s worker did not allow the confirm click (the session ended or the cap was reached). Cancelled; nobody was removed.',
      };
    }
    // The page moved on while the worker answered: the same dialog, its button and the card must
    // still be there. The pending entry stays (it only counts against the cap); the worker settles
    // it by a search, as after any doubt past this point.
    if (
      !dialog.isConnected ||
      !confirm.isConnected ||
      !isVisible(confirm) ||
      (locks.card && !findCardByKey(layout, profileKey))
    ) {
      if (dialog.isConnected) await cancel(dialog, layout, labels);
      return {
        outcome: 'unsure',
        code: 'page-error',
        message:
          'The confirmation dialog or the card changed while QuietPrune asked its worker, so nothing was clicked; a search will settle it.',
      };
    }
    // Who is listed now: after the click only the queued person may leave. Read in the same list,
    // without scrolling between the two reads (a virtualised list drops rows scrolled out of view).
    const listedBefore = listedPeople(layout, lang);
    confirmed = true;
    confirm.click();
    // Success is the card leaving the list, confirmed by a fresh search so the answer comes from LinkedIn.
    let { othersGone } = await listAfterClick(layout, profileKey, listedBefore);
    guardAgainstWarnings();
    await step();
    const stillThere = await searchFor(layout, name, profileKey, order.humanDelayScale, random);
    // Anyone the fresh search lists again was only re-rendered away, not removed.
    const listedAgain = new Set(listedKeys(document, layout));
    othersGone = othersGone.filter((p) => !listedAgain.has(p.profileKey));
    clearSearch(layout);
    return settledOutcome(locks, name, othersGone, stillThere !== null, 'the confirm click');
  } catch (error) {
    // Past the confirm click LinkedIn may have removed them: never "failed", only unsure.
    return outcomeOfError(error, confirmed, 'the confirm click');
  }
}

/**
 * The Connections page as both modes start on it: no warning shown, a layout QuietPrune knows
 * (else a `page-unrecognised` stop), its language, and that language's labels with those learned
 * on this person's pages (empty lists where QuietPrune has none: automatic mode hands the steps
 * that need one to the person, hands-on mode goes on without them).
 */
export function readPage(order: Pick<Order, 'learned'>): {
  layout: PageLayout;
  lang: string;
  labels: PageLabels;
} {
  guardAgainstWarnings();
  const layout = detectLayout(document);
  if (!layout)
    throw stop(
      'page-unrecognised',
      'QuietPrune did not recognise the Connections page (LinkedIn may have changed it).',
    );
  const lang = document.documentElement.lang || 'en';
  return { layout, lang, labels: withLearned(lang, order.learned?.[baseLanguage(lang)]) };
}

/** The search listed no card with the queued profile URL: skipped, never removed by name. */
export function notFound(person: PersonRef): RemovalOutcome {
  return {
    outcome: 'not-found',
    message: `No card with ${person.profileUrl} among the results for “${searchNameFor(person.name)}”. Skipped: QuietPrune never removes by name alone.`,
  };
}

/**
 * After a confirm click: waits for the queued person's card to leave LinkedIn's list, then reads
 * the list once: who is listed now, and who else, listed before the click, no longer is.
 */
export async function listAfterClick(
  layout: PageLayout,
  profileKey: string,
  listedBefore: ReadonlyMap<string, PersonRef>,
): Promise<{ listedAfter: ReadonlySet<string>; othersGone: PersonRef[] }> {
  await waitFor(() => (findCardByKey(layout, profileKey) ? null : true), CARD_LEAVES_TIMEOUT_MS);
  const listedAfter = new Set(listedKeys(document, layout));
  const othersGone = [...listedBefore.values()].filter(
    (p) => p.profileKey !== profileKey && !listedAfter.has(p.profileKey),
  );
  return { listedAfter, othersGone };
}

/**
 * The outcome of a confirm click once a fresh search has settled it: unsure if anyone else left
 * the list (list-diff lock) or the person is still listed, else removed. `moment` names the click
 * in the message ("the confirm click", or the person's "confirmation" in hands-on mode).
 */
export function settledOutcome(
  locks: Locks,
  name: string,
  othersGone: readonly PersonRef[],
  stillListed: boolean,
  moment: string,
): RemovalOutcome {
  if (locks.listDiff && othersGone.length > 0) {
    const who = othersGone.map((p) => `${p.name} (${p.profileUrl})`).join(', ');
    return {
      outcome: 'unsure',
      code: 'others-gone',
      othersGone: othersGone.slice(0, 100),
      message:
        `At ${moment} for ${name}, LinkedIn’s list also lost ${who}. Stopped for safety: QuietPrune asked to remove only ${name}.`.slice(
          0,
          1000,
        ),
    };
  }
  if (stillListed)
    return {
      outcome: 'unsure',
      code: 'still-listed',
      message: `LinkedIn still lists ${name} after the removal was confirmed.`,
    };
  return { outcome: 'removed' };
}

/**
 * What a removal that threw comes to: a Stop's own outcome, any other error a `page-error` stop.
 * When a confirm may have gone through (`mayHaveConfirmed`), never "failed": only unsure, and a
 * message-less outcome says it stopped after `moment`.
 */
export function outcomeOfError(error: unknown, mayHaveConfirmed: boolean, moment: string): RemovalOutcome {
  const stopped: RemovalOutcome =
    error instanceof Stop
      ? error.outcome
      : {
          outcome: 'stopped',
          code: 'page-error',
          message: `Unexpected error on the page: ${(error as Error).message}`,
        };
  if (!mayHaveConfirmed) return stopped;
  if (stopped.outcome === 'warning')
    return { outcome: 'unsure', code: 'warning', warningKind: stopped.kind, message: stopped.message };
  const message = 'message' in stopped ? stopped.message : `The page stopped after ${moment}.`;
  return { outcome: 'unsure', code: 'page-error', message };
}

/**
 * The queued person's card. With the card lock on, every use finds it again by profile key (an
 * element found earlier may have been replaced, or reused for someone else) and stops with
 * `card-lost` if it is gone; with it off (e2e tests only), the element the search found is used.
 */
export class Target {
  constructor(
    private readonly layout: PageLayout,
    private readonly profileKey: string,
    private readonly found: Element,
    private readonly locks: Locks,
  ) {}

  /** The card now, or null; never throws (for probes that run inside a MutationObserver). */
  find(): Element | null {
    return this.locks.card ? findCardByKey(this.layout, this.profileKey) : this.found;
  }

  card(): Element {
    const card = this.find();
    if (!card)
      throw stop(
        'card-lost',
        'The card of the queued person left the list before QuietPrune could click in it. Nothing was clicked.',
      );
    return card;
  }

  /** At the moment of a click: does this element still show the queued person? */
  holds(card: Element): boolean {
    return !this.locks.card || cardHolds(card, this.layout, this.profileKey);
  }
}

/** Who is listed now, by profile key, with what the list shows of them (for a report). */
export function listedPeople(layout: PageLayout, lang: string): Map<string, PersonRef> {
  const people = new Map<string, PersonRef>();
  for (const element of cardElements(document, layout)) {
    const card = readCard(element, layout, lang, 0).card;
    if (card)
      people.set(card.profileKey, {
        profileKey: card.profileKey,
        profileUrl: card.profileUrl,
        name: card.name,
      });
  }
  return people;
}

export function guardAgainstWarnings(): void {
  const sign = currentWarning();
  if (sign) throw new Stop({ outcome: 'warning', kind: sign.kind, message: describeWarning(sign) });
}

/** Types the name into the search box like a person and waits for LinkedIn's answer. */
export async function searchFor(
  layout: PageLayout,
  name: string,
  profileKey: string,
  scale: number,
  random: Random,
): Promise<Element | null> {
  const input = findSearchInput(layout);
  if (!input)
    throw new Stop({
      outcome: 'stopped',
      code: 'page-unrecognised',
      message: 'The Connections page has no search box QuietPrune recognises.',
    });
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

export function clearSearch(layout: PageLayout): void {
  const input = findSearchInput(layout);
  if (input && input.value !== '') setInputValue(input, '', null);
}

interface OpenedMenu {
  element: Element;
  /** Still open, and still the one the card's own button (found again now) says it opened. */
  stillTied(): boolean;
}

/**
 * Opens the card's own menu. The button is found again in the card found again, its label must not
 * name someone else, and the menu taken is the one that button opened: new since the click (menus
 * open before it never count) and tied to the button by aria-expanded / aria-controls (classic:
 * inside the card's own dropdown). The menu sometimes ignores the first click: one retry, then the
 * card counts as unreachable.
 */
async function openMenu(
  target: Target,
  layout: PageLayout,
  labels: PageLabels,
  name: string,
  locks: Locks,
  step: () => Promise<void>,
): Promise<OpenedMenu> {
  let notTied = false;
  for (let attempt = 0; attempt < 2; attempt++) {
    const card = target.card();
    const button = findMoreActionsButton(card, layout, labels);
    if (!button || !isVisible(button)) {
      throw stop('no-more-button', 'The card has no “More actions” button QuietPrune recognises.');
    }
    if (locks.buttonLabel && buttonNames(button.getAttribute('aria-label') ?? '', labels, name) === 'other') {
      throw stop(
        'button-names-other',
        `The card’s “More actions” button names someone other than ${name} (“${(button.getAttribute('aria-label') ?? '').slice(0, 120)}”). Nothing was clicked.`,
      );
    }
    const before = new Set(openMenus(document, layout, isVisible));
    if (!target.holds(card) || !card.contains(button)) {
      throw stop(
        'card-lost',
        'The card changed under QuietPrune (the list re-rendered it for someone else). Nothing was clicked.',
      );
    }
    button.click();
    if (!locks.menu) {
      const menu = await waitFor(() => findAnyOpenMenu(layout, card), MENU_TIMEOUT_MS);
      if (menu) return { element: menu, stillTied: () => true };
      await step();
      continue;
    }
    // The button is found again at each look: the list may re-render the row while the menu is open.
    const tie = () => {
      const now = target.find();
      const own = now ? findMoreActionsButton(now, layout, labels) : null;
      return now && own ? tiedMenu(now, own, layout, before, isVisible) : ({ problem: 'not-tied' } as const);
    };
    let last: ReturnType<typeof tie> = { problem: 'none' };
    const menu = await waitFor(() => {
      last = tie();
      return 'menu' in last ? last.menu : null;
    }, MENU_TIMEOUT_MS);
    if (menu) {
      return {
        element: menu,
        stillTied: () =>
          menu.isConnected &&
          isVisible(menu) &&
          (() => {
            const again = tie();
            return 'menu' in again && again.menu === menu;
          })(),
      };
    }
    if ('problem' in last && last.problem === 'not-tied') notTied = true;
    if (notTied) break;
    await step();
  }
  if (notTied) {
    closeMenu();
    throw stop(
      'menu-not-tied',
      'A menu is open, but not the one this card’s button opened just now. Nothing was clicked in it.',
    );
  }
  throw stop('menu-did-not-open', 'The card’s menu did not open after a retry (unreachable).');
}

function closeMenu(): void {
  document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
}

async function cancel(dialog: HTMLElement, layout: PageLayout, labels: PageLabels): Promise<void> {
  const button = findCancelButton(dialog, layout, labels);
  if (button) button.click();
  else if (dialog instanceof HTMLDialogElement) dialog.close();
  await waitFor(() => (findOpenDialog() ? null : true), DIALOG_TIMEOUT_MS);
}
