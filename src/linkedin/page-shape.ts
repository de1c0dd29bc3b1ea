/**
 * A "page shape": the structure of LinkedIn's page with nothing personal left in it, for a bug
 * report when QuietPrune does not recognise the page (markup drift is what breaks tools like this
 * one). Kept: tag names, attribute names, roles and the other enumerated ARIA values, the
 * `data-view-name` and `data-testid` values, `componentkey` prefixes ("ConnectionCard_"), class
 * names that are words (not hashes), which ids point at which (aria-controls to a menu), and
 * aria-labels and placeholders with every known name masked. Replaced: every text, name, URL, id
 * and number. Pure DOM reading (tests run it on jsdom).
 *
 * Masking names in labels is by the names the page lists (passed in) and, as a second net, any
 * capitalised word after a label's first word ("Photo of Max Mustermann" -> "Photo of {name}
 * {name}"); digits are never kept anywhere. Text nodes are never kept at all, so only labels can
 * carry a name, and those go through both nets.
 */

export interface PageShape {
  format: 'quietprune-page-shape/1';
  extensionVersion: string;
  /** The layout QuietPrune guessed ('current', 'classic') or null when none matched. */
  layoutGuess: string | null;
  /** `<html lang>`: a language code, kept (not personal). */
  lang: string;
  /** Which step did not recognise the page ("rehearsal: menu", "sync", "session: no-remove-item"). */
  failedStep: string;
  /** Which kind of LinkedIn page, by path pattern only. */
  page: string;
  /** The outline, one element a line, indented. */
  outline: string;
}

export interface ShapeOptions {
  /** Names shown on the page (cards, queued people): masked wherever a label holds them. */
  names: readonly string[];
  /** At most this many elements (the rest is cut, said at the end). */
  maxElements?: number;
  /** A run of this many siblings with the same tag is cut to its first three. */
  maxAlike?: number;
}

/** Subtrees whose content is never structure: scripts, styles, drawings, embedded documents. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'link', 'meta', 'iframe', 'head']);
const EMPTY_INSIDE = new Set(['svg', 'img', 'video', 'canvas', 'picture']);
/** Attributes whose values are a small set of words the page's code chooses, never a person's. */
const ENUMERATED = new Set([
  'role',
  'type',
  'dir',
  'open',
  'hidden',
  'disabled',
  'tabindex',
  'data-view-name',
  'data-testid',
  'data-display-contents',
  'aria-expanded',
  'aria-hidden',
  'aria-modal',
  'aria-haspopup',
  'aria-selected',
  'aria-checked',
  'aria-disabled',
  'aria-live',
  'aria-busy',
  'aria-current',
  'aria-orientation',
  'aria-autocomplete',
  'autocomplete',
  'contenteditable',
  'draggable',
]);
/** Attributes that name an element by id: the tie is kept, the id replaced. */
const ID_REFERENCES = new Set([
  'id',
  'for',
  'aria-controls',
  'aria-labelledby',
  'aria-describedby',
  'aria-owns',
]);
/** Attributes that are labels: kept with names masked. */
const LABELS = new Set(['aria-label', 'placeholder', 'aria-placeholder', 'aria-roledescription']);
const URLS = new Set(['href', 'src', 'srcset', 'action', 'poster', 'data-src']);

/** Letters for the n-th placeholder id: a, b, ... z, aa, ab (no digits, so no number leaks). */
function letters(n: number): string {
  let out = '';
  let rest = n;
  do {
    out = String.fromCharCode(97 + (rest % 26)) + out;
    rest = Math.floor(rest / 26) - 1;
  } while (rest >= 0);
  return out;
}

const quote = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const NO_DIGITS = (text: string) => text.replace(/\p{N}+/gu, '#');

