import type { QueueItem } from '../core/removal-queue';
import type { EndReason } from '../core/session-end';
import type { StartRefusal } from '../core/session-start';
import { formatTime } from './format';
import { RISK_WORDING } from './risk-wording';
import type { HandsOnStep } from '../messages';
import { isSessionLive, type SessionStatus } from '../core/session-status';
import { t } from './i18n';

/**
 * The one place a session's codes become sentences: why it ended, why Start is not allowed, and
 * what each queue item's state means. Decisions never read these words (src/core decides by
 * code); the worker stores the end sentence for the popup and the notification, and the popup
 * words the rest itself.
 */

export function endReasonText(reason: EndReason, time: (at: number) => string = formatTime): string {
  switch (reason.code) {
    case 'queue-done':
      return t('end_queueDone');
    case 'cap-reached':
      return t('end_capReached', reason.cap, time(reason.nextAllowedAt));
    case 'user-stopped':
      return reason.where === 'page'
        ? t('end_stoppedOnPage')
        : reason.where === 'data-deleted'
          ? t('end_dataDeleted')
          : t('end_stopped');
    case 'tab-closed':
      return t('end_tabClosed');
    case 'tab-left-page':
      return t('end_tabLeft');
    case 'tab-not-ready':
      return t('end_tabNotReady');
    case 'tab-did-not-answer':
      return t('end_tabNoAnswer');
    case 'hands-on-idle':
      return t('end_handsOnIdle');
    case 'page-warning':
      return t('end_pageWarning', reason.kind, reason.evidence);
    case 'warning-address':
    case 'removal-stopped':
    case 'removal-warning':
      return reason.detail;
    case 'unsure-warning':
      return t('end_unsureWarning', reason.detail);
    case 'others-gone':
      return t('end_othersGone', reason.names.join(', '), reason.detail);
    case 'two-failures':
      return t('end_twoFailures', reason.detail);
  }
}

export function startRefusalText(refusal: StartRefusal, time: (at: number) => string = formatTime): string {
  switch (refusal.code) {
    case 'already-running':
      return t('refusal_alreadyRunning');
    case 'risk-not-accepted':
      return RISK_WORDING.refusal;
    case 'nothing-queued':
      return t('refusal_nothingQueued');
    case 'cap-reached':
      return t('end_capReached', refusal.cap, time(refusal.nextAllowedAt));
  }
}

/** The popup's short form of the same refusal, beside the greyed-out Start button. */
export function startRefusalShort(refusal: StartRefusal): string {
  if (refusal.code === 'risk-not-accepted') return RISK_WORDING.refusalShort;
  return refusal.code === 'nothing-queued'
    ? t('refusal_nothingQueuedShort')
    : refusal.code === 'cap-reached'
      ? t('refusal_capShort')
      : t('refusal_alreadyRunning');
}

/** The reason written on a log entry for someone found gone who was not being removed. */
export function unexpectedReasonText(removing: string): string {
  return t('unexpected_reason', removing);
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
      return t('status_queued');
    case 'in-progress':
      return isSessionLive(session.status) && session.currentKey === item.profileKey
        ? t('queueStatus_removingNow')
        : t('queueStatus_interrupted');
    case 'unsure':
      return t('status_unsure');
    case 'still-listed':
      return t('queueStatus_stillListed');
    case 'removed':
      return t('status_removed');
    case 'failed':
      return t('status_failed');
    case 'skipped':
      return t('status_skipped');
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
        text: t('handsOn_findCard', step.name, step.search),
        tone: 'info',
      };
    case 'open-menu':
      return {
        text: t(step.onlyCard ? 'handsOn_openMenuOnly' : 'handsOn_openMenu', step.name),
        tone: 'info',
      };
    case 'choose-remove':
      return { text: t('handsOn_chooseRemove', step.name), tone: 'info' };
    case 'confirm':
      return { text: t('handsOn_confirm', step.name), tone: 'go' };
    case 'dont-confirm':
      return { text: t('handsOn_dontConfirm', dontConfirmWhy(step)), tone: 'stop' };
  }
}

function dontConfirmWhy(step: Extract<HandsOnStep, { kind: 'dont-confirm' }>): string {
  switch (step.code) {
    case 'card-lost':
      return t('dont_cardLost', step.name);
    case 'menu-not-tied':
      return t('dont_menuNotTied', step.name, step.named);
    case 'button-names-other':
      return t('dont_buttonNamesOther', step.name);
    case 'namesake-listed':
      return t('dont_namesake', step.named, step.name);
    case 'confirm-refused':
      return t('dont_confirmRefused');
    default:
      return t('dont_namesOther', step.named, step.name);
  }
}
