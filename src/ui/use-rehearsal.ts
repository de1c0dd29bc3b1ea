import { useEffect, useState } from 'preact/hooks';
import { onBroadcast } from '../platform/messaging';
import { database } from '../storage/db';
import { getMeta, type RehearsalState } from '../storage/meta';

/** The last rehearsal, read from IndexedDB and again on each "rehearsal changed" broadcast. */
export function useRehearsal(): RehearsalState | null {
  const [state, setState] = useState<RehearsalState | null>(null);
  useEffect(() => {
    let live = true;
    let reads = 0;
    const read = async () => {
      const id = ++reads;
      const value = await getMeta(await database(), 'rehearsal').catch(() => null);
      if (live && id === reads && value) setState(value);
    };
    const stop = onBroadcast((message) => {
      if (message.what.includes('rehearsal')) void read();
    });
    void read();
    return () => {
      live = false;
      stop();
    };
  }, []);
  return state;
}
