import type { FileKind } from './types';

/**
 * Which LinkedIn file a name refers to. Names vary across exports and tools: folders inside the zip
 * (`Basic_LinkedInDataExport_07-04-2023/Connections.csv`), case, spaces or hyphens for underscores
 * (`Endorsement Received Info.csv`), and member-id suffixes on some 2026 "Complete" exports
 * (`Member_Follows_12345.csv`). Exact names only after that folding: `guide_messages.csv` and
 * `learning_coach_messages.csv` hold chats with LinkedIn's assistants, not with people.
 */
const KINDS_BY_NAME: ReadonlyMap<string, Exclude<FileKind, 'ignored'>> = new Map([
  ['connections', 'connections'],
  ['endorsement_received_info', 'endorsements-received'],
  ['endorsement_given_info', 'endorsements-given'],
  ['recommendations_received', 'recommendations-received'],
  ['recommendations_given', 'recommendations-given'],
  ['messages', 'messages'],
  ['invitations', 'invitations'],
]);

/** The kind of file a path names, or 'ignored' for every other file of the export. */
export function fileKindFromName(path: string): FileKind {
  const base = path.split(/[\\/]/).pop() ?? '';
  const folded = base
    .toLowerCase()
    .replace(/\.csv$/, '')
    .trim()
    .replace(/[\s-]+/g, '_')
    // A trailing id holds digits; word endings such as "_received" do not.
    .replace(/_(?=[a-z0-9]*[0-9])[a-z0-9]+$/, '')
    // Copies saved twice by a browser or a file manager: "Connections (1)" / "Connections_(1)".
    .replace(/_?\(\d+\)$/, '');
  return KINDS_BY_NAME.get(folded) ?? 'ignored';
}

/** True for a name that is a CSV file at all (zips also hold folders, HTML and media). */
export function isCsvName(path: string): boolean {
  return /\.csv$/i.test(path.trim());
}

/** How the user would call each kind of file in a message. */
export const FILE_KIND_LABELS: Readonly<Record<FileKind, string>> = {
  connections: 'Connections.csv',
  'endorsements-received': 'Endorsement_Received_Info.csv',
  'endorsements-given': 'Endorsement_Given_Info.csv',
  'recommendations-received': 'Recommendations_Received.csv',
  'recommendations-given': 'Recommendations_Given.csv',
  messages: 'messages.csv',
  invitations: 'Invitations.csv',
  ignored: 'other file',
};

/**
 * Where a zip entry sits: at the export's root, inside one top folder (`Basic_LinkedInDataExport_07-04-2024/`),
 * deeper, or outside the export altogether ('unsafe': `..`, an absolute path or a drive letter,
 * which no export has and which would otherwise be read by its last name part).
 */
export type EntryPlace =
  { at: 'root' } | { at: 'folder'; folder: string } | { at: 'deep' } | { at: 'unsafe' };

export function entryPlace(path: string): EntryPlace {
  if (/^[\\/]/.test(path) || /^[a-zA-Z]:/.test(path) || /[\x00-\x1f]/.test(path)) return { at: 'unsafe' };
  const parts = path.split(/[\\/]/).filter((p) => p !== '.');
  if (parts.some((p) => p === '..')) return { at: 'unsafe' };
  if (parts.length === 1) return { at: 'root' };
  if (parts.length === 2) return { at: 'folder', folder: parts[0]! };
  return { at: 'deep' };
}

/** The day in a LinkedIn export's name (`Basic_LinkedInDataExport_07-04-2024.zip`, `Complete_...`), as an ISO date. */
export function exportDateFromName(name: string): string | null {
  const m = /LinkedInDataExport_(\d{2})-(\d{2})-(\d{4})/i.exec(name);
  if (!m) return null;
  const [month, day, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}
