import { useCallback, useState } from 'preact/hooks';
import type { Reply, UiToBackground } from '../messages';
import { sendToBackground } from '../platform/messaging';

/**
 * Sends the page's commands to the service worker and keeps what the user must see: which kinds
 * of command are still on their way (to disable their buttons against double clicks) and the
 * last error, in the worker's own words.
 */
export interface Commands {
  send: <T = unknown>(message: UiToBackground) => Promise<Reply<T>>;
  /** True while a command of this type is on its way. */
  isBusy: (type: UiToBackground['type']) => boolean;
  error: string | null;
  dismissError: () => void;
}

export function useCommands(): Commands {
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<string | null>(null);

  const send = useCallback(async <T>(message: UiToBackground): Promise<Reply<T>> => {
    setPending((old) => new Set(old).add(message.type));
    setError(null);
    try {
      const reply = await sendToBackground<T>(message);
      if (!reply.ok) setError(reply.error);
      return reply;
    } finally {
      setPending((old) => {
        const next = new Set(old);
        next.delete(message.type);
        return next;
      });
    }
  }, []);

  return {
    send,
    isBusy: (type) => pending.has(type),
    error,
    dismissError: useCallback(() => setError(null), []),
  };
}
