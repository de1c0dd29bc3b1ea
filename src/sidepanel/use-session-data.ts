import { useEffect, useState } from 'preact/hooks';
import { onBroadcast } from '../platform/messaging';
import { database } from '../storage/db';
import { readers, TOPIC_PARTS, type PopupData, type PopupPart } from '../popup/popup-data';
import { t } from '../ui/i18n';

/**
 * What the session panel shows, read the way the popup reads it (IndexedDB, then each "state
 * changed" broadcast re-reads what it names), but only the session's parts: the panel stays open
 * beside LinkedIn for a whole session and has no use for 30,000 connections.
 */
const PARTS = [
  'session',
  'queue',
  'settings',
  'removalTimes',
  'endedElsewhere',
  'clockOffset',
  'riskAccepted',
] as const;
type SessionPart = (typeof PARTS)[number];
export type SessionData = Pick<PopupData, SessionPart>;

export function useSessionData(): { data: SessionData | null; loadError: string | null } {
  const [data, setData] = useState<SessionData | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    /** The latest read per part: an older read that lands last must not put back an older picture. */
    const latest = new Map<SessionPart, number>();
    let reads = 0;
    async function read(parts: readonly SessionPart[]) {
      if (parts.length === 0) return;
      const id = ++reads;
      for (const part of parts) latest.set(part, id);
      try {
        const db = await database();
        const values = await Promise.all(parts.map((part) => readers[part](db)));
        if (!live) return;
        setData((old) => {
          const next = { ...(old ?? {}) } as Record<SessionPart, unknown>;
          parts.forEach((part, i) => {
            if (latest.get(part) === id) next[part] = values[i];
          });
          return PARTS.every((part) => part in next) ? (next as SessionData) : old;
        });
      } catch (error) {
        if (live) setLoadError(t('data_readError', (error as Error)?.message ?? String(error)));
      }
    }
    const stop = onBroadcast((message) => {
      const parts = new Set<SessionPart>();
      for (const topic of message.what)
        for (const part of TOPIC_PARTS[topic] ?? [])
          if ((PARTS as readonly PopupPart[]).includes(part)) parts.add(part as SessionPart);
      void read([...parts]);
    });
    void read(PARTS);
    return () => {
      live = false;
      stop();
    };
  }, []);

  return { data, loadError };
}
