import { IDLE_SESSION, type SessionState } from '../../storage/meta';
import { database, updateMeta } from '../database';

/** The session record in IndexedDB: the only place session state lives. */
export const readSession = (stored: unknown): SessionState => ({
  ...IDLE_SESSION,
  ...((stored as Partial<SessionState>) ?? {}),
});

export async function getSession(): Promise<SessionState> {
  return readSession(await (await database()).get('meta', 'session'));
}

export function changeSession(change: (s: SessionState) => SessionState): Promise<SessionState> {
  return updateMeta('session', readSession, change);
}
