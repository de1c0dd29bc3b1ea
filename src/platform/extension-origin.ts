import browser from 'webextension-polyfill';

/**
 * Where the extension's own pages live: `chrome-extension://<id>` in Chrome,
 * `moz-extension://<uuid>` in Firefox (a uuid per profile, not the add-on id). The worker checks a
 * message's sender against it (background/sender-check.ts).
 */
export function extensionPagesOrigin(): string {
  const root = new URL(browser.runtime.getURL(''));
  return `${root.protocol}//${root.host}`;
}
