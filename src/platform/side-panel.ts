/**
 * Chrome's side panel, where the session shows while it runs (src/sidepanel/). The
 * webextension-polyfill has no `sidePanel`, so this is the one place that reaches for `chrome`.
 *
 * `chrome.sidePanel.open` works only inside a user gesture: it must be called in the click's own
 * task, before any `await`. So the window to open it in is looked up beforehand
 * (`rememberWindow`, when the popup loads), and `openSessionPanel` calls `open` synchronously.
 * Opening can fail (no gesture, an old Chrome, a popup opened as a tab in a test): the session
 * does not depend on the panel (the popup shows the same view), so a failure is only reported.
 */
let windowId: number | null = null;

function sidePanelApi(): typeof chrome.sidePanel | null {
  return typeof chrome !== 'undefined' && chrome.sidePanel ? chrome.sidePanel : null;
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
 * to whether Chrome opened it.
 */
export function openSessionPanel(): Promise<boolean> {
  const api = sidePanelApi();
  if (!api || windowId === null) return Promise.resolve(false);
  try {
    return api.open({ windowId }).then(
      () => true,
      () => false,
    );
  } catch {
    return Promise.resolve(false);
  }
}
