/**
 * The outcome of a step that may refuse: the new value, or why not in words a person can read.
 * A refusal changes nothing (callers write only `value`). Decisions that refuse with a code for
 * the caller to word (core/session-start.ts) and the message protocol's `Reply` (messages.ts,
 * what crosses to another context) are their own types.
 */
export type Result<T> = { ok: true; value: T } | { ok: false; message: string };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function refuse<T>(message: string): Result<T> {
  return { ok: false, message };
}
