import { database } from '../../storage/db';
import { getMeta, updateMeta, type SessionState } from '../../storage/meta';

/** The session record in IndexedDB (meta 'session'): the only place session state lives. */
export async function getSession(): Promise<SessionState> {
  return getMeta(await database(), 'session');
}

export async function changeSession(change: (s: SessionState) => SessionState): Promise<SessionState> {
  return updateMeta(await database(), 'session', change);
}
