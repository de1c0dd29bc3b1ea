import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  clearAllNotifications,
  listenToNotifications,
  mayNotify,
  notify,
} from '../../src/background/notifications';

/** Chrome as the worker sees it with or without the optional notifications permission. */
function fakeChrome(permitted: boolean) {
  const created: string[] = [];
  const onAdded: Array<(p: { permissions?: string[] }) => void> = [];
  const listeners: string[] = [];
  const api = {
    create: vi.fn(async (id: string) => void created.push(id)),
    clear: vi.fn(async () => true),
    getAll: vi.fn(async () => Object.fromEntries(created.map((id) => [id, true]))),
    onButtonClicked: { addListener: () => void listeners.push('button') },
    onClicked: { addListener: () => void listeners.push('click') },
  };
  const chrome = {
    // Chrome leaves the API out of the worker while the permission is not held.
    notifications: permitted ? api : undefined,
    permissions: {
      contains: async () => permitted,
      onAdded: { addListener: (f: (p: { permissions?: string[] }) => void) => void onAdded.push(f) },
    },
  };
  const grant = () => {
    permitted = true;
    chrome.notifications = api;
    for (const f of onAdded) f({ permissions: ['notifications'] });
  };
  return { chrome, api, created, listeners, grant };
}

const OPTIONS = { type: 'basic', iconUrl: 'i.png', title: 'QuietPrune', message: 'm' } as const;

describe('issue 13: notifications only with the optional permission', () => {
  beforeEach(() => vi.unstubAllGlobals());

  it('without it: shows nothing, clears nothing, throws nothing', async () => {
    const fake = fakeChrome(false);
    vi.stubGlobal('chrome', fake.chrome);
    expect(await mayNotify()).toBe(false);
    expect(await notify('a', OPTIONS)).toBe(false);
    expect(await clearAllNotifications()).toBe(0);
    expect(fake.api.create).not.toHaveBeenCalled();
  });

  it('with it: shows, and Delete all data clears every one shown', async () => {
    const fake = fakeChrome(true);
    vi.stubGlobal('chrome', fake.chrome);
    expect(await notify('a', OPTIONS)).toBe(true);
    expect(await notify('b', OPTIONS)).toBe(true);
    expect(await clearAllNotifications()).toBe(2);
    expect(fake.api.clear).toHaveBeenCalledTimes(2);
  });

  it('listens to clicks once the permission is granted, not before', () => {
    const fake = fakeChrome(false);
    vi.stubGlobal('chrome', fake.chrome);
    listenToNotifications(
      () => undefined,
      () => undefined,
    );
    expect(fake.listeners).toEqual([]);
    fake.grant();
    expect(fake.listeners).toEqual(['button', 'click']);
    fake.grant(); // granted again: not twice
    expect(fake.listeners).toEqual(['button', 'click']);
  });
});
