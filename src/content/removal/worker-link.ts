import browser from 'webextension-polyfill';
import type { ContentToBackground, HandsOnStep } from '../../messages';

/**
 * Asks the worker, just before LinkedIn's confirm button is clicked, to write the pending log
 * entry and re-check the session and the cap. Only an explicit ok allows the click: an error, a
 * refusal or a worker that does not answer all mean "do not click".
 */
export async function mayConfirm(sessionId: string, profileKey: string): Promise<boolean> {
  const message: ContentToBackground = { type: 'removal/confirming', sessionId, profileKey };
  const reply = await browser.runtime.sendMessage(message).catch(() => undefined);
  return (reply as { ok?: unknown } | undefined)?.ok === true;
}

/**
 * Hands-on mode: tells the worker what the guide should say now. The answer says whether this
 * order is still the session's current one: false means the session moved on (paused, stopped,
 * ended) or the worker did not answer, and the page stops watching.
 */
export async function handsOnStep(
  sessionId: string,
  profileKey: string,
  step: HandsOnStep,
): Promise<boolean> {
  const message: ContentToBackground = { type: 'handsOn/step', sessionId, profileKey, step };
  const reply = await browser.runtime.sendMessage(message).catch(() => undefined);
  return (reply as { ok?: unknown } | undefined)?.ok === true;
}

/** Hands-on mode: the person cancelled a dialog QuietPrune had said to confirm; the pending entry goes. */
export async function withdrawPending(sessionId: string, profileKey: string): Promise<boolean> {
  const message: ContentToBackground = { type: 'handsOn/withdraw', sessionId, profileKey };
  const reply = await browser.runtime.sendMessage(message).catch(() => undefined);
  return (reply as { ok?: unknown } | undefined)?.ok === true;
}

/** Hands-on mode: a label learned from the person's own click (background/learned-labels.ts). */
export async function labelLearned(
  sessionId: string,
  profileKey: string,
  lang: string,
  control: 'removeConnection' | 'confirm',
  label: string,
): Promise<boolean> {
  const message: ContentToBackground = {
    type: 'labels/learned',
    sessionId,
    profileKey,
    lang,
    control,
    label,
  };
  const reply = await browser.runtime.sendMessage(message).catch(() => undefined);
  return (reply as { ok?: unknown } | undefined)?.ok === true;
}
