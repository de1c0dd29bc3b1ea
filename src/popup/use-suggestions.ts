import { useEffect, useRef, useState } from 'preact/hooks';
import type { Connection, ProfileKey } from '../core/connection';
import { suggest, type Suggestion } from '../core/triage';
import type { PersonFacts } from '../data-export/types';
import { popupDb } from './popup-data';

/**
 * Whom core/triage suggests removing, with its reasons. It needs every person's facts (another
 * large read) and a pass over the whole list, so it runs after the list has painted, in idle
 * time, and again when the connections or the facts change. Until then the map is empty and the
 * list simply shows no suggestion badges. During a sync the list is re-read every second or two;
 * later runs therefore wait until the list has stayed the same for a few seconds.
 */
const SETTLE_MS = 3000;
const DAY_MS = 86_400_000;

export function useSuggestions(connections: readonly Connection[], factsVersion: number, now: number): ReadonlyMap<ProfileKey, Suggestion[]> {
  const [suggestions, setSuggestions] = useState<ReadonlyMap<ProfileKey, Suggestion[]>>(EMPTY);
  // The day is precise enough: "connected 2 years ago" does not change by the minute.
  const day = Math.floor(now / DAY_MS);
  const runs = useRef(0);

  useEffect(() => {
    if (connections.length === 0) return;
    let live = true;
    let idle = 0;
    const run = () => {
      runs.current++;
      idle = requestIdleCallback(
        () =>
          void computeSuggestions(connections, day * DAY_MS).then(
            (result) => live && setSuggestions(result),
            (error) => console.warn('QuietPrune: suggestions could not be computed', error),
          ),
        { timeout: 3000 },
      );
    };
    const timer = setTimeout(run, runs.current === 0 ? 0 : SETTLE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
      cancelIdleCallback(idle);
    };
  }, [connections, factsVersion, day]);

  return suggestions;
}

async function computeSuggestions(connections: readonly Connection[], now: number): Promise<Map<ProfileKey, Suggestion[]>> {
  const db = await popupDb();
  const facts = new Map<ProfileKey, PersonFacts>();
  for (const record of await db.getAll('facts')) facts.set(record.profileKey, record);
  const people = connections
    .filter((c) => c.goneAt === undefined)
    .map((c) => ({ profileKey: c.profileKey, name: c.name, headline: c.headline, connectedOn: c.connectedOn, facts: facts.get(c.profileKey) ?? null }));
  return suggest(people, now);
}

const EMPTY: ReadonlyMap<ProfileKey, Suggestion[]> = new Map();
