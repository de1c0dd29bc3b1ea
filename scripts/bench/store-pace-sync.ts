import { FakeLinkedIn } from '../../tests/fake-linkedin';
import type { LoadedExtension } from '../../tests/e2e/harness/extension';
import { openExtensionPage } from './extension-pages';
import { storedSyncState, waitForSyncEnd } from './sync-cpu';

/**
 * A full sync as a user gets it: the STORE build (no test clock, so every pause is the real human
 * one), started from the popup's Sync command, against the fake LinkedIn answering like the live
 * site (each batch of 40 after LINKEDIN_LATENCY_MS, every fourth later batch stalling longer).
 * The time is wall time from the command to the sync's "complete"; the caller scales it to 1,000
 * cards. It is slow on purpose: a sync scrolls and pauses like a person reading the list.
 */
const CONNECTIONS_URL = 'https://www.linkedin.com/mynetwork/invite-connect/connections/';
/** A batch's wait, as on the live site on an ordinary connection: a stand-in, not a measurement of LinkedIn. */
export const LINKEDIN_LATENCY_MS = 400;
export const LINKEDIN_STALL = { every: 4, ms: 1_500 };

export interface StorePaceSync {
  cards: number;
  wallMs: number;
}

export async function storePaceSync(ext: LoadedExtension, cards: number): Promise<StorePaceSync> {
  const fake = new FakeLinkedIn({
    layout: 'current',
    size: cards,
    seed: 13,
    latencyMs: LINKEDIN_LATENCY_MS,
    stall: LINKEDIN_STALL,
  });
  await fake.install(ext.context);
  const tab = await ext.context.newPage();
  await tab.goto(CONNECTIONS_URL);
  const started = Date.now();
  const popup = await openExtensionPage(ext, 'src/popup/index.html');
  const reply = await popup.evaluate<{ ok: boolean; error?: string }>(() =>
    chrome.runtime.sendMessage({ type: 'sync/start' }),
  );
  if (!reply.ok) throw new Error(`sync/start failed: ${reply.error}`);
  await popup.close();
  // Store pace reads a card in well under a second; 2 s a card plus a minute is a hang, not a pace.
  await waitForSyncEnd(ext, 60_000 + cards * 2_000);
  const wallMs = Date.now() - started;
  const stored = await storedSyncState(ext);
  if (stored.status !== 'complete' || stored.seen !== cards)
    throw new Error(`The sync ended ${stored.status} with ${stored.seen} of ${cards}: ${stored.message}`);
  if (fake.profileRequests.length > 0)
    throw new Error(`The sync requested profiles: ${fake.profileRequests.join(', ')}`);
  await tab.close();
  return { cards, wallMs };
}
