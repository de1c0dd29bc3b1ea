import { foldForSearch } from './search-text';

/**
 * Names as the export writes them, and the form in which two of them are compared.
 *
 * Files without profile URLs (recommendations, 2018-2022 connections and messages, old
 * endorsements) only name people, so the name is all we can match on. LinkedIn writes the same
 * display name in every file, but with credentials after a comma ("Jane Roe, PMP"), emoji
 * ("Sam Ray 🚀"), stray spaces and any script. Matching ignores those; it never guesses further
 * (no nicknames, no initials): a name that does not match stays unmatched.
 */

/** "Jane" + "Roe, PMP" -> "Jane Roe, PMP": first and last name as written, spaces tidied. */
export function displayName(firstName: string, lastName: string): string {
  return `${firstName} ${lastName}`.replace(/\s+/g, ' ').trim();
}

/** Pictographs, their modifiers and joiners, and other symbols: decoration, not part of a name. */
const DECORATION = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{So}\p{Sk}\u200d\ufe0e\ufe0f\u20e3]/gu;

/** The comparable form of a name: "Jane  ROE, PMP 🚀" -> "jane roe". Empty when nothing is left. */
export function nameKey(name: string): string {
  const withoutCredentials = name.split(',')[0] ?? '';
  return foldForSearch(withoutCredentials.replace(DECORATION, ' '))
    .replace(/[.'’"“”()]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The comparable form of a company: "Acme, Inc." and "ACME" both give "acme". */
export function companyKey(company: string): string {
  return foldForSearch(company)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\b(inc|ltd|llc|gmbh|plc|corp|corporation|co|sa|ag|bv|limited)\b/g, ' ')
    .replace(/\s+/g, '')
    .trim();
}

/**
 * "Ann Lee, Bob Stone" -> two people; "Jane Roe, PMP" -> one person with a credential. Old message
 * files list several recipients by name in one field, joined with commas, and names carry
 * credentials after commas too. A part of a single word is taken as a credential of the name before
 * it (a person is named with at least two words in these files); a one-word first part stays a name.
 */
export function splitNameList(field: string): string[] {
  const names: string[] = [];
  for (const raw of field.split(',')) {
    const part = raw.trim();
    if (part === '') continue;
    const isOneWord = !/\s/.test(part);
    if (isOneWord && names.length > 0) names[names.length - 1] += `, ${part}`;
    else names.push(part);
  }
  return names;
}
