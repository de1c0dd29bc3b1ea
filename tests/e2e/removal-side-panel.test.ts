import { afterEach, expect, it } from 'vitest';
import type { Locator, Page, Route } from 'playwright';
import type { FakePerson } from '../fake-linkedin';
import { searchNameFor } from '../../src/linkedin/removal-dialog';
import {
  expectOnlyQueuedRemoved,
  keyOf,
  openPopup,
  queueByMessage,
  readLog,
  startFromPopup,
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
 * The session in Chrome's side panel, as a user sees it, and the
 * ways a session ends without it: the tab closed, the tab sent elsewhere. After any of them
 * nothing resumes by itself; only Start begins a new session, and the person who was in progress
 * is checked by a search before anything else. (tests/e2e/page-footprint.test.ts shows that
 * LinkedIn's page holds nothing of QuietPrune meanwhile.)
 */
const CONNECTIONS_URL = 'https://www.linkedin.com/mynetwork/invite-connect/connections/';
const FEED_URL = 'https://www.linkedin.com/feed/';
/** The side panel's page, opened as a tab (Chrome's side panel itself is out of Playwright's reach). */
const SIDE_PANEL = 'src/sidepanel/index.html';

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
const badge = (rig: RemovalRig) =>
  worker(rig).evaluate(async () => ({
    text: await chrome.action.getBadgeText({}),
    title: await chrome.action.getTitle({}),
  }));

/** Searches LinkedIn has answered or been asked for (a removal starts with one). */
const searchesSeen = (rig: RemovalRig): number =>
  rig.fake.requests.filter(
    (url) => url.includes('/fake-api/connections') && (new URL(url).searchParams.get('q') ?? '') !== '',
  ).length;

/** The session view (the same component as the popup's), in the side panel's page. */
const sessionIn = (panel: Page): Locator => panel.getByTestId('session-state');

async function openConnections(rig: RemovalRig): Promise<Page> {
  const tab = await rig.ext.context.newPage();
  await tab.goto(CONNECTIONS_URL);
  await tab.locator('a[href*="/in/"]').first().waitFor(); // the list is on screen
  return tab;
}

/** Seconds shown by "Next removal in m:ss", or null when no countdown is shown. */
async function countdownSeconds(view: Locator): Promise<number | null> {
  const text = (await view.innerText()).match(/Next removal in (\d+):(\d\d)/);
  return text ? Number(text[1]) * 60 + Number(text[2]) : null;
}

/** Waits until the worker's clock is past `at` (the time a removal was due), plus a margin. */
async function waitPast(rig: RemovalRig, at: number, marginMs: number): Promise<void> {
  const left = at - (await workerNow(rig));
  await sleep(Math.max(0, left) + marginMs);
}

it('the side panel shows progress, who is being removed and a live countdown; its Pause holds, Resume continues, Stop ends and keeps the queue; the badge follows', async () => {
  // Gaps of 45..150 s become 2.25..7.5 s: time to read the countdown and press Pause in between.
  rig = await setUpRig({ layout: 'current', size: 30, seed: 61 }, { humanDelayScale: 0.05 });
  const { fake, control } = rig;
  const queued = fake.people().slice(2, 6);
  const [first] = queued as [FakePerson];
  await queueByMessage(control, queued);
  await openConnections(rig);
  const panel = await rig.ext.openPage(SIDE_PANEL);
  const view = sessionIn(panel);
  await expect.poll(() => view.getAttribute('data-status')).toBe('idle');
  expect(await badge(rig)).toMatchObject({ text: '4' });

  // Start in the panel itself (the popup's Start is the same component).
  await panel.getByRole('button', { name: 'Start session' }).click();

  // During the first removal: who is being removed; then the progress and a countdown that runs
  // from the worker's own schedule, ticking while nothing else changes.
  await expect
    .poll(() => view.innerText(), { timeout: 10_000, interval: 50 })
    .toContain(`Removing ${first.name} now.`);
  expect((await badge(rig)).text).toMatch(/^▶\d$/);
  await expect
    .poll(() => view.innerText(), { timeout: 10_000, interval: 50 })
    .toMatch(/1 of 4 removed\.[\s\S]*Next removal in 0:0\d/);
  const waiting = await readSession(control);
  const due = waiting.nextRemovalAt!;
  const shown = (await countdownSeconds(view))!;
  const expected = Math.ceil((due - (await workerNow(rig))) / 1000);
  expect(shown).toBeGreaterThanOrEqual(expected - 1);
  expect(shown).toBeLessThanOrEqual(expected + 1);
  await sleep(1_100);
  const later = await countdownSeconds(view);
  expect(later).not.toBeNull();
  expect(later!).toBeLessThan(shown);
  const running = await badge(rig);
  expect(running.text).toBe('▶3');
  expect(running.title).toContain('session running, 1 of 4 removed');

  // Pause, with the panel's own button.
  await panel.getByRole('button', { name: 'Pause' }).click();
  await expect.poll(async () => (await readSession(control)).status).toBe('paused');
  await expect.poll(() => view.innerText()).toMatch(/Session paused after 1 of 4/);
  expect(await countdownSeconds(view)).toBeNull();
  // Pause came between two removals (a gap is at least 2.25 s here); had it come during one, that
  // one would finish first.
  await expect.poll(async () => (await readSession(control)).currentKey, { timeout: 10_000 }).toBeNull();
  const removedAtPause = fake.removals.length;
  expect(removedAtPause).toBe(1);
  expect(await sessionAlarm(rig)).toBeUndefined();
  const paused = await badge(rig);
  expect(paused.text).toBe('‖3');
  expect(paused.title).toContain('session paused');

  // Held well past the moment the next removal was due: nobody removed, still paused.
  await waitPast(rig, due, 1_000);
  expect(fake.removals).toHaveLength(removedAtPause);
  expect(await readSession(control)).toMatchObject({ status: 'paused', currentKey: null });

  // Resume continues with the next person.
  await panel.getByRole('button', { name: 'Resume' }).click();
  await expect
    .poll(() => view.innerText(), { timeout: 10_000, interval: 50 })
    .toMatch(/2 of 4 removed\.[\s\S]*Next removal in/);
  expect(fake.removals).toHaveLength(2);

  // Stop, between two removals: the session ends, the rest stays queued, nothing more happens.
  await panel.getByRole('button', { name: 'Stop' }).click();
  const ended = await waitForSessionEnd(control, 5_000);
  expect(ended).toMatchObject({
    status: 'ended',
    safetyStop: false,
    removedThisSession: 2,
    endMessage: 'You stopped the session.',
  });
  await expect.poll(() => view.innerText()).toMatch(/Session ended: You stopped the session\. 2\s+removed\./);
  expect(await panel.getByRole('button', { name: 'Pause' }).count()).toBe(0);
  expect(await panel.getByRole('button', { name: 'Stop' }).count()).toBe(0);
  const searchesAtStop = searchesSeen(rig);
  await sleep(1_000);
  expect(fake.removals).toHaveLength(2);
  expect(searchesSeen(rig), 'nobody searched for after Stop').toBe(searchesAtStop);
  expect(await sessionAlarm(rig)).toBeUndefined();
  expect(await badge(rig)).toMatchObject({ text: '2' });
  const status = statusByKey(await readQueue(control));
  expect(Object.values(status).sort()).toEqual(['queued', 'queued', 'removed', 'removed']);
  for (const r of fake.removals)
    expect(status[keyOf(queued.find((p) => p.slug === r.slug)!)]).toBe('removed');
  expectOnlyQueuedRemoved(fake, queued.map(keyOf));
});

it('the popup\'s Start opens the side panel in the same click, and "Show session panel" opens it again', async () => {
  rig = await setUpRig({ layout: 'classic', size: 30, seed: 66 });
  const { fake, control } = rig;
  await queueByMessage(control, fake.people().slice(3, 4));
  await openConnections(rig);
  const popup = await openPopup(rig.ext);
  // Chrome's side panel is not a page Playwright sees; the worker can tell whether it is open.
  const panelsOpen = () =>
    worker(rig!).evaluate(
      async () => (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).length,
    );
  expect(await panelsOpen()).toBe(0);
  await startFromPopup(popup);
  await expect.poll(panelsOpen, { timeout: 5_000 }).toBe(1);
  await expect.poll(async () => (await readSession(control)).status).not.toBe('idle');
  await send(control, { type: 'session/stop' });

  // Closed (as the user closes it), then opened again from the popup's header.
  const windowId = await popup.evaluate(async () => (await chrome.windows.getCurrent()).id!);
  await worker(rig).evaluate((id) => chrome.sidePanel.close({ windowId: id }), windowId);
  await expect.poll(panelsOpen, { timeout: 5_000 }).toBe(0);
  await popup.getByRole('button', { name: 'Show session panel' }).click();
  await expect.poll(panelsOpen, { timeout: 5_000 }).toBe(1);
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
  await openConnections(rig);
  await sleep(1_000);
  expect(fake.removals.map((r) => r.slug)).toEqual([a.slug]);
  expect(hold.queries.length, 'nobody searched for').toBe(searchedBeforeReopen);
  expect(await readSession(control)).toMatchObject({ status: 'ended', sessionId: ended.sessionId });

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

  // Back on the Connections page: no removal, the session stays ended.
  await tab.goto(CONNECTIONS_URL);
  await tab.locator('a[href*="/in/"]').first().waitFor();
  const searchedBeforeReturn = hold.queries.length;
  await sleep(1_000);
  expect(fake.removals).toEqual([]);
  expect(hold.queries.length, 'nobody searched for').toBe(searchedBeforeReturn);
  expect(await readSession(control)).toMatchObject({ status: 'ended', sessionId: ended.sessionId });

  // Start: B is checked first (still connected: queued again, then removed once), then C.
  const searchedBefore = hold.queries.length;
  expect(await send(control, { type: 'session/start' })).toMatchObject({ ok: true });
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
  // The badge says so, with or without a notification.
  const stopped = await badge(rig);
  expect(stopped.text).toBe('stop');
  expect(stopped.title).toContain('stopped for safety');
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
  await openConnections(rig);
  const panel = await rig.ext.openPage(SIDE_PANEL);
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
  await expect.poll(() => sessionIn(panel).textContent()).toMatch(/Session ended: The queue is done/);
  expect(await sessionIn(panel).textContent()).not.toContain('Next removal');
});
