import { currentLanguage, resolveLanguage, setLanguage } from '../ui/i18n';
import { browserLanguage, wordsFromExtension } from '../ui/page-language';
import { database } from '../storage/db';
import { getMeta } from '../storage/meta';

/**
 * The worker's words (notifications, the badge's title, the menu item, the session's end
 * sentence) in the same language as the pages: settings.language, else the browser's. Read as
 * the worker wakes (it keeps nothing in memory) and again after a settings change; every event
 * handler waits for it, so nothing is worded before the language is known.
 */
let known: Promise<void> | null = null;

export function languageKnown(): Promise<void> {
  return (known ??= followSetting());
}

/** After settings are saved: true when the language in use changed. */
export async function languageChanged(): Promise<boolean> {
  const before = currentLanguage();
  known = followSetting();
  await known;
  return currentLanguage() !== before;
}

async function followSetting(): Promise<void> {
  let setting;
  try {
    setting = (await getMeta(await database(), 'settings')).language;
  } catch {
    setting = undefined; // unreadable settings: the browser's language, and the handler reports the rest
  }
  await setLanguage(resolveLanguage(setting, browserLanguage()), wordsFromExtension);
}
