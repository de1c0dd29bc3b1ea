import { FakeLinkedIn } from '../../tests/fake-linkedin';
import type { LoadedExtension } from '../../tests/e2e/harness/extension';
import { openExtensionPage } from './extension-pages';

/**
 * The content script's own CPU time while it collects a whole list: a sync of `cards` people on
 * the fake LinkedIn (current layout), started from the popup's command, with V8's sampling
 * profiler running on the Connections tab. Only samples whose function comes from the extension
 * (chrome-extension://… URLs: the content script and its chunks) count; the fake page's own
 * scripts, rendering and idle time do not. Human pauses are compressed with the e2e build's test
 * clock: they are waits, not CPU, so the result is the same at full pace.
 */
const CONNECTIONS_URL = 'https://www.linkedin.com/mynetwork/invite-connect/connections/';

export interface SyncCpu {
  cards: number;
  extensionCpuMs: number;
  wallMs: number;
}

export async function syncCpu(ext: LoadedExtension, cards: number): Promise<SyncCpu> {
  const fake = new FakeLinkedIn({ layout: 'current', size: cards, seed: 11, latencyMs: 20 });
  await fake.install(ext.context);
  await ext.worker.evaluate(() =>
    (
      globalThis as unknown as { quietPruneTest: { setClock(c: object): Promise<void> } }
    ).quietPruneTest.setClock({ humanDelayScale: 0.02 }),
  );

  const tab = await ext.context.newPage();
  await tab.goto(CONNECTIONS_URL);
  const cdp = await ext.context.newCDPSession(tab);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 }); // microseconds
  await cdp.send('Profiler.start');
  const started = Date.now();

  // The popup's Sync command; the worker reloads this tab (a sync starts from a fresh page) and
  // orders its content script to collect.
  const popup = await openExtensionPage(ext, 'src/popup/index.html');
  const reply = await popup.evaluate(() =>
    chrome.runtime.sendMessage<{ type: string }, { ok: boolean; error?: string }>({ type: 'sync/start' }),
  );
  if (!reply.ok) throw new Error(`sync/start failed: ${reply.error}`);
  await popup.close();
  await waitForSyncEnd(ext, Math.max(120_000, cards * 60));
  const wallMs = Date.now() - started;

  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  await cdp.detach();
  const stored = await storedSyncState(ext);
  if (stored.status !== 'complete' || stored.seen !== cards)
    throw new Error(`The sync ended ${stored.status} with ${stored.seen} of ${cards}: ${stored.message}`);
  if (fake.profileRequests.length > 0)
    throw new Error(`The sync requested profiles: ${fake.profileRequests.join(', ')}`);
  await tab.close();
  return {
    cards,
    extensionCpuMs: extensionSelfTimeMs(profile, `chrome-extension://${ext.extensionId}/`),
    wallMs,
  };
}

interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { url: string; functionName: string } }>;
  samples: number[];
  timeDeltas: number[];
}

/** Self time (ms) of the profile's samples whose top frame is code loaded from `urlPrefix`. */
export function extensionSelfTimeMs(profile: CpuProfile, urlPrefix: string): number {
  const ours = new Set(profile.nodes.filter((n) => n.callFrame.url.startsWith(urlPrefix)).map((n) => n.id));
  let micros = 0;
  // timeDeltas[i] is the time since the previous sample; the interval after sample i is timeDeltas[i + 1].
  for (let i = 0; i < profile.samples.length - 1; i++) {
    if (ours.has(profile.samples[i]!)) micros += profile.timeDeltas[i + 1]!;
  }
  return micros / 1000;
}

interface StoredSync {
  status: string;
  seen: number;
  message: string;
}

export function storedSyncState(ext: LoadedExtension): Promise<StoredSync> {
  return ext.worker.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('quietprune');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('IndexedDB request failed'));
    });
    const sync = await new Promise<{ status?: string; seen?: number; message?: string } | undefined>(
      (resolve, reject) => {
        const request = db.transaction('meta').objectStore('meta').get('sync');
        request.onsuccess = () =>
          resolve(request.result as { status?: string; seen?: number; message?: string } | undefined);
        request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
      },
    );
    db.close();
    return { status: sync?.status ?? 'idle', seen: sync?.seen ?? 0, message: sync?.message ?? '' };
  });
}

export async function waitForSyncEnd(ext: LoadedExtension, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  await new Promise((r) => setTimeout(r, 1000));
  for (;;) {
    const state = await storedSyncState(ext);
    if (state.status !== 'running') return;
    if (Date.now() > deadline)
      throw new Error(`The sync was still running after ${timeoutMs} ms (${state.seen} read).`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
