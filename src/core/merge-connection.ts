import type { CollectedCard, ConnectedOn, Connection } from './connection';

/**
 * Folds what a sync just read into what was stored. The newest name and headline win (people
 * change jobs); an exact connected-on date is never replaced by a relative estimate; a person seen
 * again is no longer gone.
 */
export function mergeCollected(
  existing: Connection | undefined,
  card: CollectedCard,
  syncId: string,
  now: number,
): Connection {
  return {
    profileKey: card.profileKey,
    profileUrl: card.profileUrl,
    name: card.name || existing?.name || '',
    headline: card.headline || existing?.headline || '',
    connectedOn: betterDate(existing?.connectedOn, card.connectedOn),
    firstSeenAt: existing?.firstSeenAt ?? now,
    lastSeenAt: now,
    lastSyncId: syncId,
    sources: existing?.sources.includes('sync') ? existing.sources : [...(existing?.sources ?? []), 'sync'],
    // goneAt deliberately absent: listed now means connected now.
  };
}

const PRECISION: Record<ConnectedOn['kind'], number> = { exact: 2, relative: 1, unknown: 0 };

export function betterDate(stored: ConnectedOn | undefined, fresh: ConnectedOn): ConnectedOn {
  if (!stored) return fresh;
  return PRECISION[fresh.kind] >= PRECISION[stored.kind] ? fresh : stored;
}

/** After a complete sync: whoever it did not list is gone (since `now`), unless already marked. */
export function markGoneIfUnlisted(connection: Connection, syncId: string, now: number): Connection | null {
  if (connection.lastSyncId === syncId || connection.goneAt !== undefined) return null;
  return { ...connection, goneAt: now };
}
