import { useCallback, useState } from 'preact/hooks';

/** A section's last outcome: a status message or an error, never both. */
export interface OutcomeState {
  status: string | null;
  error: string | null;
  busy: boolean;
  succeed: (message: string) => void;
  fail: (message: string) => void;
  clear: () => void;
  /** Runs an action with `busy` set, turning a thrown error into `fail`. */
  run(action: () => Promise<void>): Promise<void>;
}

export function useOutcome(): OutcomeState {
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const succeed = useCallback((message: string) => {
    setError(null);
    setStatus(message);
  }, []);
  const fail = useCallback((message: string) => {
    setStatus(null);
    setError(message);
  }, []);
  const clear = useCallback(() => {
    setStatus(null);
    setError(null);
  }, []);
  const run = useCallback(
    async (action: () => Promise<void>) => {
      setBusy(true);
      try {
        await action();
      } catch (e) {
        fail((e as Error)?.message ?? String(e));
      } finally {
        setBusy(false);
      }
    },
    [fail],
  );
  return { status, error, busy, succeed, fail, clear, run };
}
