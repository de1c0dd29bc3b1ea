import browser from 'webextension-polyfill';
/**
 * Whether this page is showing as the toolbar popup or in a normal tab (the review view opens in a
 * tab when Chrome will not open the popup, and tests open pages in tabs). A popup needs a fixed
 * size, because Chrome sizes the popup from its content; a tab should flow with the window.
 */
export function isInPopup(): boolean {
  try {
    return browser.extension.getViews({ type: 'popup' }).includes(window);
  } catch {
    return false; // not an extension page (a unit test, a preview): lay out as a tab
  }
}

/** Marks <html> so the stylesheet can choose fixed popup or fluid tab layout. */
export function markPageContext(): void {
  document.documentElement.classList.add(isInPopup() ? 'in-popup' : 'in-tab');
}
