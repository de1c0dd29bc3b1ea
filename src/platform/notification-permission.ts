import browser from 'webextension-polyfill';

/**
 * The optional notifications permission (issue 13), as the extension's pages ask for it. The
 * browser shows its prompt only for a call made during the person's click (Chrome and Firefox
 * alike), so `askForNotifications` must be called before anything else is awaited in the click's
 * handler: the polyfill passes the call on to the browser synchronously.
 */
export const NOTIFICATIONS: browser.Permissions.Permissions = { permissions: ['notifications'] };

/** Asks the browser (its own prompt); true when QuietPrune may now show notifications. */
export function askForNotifications(): Promise<boolean> {
  return browser.permissions.request(NOTIFICATIONS).catch(() => false);
}

/** Whether the permission is held now (it can be taken back in the browser's settings at any time). */
export function hasNotifications(): Promise<boolean> {
  return browser.permissions.contains(NOTIFICATIONS).catch(() => false);
}
