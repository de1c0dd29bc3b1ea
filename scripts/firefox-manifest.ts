/**
 * Firefox's manifest, generated from the Chrome one (manifest.json, the single source of the
 * name, version, permissions and content script). This and src/platform/ are the only places
 * that know the two browsers differ; vite.firefox.config.ts writes the result into dist-firefox/.
 *
 * What changes, and why:
 * - `background.scripts` (an event page) instead of `service_worker`: Firefox runs MV3
 *   backgrounds as event pages. The worker's code is the same: it already keeps nothing in
 *   memory and registers every listener at the top level, which an event page needs too.
 * - `sidebar_action` instead of `side_panel`, and no `sidePanel` permission (Firefox has neither).
 * - `options_ui` (in a tab) instead of `options_page`, which Firefox reads as the same thing.
 * - `browser_specific_settings.gecko`: the add-on id (signing and storage are keyed by it), the
 *   oldest Firefox that knows `data_collection_permissions`, and that permission set to `none`:
 *   nothing QuietPrune holds ever leaves the browser (docs/privacy.md).
 * - no `minimum_chrome_version` (Firefox ignores it and addons-linter warns).
 * `contextMenus` stays: Firefox takes it as the alias of `menus`, and the code uses that name.
 */
export const GECKO_ID = 'quietprune@quietprune.org';
/** Firefox 140 ESR: the first release that reads `data_collection_permissions`. */
export const FIREFOX_MIN_VERSION = '140.0';
/** Firefox for Android 142: the first to read `data_collection_permissions`. */
export const FIREFOX_ANDROID_MIN_VERSION = '142.0';
/** Where the Firefox build puts the background entry (one module; its chunks sit in assets/). */
export const FIREFOX_BACKGROUND = 'background.js';

/** The part of manifest.json this generation reads (the Chrome manifest has no more keys). */
export interface ChromeManifest {
  manifest_version: 3;
  /** The extension's words (_locales): `name` and `description` are `__MSG_…__` keys then. */
  default_locale?: string;
  name: string;
  description: string;
  version: string;
  minimum_chrome_version?: string;
  icons: Record<string, string>;
  action: { default_popup: string; default_title: string };
  options_page: string;
  side_panel: { default_path: string };
  background: { service_worker: string; type?: string };
  permissions: string[];
  optional_permissions: string[];
  host_permissions: string[];
  content_scripts: Array<{ matches: string[]; js: string[]; run_at?: string }>;
}

/** What the Firefox manifest holds (the keys Firefox reads). */
export interface FirefoxManifest {
  manifest_version: 3;
  default_locale?: string;
  name: string;
  description: string;
  version: string;
  icons: Record<string, string>;
  action: { default_popup: string; default_title: string; default_icon: Record<string, string> };
  options_ui: { page: string; open_in_tab: boolean };
  sidebar_action: {
    default_panel: string;
    default_title: string;
    default_icon: Record<string, string>;
    open_at_install: boolean;
  };
  background: { scripts: string[]; type: 'module' };
  permissions: string[];
  optional_permissions: string[];
  host_permissions: string[];
  content_scripts: ChromeManifest['content_scripts'];
  browser_specific_settings: {
    gecko: {
      id: string;
      strict_min_version: string;
      data_collection_permissions: { required: ['none'] };
    };
    gecko_android: { strict_min_version: string };
  };
}

/** Permissions Firefox does not know (the side panel is `sidebar_action`, which needs none). */
const CHROME_ONLY_PERMISSIONS = new Set(['sidePanel']);

/**
 * The Firefox manifest for a build mode. The e2e build, like Chrome's (vite.config.ts), holds the
 * optional permissions from install: a headless browser cannot answer a permission prompt.
 */
export function firefoxManifest(chrome: ChromeManifest, mode: 'production' | 'e2e'): FirefoxManifest {
  const permissions = chrome.permissions.filter((p) => !CHROME_ONLY_PERMISSIONS.has(p));
  return {
    manifest_version: 3,
    ...(chrome.default_locale ? { default_locale: chrome.default_locale } : {}),
    name: chrome.name,
    description: chrome.description,
    version: chrome.version,
    icons: chrome.icons,
    action: { ...chrome.action, default_icon: chrome.icons },
    options_ui: { page: chrome.options_page, open_in_tab: true },
    sidebar_action: {
      default_panel: chrome.side_panel.default_path,
      default_title: chrome.name,
      default_icon: chrome.icons,
      // The panel shows a running session; it opens when the person starts one, not at install.
      open_at_install: false,
    },
    background: { scripts: [FIREFOX_BACKGROUND], type: 'module' },
    permissions: mode === 'e2e' ? [...permissions, ...chrome.optional_permissions] : permissions,
    optional_permissions: chrome.optional_permissions,
    host_permissions: chrome.host_permissions,
    content_scripts: chrome.content_scripts,
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android reads data_collection_permissions from 142 on (addons-linter warns
      // when the minimum is older). The add-on is listed for desktop; this keeps the key honest.
      gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
    },
  };
}
