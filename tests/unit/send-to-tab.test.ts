import { beforeEach, describe, expect, it, vi } from 'vitest';

/** What the fake tab answers (or throws), and the orders it was given. */
const tab = vi.hoisted((): { answer: unknown; fail: Error | null; got: unknown[] } => ({
  answer: undefined,
  fail: null,
  got: [],
}));

vi.mock('webextension-polyfill', () => ({
  default: {
    tabs: {
      sendMessage: async (_tabId: number, message: unknown) => {
        tab.got.push(message);
        if (tab.fail) throw tab.fail;
        return tab.answer;
      },
    },
    runtime: { id: 'quietprune', onMessage: { addListener() {}, removeListener() {} } },
  },
}));

const { sendToTab } = await import('../../src/platform/messaging');

beforeEach(() => {
  tab.answer = undefined;
  tab.fail = null;
  tab.got.length = 0;
});

describe('sendToTab: the worker’s orders to a tab, with parsed answers', () => {
  it('passes the order on and returns the answer its schema accepts', async () => {
    tab.answer = { ok: false, error: 'This page is busy.' };
    await expect(sendToTab(7, { type: 'page/probe' })).resolves.toEqual({
      ok: false,
      error: 'This page is busy.',
    });
    tab.answer = { ok: true };
    await expect(sendToTab(7, { type: 'sync/stop' })).resolves.toEqual({ ok: true });
    expect(tab.got).toEqual([{ type: 'page/probe' }, { type: 'sync/stop' }]);
  });

  it('rejects an answer that is not one (none, a bare true, an unknown key, a string ok)', async () => {
    for (const answer of [undefined, true, { ok: true, extra: 1 }, { ok: 'yes' }, { error: 'x' }]) {
      tab.answer = answer;
      await expect(sendToTab(7, { type: 'page/probe' })).rejects.toThrow(/page\/probe/);
    }
  });

  it('rejects when no content script listens, as tabs.sendMessage does', async () => {
    tab.fail = new Error('Could not establish connection. Receiving end does not exist.');
    await expect(sendToTab(7, { type: 'sync/stop' })).rejects.toThrow(/Receiving end/);
  });
});
