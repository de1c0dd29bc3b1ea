import { foldForSearch } from '../core/search-text';

/**
 * Does the confirmation dialog name the person we mean to remove? LinkedIn's dialog usually names
 * only the first name ("Remove Jane as a connection?"), so the first word of the name must appear
 * in it as a whole word. It is a second lock behind the profile-URL match, not a replacement:
 * a dialog that names anyone else means the page is not in the state we think, and we cancel.
 */
export function searchNameFor(name: string): string {
  // Credentials after a comma ("Roe, PMP") are not part of what LinkedIn's search matches on.
  const beforeComma = name.split(',')[0]?.trim() ?? '';
  return beforeComma === '' ? name.trim() : beforeComma;
}

export function firstNameOf(name: string): string {
  return searchNameFor(name).split(/\s+/)[0] ?? '';
}

export function dialogNamesPerson(dialogText: string, name: string): boolean {
  const first = foldForSearch(firstNameOf(name));
  if (first === '') return false;
  const text = foldForSearch(dialogText);
  const escaped = first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Whole word, where "word" also allows non-Latin scripts (no \b, which is ASCII-only).
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u').test(text);
}
