/**
 * Which browser this build is for, and what differs there. Set at build time: the Firefox build
 * (vite.firefox.config.ts) defines `import.meta.env.VITE_BROWSER` as 'firefox', Chrome's build
 * leaves it unset. The rest of the code asks these names, never the browser itself, so every
 * difference between the two is listed here or in the manifest's generation
 * (scripts/firefox-manifest.ts). README, "Firefox".
 */
export type TargetBrowser = 'chrome' | 'firefox';

export const TARGET_BROWSER: TargetBrowser =
  import.meta.env.VITE_BROWSER === 'firefox' ? 'firefox' : 'chrome';

/**
 * Firefox's notifications have no buttons (its notifications schema marks `buttons`
 * unsupported): there the reminder is a plain notification, and a click on it opens the queue,
 * as a click on Chrome's does (background/reminder.ts). Starting a session then takes the
 * popup's own Start button.
 */
export const NOTIFICATION_BUTTONS = TARGET_BROWSER === 'chrome';

/** A notification's options as a browser takes them: without buttons where it has none. */
export function notificationOptionsFor<T extends { buttons?: unknown }>(
  target: TargetBrowser,
  options: T,
): T {
  if (target === 'chrome' || options.buttons === undefined) return options;
  const { buttons: _buttons, ...rest } = options;
  return rest as T;
}

/** A notification's options as this build's browser takes them. */
export function forThisBrowser<T extends { buttons?: unknown }>(options: T): T {
  return notificationOptionsFor(TARGET_BROWSER, options);
}
