import type { BackgroundToContent, HandsOnStep, RemovalOutcome, StopCode } from '../../messages';
import { afterDialog, guideStep, judgeDialog, type DialogSeen } from '../../core/hands-on-step';
import { seededRandom } from '../../core/random';
import { cardElements, type PageLayout } from '../../linkedin/connections-page';
import { baseLanguage, isCancelText, textIs, type PageLabels } from '../../linkedin/labels';
import { dialogNamesPerson, namesakeAmong, searchNameFor } from '../../linkedin/removal-dialog';
import {
  buttonNames,
  findMoreActionsButton,
  listedKeys,
  openMenus,
  tiedMenu,
} from '../../linkedin/removal-targets';
import { DIALOG, LAYOUT } from '../../linkedin/selectors';
import { currentWarning } from '../warning-watch';
import { pause, waitFor } from '../human-time';
import { isVisible } from '../../linkedin/visibility';
import { locksFor, type Locks } from './lock-switch';
import { findNewDialog, openDialogs } from '../../linkedin/page-finders';
import {
  Target,
  clearSearch,
  guardAgainstWarnings,
  listAfterClick,
  listedPeople,
  notFound,
  outcomeOfError,
  readPage,
  searchFor,
  settledOutcome,
  stop,
} from './perform-removal';
import * as worker from './worker-link';

type Order = Extract<BackgroundToContent, { type: 'removal/perform' }>;

/**
 * How long the person has for one removal, in real time (never scaled: it is their time, not a
 * pause of ours). The worker's watchdog for a hands-on order is longer than this
 * (session-controller.ts), so this limit always answers first.
 */
export const HANDS_ON_LIMIT_MS = 10 * 60_000;
/** Between two looks with nothing changed, the page asks the worker whether the order still stands. */
const HEARTBEAT_MS = 20_000;

/**
 * One removal in hands-on mode: QuietPrune types the search and finds the card by profile URL as
 * automatic mode does, then WAITS; the person makes every click (real input, which a content
 * script cannot make). The page only watches, with MutationObservers in this isolated world: it
 * adds nothing to LinkedIn's page and clicks nothing. What it sees goes to the worker as a guide
 * step (core/hands-on-step.ts decides which); the guide beside the session says it.
 *
 * When the person's click opens a dialog, the locks of automatic mode are read at that moment
 * (card still listed by profile key, the last menu open was this card's own, its label names
 * nobody else, the dialog names the person and no listed namesake shares their name). If they
 * hold, the worker writes the pending log entry (the same `removal/confirming` transaction, which
 * re-checks the session and the cap) BEFORE the guide says "confirm"; if not, the guide says
 * "Don't confirm" and nothing is pre-counted. The outcome is then read from the list, and settled
 * by a fresh search exactly as automatic mode settles its own confirm click.
 *
 * Labels are only a cross-check here: the person chooses the menu item and the confirm button, so
 * a LinkedIn language QuietPrune has no labels for can still be handled (issue 14).
 */
