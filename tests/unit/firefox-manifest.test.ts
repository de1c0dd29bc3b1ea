import { describe, expect, it } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };
import {
  FIREFOX_BACKGROUND,
  GECKO_ID,
  firefoxManifest,
  type ChromeManifest,
} from '../../scripts/firefox-manifest';

const chrome = manifest as ChromeManifest;

describe("Firefox's manifest, generated from Chrome's", () => {
  const firefox = firefoxManifest(chrome, 'production');

  it('keeps what the two share: name, version, pages, host permission and content script', () => {
    expect(firefox).toMatchObject({
      manifest_version: 3,
      name: chrome.name,
      description: chrome.description,
      version: chrome.version,
      icons: chrome.icons,
      host_permissions: chrome.host_permissions,
      content_scripts: chrome.content_scripts,
      optional_permissions: chrome.optional_permissions,
    });
    expect(firefox.action.default_popup).toBe(chrome.action.default_popup);
    expect(firefox.options_ui).toEqual({ page: chrome.options_page, open_in_tab: true });
  });

  it('runs the background as an event page and shows the session in the sidebar', () => {
    expect(firefox.background).toEqual({ scripts: [FIREFOX_BACKGROUND], type: 'module' });
    expect(firefox.sidebar_action.default_panel).toBe(chrome.side_panel.default_path);
    expect(firefox.sidebar_action.open_at_install).toBe(false);
  });

  it('leaves out every key and permission Firefox does not know', () => {
    const keys = Object.keys(firefox);
    for (const chromeOnly of ['side_panel', 'options_page', 'minimum_chrome_version'])
      expect(keys).not.toContain(chromeOnly);
    expect(firefox.background).not.toHaveProperty('service_worker');
    expect(firefox.permissions).not.toContain('sidePanel');
    expect(firefox.permissions).toEqual(chrome.permissions.filter((p) => p !== 'sidePanel'));
  });

  it('declares the add-on id and that no data is collected', () => {
    expect(firefox.browser_specific_settings.gecko).toEqual({
      id: GECKO_ID,
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    });
    expect(firefox.browser_specific_settings.gecko_android.strict_min_version).toBe('142.0');
  });

  it('grants the optional permissions at install in the e2e build only (no prompt in a headless browser)', () => {
    expect(firefox.permissions).not.toContain('notifications');
    expect(firefoxManifest(chrome, 'e2e').permissions).toEqual([...firefox.permissions, 'notifications']);
  });
});
