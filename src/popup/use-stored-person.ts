import { useEffect, useState } from 'preact/hooks';
import type { ProfileKey } from '../core/connection';
import { onBroadcast } from '../platform/messaging';
import { readStoredPerson, type StoredPerson } from '../storage/people';
import { readClockOffset } from '../storage/queries';
import { database } from '../storage/db';
import { t } from '../ui/i18n';

/** One person's stored data for the review view, re-read when the worker says it changed. */
export interface StoredPersonState {
  person: StoredPerson | null;
  clockOffset: number;
  error: string | null;
}

const TOPICS = new Set(['connections', 'queue', 'keep', 'facts']);

export function useStoredPerson(key: ProfileKey | null): StoredPersonState {
  const [state, setState] = useState<StoredPersonState>({ person: null, clockOffset: 0, error: null });
  useEffect(() => {
    if (key === null) return;
    let live = true;
    const read = async () => {
      try {
        const db = await database();
        const [person, clockOffset] = await Promise.all([readStoredPerson(db, key), readClockOffset(db)]);
        if (live) setState({ person, clockOffset, error: null });
      } catch (error) {
        if (live)
          setState((old) => ({
            ...old,
            error: t('data_readError', (error as Error)?.message ?? String(error)),
          }));
      }
    };
    void read();
    const stop = onBroadcast((message) => {
      if (message.what.some((topic) => TOPICS.has(topic))) void read();
    });
    return () => {
      live = false;
      stop();
    };
  }, [key]);
  return state;
}
