/**
 * Searching names the way people type them: "jose" finds "José", "lukasz" finds "Łukasz",
 * "strasse" finds "Straße", "isik" finds "Işık". Names are folded once when stored or loaded;
 * each keystroke then folds only the query, and `matchesQuery` is a few substring checks per
 * name (it runs over 30,000 names per keystroke).
 */

/**
 * Latin-script diacritics only. Marks of other scripts are left alone on purpose: Devanagari and
 * Thai vowel signs, the Japanese voicing marks (が is not か) and Arabic harakat are part of how
 * those names are written, not decorations to fold away.
 */
const LATIN_COMBINING_MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;

/** Letters that NFD leaves whole (they are letters of their own, not a letter plus a mark). */
const UNDECOMPOSED: Readonly<Record<string, string>> = {
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
  ŀ: 'l',
  ŧ: 't',
  ĸ: 'k',
  ſ: 's',
  ƒ: 'f',
  ɨ: 'i',
  ʉ: 'u',
  ɓ: 'b',
  ɗ: 'd',
  ƴ: 'y',
  ə: 'e',
  ĳ: 'ij',
  ς: 'σ', // Greek final sigma: typed as σ mid-query
};
const UNDECOMPOSED_PATTERN = new RegExp(`[${Object.keys(UNDECOMPOSED).join('')}]`, 'g');

const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** Lower-case, accent-free form of a text for substring search. CJK, Arabic and the like stay as they are. */
export function foldForSearch(text: string): string {
  if (ASCII_ONLY.test(text)) return text.toLowerCase(); // most names: skip normalisation entirely
  return (
    text
      // Lower-case first: "İ" becomes "i" + a combining dot, which the next steps strip.
      .toLowerCase()
      .normalize('NFD')
      .replace(LATIN_COMBINING_MARKS, '')
      .replace(UNDECOMPOSED_PATTERN, (letter) => UNDECOMPOSED[letter] ?? letter)
      // Recompose what NFD split apart and we kept (Hangul syllables, kana with voicing marks).
      .normalize('NFC')
  );
}

/** The folded words of a query; an empty list for a blank query. */
export function queryWords(query: string): string[] {
  return foldForSearch(query)
    .split(/\s+/)
    .filter((word) => word !== '');
}

// The same query is checked against every name: fold it once, not 30,000 times.
let lastQuery: string | null = null;
let lastWords: string[] = [];

/**
 * True when every word of the query occurs somewhere in the (already folded) haystack, in any
 * order: "doe jane" finds "Jane Doe". A blank query matches everything.
 */
export function matchesQuery(foldedHaystack: string, query: string): boolean {
  if (query !== lastQuery) {
    lastWords = queryWords(query);
    lastQuery = query;
  }
  for (const word of lastWords) {
    if (!foldedHaystack.includes(word)) return false;
  }
  return true;
}
