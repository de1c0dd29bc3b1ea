import { strToU8, zipSync } from 'fflate';
import type { FakePerson } from './types';

/**
 * The fake's "Get a copy of your data" zip for its people, in the 2023+ formats of
 * docs/linkedin-export-formats.md: Connections.csv (with its preamble), messages.csv,
 * Endorsement_Received_Info.csv, Endorsement_Given_Info.csv, Recommendations_Received.csv and
 * Recommendations_Given.csv.
 * The facts are a pure function of each person's place in the list, so a demo or test can tell
 * in advance who endorsed the owner, who pitched them on WhatsApp and who never wrote:
 * see `exportFactsOf`.
 */
export interface DataExportOptions {
  /** The account's owner: every message involves them. Default Demo Owner at /in/fake-owner (the fake's "Me" link). */
  owner?: { firstName: string; lastName: string; profileUrl: string };
  /** No date in the export is later than this (default: now). */
  now?: number;
}

/** What the export says about the person at a place in the list. */
export interface ExportFacts {
  /** 'none': never wrote; 'old': talked when connecting only; 'recent': also wrote lately. */
  conversation: 'none' | 'old' | 'recent';
  /** Their first message after connecting was a pitch (WhatsApp, an investment "opportunity"). */
  pitched: boolean;
  /** Skills they endorsed the owner for (empty: none). */
  endorsedOwnerFor: string[];
  ownerEndorsedThem: boolean;
  recommendedOwner: boolean;
  ownerRecommendedThem: boolean;
}

const SKILLS = ['TypeScript', 'Product Management', 'Public Speaking', 'Data Analysis', 'Leadership', 'SQL'];
const DAY_MS = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function exportFactsOf(index: number): ExportFacts {
  const pitched = index % 10 === 7;
  const endorses = index % 9 === 4;
  return {
    conversation: pitched ? 'none' : index % 5 === 0 ? 'none' : index % 5 === 1 ? 'old' : 'recent',
    pitched,
    endorsedOwnerFor: endorses ? SKILLS.slice(index % 4, (index % 4) + 1 + (index % 3)) : [],
    ownerEndorsedThem: index % 14 === 6,
    recommendedOwner: index % 37 === 11,
    ownerRecommendedThem: index % 53 === 24,
  };
}

