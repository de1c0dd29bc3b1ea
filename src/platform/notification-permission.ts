/**
 * The optional notifications permission (issue 13), as the extension's pages ask for it. Chrome
 * shows its prompt only for a call made during the person's click, so `askForNotifications` must
 * be called before anything else is awaited in the click's handler.
 */
export const NOTIFICATIONS: chrome.permissions.Permissions = { permissions: ['notifications'] };

/** Asks Chrome (its own prompt); true when QuietPrune may now show notifications. */
export function askForNotifications(): Promise<boolean> {
  return chrome.permissions.request(NOTIFICATIONS).catch(() => false);
}

/** Whether the permission is held now (it can be taken back in Chrome's settings at any time). */
export function hasNotifications(): Promise<boolean> {
  return chrome.permissions.contains(NOTIFICATIONS).catch(() => false);
}
