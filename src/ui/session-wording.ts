import type { QueueItem } from '../core/removal-queue';
import type { EndReason } from '../core/session-end';
import type { StartRefusal } from '../core/session-start';
import { formatTime } from './format';
import { RISK_WORDING } from './risk-wording';
import type { HandsOnStep } from '../messages';
import { isSessionLive, type SessionStatus } from '../core/session-status';

/**
 * The one place a session's codes become sentences: why it ended, why Start is not allowed, and
 * what each queue item's state means. Decisions never read these words (src/core decides by
 * code); the worker stores the end sentence for the popup and the notification, and the popup
 * words the rest itself.
 */

export function endReasonText(reason: EndReason, time: (at: number) => string = formatTime): string {
  switch (reason.code) {
    case 'queue-done':
      return 'The queue is done: nobody left to remove.';
    case 'cap-reached':
      return `Today's cap of ${reason.cap} removals is reached. The next removal is allowed ${time(reason.nextAllowedAt)}.`;
    case 'user-stopped':
      return reason.where === 'page'
        ? 'You stopped the session on the page.'
        : reason.where === 'data-deleted'
          ? 'You deleted all QuietPrune data.'
          : 'You stopped the session.';
    case 'tab-closed':
      return 'The Connections tab was closed, so the session ended.';
    case 'tab-left-page':
      return 'The tab left the Connections page, so the session ended.';
    case 'tab-not-ready':
      return 'The Connections tab did not become ready, so the session ended. Nothing was removed in this step.';
    case 'tab-did-not-answer':
      return 'The Connections tab did not answer, so the session ended. Nothing was removed in this step.';
    case 'hands-on-idle':
      return 'Hands-on: no click came for a while, so the session ended. Nothing was removed in this step.';
    case 'page-warning':
      return `LinkedIn showed a warning (${reason.kind}: “${reason.evidence}”). QuietPrune stopped; nothing resumes by itself.`;
    case 'warning-address':
    case 'removal-stopped':
    case 'removal-warning':
      return reason.detail;
    case 'unsure-warning':
      return `LinkedIn showed a warning just after a removal was confirmed: ${reason.detail} That person is checked by a search first next session.`;
    case 'others-gone':
      return `Someone QuietPrune was not removing left your connections at the same confirmation (${reason.names.join(', ')}). They are in the removal log as unexpected. ${reason.detail}`;
    case 'two-failures':
      return `Two removals failed in a row, so QuietPrune stopped to be safe. Last: ${reason.detail}`;
  }
}

export function startRefusalText(refusal: StartRefusal, time: (at: number) => string = formatTime): string {
  switch (refusal.code) {
    case 'already-running':
      return 'A session is already running.';
    case 'risk-not-accepted':
      return RISK_WORDING.refusal;
    case 'nothing-queued':
      return 'Nobody is queued. Tick people in the list and add them to the queue first.';
    case 'cap-reached':
      return `Today's cap of ${refusal.cap} removals is reached. The next removal is allowed ${time(refusal.nextAllowedAt)}.`;
  }
}

/** The popup's short form of the same refusal, beside the greyed-out Start button. */
export function startRefusalShort(refusal: StartRefusal): string {
  if (refusal.code === 'risk-not-accepted') return RISK_WORDING.refusalShort;
  return refusal.code === 'nothing-queued'
    ? 'Nobody is queued.'
    : refusal.code === 'cap-reached'
      ? 'Today’s cap is reached.'
      : 'A session is already running.';
}

/** The reason written on a log entry for someone found gone who was not being removed. */
export function unexpectedReasonText(removing: string): string {
  return `Unexpected: not queued, found gone from your connections when ${removing} was removed.`;
}

/**
 * A queue item's state in words. In progress means "removing now" only while a session is on
 * them; otherwise the removal was interrupted and a search settles it first next session.
 */
export function queueStatusText(
  item: Pick<QueueItem, 'status' | 'profileKey'>,
  session: { status: SessionStatus; currentKey: string | null },
): string {
  switch (item.status) {
    case 'queued':
      return 'Queued';
    case 'in-progress':
      return isSessionLive(session.status) && session.currentKey === item.profileKey
        ? 'Removing now'
        : 'Interrupted: checked first next session';
    case 'unsure':
      return 'Unsure: waiting for LinkedIn';
    case 'still-listed':
      return 'Still listed: LinkedIn kept the connection';
    case 'removed':
      return 'Removed';
    case 'failed':
      return 'Removal failed';
    case 'skipped':
      return 'Skipped';
  }
}

/**
 * Hands-on mode's guide (ui/HandsOnGuide.tsx): what the person should do now, and whether the
 * dialog they opened may be confirmed. `tone` says how to show it: 'go' for the confirm (the
 * pending entry is written), 'stop' for "Don't confirm".
 */
export function handsOnStepText(step: HandsOnStep): { text: string; tone: 'info' | 'go' | 'stop' } {
  switch (step.kind) {
    case 'find-card':
      return {
        text: `${step.name}’s card is not listed now. Search the Connections page for “${step.search}”.`,
        tone: 'info',
      };
    case 'open-menu':
      return {
        text: `Click ⋯ on ${step.name}’s card${step.onlyCard ? ' — the only card listed —' : ''} then Remove connection.`,
        tone: 'info',
      };
    case 'choose-remove':
      return { text: `${step.name}’s menu is open: click Remove connection.`, tone: 'info' };
    case 'confirm':
      return { text: `It names ${step.name}: confirm with Remove.`, tone: 'go' };
    case 'dont-confirm':
      return { text: `Don’t confirm: ${dontConfirmWhy(step)} Press Cancel.`, tone: 'stop' };
  }
}

function dontConfirmWhy(step: Extract<HandsOnStep, { kind: 'dont-confirm' }>): string {
  switch (step.code) {
    case 'card-lost':
      return `${step.name}’s card is no longer listed, so nothing says whom this dialog removes.`;
    case 'menu-not-tied':
      return `this dialog came from a menu that is not ${step.name}’s card’s own (it names ${step.named}).`;
    case 'button-names-other':
      return `the card’s ⋯ button names someone other than ${step.name}.`;
    case 'namesake-listed':
      return `another connection listed is also named ${step.named}, and this dialog cannot tell them apart. Remove ${step.name} by hand if you are sure.`;
    case 'confirm-refused':
      return `the session does not allow a removal now (paused, stopped, or today’s cap reached).`;
    default:
      return `this dialog names ${step.named}, not ${step.name}.`;
  }
}
