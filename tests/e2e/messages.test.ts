import { afterEach, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FakeLinkedIn } from '../fake-linkedin';
import { E2E_DIST, launchWithExtension, type LoadedExtension } from './harness/extension';
import { readStores } from './harness/worker-store';

/**
 * Bad messages get a clear error and never crash the worker: the worker checks each message's
 * shape against its direction's schema and its sender against our pages and LinkedIn tabs.
 */
let ext: LoadedExtension | null = null;
afterEach(async () => {
  await ext?.close();
  ext = null;
});

it('answers malformed messages and messages in the wrong direction with an error, and keeps working', async () => {
  ext = await launchWithExtension();
  const page = await ext.openPage('src/popup/index.html');
  const send = (message: unknown) => page.evaluate((m) => chrome.runtime.sendMessage(m), message);

  const malformed = await send({
    type: 'queue/add',
    people: 'everyone',
    reason: 'x',
    warningConfirmed: true,
  });
  expect(malformed).toMatchObject({ ok: false });
  expect((malformed as { error: string }).error).toMatch(
    /Refused a malformed “queue\/add” message at people/,
  );

  // A content-script message sent from an extension page is not one the popup may send.
  const wrongDirection = await send({
    type: 'sync/finished',
    syncId: 's',
    outcome: 'complete',
    seen: 1,
    total: 1,
    message: '',
  });
  expect(wrongDirection).toMatchObject({ ok: false });
  expect((wrongDirection as { error: string }).error).toMatch(/Refused a malformed “sync\/finished” message/);

  // Queueing without having confirmed the warning is refused by the schema itself.
  const unconfirmed = await send({ type: 'queue/add', people: [], reason: 'x', warningConfirmed: false });
  expect(unconfirmed).toMatchObject({ ok: false });

  // A forged queue/add whose link is not the person's own https LinkedIn profile link queues nobody.
  for (const profileUrl of [
    'javascript:alert(1)//https://www.linkedin.com/in/jane-roe/',
    'data:text/html,jane-roe',
    'http://www.linkedin.com/in/jane-roe/',
    'https://www.linkedin.com/in/sam-ray/',
  ]) {
    const forged = await send({
      type: 'queue/add',
      people: [{ profileKey: 'jane-roe', profileUrl, name: 'Jane Roe' }],
      reason: 'x',
      warningConfirmed: true,
      confirmedOnTheirOwn: [],
    });
    expect(forged).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Refused a malformed “queue\/add” message at people\.0\.profileUrl/),
    });
  }
  expect((await readStores(ext.worker)).queue).toEqual([]);

  for (const junk of [
    null,
    42,
    'sync/start',
    { type: 'no/such-type' },
    { type: 'settings/save', settings: { dailyCap: 500 } },
  ]) {
    expect(await send(junk)).toMatchObject({ ok: false });
  }

  // The worker is still alive and answers a good message.
  expect(await send({ type: 'session/pause' })).toMatchObject({ ok: true });
});

it('a LinkedIn page cannot talk to the extension at all', async () => {
  const fake = new FakeLinkedIn({ layout: 'current', size: 40, seed: 2, latencyMs: 10 });
  ext = await launchWithExtension();
  await fake.install(ext.context);
  const page = await ext.context.newPage();
  await page.goto('https://www.linkedin.com/mynetwork/invite-connect/connections/');
  // The page's own scripts (the main world) have no messaging channel to QuietPrune: the manifest
  // declares no externally_connectable, so chrome.runtime.sendMessage to our id is unavailable.
  const reached = await page.evaluate(async (id) => {
    const runtime = (
      globalThis as { chrome?: { runtime?: { sendMessage?: (id: string, m: unknown) => Promise<unknown> } } }
    ).chrome?.runtime;
    if (!runtime?.sendMessage) return 'no channel';
    try {
      await runtime.sendMessage(id, { type: 'data/delete-all' });
      return 'delivered';
    } catch (error) {
      return `refused: ${(error as Error).message}`;
    }
  }, ext.extensionId);
  expect(reached).not.toBe('delivered');

  // Nor can it tell that QuietPrune is installed by requesting one of its files (a known way for a
  // site to list a visitor's extensions): nothing of ours is web-accessible, the content script
  // that runs on this very page included.
  const scripts = readdirSync(join(E2E_DIST, 'assets'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => `assets/${name}`);
  expect(scripts.length).toBeGreaterThan(3);
  const probes = ['manifest.json', 'src/popup/index.html', ...scripts];
  const answers = await page.evaluate(
    ({ id, paths }) =>
      Promise.all(
        paths.map((path) =>
          fetch(`chrome-extension://${id}/${path}`).then(
            (response) => `${path}: answered ${response.status}`,
            () => `${path}: unreachable`,
          ),
        ),
      ),
    { id: ext.extensionId, paths: probes },
  );
  expect(answers).toEqual(probes.map((path) => `${path}: unreachable`));
  expect(fake.profileRequests).toEqual([]);
});
