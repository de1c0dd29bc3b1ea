import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import type { Layout } from '../fake-linkedin';
import { FOOTPRINT_GLOBAL, type FootprintReport } from '../fake-linkedin/footprint-recorder';
import type { SyncState } from '../../src/storage/meta';
import {
  expectOnlyQueuedRemoved,
  keyOf,
  queueByMessage,
  readMeta,
  send,
  setUpRig,
  uniquelyNamed,
  waitForSessionEnd,
  type RemovalRig,
} from './removal-harness';

/**
 * Issue 13, "Nothing in LinkedIn's page": across a full sync and a session of several removals,
 * in both layouts, the Connections page records nothing it did not do itself (the fake's
 * footprint recorder, tests/fake-linkedin/footprint-recorder.ts): no node added or removed, no
 * attribute, text or inline style changed, no style sheet changed, no console call, no new
 * `window` property. Then the same page shows that the recorder does see each of those when they
 * come from a content script's kind of world (an isolated world) or from the page's own world,
 * so the zero above could have been anything else.
 */
const CONNECTIONS_URL = 'https://www.linkedin.com/mynetwork/invite-connect/connections/';
const PEOPLE = 24;
const REMOVALS = 3;

let rig: RemovalRig | null = null;
afterEach(async () => {
  await rig?.ext.close();
  rig = null;
});

const footprint = (tab: Page): Promise<FootprintReport> =>
  tab.evaluate(
    (name) => (window as unknown as Record<string, () => FootprintReport>)[name]!(),
    FOOTPRINT_GLOBAL,
  );

/**
 * Runs `expression` in a new isolated world of the page, the kind of world a content script runs
 * in: the page's DOM, but JavaScript objects (and DOM wrappers) of its own.
 */
async function inIsolatedWorld(tab: Page, expression: string): Promise<void> {
  const cdp = await tab.context().newCDPSession(tab);
  try {
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'footprint-check',
    });
    const result = (await cdp.send('Runtime.evaluate', { expression, contextId: executionContextId })) as {
      exceptionDetails?: unknown;
    };
    expect(result.exceptionDetails).toBeUndefined();
  } finally {
    await cdp.detach();
  }
}

/** Each pattern matches one of the recorder's entries ("kind what"). */
async function expectRecorded(tab: Page, patterns: RegExp[]): Promise<void> {
  const lines = (await footprint(tab)).entries.map((entry) => `${entry.kind} ${entry.what}`);
  for (const pattern of patterns)
    expect(
      lines.some((line) => pattern.test(line)),
      `${String(pattern)} in:\n${lines.join('\n')}`,
    ).toBe(true);
}

describe.each<[Layout, number]>([
  ['current', 71],
  ['classic', 72],
])('in the %s layout', (layout, seed) => {
  it('a full sync and a session of several removals leave nothing in the page; the recorder sees what others add', async () => {
    rig = await setUpRig({ layout, size: PEOPLE, seed, recordFootprint: true });
    const { fake, control } = rig;
    const tab = await rig.ext.context.newPage();
    await tab.goto(CONNECTIONS_URL);
    await tab.locator('a[href*="/in/"]').first().waitFor();
    expect(await footprint(tab)).toMatchObject({ started: true, entries: [] });

    // A full sync, in this tab: the worker loads it again (a sync starts from a fresh list), and
    // the recorder starts again with it, before the content script.
    expect(await send(control, { type: 'sync/start' })).toMatchObject({ ok: true });
    await expect
      .poll(async () => (await readMeta<SyncState | undefined>(control, 'sync'))?.status, {
        timeout: 60_000,
        interval: 250,
      })
      .toBe('complete');
    expect((await readMeta<SyncState>(control, 'sync')).seen).toBe(PEOPLE);
    const synced = await footprint(tab);
    expect(synced).toMatchObject({ started: true, entries: [] });

    // A session of several removals at a short pace, on the same page load.
    const queued = uniquelyNamed(fake.people()).slice(2, 2 + REMOVALS);
    await queueByMessage(control, queued);
    expect(await send(control, { type: 'session/start' })).toMatchObject({ ok: true });
    const ended = await waitForSessionEnd(control, 90_000);
    expect(ended).toMatchObject({ removedThisSession: REMOVALS, safetyStop: false });
    expectOnlyQueuedRemoved(fake, queued.map(keyOf));
    expect(rig.ext.context.pages().filter((p) => p.url().startsWith(CONNECTIONS_URL))).toEqual([tab]);

    const after = await footprint(tab);
    expect(after.loadId, 'the session ran on the page the sync loaded').toBe(synced.loadId);
    expect(after.entries).toEqual([]);

    // The recorder is alive on that page and sees each kind of footprint. From an isolated world
    // (as a content script): an element, an attribute, an inline style, a style sheet rule.
    await inIsolatedWorld(
      tab,
      `document.body.append(document.createElement('isolated-mark'));
       document.querySelector('main').setAttribute('data-isolated', '1');
       document.body.style.outline = '1px solid red';
       document.styleSheets[0].insertRule('isolated-mark { color: red }');`,
    );
    await expectRecorded(tab, [
      /^mutation childList <body.*added <isolated-mark>/,
      /^mutation attributes <main.* data-isolated/,
      /^mutation attributes <body.* style/,
      /^stylesheet /,
    ]);
    // From the page's own world, by other code than the page's (a script put in the page): an
    // element, a console line, a global.
    await tab.evaluate(() => {
      document.body.appendChild(document.createElement('main-world-mark'));
      console.debug('hello from outside the page script');
      (window as unknown as Record<string, unknown>).mainWorldMark = true;
    });
    await expectRecorded(tab, [
      /^mutation childList <body.*added <main-world-mark> \(by .*\)$/,
      /^console console\.debug by /,
      /^global window\.mainWorldMark$/,
    ]);
  });
});
