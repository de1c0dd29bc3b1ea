import browser from 'webextension-polyfill';
import {
  BackgroundBroadcastSchema,
  type BackgroundBroadcast,
  type Reply,
  type UiToBackground,
  type ContentToBackground,
} from '../messages';

/**
 * The one way extension pages and content scripts talk to the service worker. A worker that
 * was asleep is woken by the message; a worker that cannot answer gives a readable error.
 */
export async function sendToBackground<T = unknown>(
  message: UiToBackground | ContentToBackground,
): Promise<Reply<T>> {
  try {
    const reply = await browser.runtime.sendMessage<typeof message, Reply<T> | undefined>(message);
    return (
      reply ?? {
        ok: false,
        error: 'QuietPrune’s background did not answer. Reload the extension and try again.',
      }
    );
  } catch (error) {
    return {
      ok: false,
      error: `QuietPrune’s background could not be reached: ${String((error as Error)?.message ?? error)}`,
    };
  }
}

/** Listens for the worker's "state changed" broadcasts; returns a function that stops listening. */
export function onBroadcast(handler: (message: BackgroundBroadcast) => void): () => void {
  const listener = (raw: unknown, sender: browser.Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const parsed = BackgroundBroadcastSchema.safeParse(raw);
    if (parsed.success) handler(parsed.data);
    return undefined; // never answer: broadcasts are one-way
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
