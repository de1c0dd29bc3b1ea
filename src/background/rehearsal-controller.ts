import type { ContentToBackground, Reply } from '../messages';
import type { PageShape } from '../linkedin/page-shape';
import { sendToTab } from '../platform/messaging';
import { database } from '../storage/db';
import { getMeta, updateMeta, type RehearsalState } from '../storage/meta';
import { allQueueItems } from '../storage/queries';
import { announce } from './broadcast';
import { humanDelayScale, now } from './clock';
import { findConnectionsTabs, openFreshConnectionsPage } from './connections-tab';

/**
 * The rehearsal ("Check that QuietPrune recognises your LinkedIn"): the worker picks up to three
 * queued people (none queued: the page takes the first three it lists), loads the Connections page
 * afresh, and on its page/ready gives the order; the page walks each removal up to the
 * confirmation and cancels (content/rehearsal/run-rehearsal.ts), then reports its walk. Its state
 * lives in the `rehearsal` meta record, like the sync's, so a stopped worker loses nothing.
 *
 * It never writes the queue or the log, and gives no removal order: a confirm handshake
 * (`removal/confirming`) during a rehearsal finds no session and is refused.
 */
const PEOPLE = 3;

const changeRehearsal = async (change: (r: RehearsalState) => RehearsalState) =>
  updateMeta(await database(), 'rehearsal', change);

export async function startRehearsal(): Promise<Reply> {
  const db = await database();
  const [session, sync] = await Promise.all([getMeta(db, 'session'), getMeta(db, 'sync')]);
  if (session.status === 'running' || session.status === 'paused')
    return { ok: false, error: 'A removal session is using the Connections page. Check when it has ended.' };
  if (sync.status === 'running')
    return { ok: false, error: 'A sync is reading the Connections page. Check when it has finished.' };
  const queued = (await allQueueItems(db))
    .filter((item) => item.status === 'queued')
    .sort((a, b) => a.order - b.order)
    .slice(0, PEOPLE)
    .map(({ profileKey, profileUrl, name }) => ({ profileKey, profileUrl, name }));
  const at = await now();
  const tab = await openFreshConnectionsPage();
  if (tab.id === undefined) return { ok: false, error: 'Could not open LinkedIn’s Connections page.' };
  const tabId = tab.id;
  await changeRehearsal(() => ({
    status: 'running',
    rehearsalId: `rehearsal-${at}`,
    tabId,
    people: queued,
    startedAt: at,
    endedAt: null,
    run: null,
    shape: null,
    message: '',
  }));
  await announce('rehearsal');
  // The order goes when the freshly loaded page says it is listening (onPageReady).
  return { ok: true };
}

export async function onPageReady(tabId: number): Promise<void> {
  const state = await getMeta(await database(), 'rehearsal');
  if (state.status !== 'running' || state.tabId !== tabId || !state.rehearsalId) return;
  const taken = await sendToTab(tabId, {
    type: 'rehearsal/run',
    rehearsalId: state.rehearsalId,
    people: state.people,
    humanDelayScale: await humanDelayScale(),
    seed: Math.floor(Math.random() * 2 ** 31),
  }).catch((error: Error) => ({ ok: false, error: error.message }));
  if (!taken.ok) await end(`The Connections page did not take the rehearsal (${taken.error ?? 'busy'}).`);
}

export async function onRehearsalFinished(
  message: Extract<ContentToBackground, { type: 'rehearsal/finished' }>,
  tabId: number,
): Promise<Reply> {
  const state = await getMeta(await database(), 'rehearsal');
  if (state.status !== 'running' || state.rehearsalId !== message.rehearsalId || state.tabId !== tabId)
    return { ok: false, error: 'This rehearsal is no longer running.' };
  const at = await now();
  await changeRehearsal((r) =>
    r.rehearsalId === message.rehearsalId
      ? { ...r, status: 'done', tabId: null, endedAt: at, run: message.run, shape: message.shape }
      : r,
  );
  await announce('rehearsal');
  return { ok: true };
}

/** The rehearsal's tab closed or left the Connections page. */
export async function onTabGone(tabId: number): Promise<void> {
  const state = await getMeta(await database(), 'rehearsal');
  if (state.status === 'running' && state.tabId === tabId)
    await end('The Connections tab was closed or left the page before the rehearsal finished.');
}

async function end(message: string): Promise<void> {
  const at = await now();
  await changeRehearsal((r) => ({ ...r, status: 'done', tabId: null, endedAt: at, message }));
  await announce('rehearsal');
}

/**
 * Page diagnosis: the shape of the open Connections page, for the extension page that asked to
 * show it before the person saves it. Nothing is stored.
 */
export async function captureShape(failedStep: string): Promise<Reply<PageShape>> {
  const [tab] = await findConnectionsTabs();
  if (tab?.id === undefined)
    return { ok: false, error: 'Open LinkedIn’s Connections page first: the page shape is read from it.' };
  const reply = await sendToTab(tab.id, { type: 'page/shape', failedStep }).catch((error: Error) => ({
    ok: false,
    error: error.message,
    shape: undefined,
  }));
  if (!reply.ok || !reply.shape)
    return { ok: false, error: `The Connections page could not be read (${reply.error ?? 'no answer'}).` };
  return { ok: true, data: reply.shape };
}
