import browser from 'webextension-polyfill';
import type { ContentToBackground } from '../../messages';

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
