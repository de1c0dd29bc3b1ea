import type { IDBPTransaction, StoreNames } from 'idb';
import type { ProfileKey } from '../core/connection';
import type { QueueItem } from '../core/removal-queue';
import type { RemovalLogEntry } from '../core/removal-log';
import type { Db, KeepEntry, QuietPruneDB } from './db';
import { metaIn } from './meta';

/**
 * One transaction over several stores, for the worker's decisions that must read and write as one
 * (two wake-ups cannot both start a removal; the cap is checked where the pending entry is
 * written). `work` gets named operations on the stores it asked for, never IndexedDB itself; the
 * transaction commits when `work` resolves, and `abort()` inside it drops every write.
 *
 * `work` must await nothing but these operations: awaiting anything else lets IndexedDB commit
 * the transaction early (read the clock and the settings before).
 */
type StoreName = StoreNames<QuietPruneDB>;
type Tx = IDBPTransaction<QuietPruneDB, StoreName[], 'readwrite'>;

function access(tx: Tx) {
  return {
    meta: () => metaIn(tx.objectStore('meta')),
    queue: () => {
      const store = tx.objectStore('queue');
      return {
        all: (): Promise<QueueItem[]> => store.getAll(),
        get: (key: ProfileKey): Promise<QueueItem | undefined> => store.get(key),
        put: async (item: QueueItem): Promise<void> => void (await store.put(item)),
        delete: (key: ProfileKey): Promise<void> => store.delete(key),
      };
    },
    keep: () => {
      const store = tx.objectStore('keep');
      return {
        keys: async (): Promise<Set<ProfileKey>> => new Set(await store.getAllKeys()),
        put: async (entry: KeepEntry): Promise<void> => void (await store.put(entry)),
        delete: (key: ProfileKey): Promise<void> => store.delete(key),
      };
    },
    removalLog: () => {
      const store = tx.objectStore('removalLog');
      return {
        all: (): Promise<RemovalLogEntry[]> => store.getAll(),
        get: (id: number): Promise<RemovalLogEntry | undefined> => store.get(id),
        put: async (entry: RemovalLogEntry): Promise<void> => void (await store.put(entry)),
        add: async (entry: Omit<RemovalLogEntry, 'id'>): Promise<void> => void (await store.add(entry)),
        delete: (id: number): Promise<void> => store.delete(id),
      };
    },
    facts: () => {
      const store = tx.objectStore('facts');
      return { get: (key: ProfileKey) => store.get(key) };
    },
  };
}

type Access = ReturnType<typeof access>;
export type StoresIn<S extends keyof Access> = { [K in S]: ReturnType<Access[K]> } & {
  /** Drops every write of this transaction. */
  abort(): void;
};

export async function transact<S extends keyof Access, R>(
  db: Db,
  stores: readonly S[],
  work: (stores: StoresIn<S>) => Promise<R>,
): Promise<R> {
  const tx = db.transaction([...stores], 'readwrite') as unknown as Tx;
  const all = access(tx);
  let aborted = false;
  const scoped = Object.fromEntries(stores.map((name) => [name, all[name]()])) as StoresIn<S>;
  scoped.abort = () => {
    aborted = true;
    tx.abort();
  };
  let result: R;
  try {
    result = await work(scoped);
  } catch (error) {
    // Half a decision is never written: whatever `work` wrote before it threw is dropped.
    if (!aborted) {
      try {
        tx.abort();
      } catch {
        // already finished or aborted by a failed request
      }
    }
    tx.done.catch(() => undefined);
    throw error;
  }
  if (aborted) await tx.done.catch(() => undefined);
  else await tx.done;
  return result;
}
