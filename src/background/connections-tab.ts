import browser from 'webextension-polyfill';
import { CONNECTIONS_URL, isConnectionsPageUrl } from '../linkedin/connections-page';

/**
 * The one page QuietPrune works on. It focuses an open Connections tab or opens one; it never
 * opens any other LinkedIn page (a profile visit can be seen by the person).
 */
export async function findConnectionsTabs(): Promise<browser.Tabs.Tab[]> {
  const tabs = await browser.tabs.query({ url: 'https://www.linkedin.com/mynetwork/invite-connect/connections/*' });
  return tabs.filter((tab) => tab.id !== undefined && isConnectionsPageUrl(tab.url ?? ''));
}

export async function focusOrOpenConnectionsTab(): Promise<browser.Tabs.Tab> {
  const [existing] = await findConnectionsTabs();
  if (existing?.id !== undefined) {
    await browser.tabs.update(existing.id, { active: true });
    if (existing.windowId !== undefined) await browser.windows.update(existing.windowId, { focused: true }).catch(() => undefined);
    return existing;
  }
  return browser.tabs.create({ url: CONNECTIONS_URL, active: true });
}

export async function tabIsOnConnectionsPage(tabId: number): Promise<boolean> {
  try {
    const tab = await browser.tabs.get(tabId);
    return isConnectionsPageUrl(tab.url ?? '');
  } catch {
    return false; // closed
  }
}
