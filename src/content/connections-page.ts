import browser from 'webextension-polyfill';
import {
  BackgroundToContentSchema,
  type BackgroundToContent,
  type ContentReply,
  type ContentToBackground,
  type RemovalOutcome,
} from '../messages';
import { detectLayout, readTotal } from '../linkedin/connections-page';
import { sendToBackground } from '../platform/messaging';
import { waitFor } from './human-time';
import { runSync } from './sync/run-sync';
import { runRehearsal } from './rehearsal/run-rehearsal';
import { captureShape } from './rehearsal/capture-shape';
import { runRemoval } from './removal/run-removal';
import { currentWarning, reportWarnings } from './warning-watch';
import type { WarningSign } from '../linkedin/warning-signs';

/**
 * QuietPrune on LinkedIn's Connections page. It only acts when the service worker asks (the user
 * pressed Sync or Start session), reads and clicks only on this page, and reports back.
 * It accepts orders only from our own worker, and only in the shapes of messages.ts.
 *
 * It leaves nothing of its own in LinkedIn's page: no element, attribute, style, global or console
 * line (the session shows in the extension's side panel and popup); only its interactions (the
 * search it types, its clicks and scrolls) touch the page. tests/e2e/page-footprint.test.ts holds
 * it to that.
 */
let syncAbort: AbortController | null = null;
let removalRunning = false;
let rehearsalRunning = false;
/** Set once the page has been read (or found unrecognisable) and page/ready was sent. */
let pageReady = false;

browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id || sender.tab) return undefined; // only our worker
  const parsed = BackgroundToContentSchema.safeParse(raw);
  if (!parsed.success) {
    // Said to the worker, never in LinkedIn's console: a console line would tell LinkedIn we are here.
    return Promise.resolve({
      ok: false,
      error: `malformed order: ${parsed.error.issues[0]?.message ?? 'invalid'}`,
    });
  }
  return Promise.resolve(handle(parsed.data));
});

function handle(order: BackgroundToContent): ContentReply<BackgroundToContent['type']> {
  switch (order.type) {
    case 'sync/run':
      if (syncAbort) return { ok: true }; // already syncing
      if (removalRunning || rehearsalRunning)
        return { ok: false, error: 'A removal or a rehearsal is in progress on this page.' };
      void sync(order.syncId, order.humanDelayScale, order.quick);
      return { ok: true };
    case 'sync/stop':
      syncAbort?.abort();
      return { ok: true };
    case 'page/probe':
      return { ok: pageReady && !removalRunning && !rehearsalRunning && syncAbort === null };
    case 'removal/perform':
      if (removalRunning || rehearsalRunning || syncAbort) return { ok: false, error: 'This page is busy.' };
      void removal(order);
      return { ok: true };
    case 'rehearsal/run':
      if (removalRunning || rehearsalRunning || syncAbort) return { ok: false, error: 'This page is busy.' };
      void rehearsal(order);
      return { ok: true };
    case 'page/shape':
      // Only reads the page: safe at any moment, even during a sync or a removal.
      return { ok: true, shape: captureShape(order.failedStep) };
  }
}

async function sync(
  syncId: string,
  humanDelayScale: number,
  quick: Extract<BackgroundToContent, { type: 'sync/run' }>['quick'],
): Promise<void> {
  const abort = new AbortController();
  syncAbort = abort;
  try {
    const result = await runSync({
      syncId,
      humanDelayScale,
      quick,
      signal: abort.signal,
      sendBatch: async (cards, seen, total) => {
        const reply = await sendToBackground({ type: 'sync/batch', syncId, cards, seen, total });
        // A batch the worker did not store must not be counted towards "complete": end the sync
        // with the worker's reason; the next Sync reads these people again.
        if (!reply.ok) throw new Error(`the batch was not stored (${reply.error})`);
      },
    });
    await sendToBackground({ type: 'sync/finished', syncId, ...result });
  } catch (error) {
    await sendToBackground({
      type: 'sync/finished',
      syncId,
      outcome: 'unrecognised-page',
      seen: 0,
      total: null,
      message: `QuietPrune could not read this page: ${(error as Error).message}`,
      ran: 'full',
      fullReason: null,
      cardsRead: 0,
      newFound: 0,
      knownRun: 0,
      top: [],
    });
  } finally {
    syncAbort = null;
  }
}

async function removal(order: Extract<BackgroundToContent, { type: 'removal/perform' }>): Promise<void> {
  removalRunning = true;
  let result: RemovalOutcome;
  try {
    // Automatic, hands-on, or automatic handing a step it has no handle for to the person.
    result = await runRemoval(order);
  } finally {
    // The page is free once the work is done: the worker may look for the next step (page/probe)
    // while it is still handling this report.
    removalRunning = false;
  }
  const report: ContentToBackground = {
    type: 'removal/result',
    sessionId: order.sessionId,
    profileKey: order.person.profileKey,
    mode: order.mode,
    result,
  };
  await sendToBackground(report);
  reportWarning(currentWarning());
}

async function rehearsal(order: Extract<BackgroundToContent, { type: 'rehearsal/run' }>): Promise<void> {
  rehearsalRunning = true;
  let found: Awaited<ReturnType<typeof runRehearsal>>;
  try {
    found = await runRehearsal(order);
  } catch (error) {
    found = {
      run: {
        layout: detectLayout(document),
        lang: document.documentElement.lang || 'en',
        labelsKnown: false,
        people: [],
        problem: `Unexpected error on the page: ${(error as Error)?.message ?? String(error)}`.slice(0, 1000),
      },
      shape: null,
    };
  } finally {
    rehearsalRunning = false;
  }
  await sendToBackground({ type: 'rehearsal/finished', rehearsalId: order.rehearsalId, ...found });
  reportWarning(currentWarning());
}

async function announceReady(): Promise<void> {
  const layout = await waitFor(() => detectLayout(document), 15_000);
  pageReady = true;
  await sendToBackground({
    type: 'page/ready',
    layout,
    total: layout ? readTotal(document, layout) : null,
    lang: document.documentElement.lang || 'en',
  });
}

/**
 * LinkedIn's warnings reach the worker while nothing else looks: between removals, and just after
 * a session ended. A removal or a sync under way meets them itself and reports them with its
 * result; a warning that shows up during one is reported once it is over.
 */
function reportWarning(sign: WarningSign | null): void {
  if (!sign || removalRunning || rehearsalRunning || syncAbort !== null) return;
  void sendToBackground({ type: 'page/warning', kind: sign.kind, evidence: sign.evidence.slice(0, 500) });
}

void announceReady().then(() => reportWarnings(reportWarning));
