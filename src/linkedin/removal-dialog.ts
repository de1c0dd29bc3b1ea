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
      for (const familyLength of [1, 2])
        if (chars.length > familyLength) forms.push(chars.slice(familyLength).join(''));
    }
  }
  return [...new Set(forms)];
}

/** A run of letters, digits and the marks and joiners names contain ("O'Brien", "Jean-Luc"). */
const WORD = /[\p{L}\p{N}\p{M}'’-]+/gu;
/** A word that goes on a name: capitalised, or in a script without case (Arabic, CJK...). */
const NAME_WORD = /^[\p{Lu}\p{Lt}\p{Lo}]/u;

/**
 * Does the dialog name the queued person? Each place where the dialog writes one of the given
 * name's forms as a whole word is read with the words after it:
 * - followed by a word that is not a name word ("Remove Jane as a connection?", "Jane won't be",
 *   "Jane, bağlantılarınızdan", "Jane adlı kişiyi"): the given name alone, as LinkedIn shows it;
 * - followed by more name words ("Remove Jane Doe as a connection?"): a full name, which must be
 *   the queued person's full name word for word (folded), or it is someone else.
 * The dialog names the person when at least one place names them and no place names anyone else.
 */
export function dialogNamesPerson(dialogText: string, name: string): boolean {
  const forms = new Set(
    givenNameForms(name)
      .map(fold)
      .filter((f) => f !== ''),
  );
  if (forms.size === 0) return false;
  const shown = searchNameFor(name);
  const nameWords = Array.from(shown.matchAll(WORD), (m) => fold(m[0]));
  const words = Array.from(dialogText.matchAll(WORD), (m) => ({
    text: m[0],
    folded: fold(m[0]),
    start: m.index,
    end: m.index + m[0].length,
  }));
  let named = false;
  for (const [i, word] of words.entries()) {
    if (!forms.has(word.folded)) continue;
    const next = words[i + 1];
    // Only a word after nothing but spaces continues the name ("Jane, ..." or "Jane?" ends it).
    const continues =
      next !== undefined &&
      /^[^\S\n]+$/u.test(dialogText.slice(word.end, next.start)) &&
      NAME_WORD.test(next.text);
    if (!continues) {
      named = true;
      continue;
    }
    // A full name: it must be the queued one from its given name on ("Jane Roe" for "Jane Roe, PMP").
    const at = nameWords.indexOf(word.folded);
    const rest = at >= 0 ? nameWords.slice(at + 1) : [];
    const following = words.slice(i + 1, i + 1 + rest.length).map((w) => w.folded);
    if (rest.length === 0 || following.join(' ') !== rest.join(' ')) return false;
    const last = words[i + rest.length]!;
    const after = words[i + rest.length + 1];
    // "Jane Roe Smith" is not "Jane Roe": the name must end where the queued one does.
    if (after && /^[^\S\n]+$/u.test(dialogText.slice(last.end, after.start)) && NAME_WORD.test(after.text))
      return false;
    named = true;
  }
  return named;
}

const fold = (text: string) => foldForSearch(text.normalize('NFC'));

/**
 * Another listed person LinkedIn's confirmation cannot be told apart from, by their name: someone
 * with the queued person's full name (twins, namesakes). No text in the dialog, the card or the
 * menu can then say which of the two a confirm click removes; only the tie between the card and
 * its menu can, and that tie is LinkedIn's code, not ours (a menu bound to the wrong row would go
 * unseen). A wrong removal cannot be undone, so in doubt QuietPrune leaves this person to the user.
 */
export function namesakeAmong(name: string, others: readonly string[]): string | null {
  const full = foldForSearch(searchNameFor(name)).replace(/\s+/g, ' ').trim();
  if (full === '') return null;
  return (
    others.find((other) => foldForSearch(searchNameFor(other)).replace(/\s+/g, ' ').trim() === full) ?? null
  );
}
