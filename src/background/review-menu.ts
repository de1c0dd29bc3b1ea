import browser from 'webextension-polyfill';
import { normaliseProfileUrl } from '../linkedin/profile-url';
import { nameFromClick } from '../core/review-name';
import { database } from '../storage/db';
import { connectionByKey } from '../storage/queries';
import { t } from '../ui/i18n';

/**
 * Right-click "Review this connection" on a link to a profile, or on a profile page itself.
 * It opens QuietPrune's review of that person from what is already stored, never by requesting
 * their profile (a visit can be seen by them). The name of someone not stored comes from the click
 * itself (core/review-name.ts), never from the page: QuietPrune has no `scripting` permission.
 */
export const REVIEW_MENU_IDS = ['review-connection-link', 'review-connection-page'] as const;

/** The items, titled in the language in use (registered again when it changes: language.ts). */
export const reviewMenuItems = (): browser.Menus.CreateCreatePropertiesType[] => [
  {
    id: REVIEW_MENU_IDS[0],
    title: t('menu_review'),
    contexts: ['link'],
    targetUrlPatterns: ['https://www.linkedin.com/in/*', 'https://linkedin.com/in/*'],
    documentUrlPatterns: ['https://www.linkedin.com/*'],
  },
  {
    id: REVIEW_MENU_IDS[1],
    title: t('menu_review'),
    contexts: ['page'],
    documentUrlPatterns: ['https://www.linkedin.com/in/*'],
  },
];

export function registerContextMenu(): void {
  void browser.contextMenus.removeAll().then(() => {
    for (const item of reviewMenuItems()) browser.contextMenus.create(item);
  });
}

/** The items keep their place; only their title follows a new language. */
export async function retitleContextMenu(): Promise<void> {
  for (const id of REVIEW_MENU_IDS) await browser.contextMenus.update(id, { title: t('menu_review') });
}

export function reviewPagePath(profileUrl: string, name: string): string {
  return `src/popup/index.html?review=${encodeURIComponent(profileUrl)}&name=${encodeURIComponent(name)}`;
}

export interface MenuClickInfo {
  menuItemId: string | number;
  linkUrl?: string;
  pageUrl?: string;
  frameId?: number;
  selectionText?: string;
  /** Firefox only: Chrome's click data carries no link text (core/review-name.ts says what is used then). */
  linkText?: string;
}

export async function onContextMenuClick(
  info: MenuClickInfo,
  tab?: { id?: number; url?: string; title?: string },
): Promise<{ opened: 'popup' | 'tab' | null; path?: string }> {
  if (!REVIEW_MENU_IDS.some((id) => id === info.menuItemId)) return { opened: null };
  const onLink = info.menuItemId === 'review-connection-link';
  const target = onLink ? info.linkUrl : info.pageUrl;
  const profile = normaliseProfileUrl(target ?? '');
  if (!profile) return { opened: null };
  const known = await connectionByKey(await database(), profile.key);
  const name =
    known?.name ||
    nameFromClick({
      key: profile.key,
      linkText: info.linkText,
      selectionText: onLink ? info.selectionText : undefined,
      profileTabTitle:
        !onLink && tab?.url !== undefined && normaliseProfileUrl(tab.url)?.key === profile.key
          ? tab.title
          : undefined,
    });
  const path = reviewPagePath(profile.url, name);
  // The popup is the natural place; Chrome lets an extension open it only in some contexts.
  try {
    await browser.action.setPopup({ popup: path });
    await browser.action.openPopup();
    return { opened: 'popup', path };
  } catch {
    await browser.tabs.create({ url: browser.runtime.getURL(path) });
    return { opened: 'tab', path };
  } finally {
    await browser.action.setPopup({ popup: 'src/popup/index.html' });
  }
}
