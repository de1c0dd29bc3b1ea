import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { FakePerson } from '../../tests/fake-linkedin';

/**
 * The LinkedIn data export files the benchmark feeds the product, in the 2023-24 format of
 * docs/linkedin-export-formats.md: a Connections.csv of the fake LinkedIn's own people
 * (so the names carry the same diacritics, scripts and credentials), and a messages.csv as large
 * as a heavy user's.
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const PREAMBLE =
  'Notes:\n' +
  '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"\n' +
  '\n';

/** One CSV field, quoted when it must be. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** `2023-07-04` -> `04 Jul 2023`, as Connections.csv writes dates. */
function exportDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day} ${MONTHS[Number(month) - 1]} ${year}`;
}

/** Connections.csv listing these people (profile URL without the trailing slash, as LinkedIn writes it). */
export function connectionsCsv(people: readonly FakePerson[]): string {
  const lines = [`${PREAMBLE}First Name,Last Name,URL,Email Address,Company,Position,Connected On`];
  for (const p of people) {
    lines.push(
      [
        p.firstName,
        p.lastName,
        p.profileUrl.replace(/\/$/, ''),
        '',
        '',
        p.headline,
        exportDate(p.connectedOn),
      ]
        .map(csvField)
        .join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

const OWNER = { name: 'Mia Owner', url: 'https://www.linkedin.com/in/mia-owner' };
const MESSAGES_HEADER =
  'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n';
const SENTENCES = [
  'Great to meet you at the conference last week, thanks again for the introduction.',
  'Could we find half an hour next Tuesday to go over the proposal together?',
  'Happy new year! Wishing you and the team a calm and successful year ahead.',
  'I have attached the slides, let me know what you think of the pricing section.',
  'Congratulations on the new role, well deserved after everything you built there.',
  'Thanks, that "quick call" idea works for me; Thursday at 10:00 is fine.',
  'Sorry for the late reply, I was travelling, back to normal pace from Monday.',
];

/**
 * Writes a messages.csv of about `targetBytes` to `path`: conversations between the user and
 * these people, both directions, some content with quotes, commas and line breaks inside the
 * quoted field. Streamed to disk: nothing of that size is held in memory here.
 */
export async function writeMessagesCsv(
  path: string,
  targetBytes: number,
  people: readonly FakePerson[],
): Promise<{ bytes: number; rows: number }> {
  if (people.length === 0) throw new Error('writeMessagesCsv needs at least one person to write to.');
  const out = createWriteStream(path);
  let bytes = 0;
  let rows = 0;
  let chunk = MESSAGES_HEADER;
  let day = Date.UTC(2016, 0, 1);
  while (bytes + chunk.length < targetBytes) {
    const person = people[rows % people.length]!;
    const fromOwner = rows % 3 !== 0;
    const sentence = SENTENCES[rows % SENTENCES.length]!;
    const content =
      rows % 5 === 0
        ? `${sentence}\n\n${SENTENCES[(rows + 3) % SENTENCES.length]}`
        : `${sentence} ${SENTENCES[(rows + 1) % SENTENCES.length]}`;
    const date = new Date(day + (rows % 86_400) * 1000).toISOString().replace('T', ' ').slice(0, 19);
    const personUrl = person.profileUrl.replace(/\/$/, '');
    const [from, fromUrl, to, toUrl] = fromOwner
      ? [OWNER.name, OWNER.url, person.name, personUrl]
      : [person.name, personUrl, OWNER.name, OWNER.url];
    chunk += `${[`conv-${rows % people.length}`, '', from, fromUrl, to, toUrl, `${date} UTC`, '', content, 'INBOX'].map(csvField).join(',')}\n`;
    rows++;
    if (rows % 500 === 0) day += 86_400_000;
    if (chunk.length > 1 << 20) {
      bytes += Buffer.byteLength(chunk);
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  bytes += Buffer.byteLength(chunk);
  out.end(chunk);
  await once(out, 'finish');
  return { bytes, rows };
}
