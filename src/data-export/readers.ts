import { ConnectionsReader } from './connections-reader';
import { EndorsementsReader } from './endorsements-reader';
import { InvitationsReader } from './invitations-reader';
import type { KindReader, ReadableKind } from './kind-reader';
import { MessagesReader } from './messages-reader';
import { RecommendationsReader } from './recommendations-reader';

/** A fresh reader for one file of that kind. */
export function createReader(kind: ReadableKind): KindReader {
  switch (kind) {
    case 'connections':
      return new ConnectionsReader();
    case 'endorsements-received':
      return new EndorsementsReader('received');
    case 'endorsements-given':
      return new EndorsementsReader('given');
    case 'recommendations-received':
      return new RecommendationsReader('received');
    case 'recommendations-given':
      return new RecommendationsReader('given');
    case 'messages':
      return new MessagesReader();
    case 'invitations':
      return new InvitationsReader();
  }
}

/**
 * Kinds a file can be recognised as from its header alone, most specific first. Recommendations
 * are not among them: received and given have the same columns, so only the file name tells.
 */
export const KINDS_BY_HEADER: readonly ReadableKind[] = [
  'connections',
  'messages',
  'invitations',
  'endorsements-received',
  'endorsements-given',
];
