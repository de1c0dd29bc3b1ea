import type { StopCode, UnsureCode } from './removal-outcome';

/**
 * Why a session ended, as a code with the facts its words need. Decisions (is it a safety stop,
 * does it notify) read the code; sentences are made from it in one place, ui/session-wording.ts.
 * `detail` is what the page said, kept verbatim for the person to read, never decided on.
 */
export type EndReason =
  | { code: 'queue-done' }
  | { code: 'cap-reached'; cap: number; nextAllowedAt: number }
  | { code: 'user-stopped'; where: 'popup' | 'page' | 'data-deleted' }
  | { code: 'tab-closed' }
  | { code: 'tab-left-page' }
  | { code: 'tab-not-ready' }
  | { code: 'tab-did-not-answer' }
  /** Hands-on mode: the person made no click in the time given for one removal. */
  | { code: 'hands-on-idle' }
  /** LinkedIn's warning seen on the page while not mid-removal. */
  | { code: 'page-warning'; kind: string; evidence: string }
  /** The session's tab went to a LinkedIn warning, checkpoint or login address (detail: its description). */
  | { code: 'warning-address'; detail: string }
  /** A removal stopped before the confirm click on a lock that does not fail quietly. Nobody removed. */
  | { code: 'removal-stopped'; stop: StopCode; detail: string }
  /** A removal met a LinkedIn warning before the confirm click. Nobody removed. */
  | { code: 'removal-warning'; kind: string; detail: string }
  /** Past the confirm click, LinkedIn showed a warning. */
  | { code: 'unsure-warning'; unsure: UnsureCode; detail: string }
  /** Past the confirm click, someone else left the list too. They are in the log as unexpected. */
  | { code: 'others-gone'; names: string[]; detail: string }
  /** Two removals in a row failed before the click or settled as still listed. */
  | { code: 'two-failures'; detail: string };

export type EndCode = EndReason['code'];

const SAFETY: ReadonlySet<EndCode> = new Set([
  'page-warning',
  'warning-address',
  'removal-stopped',
  'removal-warning',
  'unsure-warning',
  'others-gone',
  'two-failures',
]);

/** A safety stop: the session ended because something looked wrong; nothing resumes by itself. */
export function isSafetyStop(reason: EndReason): boolean {
  return SAFETY.has(reason.code);
}

/**
 * Whether the end is worth a system notification: always for a safety stop or the cap (the person
 * may be away), and for any session that removed someone; not for an empty session they ended.
 */
export function notifiesEnd(reason: EndReason, removedThisSession: number): boolean {
  return isSafetyStop(reason) || reason.code === 'cap-reached' || removedThisSession > 0;
}
