import { describe, expect, it } from 'vitest';
import { readExport, type PersonFacts } from '../../../src/data-export';
import { fixtureBytes, fixtureFile, TrickleBlob } from './helpers';

const CONNECTIONS_2023 = fixtureFile('2023/Connections.csv');
const ME = 'https://www.linkedin.com/in/mia-owner';

function messageCounts(facts: PersonFacts | undefined) {
  return facts && { sent: facts.messagesSent, received: facts.messagesReceived, last: facts.lastMessageAt };
}

describe('messages.csv 2023 (recipient URLs)', () => {
  it('counts each way per person, finds the user, and never makes the user a person', async () => {
    const result = await readExport([CONNECTIONS_2023, fixtureFile('2023/messages.csv')]);
    expect(messageCounts(result.facts.get('jane-roe-1a2b3c'))).toEqual({
      sent: 3,
      received: 1,
      last: '2024-02-01T15:00:00Z',
    });
    expect(result.facts.has('mia-owner')).toBe(false);
  });

  it('counts a group message the user sent for every recipient, and a reply in the group only for its sender', async () => {
    const result = await readExport([CONNECTIONS_2023, fixtureFile('2023/messages.csv')]);
    expect(messageCounts(result.facts.get('ada-close'))).toEqual({
      sent: 1,
      received: 1,
      last: '2024-02-02T15:00:00Z',
    });
    // Ada's reply went to Jane too: that is not a message between Jane and the user.
    expect(result.facts.get('jane-roe-1a2b3c')?.lastMessageAt).toBe('2024-02-01T15:00:00Z');
  });

  it('leaves out sponsored InMail and counts zero for a connection never written to (the file was read)', async () => {
    const result = await readExport([CONNECTIONS_2023, fixtureFile('2023/messages.csv')]);
    expect(result.files.find((f) => f.kind === 'messages')).toMatchObject({
      rows: 8,
      skipped: 1,
      warnings: ['1 sponsored message was left out'],
    });
    expect(result.facts.get('tom-quiet')).toMatchObject({
      messagesSent: 0,
      messagesReceived: 0,
      lastMessageAt: null,
      known: { messages: true },
    });
  });

  it('flags pitch signals in the first messages soon after connecting, names only', async () => {
    const result = await readExport([CONNECTIONS_2023, fixtureFile('2023/messages.csv')]);
    expect(result.facts.get('samray')?.firstMessageAfterConnect).toEqual({
      at: '2024-03-13T12:00:00Z',
      pitchSignals: ['whatsapp', 'email', 'phone', 'opportunity', 'investment'],
    });
    expect(result.facts.get('jose-nunez')?.firstMessageAfterConnect).toEqual({
      at: '2017-01-20T10:00:00Z',
      pitchSignals: [],
    });
    // Jane first wrote two days after connecting, with no pitch; Ada wrote years later: no "first message after connecting".
    expect(result.facts.get('jane-roe-1a2b3c')?.firstMessageAfterConnect).toEqual({
      at: '2023-07-06T09:30:00Z',
      pitchSignals: [],
    });
    expect(result.facts.get('ada-close')?.firstMessageAfterConnect).toBeUndefined();
    expect(JSON.stringify([...result.facts])).not.toMatch(/WhatsApp|gmail|investment opportunity/);
  });

  it('says nothing about "soon after connecting" when the connection date is unknown', async () => {
    const result = await readExport([fixtureFile('2023/messages.csv')]);
    expect(result.facts.get('samray')?.messagesReceived).toBe(2);
    expect(result.facts.get('samray')?.firstMessageAfterConnect).toBeUndefined();
  });

  it('gives the same counts when the file arrives a few bytes at a time', async () => {
    const whole = await readExport([CONNECTIONS_2023, fixtureFile('2023/messages.csv')]);
    const trickled = await readExport([
      CONNECTIONS_2023,
      { name: 'messages.csv', data: new TrickleBlob(fixtureBytes('2023/messages.csv')) },
    ]);
    expect([...trickled.facts]).toEqual([...whole.facts]);
  });
});