/** A word: letters, marks, apostrophes, hyphens (as in names: "O'Brien", "Jean-Luc"). */
const WORD = /[\p{L}\p{M}'’-]+/gu;
const fold = (text: string) => text.normalize('NFC').toLocaleLowerCase();

/** Masks every known name and every name-like word (capitalised, after the first word) of a label. */
export function maskLabel(label: string, names: readonly string[]): string {
  const known = new Set<string>();
  for (const name of names)
    for (const word of name.normalize('NFC').match(WORD) ?? []) if (word.length > 1) known.add(fold(word));
  const words = Array.from(label.normalize('NFC').matchAll(WORD), (m) => m[0]);
  const capitalised = (word: string | undefined) => word !== undefined && /^\p{Lu}/u.test(word);
  let at = 0;
  const masked = label.normalize('NFC').replace(WORD, (word) => {
    const i = at++;
    if (known.has(fold(word))) return '{name}';
    // A capitalised word inside a label is a name more often than not ("for Jane"); an unknown
    // name must never pass. The first word is a label's own capital ("Show more actions") unless
    // the next is capitalised too ("Jane Doe's photo").
    if (capitalised(word) && (i > 0 || capitalised(words[1]))) return '{name}';
    return word;
  });
  // Scripts without case (Arabic, CJK...) rely on the known names; the rest of the label stays.
  // A name's words come out as one placeholder: how many words a name has is the person's too.
  return NO_DIGITS(masked.replace(/\{name\}(?:\s+\{name\})+/g, '{name}'));
}

/** A `componentkey`'s prefix ("ConnectionCard_12-ab3" -> "ConnectionCard_"), the rest a placeholder. */
export function componentKeyPrefix(value: string): string {
  const prefix = /^[A-Za-z]+(?:[_-]|(?=\d)|$)/.exec(value)?.[0] ?? '';
  return prefix === value ? prefix : `${prefix}{key}`;
}

/** A class list with hashed names replaced: words a person wrote stay, generated ones do not. */
function classShape(value: string): string {
  return value
    .split(/\s+/)
    .filter((c) => c !== '')
    .map((c) => (/^[a-z]+(?:[-_]{1,2}[a-z]+)*$/i.test(c) ? c : '{hash}'))
    .join(' ');
}

/** What kind of link: a profile, a LinkedIn page by its first path word, or elsewhere. Never the URL. */
function urlShape(value: string): string {
  const path = /^(?:https?:\/\/[^/]*linkedin\.com)?(\/[a-z-]+\/)/i.exec(value.trim())?.[1];
  if (path === '/in/') return '{profile-url}';
  if (path && /^\/[a-z-]+\/$/i.test(path)) return `${path.toLowerCase()}{rest}`;
  return '{url}';
}

/**
 * The outline of `root`: one element a line, with kept and replaced attributes, and `{text}` where
 * an element holds text of its own.
 */
export function outlineOf(root: Element, options: ShapeOptions): string {
  const maxElements = options.maxElements ?? 3000;
  const maxAlike = options.maxAlike ?? 8;
  const ids = new Map<string, string>();
  const idFor = (id: string) => {
    let placeholder = ids.get(id);
    if (!placeholder) ids.set(id, (placeholder = `id-${letters(ids.size)}`));
    return placeholder;
  };
  const lines: string[] = [];
  let count = 0;
  let cut = false;

  function attributeShape(name: string, value: string): string {
    if (value === '') return name;
    if (ENUMERATED.has(name)) return `${name}="${quote(NO_DIGITS(value))}"`;
    if (ID_REFERENCES.has(name))
      return `${name}="${value
        .split(/\s+/)
        .filter((v) => v !== '')
        .map(idFor)
        .join(' ')}"`;
    if (LABELS.has(name)) return `${name}="${quote(maskLabel(value, options.names))}"`;
    if (name === 'componentkey') return `${name}="${quote(NO_DIGITS(componentKeyPrefix(value)))}"`;
    if (name === 'class') return `${name}="${classShape(value)}"`;
    if (URLS.has(name)) return `${name}="${urlShape(value)}"`;
    return `${name}="{value}"`;
  }

  function walk(element: Element, depth: number): void {
    const tag = element.tagName.toLowerCase();
    if (SKIPPED.has(tag)) return;
    if (count >= maxElements) {
      cut = true;
      return;
    }
    count++;
    const attributes = Array.from(element.attributes)
      .filter((a) => !a.name.startsWith('on'))
      .map((a) => attributeShape(a.name.toLowerCase(), a.value));
    const ownText = Array.from(element.childNodes).some(
      (n) => n.nodeType === 3 && (n.textContent ?? '').trim() !== '',
    );
    const pad = '  '.repeat(Math.min(depth, 40));
    lines.push(`${pad}<${[tag, ...attributes].join(' ')}>${ownText ? '{text}' : ''}`);
    if (EMPTY_INSIDE.has(tag)) return;
    const children = Array.from(element.children);
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      // Long runs of alike siblings (list rows) say no more after the first few.
      let alike = 0;
      for (let j = i - 1; j >= 0 && children[j]!.tagName === child.tagName; j--) alike++;
      if (alike >= maxAlike) {
        let end = i;
        while (end < children.length && children[end]!.tagName === child.tagName) end++;
        lines.push(`${pad}  <!-- more <${child.tagName.toLowerCase()}> like these -->`);
        i = end - 1;
        continue;
      }
      walk(child, depth + 1);
    }
  }

  walk(root, 0);
  if (cut) lines.push('<!-- cut here: the page is longer -->');
  return lines.join('\n');
}

/** Which LinkedIn page, by its path's words only (no slug, id or number). */
export function pageKind(pathname: string): string {
  if (/^\/mynetwork\/invite-connect\/connections\/?/.test(pathname))
    return '/mynetwork/invite-connect/connections/';
  const first = /^\/([a-z-]+)\//i.exec(pathname)?.[1];
  return first ? `/${first.toLowerCase()}/{rest}` : '/{rest}';
}

/** The whole page-shape record of a document. */
export function pageShapeOf(
  document: Document,
  context: {
    extensionVersion: string;
    layoutGuess: string | null;
    failedStep: string;
    names: readonly string[];
  },
): PageShape {
  const lang = document.documentElement.lang || '';
  return {
    format: 'quietprune-page-shape/1',
    extensionVersion: context.extensionVersion,
    layoutGuess: context.layoutGuess,
    lang: /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/.test(lang) ? lang : '{lang}',
    failedStep: context.failedStep,
    page: pageKind(document.location?.pathname ?? ''),
    outline: outlineOf(document.body ?? document.documentElement, { names: context.names }),
  };
}
