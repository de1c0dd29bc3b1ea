/**
 * The fake server's name search: case- and diacritics-insensitive, every query word must start
 * some word of the name ("zoe mul" finds "Zoë Müller", "roe" finds "Jane Roe, PMP"). Written
 * apart from the extension's own folding on purpose, so a bug there is not mirrored here.
 */

const LETTERS_NFD_KEEPS: Readonly<Record<string, string>> = {
  ß: 'ss',
  ł: 'l',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
};
const LETTER_PATTERN = new RegExp(`[${Object.keys(LETTERS_NFD_KEEPS).join('')}]`, 'g');
const LATIN_MARKS = /[\u0300-\u036f]/g;

/** Lower case, Latin accents stripped; other scripts kept as they are. */
export function fold(text: string): string {
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase(); // most names: no normalisation needed
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(LATIN_MARKS, '')
    .replace(LETTER_PATTERN, (letter) => LETTERS_NFD_KEEPS[letter] ?? letter)
    .normalize('NFC');
}

/** The words of a name or query: runs of letters and digits. */
export function words(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .filter((w) => w !== '');
}

/** Pre-folded words of one name, so a search over 30,000 names folds only the query. */
export type NameIndex = readonly string[];

export function indexName(name: string): NameIndex {
  return words(name);
}

/**
 * A matcher for one query, folded once and run over every name. A blank query matches everyone;
 * a query with no word characters (only emoji, say) matches names that contain it literally.
 */
export function nameMatcher(query: string): (index: NameIndex, rawName: string) => boolean {
  const queryWords = words(query);
  const literal = query.trim();
  if (queryWords.length === 0) return (_index, rawName) => literal === '' || rawName.includes(literal);
  return (index) => queryWords.every((q) => index.some((w) => w.startsWith(q)));
}

/** A slug-friendly ASCII form: "Zoë Müller" -> "zoe-muller", "O'Brien" -> "obrien". */
export function asciiSlugPart(text: string): string {
  return fold(text)
    .replace(/['’.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
