import type { TableRow } from './csv-table';
import { readExportDate, toIsoDateTime } from './export-dates';
import { FileTally, plural } from './file-tally';
import type { KindReader } from './kind-reader';
import { rowPerson, refToken, type RowPerson } from './person-ref';

/**
 * Invitations.csv, every era: `From,To,Sent At,Message,Direction` plus `inviterProfileUrl,
 * inviteeProfileUrl` (2024+), or `inviterProfileUrn,inviteeProfileUrn` (2023, `urn:li:member:NNN`,
 * a number that no profile URL contains), or neither. Direction says who invited whom; the other
 * person is the invitee of an OUTGOING row and the inviter of an INCOMING one, known by URL when
 * the file gives one and by name otherwise. When someone appears twice, the latest invitation wins.
 * The note itself is never kept, only whether there was one.
 */
export interface InvitationFact {
  ref: RowPerson;
  invitedBy: 'me' | 'them';
  withMessage: boolean;
  sentAt: string | null;
}

export class InvitationsReader implements KindReader {
  readonly kind = 'invitations';
  readonly columns = {
    required: ['from', 'to', 'direction'],
    optional: [
      'sent at',
      'message',
      'inviterprofileurl',
      'inviteeprofileurl',
      'inviterprofileurn',
      'inviteeprofileurn',
    ],
  };
  readonly tally = new FileTally();
  readonly byPerson = new Map<string, InvitationFact>();

  row(row: TableRow): void {
    const direction = row.get('direction').toUpperCase();
    if (direction !== 'OUTGOING' && direction !== 'INCOMING') {
      this.tally.skip(
        'direction',
        (n) => `${plural(n, 'invitation', 'invitations')} had no direction (INCOMING or OUTGOING)`,
      );
      return;
    }
    const outgoing = direction === 'OUTGOING';
    const { ref, badUrl } = outgoing
      ? rowPerson(row.get('inviteeprofileurl'), row.get('to'))
      : rowPerson(row.get('inviterprofileurl'), row.get('from'));
    if (badUrl)
      this.tally.count(
        'bad-url',
        (n) => `${plural(n, 'profile URL', 'profile URLs')} could not be read; matched by name instead`,
      );
    if (ref === null) {
      this.tally.skip('nobody', (n) => `${plural(n, 'invitation', 'invitations')} named nobody`);
      return;
    }
    const sent = readExportDate(row.get('sent at'));
    const fact: InvitationFact = {
      ref,
      invitedBy: outgoing ? 'me' : 'them',
      withMessage: row.get('message') !== '',
      sentAt: sent ? toIsoDateTime(sent) : null,
    };
    const token = refToken(ref);
    const earlier = this.byPerson.get(token);
    if (!earlier || (fact.sentAt !== null && (earlier.sentAt === null || fact.sentAt > earlier.sentAt))) {
      this.byPerson.set(token, fact);
    }
    this.tally.used();
  }

  finish(): void {}
}
