import type { PersonRef } from '../../core/connection';
import type { BackgroundToContent } from '../../messages';
import { stepDelay } from '../../core/pacing';
import { seededRandom } from '../../core/random';
import type { PersonRehearsal, RehearsalRun, RehearsalStep } from '../../core/rehearsal-report';
import { cardElements, detectLayout, type PageLayout } from '../../linkedin/connections-page';
import { labelsFor, withLearned, type PageLabels } from '../../linkedin/labels';
import { dialogNamesPerson } from '../../linkedin/removal-dialog';
import { findMoreActionsButton, openMenus, tiedMenu } from '../../linkedin/removal-targets';
import {
  findCancelButton,
  findCardByKey,
  findNewDialog,
  findOpenDialog,
  findRemoveMenuItem,
  openDialogs,
} from '../../linkedin/page-finders';
import { describeWarning } from '../../linkedin/warning-signs';
import type { PageShape } from '../../linkedin/page-shape';
import { isVisible } from '../../linkedin/visibility';
import { humanPause, waitFor } from '../human-time';
import { currentWarning } from '../warning-watch';
import { clearSearch, listedPeople, searchFor, Stop } from '../removal/perform-removal';
import { captureShape } from './capture-shape';

type Order = Extract<BackgroundToContent, { type: 'rehearsal/run' }>;

/**
 * The rehearsal on the Connections page: for each person, every step of a removal up to LinkedIn's
 * confirmation, then Cancel. It calls the same finders as a removal (page-finders.ts,
 * removal-targets.ts, removal-dialog.ts) and so fails where a removal would.
 *
 * Nobody can be removed by it: this folder has no way to a confirm button. ESLint forbids it to
 * import `findConfirmButton`, `performRemoval`, `performHandsOn` or the worker link that asks for
 * a confirm click (eslint.config.js), the only click in a dialog is Cancel's, and the worker never
 * allows a confirm click outside a session. tests/e2e/rehearsal.test.ts checks the fake's record.
 */
const MENU_TIMEOUT_MS = 3_000;
const DIALOG_TIMEOUT_MS = 5_000;
const PEOPLE = 3;
/** The list loads after the page: how long to wait for its first cards. */
const LIST_TIMEOUT_MS = 15_000;

export async function runRehearsal(order: Order): Promise<{ run: RehearsalRun; shape: PageShape | null }> {
  const random = seededRandom(order.seed);
  const step = () => humanPause(stepDelay(random), order.humanDelayScale);
  const lang = document.documentElement.lang || 'en';
  const layout = detectLayout(document);
  // Structure decides every step it can in any language; a missing label shows as the one step
  // a session would hand to the person (hands-on), as removals do.
  const labels = withLearned(lang, undefined);
  const run: RehearsalRun = {
    layout,
    lang,
    labelsKnown: labelsFor(lang) !== null,
    people: [],
    problem: null,
  };
  let shape: PageShape | null = null;
  const names = order.people.map((p) => p.name);
  /** The page as it is at the first step that failed (a menu or dialog still open), once. */
  const capture = (failed: RehearsalStep) => {
    shape ??= captureShape(`rehearsal: ${failed}`, names);
  };

  const warning = currentWarning();
  if (warning) {
    run.problem = `LinkedIn shows a warning (${describeWarning(warning)}), so QuietPrune tried nothing.`;
    return { run, shape };
  }
  if (!layout) {
    run.problem = 'QuietPrune did not recognise the Connections page (LinkedIn may have changed it).';
    capture('page');
    return { run, shape };
  }
  await waitFor(() => (cardElements(document, layout).length > 0 ? true : null), LIST_TIMEOUT_MS);
  const people: PersonRef[] =
    order.people.length > 0 ? order.people : [...listedPeople(layout, lang).values()].slice(0, PEOPLE);
  if (people.length === 0) {
    run.problem = 'LinkedIn’s Connections page lists nobody QuietPrune can read.';
    capture('card');
    return { run, shape };
  }
  for (const person of people.slice(0, PEOPLE)) {
    run.people.push(await rehearseOne(person, layout, labels, order.humanDelayScale, random, step, capture));
    if (currentWarning()) break;
    await step();
  }
  clearSearch(layout);
  return { run, shape };
}