export async function performHandsOn(order: Order): Promise<RemovalOutcome> {
  const random = seededRandom(order.seed);
  const locks = locksFor(order);
  const { profileKey, name } = order.person;
  const deadline = Date.now() + HANDS_ON_LIMIT_MS;
  /** A pending entry stands for this person: the guide said confirm. */
  let preCounted = false;
  /** Someone left the list after the person's click: from here nothing is "stopped", only unsure. */
  let clicked = false;
  /** What the watch saw last: the menu this card's own button opened (for learning its item's words). */
  const watched: Watching = { ownMenu: null };
  let stopLearning = () => {};
  try {
    // Unlike automatic mode, unknown labels (null) do not stop it: the person makes the clicks.
    const { layout, lang, labels } = readPage(order);
    const learning = new ClickLearner(layout, labels, () => watched.ownMenu);
    stopLearning = learning.stop;
    const found = await searchFor(layout, name, profileKey, order.humanDelayScale, random);
    if (!found) return notFound(order.person);
    const target = new Target(layout, profileKey, found, locks);
    target.card().scrollIntoView({ block: 'center' });
    const tell = async (step: HandsOnStep): Promise<void> => {
      if (!(await worker.handsOnStep(order.sessionId, profileKey, step)))
        throw stop(
          'confirm-refused',
          'The session no longer runs this removal (paused, stopped or ended). Nothing was removed.',
        );
    };

    for (;;) {
      learning.forget();
      const dialog = await watchUntilDialog(layout, labels, target, locks, name, deadline, tell, watched);
      if (dialog === null) {
        return {
          outcome: 'stopped',
          code: 'hands-on-no-answer',
          message: `No click on ${name}’s card came in ${HANDS_ON_LIMIT_MS / 60_000} minutes. Nothing was removed; ${name} stays queued.`,
        };
      }
      // Who is listed now: after the person's click only the queued person may leave.
      const listedBefore = listedPeople(layout, lang);
      const judgement = judgeDialog(
        readDialog(
          dialog.element,
          layout,
          labels,
          target,
          locks,
          profileKey,
          name,
          listedBefore,
          dialog.fromOwnMenu,
        ),
      );
      let flagged: StopCode | null = null;
      let flaggedMessage = '';
      if (judgement.ok) {
        // The pending entry, written before the guide says confirm: it counts against the cap from now.
        if (await worker.mayConfirm(order.sessionId, profileKey)) {
          preCounted = true;
          await tell({ kind: 'confirm', name });
        } else {
          flagged = 'confirm-refused';
          flaggedMessage =
            'QuietPrune’s worker did not allow this removal now (the session ended or the cap was reached). Nobody was removed.';
          await worker.handsOnStep(order.sessionId, profileKey, {
            kind: 'dont-confirm',
            name,
            code: 'confirm-refused',
            named: name,
          });
        }
      } else {
        flagged = judgement.code;
        const said = textOf(dialog.element);
        flaggedMessage = `The confirmation did not name ${name} alone (it said “${said.slice(0, 120)}”). You were told not to confirm it, and nobody was removed.`;
        await tell({ kind: 'dont-confirm', name, code: judgement.code, named: judgement.named });
      }

      const closed = await waitFor(
        () => (!dialog.element.isConnected || !isVisible(dialog.element) ? true : null),
        Math.max(0, deadline - Date.now()),
      );
      if (!closed) {
        // The dialog stayed open to the end: if it was to be confirmed, a click may yet come, so
        // the pending entry stays and the person is unsure until a search settles them.
        if (preCounted)
          return {
            outcome: 'unsure',
            code: 'page-error',
            message: `The confirmation for ${name} stayed open without an answer; a search will settle it.`,
          };
        return {
          outcome: 'stopped',
          code: 'hands-on-no-answer',
          message: `The confirmation stayed open without an answer. Nobody was removed; ${name} stays queued.`,
        };
      }
      // A confirm click shows as the card leaving LinkedIn's list (after its request): wait for it.
      const afterClick = await listAfterClick(layout, profileKey, listedBefore);
      let othersGone = afterClick.othersGone;
      let next = afterDialog({
        cardLeft: !afterClick.listedAfter.has(profileKey),
        othersLeft: othersGone.length,
        preCounted,
        flagged,
      });
      // From here a warning (or any stop) with someone gone is unsure, never "nobody removed".
      if (next.kind === 'settle-by-search') clicked = true;
      guardAgainstWarnings();
      let stillThere: Element | null = null;
      if (next.kind === 'ask-again' && next.withdraw) {
        // Before withdrawing, LinkedIn itself is asked (a fresh search, as automatic mode settles
        // its confirm clicks): a removal whose list update came late must never be un-counted.
        stillThere = await searchFor(layout, name, profileKey, order.humanDelayScale, random);
        const listedAgain = new Set(listedKeys(document, layout));
        othersGone = othersGone.filter((p) => !listedAgain.has(p.profileKey));
        if (!stillThere) next = { kind: 'settle-by-search' };
      }
      if (next.kind === 'stop') return { outcome: 'stopped', code: next.code, message: flaggedMessage };
      if (next.kind === 'ask-again') {
        if (next.withdraw) {
          // Withdrawing is safe: the dialog closed with the card still listed and a fresh search
          // still lists them, so no confirm went through. The entry was written only so that a
          // confirm click, had it come, was counted before it could happen; it was never a
          // removal, and keeping it would count against the cap a removal nobody made.
          await worker.withdrawPending(order.sessionId, profileKey);
          preCounted = false;
        }
        continue; // the same person, asked again: the search shows their card
      }
      // Someone left: a confirm click happened. Settled as automatic mode settles its own.
      if (stillThere === null) {
        stillThere = await searchFor(layout, name, profileKey, order.humanDelayScale, random);
        const listedAfter = new Set(listedKeys(document, layout));
        othersGone = othersGone.filter((p) => !listedAfter.has(p.profileKey));
      }
      clearSearch(layout);
      const outcome = settledOutcome(locks, name, othersGone, stillThere !== null, 'the confirmation');
      // Only a removal that every lock saw through teaches a word: the item that opened the dialog
      // naming them, and the button whose click removed them and no one else.
      if (outcome.outcome === 'removed' && judgement.ok)
        for (const [control, label] of learning.learned(name))
          await worker.labelLearned(order.sessionId, profileKey, baseLanguage(lang), control, label);
      return outcome;
    }
  } catch (error) {
    // A pending entry or a list that lost someone: a confirm may have gone through. Never "failed".
    return outcomeOfError(error, clicked || preCounted, 'the confirmation');
  } finally {
    stopLearning();
  }
}

