import browser from 'webextension-polyfill';
import {
  BackgroundBroadcastSchema,
  BackgroundToContentReplySchemas,
  type BackgroundBroadcast,
  type BackgroundToContent,
  type ContentReply,
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

/**
 * The worker's one way to give an order to the content script in a tab. The answer is parsed
 * against the schema declared for that order (messages.ts), never cast. Rejects when the tab has
 * no content script listening (a page still loading, or not the Connections page), and when the
 * answer is not what the order's schema says: to every caller both mean the same, the page did
 * not take the order (each caller already handles that rejection: no order, try later, or end).
 */
export async function sendToTab<M extends BackgroundToContent>(
  tabId: number,
  message: M,
): Promise<ContentReply<M['type']>> {
  const raw: unknown = await browser.tabs.sendMessage(tabId, message);
  const parsed = BackgroundToContentReplySchemas[message.type].safeParse(raw);
  if (!parsed.success)
    throw new Error(
      `The page answered ${message.type} with something unexpected: ${parsed.error.issues[0]?.message}`,
    );
  return parsed.data as ContentReply<M['type']>;
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
