import en from '../../public/_locales/en/messages.json';
import type { MessageKey, MessageSubs, PluralBase, PluralSubs } from './message-keys';
import { UI_LANGUAGES, type LanguageSetting } from '../core/settings';

/**
 * The extension's own words, in the user's language (docs/i18n.md). The texts are Chrome's
 * `_locales/<lang>/messages.json` (public/_locales, copied to the build's root, where the browser
 * reads the manifest's name and description from them); the pages and the worker read the same
 * files through this module rather than `chrome.i18n.getMessage`, because that follows the
 * browser's language only and cannot be switched at run time: the person's choice in Options
 * (settings.language) and the tests need it to.
 *
 * `t(key, ...subs)` is typed by the generated src/ui/message-keys.ts: a key missing from the
 * English file, or the wrong number of substitutions, is a compile error. Plurals: Chrome's format
 * has none, so a counted message is a family of keys `<base>_one`, `<base>_other` (and, in a
 * language that has them, any other category of Intl.PluralRules: `_few`, `_many`...), and
 * `tp(base, count, ...subs)` picks the key by the language's plural rule, falling back to
 * `_other`. The count is always the first substitution, written with the language's digits.
 */

export const LANGUAGES = UI_LANGUAGES;
export type Language = (typeof LANGUAGES)[number];

interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
type Messages = Record<string, MessageEntry | undefined>;

/**
 * English is in every bundle (the default, and the words shown for any key a language lacks); any
 * other language is read when chosen, from the build's own `_locales` files (those the browser
 * reads the manifest's words from), so no bundle carries six languages' words. Read by the caller's
 * `load` (ui/page-language.ts: fetched from the extension; unit tests: from disk), since a service
 * worker may not `import()` and this module must not know the browser.
 */
const CATALOG: Partial<Record<Language, Messages>> & { en: Messages } = { en };

/** Reads one language's messages.json. */
export type LoadWords = (language: Language) => Promise<Record<string, unknown>>;

/** Each language's own name, written in it (the language picker shows these untranslated). */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  pt_BR: 'Português (Brasil)',
  tr: 'Türkçe',
};

let current: Language = 'en';

/** The BCP 47 tag Intl wants for a language: pt_BR -> "pt-BR". */
export function localeTag(language: Language = current): string {
  return language.replace('_', '-');
}

/**
 * Which of our languages fits a browser language ("de-AT" -> de, "pt" -> pt_BR, "pt-PT" ->
 * pt_BR, "ja" -> en): the exact tag first, then the language without its region.
 */
export function languageFor(tag: string | undefined): Language {
  if (!tag) return 'en';
  const normal = tag.replace('-', '_').toLowerCase();
  const exact = LANGUAGES.find((language) => language.toLowerCase() === normal);
  if (exact) return exact;
  const base = normal.split('_')[0];
  return LANGUAGES.find((language) => language.split('_')[0] === base) ?? 'en';
}

/** The language in use: the person's setting, or (for 'auto' or none) the browser's. */
export function resolveLanguage(
  setting: LanguageSetting | undefined,
  browserTag: string | undefined,
): Language {
  return setting && setting !== 'auto' ? setting : languageFor(browserTag);
}

/** Uses a language from now on, once its words are loaded (English is always there). */
export async function setLanguage(language: Language, load?: LoadWords): Promise<void> {
  if (!CATALOG[language]) {
    if (!load) throw new Error(`The words for ${language} are not loaded.`);
    try {
      CATALOG[language] = (await load(language)) as Messages;
    } catch {
      // Words that cannot be read must not keep a page (or the worker) from working: English then.
      current = 'en';
      return;
    }
  }
  current = language;
}

export function currentLanguage(): Language {
  return current;
}

export type Sub = string | number;

/** A message with its substitutions; numbers are written in the language's own way. */
export function t<K extends MessageKey>(key: K, ...subs: MessageSubs[K]): string {
  return render(entryFor(key), subs as readonly Sub[]);
}

/** A counted message: `<base>_<category>` by the language's plural rule; the count is `$1`. */
export function tp<B extends PluralBase>(base: B, count: number, ...subs: PluralSubs[B]): string {
  const category = new Intl.PluralRules(localeTag()).select(count);
  const messages = CATALOG[current] ?? CATALOG.en;
  const key = messages[`${base}_${category}`] ? `${base}_${category}` : `${base}_other`;
  return render(entryFor(key), [count, ...(subs as readonly Sub[])]);
}

function entryFor(key: string): MessageEntry {
  // English is complete by construction (the key type comes from it); a language file that lacks
  // a key fails tests/unit/locales.test.ts, and at run time shows the English words, not a hole.
  const entry = CATALOG[current]?.[key] ?? CATALOG.en[key];
  if (!entry) throw new Error(`No message "${key}"`);
  return entry;
}

/**
 * Chrome's substitution rules: `$NAME$` is the placeholder's content, in which `$1`..`$9` are the
 * substitutions; `$$` is a dollar sign. Placeholder names are case-insensitive.
 */
function render(entry: MessageEntry, subs: readonly Sub[]): string {
  const placeholders = new Map(
    Object.entries(entry.placeholders ?? {}).map(([name, value]) => [name.toLowerCase(), value.content]),
  );
  const positional = (text: string) =>
    text.replace(/\$(\d)/g, (_, digit: string) => {
      const sub = subs[Number(digit) - 1];
      return sub === undefined ? '' : typeof sub === 'number' ? formatNumber(sub) : sub;
    });
  return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$/g, (whole, name: string | undefined) =>
    name === undefined ? '$' : positional(placeholders.get(name.toLowerCase()) ?? whole),
  );
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** 30000 -> "30,000" in English, "30.000" in German, "30 000" in French. */
export function formatNumber(n: number): string {
  const tag = localeTag();
  let format = numberFormats.get(tag);
  if (!format) {
    format = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
    numberFormats.set(tag, format);
  }
  return format.format(Math.round(n));
}
