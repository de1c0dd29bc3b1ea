import { useEffect, useRef, useState } from 'preact/hooks';
import type { Connection, ProfileKey } from '../core/connection';
import { findBursts, suggestFor, type Suggestion, type TriagePerson } from '../core/triage';
import type { PersonFacts } from '../data-export/types';
import { database } from '../storage/db';
import { readInChunks } from '../storage/queries';

/**
 * Whom core/triage suggests removing, with its reasons. It needs every person's facts (another
 * large read) and a pass over the whole list, so it runs after the list has painted, in idle
 * time, and again when the connections or the facts change. Until then the map is empty and the
 * list simply shows no suggestion badges. During a sync the list is re-read every second or two;
 * later runs therefore wait until the list has stayed the same for a few seconds.
 */
const SETTLE_MS = 3000;
const DAY_MS = 86_400_000;

export function useSuggestions(
  connections: readonly Connection[],
  factsVersion: number,
  now: number,
): ReadonlyMap<ProfileKey, Suggestion[]> {
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
          void computeSuggestions(connections, day * DAY_MS, () => live).then(
            (result) => live && result && setSuggestions(result),
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

/** People triaged per task: the whole list at once would be one long task. */
const SLICE = 2000;
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Suggestions for everyone, a slice per task; null when `live` turned false meanwhile. */
async function computeSuggestions(
  connections: readonly Connection[],
  now: number,
  live: () => boolean,
): Promise<Map<ProfileKey, Suggestion[]> | null> {
  const facts = new Map<ProfileKey, PersonFacts>();
  await readInChunks(await database(), 'facts', (chunk) => {
    for (const record of chunk) facts.set(record.profileKey, record);
  });
  const people: TriagePerson[] = [];
  for (const c of connections) {
    if (c.goneAt === undefined)
      people.push({
        profileKey: c.profileKey,
        name: c.name,
        headline: c.headline,
        connectedOn: c.connectedOn,
        facts: facts.get(c.profileKey) ?? null,
      });
  }
  await nextTask();
  const bursts = findBursts(people);
  const result = new Map<ProfileKey, Suggestion[]>();
  for (let start = 0; start < people.length; start += SLICE) {
    await nextTask();
    if (!live()) return null;
    for (const person of people.slice(start, start + SLICE)) {
      const suggestions = suggestFor(person, now, bursts);
      if (suggestions.length > 0) result.set(person.profileKey, suggestions);
    }
  }
  return result;
}

const EMPTY: ReadonlyMap<ProfileKey, Suggestion[]> = new Map();
