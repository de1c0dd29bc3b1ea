import browser from 'webextension-polyfill';
import { CONNECTIONS_URL, isConnectionsPageUrl } from '../linkedin/connections-page';

/**
 * The one page QuietPrune works on. It focuses an open Connections tab or opens one; it never
 * opens any other LinkedIn page (a profile visit can be seen by the person).
 */
export async function findConnectionsTabs(): Promise<browser.Tabs.Tab[]> {
  const tabs = await browser.tabs.query({
    url: 'https://www.linkedin.com/mynetwork/invite-connect/connections/*',
  });
  return tabs.filter((tab) => tab.id !== undefined && isConnectionsPageUrl(tab.url ?? ''));
}

export async function focusOrOpenConnectionsTab(): Promise<browser.Tabs.Tab> {
  const [existing] = await findConnectionsTabs();
  if (existing?.id !== undefined) {
    await browser.tabs.update(existing.id, { active: true });
    if (existing.windowId !== undefined)
      await browser.windows.update(existing.windowId, { focused: true }).catch(() => undefined);
    return existing;
  }
  return browser.tabs.create({ url: CONNECTIONS_URL, active: true });
}

/**
 * A freshly loaded Connections page, scrolled to the top: what a sync must start from. A page
 * left open since the last sync still shows the old list and total (people who left are still on
 * it) and may sit at the bottom of its scroll pane, so an open tab is loaded again, as a person
 * would press reload.
 */
export async function openFreshConnectionsPage(): Promise<browser.Tabs.Tab> {
  const [existing] = await findConnectionsTabs();
  if (existing?.id === undefined) return browser.tabs.create({ url: CONNECTIONS_URL, active: true });
  if (existing.windowId !== undefined)
    await browser.windows.update(existing.windowId, { focused: true }).catch(() => undefined);
  return browser.tabs.update(existing.id, { url: CONNECTIONS_URL, active: true });
}

export async function tabIsOnConnectionsPage(tabId: number): Promise<boolean> {
  try {
    const tab = await browser.tabs.get(tabId);
    return isConnectionsPageUrl(tab.url ?? '');
  } catch {
    return false; // closed
  }
}