async function rehearseOne(
  person: PersonRef,
  layout: PageLayout,
  labels: PageLabels,
  scale: number,
  random: ReturnType<typeof seededRandom>,
  step: () => Promise<void>,
  capture: (failed: RehearsalStep) => void,
): Promise<PersonRehearsal> {
  const walk: PersonRehearsal = { name: person.name, profileUrl: person.profileUrl, steps: [] };
  const passed = (s: RehearsalStep, note?: string) =>
    walk.steps.push(note ? { step: s, ok: true, note } : { step: s, ok: true });
  const failed = (s: RehearsalStep, note: string) => {
    walk.steps.push({ step: s, ok: false, note });
    capture(s);
    return walk;
  };
  passed('page');

  let found: Element | null;
  try {
    found = await searchFor(layout, person.name, person.profileKey, scale, random);
  } catch (error) {
    return failed(
      'search',
      error instanceof Stop && 'message' in error.outcome ? error.outcome.message : String(error),
    );
  }
  passed('search');
  if (!found) return failed('card', 'no card with their profile link among the results');
  passed('card');
  await step();

  const menu = await openTiedMenu(person.profileKey, layout, labels, step);
  if (typeof menu === 'string') {
    failed('menu', menu);
    closeMenu();
    return walk;
  }
  passed('menu');
  await step();

  const item = findRemoveMenuItem(menu, layout, labels);
  if (!item) {
    failed('remove-item', 'no item QuietPrune recognises');
    closeMenu();
    return walk;
  }
  passed('remove-item');
  await step();

  // The item opens LinkedIn's confirmation; only a dialog this click opened is its answer.
  const before = openDialogs();
  item.click();
  const dialog = await waitFor(() => findNewDialog(before), DIALOG_TIMEOUT_MS);
  if (!dialog) return failed('dialog', 'no confirmation appeared');
  passed('dialog');
  await step();

  if (dialogNamesPerson(dialog.innerText ?? dialog.textContent ?? '', person.name)) passed('names-person');
  else failed('names-person', 'it names someone else, or nobody');

  // Cancel, and only Cancel: the rehearsal has no other click in a dialog.
  const cancel = findCancelButton(dialog, layout, labels);
  if (cancel) cancel.click();
  else if (dialog instanceof HTMLDialogElement) dialog.close();
  else document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  const closed = await waitFor(() => (findOpenDialog() ? null : true), DIALOG_TIMEOUT_MS);
  if (!closed) failed('cancel', 'the confirmation stayed open: press Cancel in it yourself');
  else if (!cancel) failed('cancel', 'closed, but without a Cancel button QuietPrune recognises');
  else passed('cancel');
  return walk;
}

/**
 * The card's own menu, as a removal opens it: the button in the card found again by profile link,
 * the menu the one it opened (tied by aria-expanded / aria-controls, or the card's dropdown), with
 * one retry for a menu that ignores a first click. A string says why there is none.
 */
async function openTiedMenu(
  profileKey: string,
  layout: PageLayout,
  labels: PageLabels,
  step: () => Promise<void>,
): Promise<Element | string> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const card = findCardByKey(layout, profileKey);
    if (!card) return 'their card left the list';
    card.scrollIntoView({ block: 'center' });
    const button = findMoreActionsButton(card, layout, labels);
    if (!button || !isVisible(button)) return 'no “More actions” button QuietPrune recognises';
    const before = new Set(openMenus(document, layout, isVisible));
    button.click();
    let last: ReturnType<typeof tiedMenu> = { problem: 'none' };
    const menu = await waitFor(() => {
      const now = findCardByKey(layout, profileKey);
      const own = now ? findMoreActionsButton(now, layout, labels) : null;
      last = now && own ? tiedMenu(now, own, layout, before, isVisible) : { problem: 'not-tied' };
      return 'menu' in last ? last.menu : null;
    }, MENU_TIMEOUT_MS);
    if (menu) return menu;
    if ('problem' in last && last.problem === 'not-tied')
      return 'a menu opened, but not provably this card’s';
    await step();
  }
  return 'the menu did not open, even on a second click';
}

function closeMenu(): void {
  document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
}
