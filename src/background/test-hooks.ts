import type { LockName } from '../messages';
import { setTestClock, now } from './clock';
import { database } from '../storage/db';
import { getMeta, putMeta } from '../storage/meta';
import { onContextMenuClick, reviewMenuItems } from './review-menu';
import { onSessionAlarm } from './session/session-controller';
import { onReminderAlarm } from './reminder';

/**
 * e2e build only (the import in index.ts sits behind `import.meta.env.MODE === 'e2e'`, so the
 * store build has none of this): lets end-to-end tests drive what a person cannot click in a
 * headless browser (a context menu) and compress time. Reachable only from the worker itself
 * (Playwright's worker.evaluate), never from a web page or a message.
 */
export function installTestHooks(): void {
  (globalThis as unknown as TestHooksGlobal).quietPruneTest = testHooks();
}

function testHooks() {
  return {
    setClock: setTestClock,
    now,
    reviewMenuItems: reviewMenuItems(),
    registeredMenuItems: recordContextMenuCreates(),
    clickContextMenu: onContextMenuClick,
    runSessionStep: onSessionAlarm,
    runReminderAlarm: onReminderAlarm,
    setLocksOff,
  };
}

/** The worker's global as the tests see it (`worker.evaluate` bodies cast `globalThis` to this). */
export interface TestHooksGlobal {
  quietPruneTest: ReturnType<typeof testHooks>;
}

/**
 * The removal locks the next orders switch off (names as in messages.ts: 'card', 'menu',
 * 'button-label', 'dialog', 'list-diff'; [] for none). Stored, so it outlives the service worker;
 * the session controller sends it in each `removal/perform` order (e2e build only), and the
 * content script of the e2e build honours it (src/content/removal/lock-switch.ts).
 */
export async function setLocksOff(names: LockName[]): Promise<void> {
  await putMeta(await database(), 'testLocksOff', [...names]);
}

export async function locksOff(): Promise<LockName[]> {
  return getMeta(await database(), 'testLocksOff');
}

/** One chrome.contextMenus.create call as Chrome received it, and Chrome's answer. */
export interface RegisteredMenuItem {
  properties: chrome.contextMenus.CreateProperties;
  /** chrome.runtime.lastError of the call (say, an invalid URL pattern); null when Chrome accepted it. */
  error: string | null;
}

/**
 * Chrome cannot list an extension's context menu items, so the tests see what was registered by
 * recording every chrome.contextMenus.create call with Chrome's verdict. Installed while the worker
 * script first runs, before onInstalled registers the menu.
 */
function recordContextMenuCreates(): () => RegisteredMenuItem[] {
  // chrome.*, not browser.*: this wraps the underlying API the polyfill calls through to, and
  // Chrome's verdict is chrome.runtime.lastError in the callback, which the polyfill hides.
  const calls: RegisteredMenuItem[] = [];
  const menus = chrome.contextMenus;
  const create = menus.create.bind(menus);
  menus.create = (properties: chrome.contextMenus.CreateProperties, callback?: () => void) => {
    const call: RegisteredMenuItem = { properties: structuredClone(properties), error: null };
    calls.push(call);
    return create(properties, () => {
      call.error = chrome.runtime.lastError?.message ?? null;
      callback?.();
    });
  };
  return () => calls.map((call) => structuredClone(call));
}
