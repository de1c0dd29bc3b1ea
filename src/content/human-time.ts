/**
 * Waiting like a person. Every pause in a content script goes through `humanPause`, scaled by
 * the factor the worker sends (1 in the store build; the e2e build compresses time for tests),
 * and ends early when the work is cancelled.
 */
export class Cancelled extends Error {
  constructor(reason = 'stopped') {
    super(reason);
    this.name = 'Cancelled';
  }
}

export function humanPause(ms: number, scale: number, signal?: AbortSignal): Promise<void> {
  return pause(Math.max(0, ms * scale), signal);
}

/** A real-time wait (network, rendering), not scaled. */
export function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new Cancelled());
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new Cancelled());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Resolves with the first non-null value of `probe`, checked whenever the DOM changes (observe,
 * don't poll), or null after `timeoutMs` of real time.
 */
export function waitFor<T>(
  probe: () => T | null,
  timeoutMs: number,
  signal?: AbortSignal,
  root: Node = document,
): Promise<T | null> {
  return new Promise((resolve, reject) => {
    const first = probe();
    if (first !== null) return resolve(first);
    if (signal?.aborted) return reject(new Cancelled());
    const finish = (value: T | null, error?: Error) => {
      observer.disconnect();
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      if (error) reject(error);
      else resolve(value);
    };
    const observer = new MutationObserver(() => {
      const value = probe();
      if (value !== null) finish(value);
    });
    observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
    const timer = setTimeout(() => finish(probe()), timeoutMs);
    const onAbort = () => finish(null, new Cancelled());
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Waits for the page to answer a change: the first DOM mutation (up to `timeoutMs`), then until the
 * DOM has been quiet for `quietMs`. Used after a search, where "the card is not there" is only an
 * answer once LinkedIn has actually re-rendered the results.
 */
export function waitForSettled(
  root: Node,
  quietMs: number,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new Cancelled());
    let quietTimer: ReturnType<typeof setTimeout> | undefined;
    const finish = () => {
      observer.disconnect();
      clearTimeout(quietTimer);
      clearTimeout(limit);
      resolve();
    };
    const observer = new MutationObserver(() => {
      clearTimeout(quietTimer);
      quietTimer = setTimeout(finish, quietMs);
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    const limit = setTimeout(finish, timeoutMs);
    signal?.addEventListener(
      'abort',
      () => {
        observer.disconnect();
        clearTimeout(quietTimer);
        clearTimeout(limit);
        reject(new Cancelled());
      },
      { once: true },
    );
  });
}
