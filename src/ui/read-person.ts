import type { IDBPDatabase } from 'idb';
import type { Connection, ProfileKey } from '../core/connection';
import type { QueueItem } from '../core/removal-queue';
import type { PersonFacts } from '../data-export/types';
import type { QuietPruneDB } from '../storage/db';

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

export async function readStoredPerson(
  db: IDBPDatabase<QuietPruneDB>,
  key: ProfileKey,
): Promise<StoredPerson> {
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
export async function readFacts(
  db: IDBPDatabase<QuietPruneDB>,
  keys: readonly ProfileKey[],
): Promise<Map<ProfileKey, PersonFacts>> {
  const store = db.transaction('facts').store;
  const found = await Promise.all(keys.map((key) => store.get(key)));
  const facts = new Map<ProfileKey, PersonFacts>();
  found.forEach((value: PersonFacts | undefined, i: number) => value && facts.set(keys[i]!, value));
  return facts;
}
