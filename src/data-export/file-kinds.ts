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