describe('messages.csv, other eras', () => {
  it('late 2024: drafts (flagged, or without conversation, recipient and folder) are left out', async () => {
    const result = await readExport([CONNECTIONS_2023, fixtureFile('2024/messages.csv')]);
    expect(messageCounts(result.facts.get('tom-quiet'))).toEqual({
      sent: 1,
      received: 1,
      last: '2024-11-03T10:00:00Z',
    });
    expect(result.files.find((f) => f.kind === 'messages')).toMatchObject({
      rows: 2,
      skipped: 2,
      warnings: ['2 drafts were left out'],
    });
  });

  it('2026: every field quoted, ATTACHMENTS, newlines inside CONTENT, CRLF', async () => {
    const result = await readExport([CONNECTIONS_2023, fixtureFile('2026/messages.csv')]);
    expect(messageCounts(result.facts.get('ada-close'))).toEqual({
      sent: 1,
      received: 1,
      last: '2026-01-16T09:01:02Z',
    });
    expect(result.files.find((f) => f.kind === 'messages')).toMatchObject({
      rows: 2,
      skipped: 0,
      warnings: [],
    });
  });

  it('2022: recipients by name, tied to the URL of the same name in the conversation or the file', async () => {
    const result = await readExport([CONNECTIONS_2023, fixtureFile('2022/messages.csv')]);
    expect(messageCounts(result.facts.get('jane-roe-1a2b3c'))).toEqual({
      sent: 1,
      received: 1,
      last: '2022-03-02T10:00:00Z',
    });
    // Ada never wrote back: her name is matched among the connections.
    expect(messageCounts(result.facts.get('ada-close'))).toEqual({
      sent: 1,
      received: 0,
      last: '2022-04-01T10:00:00Z',
    });
    expect(result.nameMatches).toEqual([
      {
        name: 'Ada Close',
        profileKey: 'ada-close',
        confidence: 'name-only',
        candidates: 1,
        source: 'messages',
      },
    ]);
    // "John Smith" is two connections: not attached, and neither John's messages are claimed to be none.
    expect(result.unmatched).toEqual([
      { name: 'John Smith', profileKey: null, confidence: 'ambiguous', candidates: 2, source: 'messages' },
    ]);
    expect(result.facts.get('john-smith-11')?.known?.messages).toBe(false);
    expect(result.facts.get('tom-quiet')?.known?.messages).toBe(true);
  });

  it('2019-20: upper-case header, Direction tells the user apart, sponsored left out', async () => {
    const result = await readExport([CONNECTIONS_2023, fixtureFile('2019/messages.csv')]);
    expect(messageCounts(result.facts.get('jane-roe-1a2b3c'))).toEqual({
      sent: 1,
      received: 1,
      last: '2019-11-07T10:00:00Z',
    });
    expect(result.unmatched).toEqual([
      { name: 'John Smith', profileKey: null, confidence: 'ambiguous', candidates: 2, source: 'messages' },
    ]);
    expect(result.files.find((f) => f.kind === 'messages')).toMatchObject({ rows: 3, skipped: 1 });
  });

  it('2018: US dates, HTML entities, a group sent by name', async () => {
    const result = await readExport([fixtureFile('2018/Connections.csv'), fixtureFile('2018/messages.csv')], {
      knownPeople: [
        { profileKey: 'ken-old', name: 'Ken Old' },
        { profileKey: 'jane-roe-1a2b3c', name: 'Jane Roe' },
      ],
    });
    expect(messageCounts(result.facts.get('ken-old'))).toEqual({
      sent: 2,
      received: 1,
      last: '2018-04-05T09:00:00Z',
    });
    expect(messageCounts(result.facts.get('jane-roe-1a2b3c'))).toEqual({
      sent: 1,
      received: 0,
      last: '2018-04-05T09:00:00Z',
    });
    // Ken connected 12/24/17 and wrote 1/10/18 about "our services" and a "quick call" (through &#39; and &amp;).
    expect(result.facts.get('ken-old')?.firstMessageAfterConnect).toEqual({
      at: '2018-01-10T10:35:00Z',
      pitchSignals: ['services', 'quick-call'],
    });
  });
});

