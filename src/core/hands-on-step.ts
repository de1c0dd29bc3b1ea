import type { StopCode } from './removal-outcome';

/**
 * The step the guide shows (ui/HandsOnGuide.tsx); src/messages.ts carries it with a schema that
 * checks exactly this type.
 * - find-card: the card is not listed now (the person changed the search or scrolled it away);
 * - open-menu: click ⋯ (More actions) on this card; `onlyCard` when it is the only card listed;
 * - choose-remove: this card's menu is open: choose Remove connection;
 * - confirm: the dialog names the queued person and the pending entry is written: confirm;
 * - dont-confirm: the dialog must not be confirmed; `code` says which check held, `named` what
 *   the dialog names instead (another listed person's name, or its own words).
 */
export type HandsOnStep =
  | { kind: 'find-card'; name: string; search: string }
  | { kind: 'open-menu'; name: string; onlyCard: boolean }
  | { kind: 'choose-remove'; name: string }
  | { kind: 'confirm'; name: string }
  | { kind: 'dont-confirm'; name: string; code: StopCode; named: string };

/**
 * Hands-on mode's decisions, pure: the person makes the clicks and QuietPrune watches
 * (content/removal/hands-on.ts reads the page and calls these; the worker stores the step for the
 * guide). The locks are those of automatic mode (content/removal/lock-switch.ts), read at the
 * moment the person's click opened the dialog instead of before QuietPrune's own click:
 *
 *   search typed, card found by profile URL
 *     -> find-card / open-menu / choose-remove   (guideStep: what the page shows now)
 *     -> a new dialog opens                      (judgeDialog)
 *          every lock holds, the worker wrote the pending entry -> confirm
 *          a lock fails, or the worker refused                   -> dont-confirm (nothing pre-counted)
 *     -> the dialog closes                       (afterDialog)
 *          the card or anyone else left the list -> a fresh search settles it, as automatic mode
 *          nobody left, dialog was flagged       -> stop with that lock's code (nobody removed)
 *          nobody left, dialog was 'confirm'     -> the pending entry is withdrawn; asked again
 */

/** What the page shows while the person has not opened a dialog yet. */
export interface PageNow {
  name: string;
  /** The search QuietPrune typed (the name as LinkedIn's search takes it). */
  search: string;
  /** The queued person's card, found by profile key, is listed now. */
  cardListed: boolean;
  /** Cards listed now (1 makes "the only card listed"). */
  listedCount: number;
  /** A menu is open that this card's own button opened (the menu lock's tie). */
  ownMenuOpen: boolean;
}

export function guideStep(page: PageNow): HandsOnStep {
  if (!page.cardListed) return { kind: 'find-card', name: page.name, search: page.search };
  if (page.ownMenuOpen) return { kind: 'choose-remove', name: page.name };
  return { kind: 'open-menu', name: page.name, onlyCard: page.listedCount === 1 };
}

/** What QuietPrune read when a dialog opened after the person's click. */
export interface DialogSeen {
  /** Lock 1: the queued person's card is still listed. */
  cardListed: boolean;
  /** Lock 3: the last menu open before the dialog was the one this card's own button opened. */
  fromOwnMenu: boolean;
  /** Lock 2: the card's More actions label names someone else (false where labels are unknown). */
  buttonNamesOther: boolean;
  /** Lock 4: the dialog names the queued person (removal-dialog.ts, full-name rule). */
  namesPerson: boolean;
  /** Lock 4, namesake rule: another listed person with the queued person's full name, if any. */
  namesake: string | null;
  /** Another listed person the dialog names, if any; else null. */
  namesOther: string | null;
  /** The dialog's own words (quoted when it names nobody listed). */
  said: string;
}

export type DialogJudgement =
  | { ok: true }
  | {
      ok: false;
      code: Extract<
        StopCode,
        'card-lost' | 'menu-not-tied' | 'button-names-other' | 'dialog-names-other' | 'namesake-listed'
      >;
      named: string;
    };

/**
 * May the person confirm this dialog (once the worker has written the pending entry)? Each lock
 * alone says no, in the order automatic mode checks them; `named` is what the guide says the
 * dialog names instead.
 */
export function judgeDialog(seen: DialogSeen): DialogJudgement {
  const named = seen.namesOther ?? `“${seen.said.slice(0, 150)}”`;
  if (!seen.cardListed) return { ok: false, code: 'card-lost', named };
  if (!seen.fromOwnMenu) return { ok: false, code: 'menu-not-tied', named };
  if (seen.buttonNamesOther) return { ok: false, code: 'button-names-other', named };
  if (!seen.namesPerson) return { ok: false, code: 'dialog-names-other', named };
  if (seen.namesake !== null) return { ok: false, code: 'namesake-listed', named: seen.namesake };
  return { ok: true };
}

/** What the page shows once the dialog has closed (after a short wait for the list to answer). */
export interface AfterDialogSeen {
  /** The queued person's card left the list. */
  cardLeft: boolean;
  /** How many other listed people left the list since the dialog opened. */
  othersLeft: number;
  /** The guide said confirm: the worker wrote a pending entry before the person could click. */
  preCounted: boolean;
  /** The guide said "Don't confirm", and why (the worker's refusal is 'confirm-refused'). */
  flagged: StopCode | null;
}

export type AfterDialog =
  /** Someone left the list: a confirm click happened. A fresh search settles it, as in automatic mode. */
  | { kind: 'settle-by-search' }
  /** Nobody left and the dialog was flagged: the person cancelled it. Nobody removed. */
  | { kind: 'stop'; code: StopCode }
  /** Nobody left after a dialog QuietPrune said to confirm: the person cancelled; ask again. */
  | { kind: 'ask-again'; withdraw: boolean };

export function afterDialog(seen: AfterDialogSeen): AfterDialog {
  if (seen.cardLeft || seen.othersLeft > 0) return { kind: 'settle-by-search' };
  if (seen.flagged !== null) return { kind: 'stop', code: seen.flagged };
  return { kind: 'ask-again', withdraw: seen.preCounted };
}