interface Watching {
  ownMenu: Element | null;
}

/**
 * Learns, from the person's own clicks (trusted events only, read in this isolated world; the
 * listener adds nothing to LinkedIn's page), the words of the two controls QuietPrune may have no
 * label for: the item they chose in the menu this card's own button opened, and the button they
 * clicked in the dialog. Words QuietPrune already knows, words that hold the person's name, a
 * Cancel, and a confirm button its layout marks by structure are not learned.
 */
class ClickLearner {
  private removeItem: string | null = null;
  private confirm: string | null = null;
  readonly stop: () => void;

  constructor(
    private readonly layout: PageLayout,
    private readonly labels: PageLabels,
    private readonly ownMenu: () => Element | null,
  ) {
    const onClick = (event: MouseEvent) => this.seen(event);
    document.addEventListener('click', onClick, true);
    this.stop = () => document.removeEventListener('click', onClick, true);
  }

  forget(): void {
    this.removeItem = null;
    this.confirm = null;
  }

  private seen(event: MouseEvent): void {
    if (!event.isTrusted || !(event.target instanceof Element)) return;
    const { menuItem, confirmButton } = LAYOUT[this.layout];
    const menu = this.ownMenu();
    if (menu?.contains(event.target)) {
      const item = event.target.closest(menuItem);
      this.removeItem = item && menu.contains(item) ? wordsOf(item) : null;
      return;
    }
    const dialog = event.target.closest(DIALOG);
    const button = dialog ? event.target.closest('button') : null;
    if (dialog && button && dialog.contains(button))
      this.confirm = button.matches(confirmButton) ? null : wordsOf(button);
  }

  /** What to store once the removal is settled as done: each control QuietPrune had no word for. */
  learned(name: string): ['removeConnection' | 'confirm', string][] {
    const words: ['removeConnection' | 'confirm', string][] = [];
    const fresh = (label: string | null, known: readonly string[]): label is string =>
      label !== null &&
      label.length > 0 &&
      label.length <= 80 &&
      !textIs(label, known) &&
      !isCancelText(label, this.labels) &&
      !namesSomeone(label, name);
    if (fresh(this.removeItem, this.labels.removeConnection))
      words.push(['removeConnection', this.removeItem]);
    if (fresh(this.confirm, this.labels.confirm)) words.push(['confirm', this.confirm]);
    return words;
  }
}

const wordsOf = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A label holding a word of the person's name is theirs, not the control's: never learned. */
function namesSomeone(label: string, name: string): boolean {
  const words = new Set(label.toLocaleLowerCase().split(/[\s,.!?:;()]+/u));
  return searchNameFor(name)
    .toLocaleLowerCase()
    .split(/\s+/)
    .some((w) => w.length > 1 && words.has(w));
}

interface DialogOpened {
  element: HTMLElement;
  /** The last menu seen open before it was this card's own (lock 3). */
  fromOwnMenu: boolean;
}

type Watched =
  { kind: 'dialog'; dialog: DialogOpened } | { kind: 'step'; step: HandsOnStep } | { kind: 'warning' };

/**
 * Watches the page (observe, don't poll) until the person's click opens a new dialog, telling the
 * worker each time what the guide should say. Null when the person's time runs out.
 */
