import type { TableRow } from './csv-table';
import { readExportDate, toIsoDateTime } from './export-dates';
import { FileTally, plural } from './file-tally';
import type { KindReader } from './kind-reader';
import { nameKey, splitNameList } from '../core/person-names';
import { keyFromExportUrl, type RowPerson } from './person-ref';
import { pitchSignalsIn } from './pitch-signals';
import type { PitchSignal } from './types';

/**
 * messages.csv, every era, streamed: only counters per person are kept, never a message's text.
 *
 * - 2018-2020 `From,To,Date,Subject,Content,Direction,Folder`: names only; Direction tells which
 *   messages are the user's (OUTGOING) and which are to them (INCOMING).
 * - 2022 adds CONVERSATION ID and SENDER PROFILE URL; recipients are still names (TO).
 * - 2023+ adds RECIPIENT PROFILE URLS (comma-joined for groups), later draft flags and ATTACHMENTS.
 *
 * Without a Direction column the user is found at the end: the person taking part (as sender or
 * recipient) in the most messages, since every message of the user's own export involves the user.
 * A tie goes to whoever is not one of their own connections, then to whoever sent more; a tie
 * after that leaves message counts unknown rather than guessed.
 *
 * Recipients known only by name (2022) are tied to a URL when that person wrote in the same
 * conversation, or when exactly one sender URL went by that name in the whole file.
 *
 * Drafts (a draft flag, or no conversation, recipient or folder) and sponsored InMail ("LinkedIn
 * Member" without a sender URL) are left out. A group message the user sent counts as sent to each
 * recipient; a message someone else sent counts as received from them, whoever else got it.
 */
const ME = '@me';
/** How many of each sender's earliest messages are kept (date and signal names only). */
export const EARLIEST_MESSAGES_KEPT = 5;

export interface EarlyMessage {
  at: string;
  signals: PitchSignal[];
}

/** Everything known about one person's messages with the user. */
export interface PersonMessages {
  ref: RowPerson;
  sent: number;
  received: number;
  last: string | null;
  /** Their earliest messages to the user, oldest first. */
  earliest: EarlyMessage[];
}

export interface MessagesOutcome {
  /** False when the user could not be told apart from the people they wrote to. */
  known: boolean;
  people: PersonMessages[];
}

interface SenderTally {
  count: number;
  last: string | null;
  earliest: EarlyMessage[];
}

interface PairTally {
  count: number;
  last: string | null;
}

const PAIR = '\u0002';
const PART = '\u0001';

export class MessagesReader implements KindReader {
  readonly kind = 'messages';
  readonly columns = {
    required: ['from', 'to', 'date'],
    optional: [
      'conversation id',
      'conversation title',
      'sender profile url',
      'recipient profile urls',
      'subject',
      'content',
      'direction',
      'folder',
      'attachments',
      'is message draft',
      'is conversation draft',
    ],
  };
  readonly tally = new FileTally();
  private readonly senders = new Map<string, SenderTally>();
  /** `sender PAIR recipient` -> messages from that sender with that recipient among others. */
  private readonly pairs = new Map<string, PairTally>();
  private readonly participation = new Map<string, number>();
  /** A display name for each name key, as first written. */
  private readonly names = new Map<string, string>();
  /** Sender URLs seen under each name key ('' once two different URLs used one name). */
  private readonly urlByName = new Map<string, string>();
  /** `conversation PART name key` -> the sender URL of that name in that conversation. */
  private readonly conversationUrls = new Map<string, string>();
  private sawDirection = false;

