import type { Connection, ProfileKey } from '../core/connection';
import { isActive, type QueueItem } from '../core/removal-queue';
import type { TriagePerson } from '../core/triage';
import type { PersonFacts } from '../data-export/types';
import type { Db } from './db';

/**
 * Everything stored about one person, read in one transaction: what the list knows, what the data
 * export said, and whether they are queued or kept. Used by the review view and the removal warning.
 */
export interface StoredPerson {
  connection: Connection | null;
  facts: PersonFacts | null;
  queueItem: QueueItem | null;
  kept: boolean;
}

export async function readStoredPerson(db: Db, key: ProfileKey): Promise<StoredPerson> {
  const tx = db.transaction(['connections', 'facts', 'queue', 'keep']);
  const [connection, facts, queueItem, keep] = await Promise.all([
    tx.objectStore('connections').get(key),
    tx.objectStore('facts').get(key),
    tx.objectStore('queue').get(key),
    tx.objectStore('keep').getKey(key),
  ]);
  return {
    connection: connection ?? null,
    facts: facts ?? null,
    queueItem: queueItem ?? null,
    kept: keep !== undefined,
  };
}

/** The stored facts of several people (missing ones are simply absent from the map). */
export async function readFacts(db: Db, keys: readonly ProfileKey[]): Promise<Map<ProfileKey, PersonFacts>> {
  const store = db.transaction('facts').store;
  const found = await Promise.all(keys.map((key) => store.get(key)));
  const facts = new Map<ProfileKey, PersonFacts>();
  found.forEach((value: PersonFacts | undefined, i: number) => value && facts.set(keys[i]!, value));
  return facts;
}

/**
 * People triage (core/triage.ts) may suggest removing: still connected, neither kept nor already
 * queued, each with what the data export said. One read-only transaction.
 */
export async function undecidedPeople(db: Db): Promise<TriagePerson[]> {
  const tx = db.transaction(['connections', 'facts', 'keep', 'queue']);
  const [connections, facts, kept, queue] = await Promise.all([
    tx.objectStore('connections').getAll(),
    tx.objectStore('facts').getAll(),
    tx.objectStore('keep').getAllKeys(),
    tx.objectStore('queue').getAll(),
  ]);
  const decided = new Set<string>([...kept, ...queue.filter(isActive).map((q) => q.profileKey)]);
  const factsByKey = new Map(facts.map((f) => [f.profileKey, f]));
  return connections
    .filter((c) => c.goneAt === undefined && !decided.has(c.profileKey))
    .map((c) => ({
      profileKey: c.profileKey,
      name: c.name,
      headline: c.headline,
      connectedOn: c.connectedOn,
      facts: factsByKey.get(c.profileKey) ?? null,
    }));
}
