import { useEffect, useState } from 'preact/hooks';

/**
 * The current time for wording ("3 hours ago", "next removal in 1:23"), re-rendering every
 * `everyMs`. `offsetMs` moves it onto the worker's clock (see page-clock.ts).
 */
export function useNow(everyMs: number, offsetMs = 0): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now + offsetMs;
}
