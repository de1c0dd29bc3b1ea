import { afterEach, expect, it } from 'vitest';
import type { Locator, Page, Route } from 'playwright';
import type { FakePerson } from '../fake-linkedin';
import { searchNameFor } from '../../src/linkedin/removal-dialog';
import {
  expectOnlyQueuedRemoved,
  keyOf,
  queueByMessage,
  readLog,
  readQueue,
  readSession,
  send,
  setUpRig,
  statusByKey,
  waitForSessionEnd,
  type RemovalRig,
} from './removal-harness';
import type { TestHooksGlobal } from '../../src/background/test-hooks';

/**
 * The session overlay on the Connections page, as a user sees it, and the ways a
 * session ends without the overlay: the tab closed, the tab sent elsewhere. After any of them
 * nothing resumes by itself; only Start begins a new session, and the person who was in progress
 * is checked by a search before anything else.
 */
const CONNECTIONS_URL = 'https://www.linkedin.com/mynetwork/invite-connect/connections/';
const FEED_URL = 'https://www.linkedin.com/feed/';

let rig: RemovalRig | null = null;
afterEach(async () => {
  await rig?.ext.close();
  rig = null;
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const worker = (rig: RemovalRig) => rig.ext.context.serviceWorkers()[0]!;
const workerNow = (rig: RemovalRig): Promise<number> =>
  worker(rig).evaluate(() => (globalThis as unknown as TestHooksGlobal).quietPruneTest.now());
const sessionAlarm = (rig: RemovalRig) =>
  worker(rig).evaluate(() => chrome.alarms.get('quietprune-session-step'));

/** Searches LinkedIn has answered or been asked for (a removal starts with one). */
const searchesSeen = (rig: RemovalRig): number =>
  rig.fake.requests.filter(
    (url) => url.includes('/fake-api/connections') && (new URL(url).searchParams.get('q') ?? '') !== '',
  ).length;

/** The panel as a screen reader names it. */
const overlayOn = (tab: Page): Locator => tab.getByRole('status', { name: 'QuietPrune session' });

async function openConnections(rig: RemovalRig): Promise<Page> {
  const tab = await rig.ext.context.newPage();
  await tab.goto(CONNECTIONS_URL);
  await tab.locator('a[href*="/in/"]').first().waitFor(); // the list is on screen
  return tab;
}

/** Seconds shown by "Next removal in m:ss", or null when no countdown is shown. */
async function countdownSeconds(overlay: Locator): Promise<number | null> {
  const text = (await overlay.innerText()).match(/Next removal in (\d+):(\d\d)/);
  return text ? Number(text[1]) * 60 + Number(text[2]) : null;
}

/** Waits until the worker's clock is past `at` (the time a removal was due), plus a margin. */
async function waitPast(rig: RemovalRig, at: number, marginMs: number): Promise<void> {
  const left = at - (await workerNow(rig));
  await sleep(Math.max(0, left) + marginMs);
}

/** A change to the page's light DOM, as a MutationObserver of the page sees it. */
interface PageChange {
  where: 'html' | 'head' | 'body' | 'other';
  type: string;
  added: string[];
}

/** The page's own markup, as the page's own scripts see it. */
function pageOwnMarkup(tab: Page) {
  return tab.evaluate(() => ({
    rootChildren: [...document.documentElement.children].map((e) => e.tagName),
    head: document.head.innerHTML,
    styleSheets: document.styleSheets.length,
  }));
}

it('shows progress and a countdown in its own shadow root; Pause holds, Resume continues, Stop ends and keeps the queue', async () => {
  // Gaps of 45..150 s become 2.25..7.5 s: time to read the countdown and press Pause in between.
  rig = await setUpRig({ layout: 'current', size: 30, seed: 61 }, { humanDelayScale: 0.05 });
  const { fake, control } = rig;
  const queued = fake.people().slice(2, 6);
  const [first] = queued as [FakePerson];
  await queueByMessage(control, queued);
  const tab = await openConnections(rig);

  // Before Start: the page's own markup, and a watch on every change to it (light DOM only: a
  // MutationObserver does not see into shadow roots).
  const before = await pageOwnMarkup(tab);
  await tab.evaluate(() => {
    const changes: PageChange[] = [];
    const where = (node: Node) =>
      node === document.documentElement
        ? 'html'
        : document.head.contains(node)
          ? 'head'
          : document.body.contains(node)
            ? 'body'
            : 'other';
    const record = (records: MutationRecord[]) => {
      for (const r of records)
        changes.push({
          where: where(r.target),
          type: r.type,
          added: [...r.addedNodes].map((n) => n.nodeName),
        });
    };
    const observer = new MutationObserver(record);
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    (window as unknown as { pageChanges: () => PageChange[] }).pageChanges = () => {
      record(observer.takeRecords());
      return changes;
    };
  });
  const pageChanges = () =>
    tab.evaluate(() => (window as unknown as { pageChanges: () => PageChange[] }).pageChanges());

  expect(await send(control, { type: 'session/start' })).toMatchObject({ ok: true });
  const overlay = overlayOn(tab);
  await overlay.waitFor();

  // Its own host element, a child of <html>, holding nothing in the light DOM; the page's head,
  // style sheets and body are untouched by it.
  const after = await pageOwnMarkup(tab);
  expect(after.rootChildren).toEqual([...before.rootChildren, 'QUIETPRUNE-SESSION']);
  expect(after.head).toBe(before.head);
  expect(after.styleSheets).toBe(before.styleSheets);
  const host = tab.locator('quietprune-session');
  expect(
    await host.evaluate((h) => ({ children: h.childNodes.length, inBody: document.body.contains(h) })),
  ).toEqual({ children: 0, inBody: false });
  expect(await tab.evaluate(() => document.body.innerText)).not.toMatch(/removed this session|QuietPrune/);

  // During the first removal: who is being removed; then the progress and a countdown that runs
  // from the worker's own schedule.
  await expect
    .poll(() => overlay.innerText(), { timeout: 10_000, interval: 50 })
    .toContain(`Now: ${first.name}`);
  await expect
    .poll(() => overlay.innerText(), { timeout: 10_000, interval: 50 })
    .toMatch(/1 of 4 removed this session[\s\S]*Next removal in 0:0\d/);
  const waiting = await readSession(control);
  const due = waiting.nextRemovalAt!;
  const shown = (await countdownSeconds(overlay))!;
  const expected = Math.ceil((due - (await workerNow(rig))) / 1000);
  expect(shown).toBeGreaterThanOrEqual(expected);
  expect(shown).toBeLessThanOrEqual(expected + 1);
  await sleep(1_100);
  const later = await countdownSeconds(overlay);
  expect(later).not.toBeNull();
  expect(later!).toBeLessThan(shown);

  // Pause, with the panel's own button.
  await overlay.getByRole('button', { name: 'Pause' }).click();
  await expect.poll(async () => (await readSession(control)).status).toBe('paused');
  await expect.poll(() => overlay.innerText()).toMatch(/QuietPrune: paused/);
  await expect.poll(() => overlay.getByRole('button', { name: 'Resume' }).isVisible()).toBe(true);
  expect(await countdownSeconds(overlay)).toBeNull();
  // Pause came between two removals (a gap is at least 2.25 s here); had it come during one, that
  // one would finish first.
  await expect.poll(async () => (await readSession(control)).currentKey, { timeout: 10_000 }).toBeNull();
  const removedAtPause = fake.removals.length;
  expect(removedAtPause).toBe(1);
  expect(await sessionAlarm(rig)).toBeUndefined();

  // LinkedIn's own "Connection removed" notice leaves after 4 s; from then on the page is still.
  await tab.getByText('Connection removed').waitFor({ state: 'detached', timeout: 10_000 });
  const changesBefore = (await pageChanges()).length;

  // The page's own scripts can reach an open shadow root, but cannot press its buttons for the user.
  await tab.evaluate(() => {
    const root = document.querySelector('quietprune-session')?.shadowRoot;
    for (const button of root?.querySelectorAll('button') ?? []) button.click();
  });
  const clickedAt = Date.now();

  // Held well past the moment the next removal was due: nobody removed, still paused, and neither
  // the overlay nor those clicks changed anything in the page's own markup.
  await waitPast(rig, due, 1_000);
  await sleep(Math.max(0, 1_500 - (Date.now() - clickedAt)));
  expect(fake.removals).toHaveLength(removedAtPause);
  expect(await readSession(control)).toMatchObject({ status: 'paused', currentKey: null });
  await expect.poll(() => overlay.innerText()).toMatch(/QuietPrune: paused/);
  const changes = await pageChanges();
  expect(changes.slice(changesBefore), 'the page changed while paused').toEqual([]);
  // Since Start: at <html> only the host was added, and <head> never changed.
  expect(changes.filter((c) => c.where === 'html')).toEqual([
    { where: 'html', type: 'childList', added: ['QUIETPRUNE-SESSION'] },
  ]);
  expect(changes.filter((c) => c.where === 'head')).toEqual([]);

  // Resume continues with the next person.
  await overlay.getByRole('button', { name: 'Resume' }).click();
  await expect
    .poll(() => overlay.innerText(), { timeout: 10_000, interval: 50 })
    .toMatch(/2 of 4 removed this session[\s\S]*Next removal in/);
  expect(fake.removals).toHaveLength(2);

  // Stop, between two removals: the session ends, the rest stays queued, nothing more happens.
  await overlay.getByRole('button', { name: 'Stop' }).click();
  const ended = await waitForSessionEnd(control, 5_000);
  expect(ended).toMatchObject({
    status: 'ended',
    safetyStop: false,
    removedThisSession: 2,
    endMessage: 'You stopped the session on the page.',
  });
  await expect
    .poll(() => overlay.innerText())
    .toMatch(/QuietPrune: session ended[\s\S]*You stopped the session on the page\./);
  expect(await overlay.getByRole('button', { name: 'Pause' }).count()).toBe(0);
  expect(await overlay.getByRole('button', { name: 'Stop' }).count()).toBe(0);
  const searchesAtStop = searchesSeen(rig);
  await sleep(1_000);
  expect(fake.removals).toHaveLength(2);
  expect(searchesSeen(rig), 'nobody searched for after Stop').toBe(searchesAtStop);
  expect(await sessionAlarm(rig)).toBeUndefined();
  const status = statusByKey(await readQueue(control));
  expect(Object.values(status).sort()).toEqual(['queued', 'queued', 'removed', 'removed']);
  for (const r of fake.removals)
    expect(status[keyOf(queued.find((p) => p.slug === r.slug)!)]).toBe('removed');

  // Close takes the panel away and leaves the page as it was.
  await overlay.getByRole('button', { name: 'Close' }).click();
  await expect.poll(() => tab.locator('quietprune-session').count()).toBe(0);
  expect((await pageOwnMarkup(tab)).rootChildren).toEqual(before.rootChildren);
  expectOnlyQueuedRemoved(fake, queued.map(keyOf));
});

/** The search a removal (or a check) types for this person. */
const searchFor = (person: FakePerson) => (query: string) => query === searchNameFor(person.name);

/**
 * Holds LinkedIn's answer to one search, chosen by `when`, until the test lets it go: the page is
 * then in the middle of that removal for as long as the test needs.
 */
async function holdOneSearch(
  rig: RemovalRig,
  when: (query: string) => boolean,
): Promise<{ held: Promise<void>; release(): Promise<void>; queries: string[] }> {
  const queries: string[] = [];
  let heldRoute: Route | null = null;
  let onHeld!: () => void;
  const held = new Promise<void>((resolve) => (onHeld = resolve));
  await rig.ext.context.route('https://www.linkedin.com/fake-api/connections**', async (route: Route) => {
    const query = new URL(route.request().url()).searchParams.get('q') ?? '';
    if (query !== '') queries.push(query);
    if (heldRoute === null && query !== '' && when(query)) {
      heldRoute = route;
      onHeld();
      return;
    }
    await route.fallback();
  });
  return {
    held,
    queries,
    async release() {
      await heldRoute?.abort().catch(() => undefined);
    },
  };
}

it('closing the Connections tab mid-removal ends the session; the person in progress is checked first when the user starts again', async () => {
  rig = await setUpRig({ layout: 'classic', size: 30, seed: 62 });
  const { fake, control } = rig;
  const queued = fake.people().slice(4, 6);
  const [a, b] = queued as [FakePerson, FakePerson];
  await queueByMessage(control, queued);
  // LinkedIn has removed A; the search that would show A gone never answers, and the tab closes.
  const hold = await holdOneSearch(
    rig,
    (q) => fake.removals.some((r) => r.slug === a.slug) && searchFor(a)(q),
  );
  const tab = await openConnections(rig);
  expect(await send(control, { type: 'session/start' })).toMatchObject({ ok: true });
  await hold.held;
  expect((await readSession(control)).currentKey).toBe(keyOf(a));
  await tab.close();
  await hold.release();

  const ended = await waitForSessionEnd(control, 5_000);
  expect(ended).toMatchObject({
    safetyStop: false,
    endMessage: 'The Connections tab was closed, so the session ended.',
  });
  expect(statusByKey(await readQueue(control))).toEqual({ [keyOf(a)]: 'in-progress', [keyOf(b)]: 'queued' });
  expect(await sessionAlarm(rig)).toBeUndefined();

  // Nothing resumes by itself, not even when the user opens the Connections page again.
  const searchedBeforeReopen = hold.queries.length;
  const again = await openConnections(rig);
  await sleep(1_000);
  expect(fake.removals.map((r) => r.slug)).toEqual([a.slug]);
  expect(hold.queries.length, 'nobody searched for').toBe(searchedBeforeReopen);
  expect(await readSession(control)).toMatchObject({ status: 'ended', sessionId: ended.sessionId });
  expect(await again.locator('quietprune-session').count()).toBe(0);

  // Start: A is checked by a search first (gone: removed, logged once), then B is removed.
  const searchedBefore = hold.queries.length;
  expect(await send(control, { type: 'session/start' })).toMatchObject({ ok: true });
  const done = await waitForSessionEnd(control, 20_000, ended);
  expect(done.endMessage).toBe('The queue is done: nobody left to remove.');
  expect(fake.removals.map((r) => r.slug)).toEqual([a.slug, b.slug]);
  expect(
    searchFor(a)(hold.queries[searchedBefore]!),
    `first search of the new session: ${hold.queries[searchedBefore]}`,
  ).toBe(true);
  const log = (await readLog(control)).sort((x, y) => x.at - y.at);
  expect(log.map((e) => [e.profileKey, e.confirmedAfterInterruption ?? false])).toEqual([
    [keyOf(a), true],
    [keyOf(b), false],
  ]);
  expect(Object.values(statusByKey(await readQueue(control)))).toEqual(['removed', 'removed']);
  expectOnlyQueuedRemoved(fake, queued.map(keyOf));
});

it('sending the tab away from the Connections page ends the session; coming back resumes nothing; Start does', async () => {
  rig = await setUpRig({ layout: 'current', size: 30, seed: 63 });
  const { fake, control } = rig;
  const queued = fake.people().slice(1, 3);
  const [b, c] = queued as [FakePerson, FakePerson];
  await queueByMessage(control, queued);
  // B's search never answers: B is in progress, with nothing done on LinkedIn yet.
  const hold = await holdOneSearch(rig, searchFor(b));
  const tab = await openConnections(rig);
  expect(await send(control, { type: 'session/start' })).toMatchObject({ ok: true });
  await hold.held;
  expect((await readSession(control)).currentKey).toBe(keyOf(b));

  await tab.goto(FEED_URL);
  await hold.release();
  const ended = await waitForSessionEnd(control, 5_000);
  expect(ended).toMatchObject({
    safetyStop: false,
    endMessage: 'The tab left the Connections page, so the session ended.',
    removedThisSession: 0,
  });
  expect(statusByKey(await readQueue(control))).toEqual({ [keyOf(b)]: 'in-progress', [keyOf(c)]: 'queued' });
  expect(await sessionAlarm(rig)).toBeUndefined();
  expect(await tab.locator('quietprune-session').count()).toBe(0);

  // Back on the Connections page: no overlay, no removal, the session stays ended.
  await tab.goto(CONNECTIONS_URL);
  await tab.locator('a[href*="/in/"]').first().waitFor();
  const searchedBeforeReturn = hold.queries.length;
  await sleep(1_000);
  expect(fake.removals).toEqual([]);
  expect(hold.queries.length, 'nobody searched for').toBe(searchedBeforeReturn);
  expect(await readSession(control)).toMatchObject({ status: 'ended', sessionId: ended.sessionId });
  expect(await tab.locator('quietprune-session').count()).toBe(0);

  // Start: B is checked first (still connected: queued again, then removed once), then C.
  const searchedBefore = hold.queries.length;
  expect(await send(control, { type: 'session/start' })).toMatchObject({ ok: true });
  await overlayOn(tab).waitFor();
  const done = await waitForSessionEnd(control, 20_000, ended);
  expect(done.endMessage).toBe('The queue is done: nobody left to remove.');
  expect(fake.removals.map((r) => r.slug)).toEqual([b.slug, c.slug]);
  const log = await readLog(control);
  expect(log.map((e) => e.profileKey).sort()).toEqual(queued.map(keyOf).sort());
  expect(log.some((e) => e.confirmedAfterInterruption)).toBe(false);
  // The check, then the removal: B searched twice before anyone else, and started twice in all.
  expect(
    hold.queries.slice(searchedBefore, searchedBefore + 2).map(searchFor(b)),
    hold.queries.slice(searchedBefore).join(' | '),
  ).toEqual([true, true]);
  const queue = await readQueue(control);
  expect(queue.find((i) => i.profileKey === keyOf(b))?.attempts).toBe(2);
  expect(Object.values(statusByKey(queue))).toEqual(['removed', 'removed']);
  expectOnlyQueuedRemoved(fake, queued.map(keyOf));
});

it('finding 4: after a safety stop mid-removal, the person reads "Interrupted: checked first next session" with Remove from queue', async () => {
  rig = await setUpRig({ layout: 'current', size: 30, seed: 64 });
  const { ext, fake, control } = rig;
  const queued = fake.people().slice(1, 3);
  const [b, c] = queued as [FakePerson, FakePerson];
  await queueByMessage(control, queued);
  const hold = await holdOneSearch(rig, searchFor(b));
  const tab = await openConnections(rig);
  expect(await send(control, { type: 'session/start' })).toMatchObject({ ok: true });
  await hold.held;

  // LinkedIn sends the tab to a checkpoint while B's removal is under way: a safety stop.
  await tab.goto('https://www.linkedin.com/checkpoint/challenge/verify');
  await hold.release();
  const ended = await waitForSessionEnd(control, 5_000);
  expect(ended).toMatchObject({ safetyStop: true, endReason: { code: 'warning-address' } });
  expect(statusByKey(await readQueue(control))).toEqual({ [keyOf(b)]: 'in-progress', [keyOf(c)]: 'queued' });

  const popup = await ext.openPage('src/popup/index.html');
  await popup.getByRole('tab', { name: /^Queue/ }).click();
  const row = popup.locator(`[data-profile-key="${keyOf(b)}"]`);
  await expect.poll(() => row.textContent()).toContain('Interrupted: checked first next session');
  expect(await row.textContent()).not.toContain('Removing now');
  await row.getByRole('button', { name: `Take ${b.name} off the queue` }).click();
  await expect.poll(async () => statusByKey(await readQueue(control))).toEqual({ [keyOf(c)]: 'queued' });
  expect(fake.removals).toEqual([]);
  expect(await readLog(control)).toEqual([]);
});

it('finding 7: after the last queued person is removed the session ends at once, not after another gap', async () => {
  // Human pauses at 5 %: a 45..150 s gap between removals is 2.25..7.5 s, long enough to see.
  const scale = 0.05;
  rig = await setUpRig({ layout: 'current', size: 30, seed: 65 }, { humanDelayScale: scale });
  const { fake, control } = rig;
  const [only] = fake.people().slice(5, 6) as [FakePerson];
  await queueByMessage(control, [only]);
  const tab = await openConnections(rig);
  expect(await send(control, { type: 'session/start' })).toMatchObject({ ok: true });
  const ended = await waitForSessionEnd(control, 60_000);
  expect(ended).toMatchObject({
    safetyStop: false,
    removedThisSession: 1,
    endReason: { code: 'queue-done' },
  });
  const [item] = await readQueue(control);
  expect(item!.status).toBe('removed');
  // Ended when the result came (the item's last change), well inside the shortest gap (45 s × scale).
  expect(ended.endedAt! - item!.updatedAt).toBeLessThan(45_000 * scale);
  await expect.poll(() => overlayOn(tab).textContent()).not.toContain('Next removal');
});
