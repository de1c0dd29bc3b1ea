import browser from 'webextension-polyfill';
import { database } from '../storage/db';
import { getMeta } from '../storage/meta';
import { localeTag, resolveLanguage, setLanguage, t, type LoadWords } from './i18n';
import type { MessageKey } from './message-keys';

/**
 * Before a page renders: the language of its words (the person's setting, else the browser's),
 * set on <html lang> for screen readers and spell checking, and the page's title in it. A page
 * whose settings cannot be read still opens, in the browser's language.
 */
export async function startPageInLanguage(titleKey: MessageKey & `title_${string}`): Promise<void> {
  let setting;
  try {
    setting = (await getMeta(await database(), 'settings')).language;
  } catch {
    setting = undefined;
  }
  await setLanguage(resolveLanguage(setting, browserLanguage()), wordsFromExtension);
  document.documentElement.lang = localeTag();
  document.title = t(titleKey);
}

/** The browser's UI language ("de", "pt-BR"); undefined outside an extension page. */
export function browserLanguage(): string | undefined {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return undefined;
  }
}

/** A language's words, read from the extension's own `_locales` (pages and the worker alike). */
export const wordsFromExtension: LoadWords = async (language) => {
  const response = await fetch(browser.runtime.getURL(`_locales/${language}/messages.json`));
  if (!response.ok)
    throw new Error(`QuietPrune's words for ${language} could not be read (${response.status}).`);
  return (await response.json()) as Record<string, unknown>;
};
