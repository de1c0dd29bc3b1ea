import { describe, expect, it, vi } from 'vitest';

// The router reads our extension id from the browser; nothing else of Chrome is needed here.
const ID = 'abcdefghijklmnopabcdefghijklmnop';
vi.mock('webextension-polyfill', () => ({
  default: { runtime: { id: ID, getURL: (path: string) => `chrome-extension://${ID}/${path}` } },
}));

const { createMessageRouter } = await import('../../src/background/message-router');

/**
 * A forged `queue/add` from one of our own pages (the sender check passes: say a compromised page
 * script) with a link that is not the person's LinkedIn profile never reaches the queue handler.
 */
describe('a forged queue/add', () => {
  const addToQueue = vi.fn(async () => ({ ok: true as const }));
  const ui = new Proxy(
    { 'queue/add': addToQueue },
    {
      get: (target, key) => (target as Record<string | symbol, unknown>)[key] ?? (async () => ({ ok: true })),
    },
  );
  const route = createMessageRouter(ui as never, {} as never);
  const fromOurPage = { id: ID, url: `chrome-extension://${ID}/src/popup/index.html` };
  const queueAdd = (profileKey: string, profileUrl: string) => ({
    type: 'queue/add',
    people: [{ profileKey, profileUrl, name: 'Jane Roe' }],
    reason: 'Cleanup',
    warningConfirmed: true,
    confirmedOnTheirOwn: [],
  });

  it.each([
    ['javascript:', 'jane-roe', 'javascript:alert(1)'],
    ['data:', 'jane-roe', 'data:text/html,hello'],
    ['http:', 'jane-roe', 'http://www.linkedin.com/in/jane-roe/'],
    ['another host', 'jane-roe', 'https://evil.example/in/jane-roe/'],
    ['a company page', 'jane-roe', 'https://www.linkedin.com/company/jane-roe/'],
    ['a link to someone else', 'jane-roe', 'https://www.linkedin.com/in/sam-ray/'],
  ])('with %s is refused before the handler', async (_why, key, url) => {
    addToQueue.mockClear();
    const reply = await route(queueAdd(key, url), fromOurPage);
    expect(reply).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Refused a malformed “queue\/add” message at people\.0\.profileUrl/),
    });
    expect(addToQueue).not.toHaveBeenCalled();
  });

  it('with the person’s own https link reaches the handler', async () => {
    addToQueue.mockClear();
    expect(await route(queueAdd('jane-roe', 'https://www.linkedin.com/in/jane-roe/'), fromOurPage)).toEqual({
      ok: true,
    });
    expect(addToQueue).toHaveBeenCalledOnce();
  });
});