describe('finding the user without a Direction column', () => {
  const HEADER =
    'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER';
  const row = (conv: string, from: string, to: string, date: string) =>
    `${conv},,${from},https://www.linkedin.com/in/${from},${to},https://www.linkedin.com/in/${to},${date} 10:00:00 UTC,,text,INBOX`;

  it('is whoever takes part in the most messages, even when someone else sent more', async () => {
    const text = [
      HEADER,
      row('a', 'recruiter', 'mia', '2024-01-01'),
      row('a', 'recruiter', 'mia', '2024-01-02'),
      row('a', 'recruiter', 'mia', '2024-01-03'),
      row('b', 'mia', 'bo', '2024-01-04'),
      row('c', 'mia', 'cy', '2024-01-05'),
    ].join('\n');
    const result = await readExport([{ name: 'messages.csv', data: new Blob([text]) }]);
    expect(messageCounts(result.facts.get('recruiter'))).toEqual({
      sent: 0,
      received: 3,
      last: '2024-01-03T10:00:00Z',
    });
    expect(messageCounts(result.facts.get('bo'))).toEqual({
      sent: 1,
      received: 0,
      last: '2024-01-04T10:00:00Z',
    });
    expect(result.facts.has('mia')).toBe(false);
  });

  it('settles a tie by who is a connection (the user never is one)', async () => {
    const text = [HEADER, row('a', 'mia', 'bo', '2024-01-01'), row('a', 'bo', 'mia', '2024-01-02')].join(
      '\n',
    );
    const result = await readExport([{ name: 'messages.csv', data: new Blob([text]) }], {
      knownPeople: [{ profileKey: 'bo', name: 'bo' }],
    });
    expect(messageCounts(result.facts.get('bo'))).toEqual({
      sent: 1,
      received: 1,
      last: '2024-01-02T10:00:00Z',
    });
  });

  it('leaves message counts unknown, and says so, when the tie cannot be settled', async () => {
    const text = [HEADER, row('a', 'mia', 'bo', '2024-01-01'), row('a', 'bo', 'mia', '2024-01-02')].join(
      '\n',
    );
    const result = await readExport([{ name: 'messages.csv', data: new Blob([text]) }], {
      knownPeople: [{ profileKey: 'tom', name: 'Tom' }],
    });
    expect(result.facts.get('tom')?.known?.messages).toBe(false);
    expect(result.facts.has('bo')).toBe(false);
    expect(result.files[0]!.warnings).toContain(
      'Could not tell which sender is you, so message counts are left unknown.',
    );
  });
});

describe('a large messages.csv, generated in memory', () => {
  it('streams 60,000 messages (with multi-line content) into per-person counts', async () => {
    const header =
      '"CONVERSATION ID","CONVERSATION TITLE","FROM","SENDER PROFILE URL","TO","RECIPIENT PROFILE URLS","DATE","SUBJECT","CONTENT","FOLDER","ATTACHMENTS","IS MESSAGE DRAFT","IS CONVERSATION DRAFT"';
    const people = 500;
    const perPerson = 120; // 40 sent, 80 received
    const parts: string[] = [header + '\n'];
    for (let i = 0; i < people * perPerson; i++) {
      const p = i % people;
      const mine = i % 3 === 0;
      const them = `https://www.linkedin.com/in/person-${p}`;
      const day = String(1 + (Math.floor(i / people) % 28)).padStart(2, '0');
      parts.push(
        `"c${p}","","${mine ? 'Mia Owner' : `P ${p}`}","${mine ? ME : them}","x","${mine ? them : ME}","2024-05-${day} 10:00:00 UTC","",` +
          `"Line one, ""quoted""\nline two for ${i}","INBOX","","No","No"\n`,
      );
    }
    const result = await readExport([{ name: 'messages.csv', data: new Blob(parts) }]);
    expect(result.facts.size).toBe(people);
    for (const p of [0, 1, 250, 499]) {
      expect(messageCounts(result.facts.get(`person-${p}`))).toEqual({
        sent: 40,
        received: 80,
        last: '2024-05-28T10:00:00Z',
      });
    }
    expect(result.files[0]).toMatchObject({ rows: people * perPerson, skipped: 0 });
  }, 60_000); // A size test, not a speed test (npm run bench times the 200 MB file): on a loaded machine it takes over 5 s.
});
