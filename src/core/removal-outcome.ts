import { z } from 'zod/mini';

/**
 * What one removal order ended in, as the session decides from it (session-settle.ts,
 * session-end.ts). The content script reports it; messages.ts checks the report on arrival
 * against a schema that must accept exactly this type.
 */

/**
 * Why a removal stopped before LinkedIn's confirm button was clicked: nobody was removed. The
 * worker decides by the code (src/core decides what each means for the session); the message is
 * only shown to the person. Each lock of one removal has its own code, so a stop says which lock
 * held.
 */
export const StopCodeSchema = z.enum([
  /** The page is not the Connections page QuietPrune knows (layout, search box). */
  'page-unrecognised',
  /** LinkedIn's display language has no labels QuietPrune knows, and structure alone cannot decide. */
  'language-unknown',
  /** Lock 1: the card whose profile link is the queued URL was not there when looked up again before a click. */
  'card-lost',
  /** The card has no More actions button QuietPrune recognises. */
  'no-more-button',
  /** Lock 2: the button's own label names someone other than the queued person. */
  'button-names-other',
  /** The card's menu did not open after a retry (unreachable). */
  'menu-did-not-open',
  /** Lock 3: a menu is open, but not the one this card's button opened just now. */
  'menu-not-tied',
  /** The card's menu has no Remove connection item QuietPrune recognises. */
  'no-remove-item',
  /** LinkedIn's confirmation dialog did not appear. */
  'dialog-missing',
  /** Lock 4: the dialog does not name the queued person. Cancelled. */
  'dialog-names-other',
  /**
   * Part of lock 4: another listed person has the queued person's full name, so nothing LinkedIn
   * shows can say which of them a confirm click removes. Cancelled; left to the user.
   */
  'namesake-listed',
  /** The dialog has no confirm button QuietPrune recognises. Cancelled. */
  'no-confirm-button',
  /** The worker did not allow the confirm click (session ended, cap reached, another order). Cancelled. */
  'confirm-refused',
  /** Something threw on the page before the confirm click. */
  'page-error',
  /** Hands-on mode: the person made no click within the step's time (the dialog was never confirmed). */
  'hands-on-no-answer',
]);
export type StopCode = z.infer<typeof StopCodeSchema>;

/** Why a removal past the confirm click is not known to be done. It counts against the cap all the same. */
export const UnsureCodeSchema = z.enum([
  /** The card stayed in the list, or a fresh search still lists the person (LinkedIn's index may lag). */
  'still-listed',
  /** A LinkedIn warning appeared after the confirm click. */
  'warning',
  /** Lock 5: someone else left the list at the confirm click too (see othersGone). */
  'others-gone',
  /** Something threw on the page after the confirm click. */
  'page-error',
]);
export type UnsureCode = z.infer<typeof UnsureCodeSchema>;

/** Someone seen on the page, by profile URL (the key is derived from it). */
export interface PersonSeen {
  profileKey: string;
  profileUrl: string;
  name: string;
}

export type RemovalOutcome =
  /** Past the confirm click: the card left the list, a fresh search does not list them, nobody else left. */
  | { outcome: 'removed' }
  /** Before any click: no card with the queued profile URL among the search results. */
  | { outcome: 'not-found'; message: string }
  /** 'check' mode answers: still listed, or not. */
  | { outcome: 'present' }
  | { outcome: 'gone' }
  /** Stopped before the confirm click; nobody was removed. */
  | { outcome: 'stopped'; code: StopCode; message: string }
  /** A LinkedIn warning or restriction before the confirm click; nobody was removed. */
  | { outcome: 'warning'; kind: string; message: string }
  /**
   * Past the confirm click, LinkedIn has not answered clearly. Never "failed": the worker keeps
   * the person in progress and the pending log entry, and a later search settles it.
   * `warningKind` is set with code 'warning'; `othersGone` lists anyone else who left the list
   * at the confirm click (code 'others-gone').
   */
  | {
      outcome: 'unsure';
      code: UnsureCode;
      message: string;
      warningKind?: string | undefined;
      othersGone?: PersonSeen[] | undefined;
    };