  row(row: TableRow): void {
    if (isDraft(row)) {
      this.tally.skip('draft', (n) => `${plural(n, 'draft was', 'drafts were')} left out`);
      return;
    }
    const from = row.get('from');
    const senderUrl = row.get('sender profile url');
    if (/^linkedin member$/i.test(from) && senderUrl === '') {
      this.tally.skip(
        'sponsored',
        (n) => `${plural(n, 'sponsored message was', 'sponsored messages were')} left out`,
      );
      return;
    }
    const direction = row.has('direction') ? row.get('direction').toUpperCase() : null;
    if (direction !== null && direction !== 'INCOMING' && direction !== 'OUTGOING') {
      this.tally.skip(
        'direction',
        (n) => `${plural(n, 'message', 'messages')} had no direction (INCOMING or OUTGOING)`,
      );
      return;
    }
    if (direction !== null) this.sawDirection = true;
    const conversation = row.get('conversation id');
    const recipientsByName = !row.has('recipient profile urls') || row.get('recipient profile urls') === '';

    const sender = direction === 'OUTGOING' ? ME : this.personToken(senderUrl, from, conversation);
    if (sender === null) {
      this.tally.skip('no-sender', (n) => `${plural(n, 'message', 'messages')} had no sender`);
      return;
    }
    if (sender.startsWith('u:') && recipientsByName) this.rememberUrl(from, sender, conversation);

    const recipients = new Set<string>();
    if (direction === 'INCOMING') recipients.add(ME);
    else if (!recipientsByName) {
      for (const url of row.get('recipient profile urls').split(',')) {
        if (url.trim() === '') continue;
        const key = keyFromExportUrl(url);
        if (key === null)
          this.tally.count(
            'bad-url',
            (n) => `${plural(n, 'recipient URL', 'recipient URLs')} could not be read`,
          );
        else recipients.add(`u:${key}`);
      }
    } else {
      for (const name of splitNameList(row.get('to'))) {
        const token = this.personToken('', name, conversation);
        if (token !== null) recipients.add(token);
      }
    }
    recipients.delete(sender);

    const date = readExportDate(row.get('date'));
    const at = date ? toIsoDateTime(date) : null;
    if (at === null)
      this.tally.count('bad-date', (n) => `${plural(n, 'message date', 'message dates')} could not be read`);

    this.countSender(sender, at, row);
    for (const recipient of recipients) {
      const key = sender + PAIR + recipient;
      const pair = this.pairs.get(key);
      if (pair) {
        pair.count++;
        pair.last = later(pair.last, at);
      } else this.pairs.set(key, { count: 1, last: at });
      this.participation.set(recipient, (this.participation.get(recipient) ?? 0) + 1);
    }
    this.participation.set(sender, (this.participation.get(sender) ?? 0) + 1);
    this.tally.used();
  }

  finish(): void {}

  /**
   * Per person, the messages each way. `isConnection` tells whether a profile key is one of the
   * user's connections (the user never is), which settles a tie when finding the user.
   */
  outcome(isConnection: (key: string) => boolean): MessagesOutcome {
    const resolved = new Map<string, string>();
    const resolve = (token: string) => {
      let r = resolved.get(token);
      if (r === undefined) resolved.set(token, (r = this.resolve(token)));
      return r;
    };
    const me = this.sawDirection ? ME : this.findMe(resolve, isConnection);
    if (me === null) {
      this.tally.note('Could not tell which sender is you, so message counts are left unknown.');
      return { known: false, people: [] };
    }

    const people = new Map<string, PersonMessages>();
    const person = (token: string): PersonMessages => {
      let p = people.get(token);
      if (!p)
        people.set(token, (p = { ref: this.refOf(token), sent: 0, received: 0, last: null, earliest: [] }));
      return p;
    };
    for (const [token, tally] of this.senders) {
      const who = resolve(token);
      if (who === me) continue;
      const p = person(who);
      p.received += tally.count;
      p.last = later(p.last, tally.last);
      p.earliest = [...p.earliest, ...tally.earliest].sort(byTime).slice(0, EARLIEST_MESSAGES_KEPT);
    }
    for (const [key, tally] of this.pairs) {
      const [from, to] = key.split(PAIR) as [string, string];
      if (resolve(from) !== me) continue;
      const who = resolve(to);
      if (who === me) continue;
      const p = person(who);
      p.sent += tally.count;
      p.last = later(p.last, tally.last);
    }
    return { known: true, people: [...people.values()] };
  }

