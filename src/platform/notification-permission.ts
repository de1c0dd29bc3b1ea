/**
 * The optional notifications permission (issue 13), as the extension's pages ask for it. The
 * browser shows its prompt only for a call made during the person's click, so
 * `askForNotifications` must be called before anything else is awaited in the click's handler.
 * `chrome.permissions` answers with a promise in Chrome and in Firefox (MV3) alike; the Firefox
 * tests check it there (tests/e2e-firefox/firefox.test.ts).
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
