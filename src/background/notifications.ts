import { forThisBrowser } from '../platform/browser-features';
import { hasNotifications } from '../platform/notification-permission';

/**
 * Notifications are an optional permission (issue 13): asked for when the person turns on the
 * daily reminder, never at install. Every call goes through here, checks that the permission is
 * held now (the person may have granted it, or taken it back in chrome://extensions, at any time)
 * and does nothing without it. Nothing depends on a notification being seen: a safety stop shows
 * in the toolbar badge and the popup whether or not one is shown.
 */

/** Whether QuietPrune may show notifications now. */
export async function mayNotify(): Promise<boolean> {
  if (typeof chrome.notifications === 'undefined') return false;
  return hasNotifications();
}

/** Shows a notification if allowed; false when it was not shown. */
export async function notify(
  id: string,
  options: chrome.notifications.NotificationCreateOptions,
): Promise<boolean> {
  if (!(await mayNotify())) return false;
  // Firefox's notifications have no buttons (platform/browser-features.ts).
  return chrome.notifications.create(id, forThisBrowser(options)).then(
    () => true,
    () => false,
  );
}

export async function clearNotification(id: string): Promise<void> {
  if (!(await mayNotify())) return;
  await chrome.notifications.clear(id).catch(() => undefined);
}

/** Clears every notification QuietPrune is showing (Delete all data): the number cleared. */
export async function clearAllNotifications(): Promise<number> {
  if (!(await mayNotify())) return 0;
  const shown = Object.keys(await chrome.notifications.getAll());
  await Promise.all(shown.map((id) => chrome.notifications.clear(id).catch(() => false)));
  return shown.length;
}

/**
 * Listens to clicks on notifications. The API exists in the worker only while the permission is
 * held: the listeners are added at start-up when it is, and when the person grants it later.
 */
export function listenToNotifications(
  onButton: (id: string, buttonIndex: number) => void,
  onClick: (id: string) => void,
): void {
  let listening = false;
  const listen = () => {
    if (listening || typeof chrome.notifications === 'undefined') return;
    listening = true;
    chrome.notifications.onButtonClicked.addListener(onButton);
    chrome.notifications.onClicked.addListener(onClick);
  };
  listen();
  chrome.permissions.onAdded.addListener((added) => {
    if (added.permissions?.includes('notifications')) listen();
  });
}
