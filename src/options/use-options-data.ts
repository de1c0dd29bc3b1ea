import { useCallback, useEffect, useState } from 'preact/hooks';
import { onBroadcast } from '../platform/messaging';
import { database } from '../storage/db';
import { readAll, readers, TOPIC_PARTS, type OptionsData, type OptionsPart } from './options-data';

/**
 * The options page's data, kept fresh: read once, then each "state changed" broadcast from the
 * worker re-reads the parts it names. `reread` lets the page refresh a part it wrote itself (the
 * checklist, which has no worker command).
 */
export interface OptionsDataState {
  data: OptionsData | null;
  loadError: string | null;
  reread: (parts: OptionsPart[]) => Promise<void>;
}

export function useOptionsData(): OptionsDataState {
  const [data, setData] = useState<OptionsData | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  const reread = useCallback(async (parts: OptionsPart[]) => {
    if (parts.length === 0) return;
    try {
      const db = await database();
      const values = await Promise.all(parts.map((part) => readers[part](db)));
      setData((old) => {
        if (!old) return old; // the first read will bring fresh data
        const next = { ...old };
        parts.forEach((part, i) => ((next as Record<OptionsPart, unknown>)[part] = values[i]));
        return next;
      });
    } catch (error) {
      setLoadError(`QuietPrune could not refresh its data: ${(error as Error)?.message ?? String(error)}`);
    }
  }, []);

  useEffect(() => {
    let live = true;
    database()
      .then(readAll)
      .then(
        (loaded) => live && setData(loaded),
        (error) =>
          live &&
          setLoadError(`QuietPrune could not read its data: ${(error as Error)?.message ?? String(error)}`),
      );
    const stop = onBroadcast((message) => {
      const parts = new Set<OptionsPart>();
      for (const topic of message.what) for (const part of TOPIC_PARTS[topic] ?? []) parts.add(part);
      void reread([...parts]);
    });
    return () => {
      live = false;
      stop();
    };
  }, [reread]);

  return { data, loadError, reread };
}