async function watchUntilDialog(
  layout: PageLayout,
  labels: PageLabels,
  target: Target,
  locks: Locks,
  name: string,
  deadline: number,
  tell: (step: HandsOnStep) => Promise<void>,
  watched: Watching,
): Promise<DialogOpened | null> {
  const menusBefore = new Set(openMenus(document, layout, isVisible));
  const dialogsBefore = openDialogs();
  let lastMenuOwn = false;
  let shown = '';
  // Never throws: it runs inside a MutationObserver, where an exception would be lost.
  const probe = (): Watched | null => {
    if (currentWarning()) return { kind: 'warning' };
    const card = target.find();
    const own = card ? ownOpenMenu(card, layout, labels, menusBefore) : null;
    if (own) watched.ownMenu = own;
    if (own) lastMenuOwn = true;
    else if (openMenus(document, layout, isVisible).some((m) => !menusBefore.has(m))) lastMenuOwn = false;
    const dialog = findNewDialog(dialogsBefore);
    if (dialog)
      return { kind: 'dialog', dialog: { element: dialog, fromOwnMenu: !locks.menu || lastMenuOwn } };
    const step = guideStep({
      name,
      search: searchNameFor(name),
      cardListed: card !== null,
      listedCount: cardElements(document, layout).length,
      ownMenuOpen: own !== null,
    });
    return JSON.stringify(step) === shown ? null : { kind: 'step', step };
  };
  for (;;) {
    const left = deadline - Date.now();
    if (left <= 0) return null;
    const seen = await waitFor(probe, Math.min(left, HEARTBEAT_MS));
    if (seen === null) {
      // Nothing changed for a while: does the order still stand (not paused into a stop, not ended)?
      if (shown !== '') await tell(JSON.parse(shown) as HandsOnStep);
      continue;
    }
    if (seen.kind === 'warning') guardAgainstWarnings();
    else if (seen.kind === 'dialog') {
      // Its words come with it or a frame later: read once they are there.
      await waitFor(() => (textOf(seen.dialog.element) !== '' ? true : null), 1_000);
      await pause(50);
      return seen.dialog;
    } else {
      shown = JSON.stringify(seen.step);
      await tell(seen.step);
    }
  }
}

/**
 * The menu open now that this card's own More actions button opened (automatic mode's tie,
 * removal-targets.ts). The button is found by structure in any language (labels, where known,
 * only cross-check it), and the tie (aria-controls, or the classic card's own dropdown) decides.
 */
function ownOpenMenu(
  card: Element,
  layout: PageLayout,
  labels: PageLabels,
  menusBefore: ReadonlySet<Element>,
): Element | null {
  const button = findMoreActionsButton(card, layout, labels);
  if (!button) return null;
  const tie = tiedMenu(card, button, layout, menusBefore, isVisible);
  return 'menu' in tie ? tie.menu : null;
}

function readDialog(
  dialog: HTMLElement,
  layout: PageLayout,
  labels: PageLabels,
  target: Target,
  locks: Locks,
  profileKey: string,
  name: string,
  listed: ReadonlyMap<string, { profileKey: string; name: string }>,
  fromOwnMenu: boolean,
): DialogSeen {
  const text = dialog.innerText ?? dialog.textContent ?? '';
  const card = target.find();
  const others = [...listed.values()].filter((p) => p.profileKey !== profileKey);
  const button = card ? findMoreActionsButton(card, layout, labels) : null;
  const namesPerson = dialogNamesPerson(text, name);
  return {
    cardListed: card !== null,
    fromOwnMenu,
    buttonNamesOther:
      locks.buttonLabel &&
      button !== null &&
      buttonNames(button.getAttribute('aria-label') ?? '', labels, name) === 'other',
    namesPerson: !locks.dialog || namesPerson,
    namesake: locks.dialog
      ? namesakeAmong(
          name,
          others.map((p) => p.name),
        )
      : null,
    namesOther: others.find((p) => !namesPerson && dialogNamesPerson(text, p.name))?.name ?? null,
    said: textOf(dialog),
  };
}

function textOf(dialog: HTMLElement): string {
  return (dialog.innerText ?? dialog.textContent ?? '').replace(/\s+/g, ' ').trim();
}
