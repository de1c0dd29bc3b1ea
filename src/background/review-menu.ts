import browser from 'webextension-polyfill';
import { normaliseProfileUrl } from '../linkedin/profile-url';
import { database } from '../storage/db';
import { connectionByKey } from '../storage/queries';

/**
 * Right-click "Review this connection" on a link to a profile, or on a profile page itself.
 * It opens QuietPrune's review of that person from what is already stored, never by requesting
 * their profile (a visit can be seen by them).
 */
export const REVIEW_MENU_ITEMS: browser.Menus.CreateCreatePropertiesType[] = [
  {
    id: 'review-connection-link',
    title: 'Review this connection',
    contexts: ['link'],
    targetUrlPatterns: ['https://www.linkedin.com/in/*', 'https://linkedin.com/in/*'],
    documentUrlPatterns: ['https://www.linkedin.com/*'],
  },
  {
    id: 'review-connection-page',
    title: 'Review this connection',
    contexts: ['page'],
    documentUrlPatterns: ['https://www.linkedin.com/in/*'],
  },
];

export function registerContextMenu(): void {
  void browser.contextMenus.removeAll().then(() => {
    for (const item of REVIEW_MENU_ITEMS) browser.contextMenus.create(item);
  });
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
  /** Firefox only: Chrome's click data carries no link text (the name is then read from the page). */
  linkText?: string;
}

export async function onContextMenuClick(
  info: MenuClickInfo,
  tab?: { id?: number },
): Promise<{ opened: 'popup' | 'tab' | null; path?: string }> {
  if (!REVIEW_MENU_ITEMS.some((item) => item.id === info.menuItemId)) return { opened: null };
  const onLink = info.menuItemId === 'review-connection-link';
  const target = onLink ? info.linkUrl : info.pageUrl;
  const profile = normaliseProfileUrl(target ?? '');
  if (!profile) return { opened: null };
  const known = await connectionByKey(await database(), profile.key);
  const name =
    known?.name ||
    (info.linkText ?? '').trim() ||
    (await nameOnPage(tab?.id, info.frameId, profile.key, onLink));
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

/**
 * The name of someone QuietPrune does not know yet, as the page the user right-clicked on shows it:
 * the text of the link to their profile, or on their profile page its heading. Read from the page
 * already open (nothing is requested); '' when it cannot be read.
 */
async function nameOnPage(
  tabId: number | undefined,
  frameId: number | undefined,
  key: string,
  onLink: boolean,
): Promise<string> {
  if (tabId === undefined || tabId < 0) return '';
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [frameId ?? 0] },
      func: readNameInPage as (...args: unknown[]) => unknown,
      args: [key, onLink],
    });
    const name = typeof result?.result === 'string' ? result.result : '';
    return name.replace(/\s+/g, ' ').trim().slice(0, 200);
  } catch {
    return ''; // a page we may not script (another site in a frame, a closed tab): no name, still a review
  }
}

/**
 * INJECTED into the LinkedIn page: uses only its parameters and browser globals. `key` is the
 * normalised profile key (lower-case decoded slug, or a member id as given).
 */
function readNameInPage(key: string, onLink: boolean): string {
  const keyOf = (href: string): string | null => {
    try {
      const segments = new URL(href, location.href).pathname.split('/').filter((s) => s !== '');
      if (segments[0]?.toLowerCase() !== 'in' || !segments[1]) return null;
      const slug = decodeURIComponent(segments[1]).normalize('NFC').trim();
      return /^ACo[A-Za-z0-9_-]{10,}$/.test(slug) ? slug : slug.toLowerCase();
    } catch {
      return null;
    }
  };
  const visibleText = (element: Element): string => {
    const copy = element.cloneNode(true) as Element;
    copy
      .querySelectorAll('.visually-hidden, .sr-only, [hidden], script, style, img, svg')
      .forEach((e) => e.remove());
    return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
  };
  if (!onLink) {
    if (keyOf(location.href) !== key) return '';
    const heading = document.querySelector('main h1, h1');
    return heading ? visibleText(heading) : '';
  }
  for (const link of document.querySelectorAll('a[href]')) {
    if (keyOf(link.getAttribute('href') ?? '') !== key) continue;
    const text = visibleText(link);
    if (text !== '') return text;
  }
  return '';
}
