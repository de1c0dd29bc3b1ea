import { useEffect, useRef, useState } from 'preact/hooks';
import { onBroadcast } from '../platform/messaging';
import { database } from '../storage/db';
import { countCurrent, readers, TOPIC_PARTS, type PopupData, type PopupPart } from './popup-data';
import { t } from '../ui/i18n';

/**
 * The popup's data, kept fresh: the first read is started by main.tsx before Preact renders
 * anything, then each "state changed" broadcast re-reads the parts it names. During a sync the
 * worker announces every batch; re-reading 30,000 connections each time would make scrolling
 * stutter, so a long list is re-read at most once per CONNECTIONS_REFRESH_MS. A short one costs
 * nothing to read and is re-read at once, so its count line and rows never lag behind a sync.
 */
const CONNECTIONS_REFRESH_MS = 1500;
const SHORT_LIST = 2000;

export interface PopupDataState {
  data: PopupData | null;
  loadError: string | null;
  /** Bumped whenever the worker says the stored facts (from a data export) changed. */
  factsVersion: number;
}

/**
 * Calls `then` once the browser reports having painted the popup's first screen: the element
 * marked elementtiming="first-rows" (the first row's name, or the empty state's heading). Reading
 * 30,000 records as soon as the first frame is committed (after an animation frame) made it compete
 * with that frame's raster and presentation on a 2-core machine: the first rows showed 20-70 ms
 * later at 30,000 than at 0. Returns a function that stops watching.
 */
function afterFirstScreenPainted(then: () => void): () => void {
  if (
    typeof PerformanceObserver === 'undefined' ||
    !PerformanceObserver.supportedEntryTypes?.includes('element')
  ) {
    requestAnimationFrame(() => setTimeout(then, 0));
    return () => {};
  }
  const observer = new PerformanceObserver((list) => {
    if (
      list
        .getEntries()
        .some((entry) => (entry as PerformanceEntry & { identifier?: string }).identifier === 'first-rows')
    )
      then();
  });
  observer.observe({ type: 'element', buffered: true });
  return () => observer.disconnect();
}

export function usePopupData(initial: Promise<PopupData>): PopupDataState {
  const [data, setData] = useState<PopupData | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [factsVersion, setFactsVersion] = useState(0);
  const lastConnectionsRead = useRef(0);
  const connectionsTimer = useRef<number | null>(null);
  /** How many people the last read found (the list head's count before the whole list is read). */
  const listSize = useRef(0);

  useEffect(() => {
    let live = true;
    initial.then(
      (loaded) => {
        if (!live) return;
        listSize.current = loaded.currentCount;
        setData(loaded);
        // The first screen came from the list head: read the whole list once it has painted (or
        // soon anyway: a page in a hidden tab paints nothing).
        if (!loaded.allConnections) {
          let started = false;
          const readWholeList = () => {
            if (started) return;
            started = true;
            stopWatching();
            void reread(['connections']);
          };
          const stopWatching = afterFirstScreenPainted(readWholeList);
          setTimeout(readWholeList, 250);
        }
      },
      (error) => live && setLoadError(t('data_readError', (error as Error)?.message ?? String(error))),
    );

    /**
     * The latest read started for each part. Reads overlap during a sync (a batch lands while the
     * previous batch's read is still unpacking), and an older read that finishes last must not put
     * back the older picture: the count would stay behind until the next change, maybe for good.
     */
    const latestRead = new Map<PopupPart, number>();
    let reads = 0;

    async function reread(requested: PopupPart[]) {
      if (requested.length === 0) return;
      const readId = ++reads;
      for (const part of requested) latestRead.set(part, readId);
      try {
        const db = await database();
        const read = await Promise.all(requested.map((part) => readers[part](db)));
        if (!live) return;
        // Keep only the parts no newer read has been started for.
        const parts = requested.filter((part) => latestRead.get(part) === readId);
        const values = read.filter((_, i) => latestRead.get(requested[i]!) === readId);
        if (parts.length === 0) return;
        const list = values[parts.indexOf('connections')] as PopupData['connections'] | undefined;
        if (list) listSize.current = list.length;
        setData((old) => {
          if (!old) return old; // the first read has not landed yet; it will bring fresh data
          const next = { ...old };
          parts.forEach((part, i) => ((next as Record<PopupPart, unknown>)[part] = values[i]));
          if (parts.includes('connections')) {
            next.allConnections = true;
            next.currentCount = countCurrent(next.connections);
          }
          return next;
        });
      } catch (error) {
        if (live) setLoadError(t('data_refreshError', (error as Error)?.message ?? String(error)));
      }
    }

    function rereadConnectionsSoon() {
      if (connectionsTimer.current !== null) return; // one is already scheduled
      const wait =
        listSize.current <= SHORT_LIST
          ? 0
          : Math.max(0, lastConnectionsRead.current + CONNECTIONS_REFRESH_MS - Date.now());
      connectionsTimer.current = window.setTimeout(() => {
        connectionsTimer.current = null;
        lastConnectionsRead.current = Date.now();
        void reread(['connections']);
      }, wait);
    }

    const stop = onBroadcast((message) => {
      const parts = new Set<PopupPart>();
      for (const topic of message.what) for (const part of TOPIC_PARTS[topic] ?? []) parts.add(part);
      if (message.what.includes('facts')) setFactsVersion((v) => v + 1);
      if (parts.delete('connections')) rereadConnectionsSoon();
      void reread([...parts]);
    });
    return () => {
      live = false;
      stop();
      if (connectionsTimer.current !== null) clearTimeout(connectionsTimer.current);
    };
  }, [initial]);

  return { data, loadError, factsVersion };
}
