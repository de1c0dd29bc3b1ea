import browser from 'webextension-polyfill';

/**
 * The panel beside the page where the session shows while it runs (src/sidepanel/): Chrome's
 * side panel, Firefox's sidebar (`sidebar_action` in the Firefox manifest,
 * scripts/firefox-manifest.ts). The webextension-polyfill has no `sidePanel`, so this is the one
 * place that reaches for `chrome`; Firefox's `browser.sidebarAction` needs no polyfill.
 *
 * Both open only inside a user gesture: the call must be made in the click's own task, before
 * any `await`. So the window to open Chrome's panel in is looked up beforehand (`rememberWindow`,
 * when the popup loads), and `openSessionPanel` calls `open` synchronously (Firefox's opens in
 * the current window and needs none). Opening can fail (no gesture, an old browser, a popup
 * opened as a tab in a test): the session does not depend on the panel (the popup shows the same
 * view), so a failure is only reported.
 */
let windowId: number | null = null;

function sidePanelApi(): typeof chrome.sidePanel | null {
  return typeof chrome !== 'undefined' && chrome.sidePanel ? chrome.sidePanel : null;
}

/** Firefox's sidebar API; undefined in Chrome (the polyfill has no such namespace there). */
function sidebarApi(): typeof browser.sidebarAction | null {
  return (browser as Partial<typeof browser>).sidebarAction ?? null;
}

/** Looks up the window this page belongs to, ready for a later `openSessionPanel`. */
export function rememberWindow(): void {
  if (typeof chrome === 'undefined' || !chrome.windows) return;
  chrome.windows.getCurrent().then(
    (window) => {
      if (window.id !== undefined) windowId = window.id;
    },
    () => undefined,
  );
}

/**
 * Opens the session panel in this page's window. Call it directly from a click handler. Resolves
 * to whether the browser opened it.
 */
export function openSessionPanel(): Promise<boolean> {
  try {
    const sidebar = sidebarApi();
    if (sidebar)
      return sidebar.open().then(
        () => true,
        () => false,
      );
    const api = sidePanelApi();
    if (!api || windowId === null) return Promise.resolve(false);
    return api.open({ windowId }).then(
      () => true,
      () => false,
    );
  } catch {
    return Promise.resolve(false);
  }
}
