import { nextAllowedAt, remainingToday } from './daily-cap';
import type { QueueItem } from './removal-queue';
import { isSessionLive, type SessionStatus } from './session-status';

/**
 * Whether Start session is allowed now, and why not. The worker refuses a Start by this very
 * function and the popup greys its button out by it, so the two can never disagree.
 *
 * Work is anyone queued, interrupted (in progress with no session on them) or unsure. Checking an
 * interrupted or unsure person is a search, not a removal, so the cap does not hold it back; with
 * only queued people, a used-up cap refuses the Start.
 */
export type StartRefusal =
  | { code: 'already-running' }
  | { code: 'risk-not-accepted' }
  | { code: 'nothing-queued' }
  | { code: 'cap-reached'; cap: number; nextAllowedAt: number };

export type StartDecision = { ok: true; planned: number } | { ok: false; refusal: StartRefusal };

export interface StartInput {
  sessionStatus: SessionStatus;
  queue: readonly Pick<QueueItem, 'status'>[];
  removalTimes: readonly number[];
  cap: number;
  now: number;
  /** The user accepted, once, that LinkedIn forbids automated activity and the risk is theirs (ui/risk-wording.ts). */
  riskAccepted: boolean;
}

export function startDecision({
  sessionStatus,
  queue,
  removalTimes,
  cap,
  now,
  riskAccepted,
}: StartInput): StartDecision {
  if (isSessionLive(sessionStatus)) return { ok: false, refusal: { code: 'already-running' } };
  const queued = queue.filter((i) => i.status === 'queued').length;
  const toCheck = queue.some((i) => i.status === 'in-progress' || i.status === 'unsure');
  if (queued === 0 && !toCheck) return { ok: false, refusal: { code: 'nothing-queued' } };
  const left = remainingToday(removalTimes, cap, now);
  if (left === 0 && !toCheck)
    return {
      ok: false,
      refusal: { code: 'cap-reached', cap, nextAllowedAt: nextAllowedAt(removalTimes, cap, now) },
    };
  // No session before the person has accepted that it is against LinkedIn's rules, whatever starts
  // it. Asked last, so that it is the one thing between them and a session when it is asked.
  if (!riskAccepted) return { ok: false, refusal: { code: 'risk-not-accepted' } };
  return { ok: true, planned: Math.min(left, queued) };
}
