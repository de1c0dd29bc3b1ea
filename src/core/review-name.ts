import { foldForSearch } from './search-text';

/**
 * The name "Review this connection" shows for someone QuietPrune has not stored, from what the
 * right-click itself carries: nothing is read from the page (no `scripting` permission) and no
 * profile is requested. The person is still identified by the profile URL alone; the name is
 * only what the review calls them.
 *
 * In order: the link's own text (Firefox gives it as `linkText`); the selected text (Chrome gives
 * no link text, but gives `selectionText` when the person selected the name before right-clicking),
 * only when it shares a word with the URL's slug, since a selection may be anything on the page;
 * on a profile page, the tab's title ("Jane Roe | LinkedIn"), when the tab shows that profile;
 * else the slug made readable ("jane-roe-1a2b3c" is "Jane Roe"); '' for a member id (`ACoAA…`),
 * which has no name in it.
 */
export interface ClickedName {
  /** The profile key (normalised slug or member id) of the person right-clicked. */
  key: string;
  linkText?: string | undefined;
  selectionText?: string | undefined;
  /** The title of the tab, on a profile page whose key is `key` (the caller checks the tab's URL). */
  profileTabTitle?: string | undefined;
}

/** Longer than any name LinkedIn shows: a selection this long is a paragraph, not a name. */
const MAX_NAME_LENGTH = 120;

export function nameFromClick({ key, linkText, selectionText, profileTabTitle }: ClickedName): string {
  const link = nameInLinkText(linkText);
  if (link !== '') return link;
  const selection = tidy(selectionText);
  if (selection !== '' && sharesAWord(selection, key)) return selection;
  const title = nameInTabTitle(profileTabTitle);
  if (title !== '') return title;
  return nameFromSlug(key);
}

/**
 * "jane-roe-1a2b3c" → "Jane Roe", "zoë-müller-3b" → "Zoë Müller". Parts with a digit are
 * LinkedIn's suffixes, not names, and are dropped; a member id gives ''.
 */
export function nameFromSlug(key: string): string {
  if (/^ACo[A-Za-z0-9_-]{10,}$/.test(key)) return '';
  return key
    .split(/[-_]+/)
    .filter((part) => part !== '' && !/\d/.test(part))
    .map((part) => part.charAt(0).toLocaleUpperCase() + part.slice(1))
    .join(' ');
}

/**
 * A link's whole text, as Firefox gives it, includes LinkedIn's text for screen readers:
 * "Jane Roe View Jane Roe’s profile" (or run together). The name in that phrase is the name.
 */
function nameInLinkText(text: string | undefined): string {
  const clean = tidy(text);
  const spoken = /View (.+?)[’']s\s+profile/i.exec(clean);
  return spoken ? spoken[1]!.trim() : clean;
}

/** "(3) Jane Roe | LinkedIn" → "Jane Roe"; '' for a title that is not a profile's. */
function nameInTabTitle(title: string | undefined): string {
  const text = tidy(title).replace(/^\(\d+\+?\)\s*/, '');
  const match = /^(.+?)\s*\|\s*LinkedIn$/.exec(text);
  return match ? match[1]!.trim() : '';
}

function tidy(text: string | undefined): string {
  const clean = (text ?? '').replace(/\s+/g, ' ').trim();
  return clean.length <= MAX_NAME_LENGTH ? clean : '';
}

function sharesAWord(text: string, key: string): boolean {
  const words = new Set(foldForSearch(text).split(/[^\p{L}\p{M}]+/u));
  return foldForSearch(key)
    .split(/[^\p{L}\p{M}]+/u)
    .some((part) => part.length >= 2 && words.has(part));
}