export function dataExportFiles(
  people: readonly FakePerson[],
  options: DataExportOptions = {},
): Record<string, string> {
  const owner = options.owner ?? {
    firstName: 'Demo',
    lastName: 'Owner',
    profileUrl: 'https://www.linkedin.com/in/fake-owner',
  };
  const ownerName = `${owner.firstName} ${owner.lastName}`;
  const now = options.now ?? Date.now();
  const connections = [
    ['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'],
  ];
  const messages = [
    [
      'CONVERSATION ID',
      'CONVERSATION TITLE',
      'FROM',
      'SENDER PROFILE URL',
      'TO',
      'RECIPIENT PROFILE URLS',
      'DATE',
      'SUBJECT',
      'CONTENT',
      'FOLDER',
    ],
  ];
  const endorsedMe = [
    [
      'Endorsement Date',
      'Skill Name',
      'Endorser First Name',
      'Endorser Last Name',
      'Endorser Public Url',
      'Endorsement Status',
    ],
  ];
  const endorsedByMe = [
    [
      'Endorsement Date',
      'Skill Name',
      'Endorsee First Name',
      'Endorsee Last Name',
      'Endorsee Public Url',
      'Endorsement Status',
    ],
  ];
  const recommendations = [
    ['First Name', 'Last Name', 'Company', 'Job Title', 'Text', 'Creation Date', 'Status'],
  ];
  const recommendationsGiven = [
    ['First Name', 'Last Name', 'Company', 'Job Title', 'Text', 'Creation Date', 'Status'],
  ];

  people.forEach((person, index) => {
    const facts = exportFactsOf(index);
    const url = person.profileUrl.replace(/\/$/, ''); // the export writes profile URLs without a trailing slash
    const bareUrl = url.replace(/^https:\/\//, ''); // endorsement files have no scheme
    const { company, position } = splitHeadline(person.headline);
    const connected = Date.parse(`${person.connectedOn}T09:00:00Z`);
    const at = (days: number) => Math.min(now - DAY_MS, connected + days * DAY_MS);
    connections.push([person.firstName, person.lastName, url, '', company, position, exportDay(connected)]);

    const conversation = `2-${index.toString(36)}`;
    const fromMe = (when: number, text: string) =>
      messages.push([
        conversation,
        '',
        ownerName,
        owner.profileUrl,
        person.name,
        url,
        messageDate(when),
        '',
        text,
        'INBOX',
      ]);
    const toMe = (when: number, text: string, folder = 'INBOX') =>
      messages.push([
        conversation,
        '',
        person.name,
        url,
        ownerName,
        owner.profileUrl,
        messageDate(when),
        '',
        text,
        folder,
      ]);
    if (facts.pitched) {
      toMe(
        at(1),
        `Hi ${owner.firstName}! Thanks for connecting. I have an investment opportunity for you, let's continue on WhatsApp.`,
      );
    }
    if (facts.conversation !== 'none') {
      fromMe(at(1), `Great to meet you, ${person.firstName}!`);
      toMe(at(2), 'Likewise, let’s stay in touch.');
    }
    if (facts.conversation === 'recent') {
      const lately = now - (20 + (index % 200)) * DAY_MS;
      if (lately > at(2)) toMe(lately, 'Are you going to the meetup next week?');
    }
    for (const [k, skill] of facts.endorsedOwnerFor.entries()) {
      endorsedMe.push([
        endorsementDate(at(30) + k * 1000),
        skill,
        person.firstName,
        person.lastName,
        bareUrl,
        'ACCEPTED',
      ]);
    }
    if (facts.ownerEndorsedThem) {
      endorsedByMe.push([
        endorsementDate(at(45)),
        SKILLS[index % SKILLS.length]!,
        person.firstName,
        person.lastName,
        bareUrl,
        'ACCEPTED',
      ]);
    }
    if (facts.recommendedOwner) {
      recommendations.push([
        person.firstName,
        person.lastName,
        company,
        position,
        `${owner.firstName} is a thoughtful colleague, and a pleasure to work with.`,
        recommendationDate(at(90)),
        'VISIBLE',
      ]);
    }
    if (facts.ownerRecommendedThem) {
      recommendationsGiven.push([
        person.firstName,
        person.lastName,
        company,
        position,
        `${person.firstName} brings calm and clarity to every project.`,
        recommendationDate(at(120)),
        'VISIBLE',
      ]);
    }
  });

  const preamble =
    'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"\n\n';
  return {
    'Connections.csv': preamble + toCsv(connections),
    'messages.csv': toCsv(messages),
    'Endorsement_Received_Info.csv': toCsv(endorsedMe),
    'Endorsement_Given_Info.csv': toCsv(endorsedByMe),
    'Recommendations_Received.csv': toCsv(recommendations),
    'Recommendations_Given.csv': toCsv(recommendationsGiven),
  };
}

/** The zip LinkedIn mails: `Basic_LinkedInDataExport_MM-DD-YYYY.zip` (see `dataExportFileName`). */
export function dataExportZip(people: readonly FakePerson[], options: DataExportOptions = {}): Uint8Array {
  const files = dataExportFiles(people, options);
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])));
}

export function dataExportFileName(now = Date.now()): string {
  const d = new Date(now);
  const two = (n: number) => String(n).padStart(2, '0');
  return `Basic_LinkedInDataExport_${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}-${d.getUTCFullYear()}.zip`;
}

function splitHeadline(headline: string): { company: string; position: string } {
  const match = /^(.+?) (?:at|@) (.+)$/.exec(headline);
  return match ? { position: match[1]!, company: match[2]! } : { position: headline, company: '' };
}

const two = (n: number) => String(n).padStart(2, '0');

/** `04 Jul 2023` */
function exportDay(ms: number): string {
  const d = new Date(ms);
  return `${two(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** `2023-07-05 10:00:00 UTC` */
function messageDate(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/** `2023/08/11 11:00:31 UTC` */
function endorsementDate(ms: number): string {
  return messageDate(ms).replace(/-/g, '/');
}

/** `"12/24/23, 05:28 AM"` */
function recommendationDate(ms: number): string {
  const d = new Date(ms);
  const hours = d.getUTCHours();
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${two(d.getUTCFullYear() % 100)}, ${two(hours % 12 || 12)}:${two(d.getUTCMinutes())} ${hours < 12 ? 'AM' : 'PM'}`;
}

function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\n') + '\n';
}

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
