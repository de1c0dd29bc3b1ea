import { setTestClock, now } from './clock';
import { onContextMenuClick, REVIEW_MENU_ITEMS } from './review-menu';
import { onSessionAlarm } from './session/session-controller';

/**
 * e2e build only (the import in index.ts sits behind `import.meta.env.MODE === 'e2e'`, so the
 * store build has none of this): lets end-to-end tests drive what a person cannot click in a
 * headless browser (a context menu) and compress time. Reachable only from the worker itself
 * (Playwright's worker.evaluate), never from a web page or a message.
 */
export function installTestHooks(): void {
  (globalThis as unknown as { quietPruneTest: unknown }).quietPruneTest = {
    setClock: setTestClock,
    now,
    reviewMenuItems: REVIEW_MENU_ITEMS,
    clickContextMenu: onContextMenuClick,
    runSessionStep: onSessionAlarm,
  };
}