  /** `u:<key>` for a readable URL, else a name token (scoped to the conversation when there is one). */
  private personToken(url: string, name: string, conversation: string): string | null {
    const key = keyFromExportUrl(url);
    if (key !== null) return `u:${key}`;
    if (url !== '')
      this.tally.count(
        'bad-sender-url',
        (n) => `${plural(n, 'sender URL', 'sender URLs')} could not be read; matched by name instead`,
      );
    const folded = nameKey(name);
    if (folded === '') return null;
    if (!this.names.has(folded)) this.names.set(folded, name.trim());
    return conversation === '' ? `n:${folded}` : `c:${conversation}${PART}${folded}`;
  }

  private rememberUrl(name: string, urlToken: string, conversation: string): void {
    const folded = nameKey(name);
    if (folded === '') return;
    const known = this.urlByName.get(folded);
    if (known === undefined) this.urlByName.set(folded, urlToken);
    else if (known !== urlToken) this.urlByName.set(folded, ''); // two people, one name: no longer a safe alias
    if (conversation !== '') this.conversationUrls.set(conversation + PART + folded, urlToken);
  }

  /** A name token to the URL it stands for when the file shows it, else to the plain name. */
  private resolve(token: string): string {
    if (token === ME || token.startsWith('u:')) return token;
    let folded: string;
    if (token.startsWith('c:')) {
      const cut = token.lastIndexOf(PART);
      folded = token.slice(cut + 1);
      const inConversation = this.conversationUrls.get(token.slice(2, cut) + PART + folded);
      if (inConversation !== undefined) return inConversation;
    } else folded = token.slice(2);
    const alias = this.urlByName.get(folded);
    return alias !== undefined && alias !== '' ? alias : `n:${folded}`;
  }

  private findMe(resolve: (token: string) => string, isConnection: (key: string) => boolean): string | null {
    const totals = new Map<string, number>();
    for (const [token, n] of this.participation) {
      const who = resolve(token);
      totals.set(who, (totals.get(who) ?? 0) + n);
    }
    const sentBy = new Map<string, number>();
    for (const [token, tally] of this.senders)
      sentBy.set(resolve(token), (sentBy.get(resolve(token)) ?? 0) + tally.count);

    let best = [...totals.entries()];
    const top = Math.max(0, ...best.map(([, n]) => n));
    best = best.filter(([, n]) => n === top);
    if (best.length > 1) {
      const strangers = best.filter(([t]) => !(t.startsWith('u:') && isConnection(t.slice(2))));
      if (strangers.length > 0) best = strangers;
    }
    if (best.length > 1) {
      const most = Math.max(...best.map(([t]) => sentBy.get(t) ?? 0));
      best = best.filter(([t]) => (sentBy.get(t) ?? 0) === most);
    }
    return best.length === 1 ? best[0]![0] : null;
  }

  private refOf(token: string): RowPerson {
    if (token.startsWith('u:')) return { kind: 'url', key: token.slice(2) };
    const folded = token.slice(2);
    return { kind: 'name', name: this.names.get(folded) ?? folded };
  }

  private countSender(sender: string, at: string | null, row: TableRow): void {
    let tally = this.senders.get(sender);
    if (!tally) this.senders.set(sender, (tally = { count: 0, last: null, earliest: [] }));
    tally.count++;
    tally.last = later(tally.last, at);
    if (sender === ME || at === null) return;
    const earliest = tally.earliest;
    const full = earliest.length >= EARLIEST_MESSAGES_KEPT;
    if (full && at >= earliest[earliest.length - 1]!.at) return;
    // Only now is the text looked at, and only the signal names are kept.
    const signals = pitchSignalsIn(`${row.raw('subject')}\n${row.raw('content')}`);
    earliest.push({ at, signals });
    earliest.sort(byTime);
    if (earliest.length > EARLIEST_MESSAGES_KEPT) earliest.pop();
  }
}

function isDraft(row: TableRow): boolean {
  const flag = row.get('is message draft').toLowerCase();
  if (flag === 'yes' || flag === 'true') return true;
  const folder = row.get('folder').toUpperCase();
  if (folder === 'DRAFT' || folder === 'DRAFTS') return true;
  return (
    row.has('conversation id') && row.get('conversation id') === '' && row.get('to') === '' && folder === ''
  );
}

function later(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return b > a ? b : a;
}

function byTime(a: EarlyMessage, b: EarlyMessage): number {
  return a.at < b.at ? -1 : a.at > b.at ? 1 : 0;
}
