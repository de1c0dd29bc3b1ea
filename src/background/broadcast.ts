import browser from 'webextension-polyfill';
import type { BackgroundBroadcast } from '../messages';

type Topic = Extract<BackgroundBroadcast, { type: 'state/changed' }>['what'][number];

/** Tells open extension pages (popup, options) what changed, so they re-read it. */
export async function announce(...what: Topic[]): Promise<void> {
  const message: BackgroundBroadcast = { type: 'state/changed', what };
  // With no page open there is no receiver, and sendMessage rejects: that is fine.
  await browser.runtime.sendMessage(message).catch(() => undefined);
}
