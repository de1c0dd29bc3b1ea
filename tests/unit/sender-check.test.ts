import { describe, expect, it } from 'vitest';
import { classifySender } from '../../src/background/sender-check';

const ID = 'abcdefghijklmnopabcdefghijklmnop';

describe('who sent a message', () => {
  it('our own extension pages', () => {
    expect(classifySender({ id: ID, url: `chrome-extension://${ID}/src/popup/index.html` }, ID)).toBe(
      'extension-page',
    );
    expect(classifySender({ id: ID, url: `chrome-extension://${ID}/src/options/index.html?x=1` }, ID)).toBe(
      'extension-page',
    );
  });

  it('our own pages in Firefox: moz-extension://<uuid>, not the add-on id', () => {
    const geckoId = 'quietprune@quietprune.org';
    const pages = 'moz-extension://4b3c9a52-6a1f-4f0e-9d7a-0c1e5f2b7a11';
    expect(classifySender({ id: geckoId, url: `${pages}/src/popup/index.html` }, geckoId, pages)).toBe(
      'extension-page',
    );
    // Another profile's (or another add-on's) uuid is not ours, even with our id.
    expect(
      classifySender(
        { id: geckoId, url: 'moz-extension://00000000-0000-4000-8000-000000000000/src/popup/index.html' },
        geckoId,
        pages,
      ),
    ).toBeNull();
  });

  it('our content script in the top frame of a LinkedIn tab', () => {
    const sender = {
      id: ID,
      url: 'https://www.linkedin.com/mynetwork/invite-connect/connections/',
      tab: { id: 7 },
      frameId: 0,
    };
    expect(classifySender(sender, ID)).toBe('linkedin-tab');
  });

  it.each([
    [
      'another extension',
      {
        id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz',
        url: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/page.html',
      },
    ],
    [
      'another extension pretending to be a page of ours',
      { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: `chrome-extension://${ID}/src/popup/index.html` },
    ],
    [
      'our id but a page of another extension',
      { id: ID, url: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/x.html' },
    ],
    ['no id at all (a web page)', { url: 'https://www.linkedin.com/feed/', tab: { id: 1 }, frameId: 0 }],
    ['no url', { id: ID }],
    ['a malformed url', { id: ID, url: 'not a url' }],
    [
      'a frame inside a LinkedIn page',
      { id: ID, url: 'https://www.linkedin.com/embed/x', tab: { id: 1 }, frameId: 3 },
    ],
    ['a LinkedIn url without a tab', { id: ID, url: 'https://www.linkedin.com/feed/', frameId: 0 }],
    ['another LinkedIn host', { id: ID, url: 'https://linkedin.com/feed/', tab: { id: 1 }, frameId: 0 }],
    [
      'a look-alike host',
      { id: ID, url: 'https://www.linkedin.com.evil.example/feed/', tab: { id: 1 }, frameId: 0 },
    ],
    ['plain http', { id: ID, url: 'http://www.linkedin.com/feed/', tab: { id: 1 }, frameId: 0 }],
  ])('refuses %s', (_why, sender) => {
    expect(classifySender(sender, ID)).toBeNull();
  });
});
