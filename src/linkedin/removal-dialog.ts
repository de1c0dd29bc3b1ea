import { foldForSearch } from '../core/search-text';

/**
 * Does the confirmation dialog name the person we mean to remove? LinkedIn's dialog usually names
 * only the first (given) name ("Remove Jane as a connection?"), so one of the forms the given name
 * can take must appear in it as a whole word. It is a second lock behind the profile-URL match,
 * not a replacement: a dialog that names anyone else means the page is not in the state we think,
 * and we cancel.
 */
export function searchNameFor(name: string): string {
  // Credentials after a comma ("Roe, PMP") are not part of what LinkedIn's search matches on.
  const beforeComma = name.split(',')[0]?.trim() ?? '';
  return beforeComma === '' ? name.trim() : beforeComma;
}

export function firstNameOf(name: string): string {
  return searchNameFor(name).split(/\s+/)[0] ?? '';
}

const EAST_ASIAN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * The ways the dialog may write this person's given name. The first word, as in "Jane Roe". East
 * Asian names are shown family name first: spaced ("田中 美咲": the last word) or joined ("王小明",
 * "김민준": the name without its one- or two-character family name).
 */
export function givenNameForms(name: string): string[] {
  const shown = searchNameFor(name);
  const words = shown.split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return [];
  const forms = [words[0]!];
  if (EAST_ASIAN.test(shown)) {
    if (words.length > 1) forms.push(words[words.length - 1]!);
    else {
      const chars = Array.from(words[0]!);
      for (const familyLength of [1, 2]) if (chars.length > familyLength) forms.push(chars.slice(familyLength).join(''));
    }
  }
  return [...new Set(forms)];
}

export function dialogNamesPerson(dialogText: string, name: string): boolean {
  const text = foldForSearch(dialogText);
  return givenNameForms(name).some((form) => {
    const folded = foldForSearch(form);
    if (folded === '') return false;
    const escaped = folded.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // Whole word, where "word" also allows non-Latin scripts (no \b, which is ASCII-only).
    return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u').test(text);
  });
}
