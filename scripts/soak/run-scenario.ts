import type { BrowserContext, CDPSession, Page, Route, Worker } from 'playwright';
import { FakeLinkedIn, type FakePerson } from '../../tests/fake-linkedin';
import type { FakeFaults } from '../../tests/fake-linkedin/types';
import { launchWithExtension, type LoadedExtension } from '../../tests/e2e/harness/extension';
import { normaliseProfileUrl } from '../../src/linkedin/profile-url';
import type { QueueItem } from '../../src/core/removal-queue';
import type { RemovalLogEntry } from '../../src/core/removal-log';
import type { SessionState } from '../../src/storage/meta';
import { getAll, getMeta, putAll, send, sleep, until } from '../../tests/e2e/harness/extension-db';
import { onExtensionClock, scenarioMetrics, type ScenarioMetrics } from './metrics';
import { classesOf, type FaultClass, type LockName, type Moment, type ScenarioPlan } from './scenario';

/**
 * Runs one scenario: a Chromium with the e2e build (reused from the last scenario after a checked
 * reset, see SoakBrowser), the fake LinkedIn with the scenario's people and page faults, the
 * queue, cap and history seeded straight into IndexedDB, then sessions started as the user would
 * (again after a tab closed, a cap reached before the clock moved a day, or a safety stop once the
 * warning is cleared) until the queue is done, the cap holds it, or the scenario's time is up. The
 * other faults strike at the page's calls to LinkedIn (seen through one more Playwright route) or
 * on timers. The verdict compares the fake's record with the extension's log and queue.
 */

const CONNECTIONS_URL = 'https://www.linkedin.com/mynetwork/invite-connect/connections/';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Human pauses at 0.2 % of their length, as the removal e2e tests run them. */
const HUMAN_DELAY_SCALE = 0.002;
/** No call to LinkedIn for this long while a session runs: look whether it waits for a far alarm. */
const QUIET_MS = 3_000;
/** An alarm further away than this is a timer (watchdog, page retry), not a human pause at the soak's scale. */
const FAR_ALARM_MS = 5_000;
/** Only the order watchdog (3 minutes) is this far. */
const WATCHDOG_ALARM_MS = 60_000;
/** How long the page must have asked nothing of LinkedIn before a page retry is let to fire. */
const PAGE_QUIET_MS = 5_000;
const MAX_ROUNDS = 5;

export interface ScenarioOptions {
  /** Real-time budget of one scenario; what is unfinished then is stopped and judged as it stands. */
  budgetMs?: number;
  /** A browser to run in (reset before use); without one, a fresh one is opened and closed. */
  browser?: SoakBrowser;
  dist?: string;
  log?: (line: string) => void;
}

/**
 * One Chromium with the e2e build, reused from scenario to scenario. A fresh persistent context
 * costs 1.5-2 s here (plus the first page load), a reset about 0.3 s. The reset closes every tab
 * but the control page, stops the worker (so no handler of the last scenario runs on and nothing
 * of it stays in the worker's memory), clears the session alarm, the notifications and every store,
 * then checks that it all is empty: a leak fails the scenario instead of passing unseen.
 */
export interface SoakBrowser {
  ext: LoadedExtension;
  /** An extension page: reads and seeds IndexedDB, sends the popup's messages. */
  control: Page;
  /** DevTools session of the control page (ServiceWorker.stopAllWorkers). */
  cdp: CDPSession;
  used: number;
}

const DATA_STORES = ['connections', 'queue', 'keep', 'removalLog', 'facts', 'meta'];

export async function openSoakBrowser(dist?: string): Promise<SoakBrowser> {
  const ext = await launchWithExtension(dist ? { dist } : {});
  try {
    // The worker creates the database on install; opening it from a page first would create it without its stores.
    const installed = await until(() => liveWorker(ext).evaluate(async () => (await indexedDB.databases()).some((d) => d.name === 'quietprune')).catch(() => false), 15_000);
    if (!installed) throw new Error('the extension did not finish installing');
    const control = await ext.openPage('src/options/index.html');
    const cdp = await ext.context.newCDPSession(control);
    await cdp.send('ServiceWorker.enable');
    return { ext, control, cdp, used: 0 };
  } catch (error) {
    await ext.close().catch(() => undefined);
    throw error;
  }
}

export async function closeSoakBrowser(browser: SoakBrowser): Promise<void> {
  await browser.cdp.detach().catch(() => undefined);
  await browser.ext.close().catch(() => undefined);
}

/**
 * Empties the browser of everything a scenario left, then installs the next scenario's routes
 * (`install`): Playwright cannot add a route while the worker is stopped (the call waits for it),
 * so they go in before the stop. Throws if something stays.
 */
async function resetSoakBrowser(browser: SoakBrowser, install: (context: BrowserContext) => Promise<void>): Promise<void> {
  const { ext, control, cdp } = browser;
  const t = Date.now();
  const lap = (what: string) => process.env.SOAK_TRACE && console.log(`      reset ${what} ${Date.now() - t} ms`);
  await ext.context.unrouteAll({ behavior: 'ignoreErrors' });
  await install(ext.context);
  lap('routes replaced');
  for (const page of ext.context.pages()) if (page !== control) await page.close().catch(() => undefined);
  lap('tabs closed');
  await cdp.send('ServiceWorker.stopAllWorkers').catch(() => undefined);
  lap('worker stopped');
  const left = await control.evaluate(async (stores) => {
    await chrome.alarms.clearAll();
    for (const id of Object.keys(await chrome.notifications.getAll())) await chrome.notifications.clear(id);
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('quietprune');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('IndexedDB request failed'));
    });
    const clear = db.transaction(stores, 'readwrite');
    for (const name of stores) clear.objectStore(name).clear();
    await new Promise<void>((resolve, reject) => {
      clear.oncomplete = () => resolve();
      clear.onerror = () => reject(clear.error ?? new Error('IndexedDB request failed'));
    });
    const read = db.transaction(stores, 'readonly');
    const counts = await Promise.all(stores.map((name) => new Promise<number>((resolve) => {
      const request = read.objectStore(name).count();
      request.onsuccess = () => resolve(request.result);
    })));
    db.close();
    const alarms = await chrome.alarms.getAll();
    return { records: counts.reduce((a, b) => a + b, 0), alarms: alarms.length };
  }, DATA_STORES);
  lap('cleared');
  const tabs = ext.context.pages().filter((p) => p !== control).length;
  if (left.records > 0 || left.alarms > 0 || tabs > 0) {
    throw new Error(`the browser kept state from the last scenario: ${left.records} records, ${left.alarms} alarms, ${tabs} tabs`);
  }
  // The clear took the accepted risk statement with it: accept it again, as a fresh launch does.
  await putAll(control, 'meta', [{ key: 'riskAccepted', value: Date.now() }]);
}

function liveWorker(ext: LoadedExtension) {
  return ext.context.serviceWorkers()[0] ?? ext.worker;
}

/**
 * The running worker, woken if the soak stopped it: a handle to a stopped worker answers nothing,
 * ever, so every call to it is raced against a timeout. Any message wakes the worker; this one is
 * not a message QuietPrune knows, so the router refuses it and changes nothing.
 */
async function awakeWorker(browser: SoakBrowser): Promise<Worker> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const worker = browser.ext.context.serviceWorkers()[0];
    if (worker && (await withTimeout(worker.evaluate(() => true), 2_000).catch(() => false))) return worker;
    await withTimeout(send(browser.control, { type: 'soak/wake' }), 2_000).catch(() => undefined);
    await sleep(100);
  }
  throw new Error('the service worker did not wake up');
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([promise, sleep(ms).then(() => Promise.reject(new Error(`no answer in ${ms} ms`)))]);
}

export interface ScenarioResult {
  seed: number;
  /** A lock scenario (scenario.ts planLockScenario): its wrong removal is expected, with the lock off. */
  lockScenario?: LockName;
  layout: string;
  classes: FaultClass[];
  /** Classes the fake or the runner could not produce here (with why). */
  notApplied: Array<{ fault: FaultClass; why: string }>;
  locksOff: LockName[];
  metrics: ScenarioMetrics;
  warningsInjected: number;
  warningStops: number;
  /** Session ends that followed an injected warning without a safety stop. */
  warningMisses: string[];
  sessionEnds: Array<{ message: string; safetyStop: boolean }>;
  /** Times the soak let Chrome's later timers fire (the order watchdog, a page retry) by moving the clock. */
  nudges: number;
  queueEnd: Record<string, string>;
  removed: string[];
  queued: string[];
  durationMs: number;
  timedOut: boolean;
  error?: string;
}

type ApiEvent = 'search' | 'dialog' | 'remove-before' | 'remove-after';

export async function runScenario(plan: ScenarioPlan, options: ScenarioOptions = {}): Promise<ScenarioResult> {
  const started = Date.now();
  const budgetMs = options.budgetMs ?? 30_000;
  const log = options.log ?? (() => undefined);
  const classes = classesOf(plan);
  const notApplied: ScenarioResult['notApplied'] = [];
  const sessionEnds: ScenarioResult['sessionEnds'] = [];
  const warningMisses: string[] = [];
  let warningsInjected = 0;
  let warningStops = 0;
  let nudges = 0;
  let timedOut = false;
  let error: string | undefined;
  const offsets: Array<{ fromRealAt: number; offsetMs: number }> = [{ fromRealAt: 0, offsetMs: 0 }];
  let offsetMs = 0;

  // ---- the fake, with the page faults it produces itself (tests/fake-linkedin/README.md) ----
  const f = plan.faults;
  const pageFaults: Partial<FakeFaults> = { ...plan.pageFaults };
  if (f['stale-menu']) pageFaults.staleMenu = true;
  if (f['rerender-rows']) Object.assign(pageFaults, f['rerender-rows'].recycle ? { recycleRows: true } : { rerenderDuringRemoval: true });
  if (f['search-lag']) pageFaults.searchLagMs = f['search-lag'].ms;
  if (f['dialog-names-other']?.viaMenu) Object.assign(pageFaults, { menuActsOnOther: true, dialogShowsFullName: true });
  if (plan.layout === 'classic' && pageFaults.staleMenu) {
    notApplied.push({ fault: 'stale-menu', why: 'the classic dropdown lives inside its card: no stale menu' });
    delete pageFaults.staleMenu;
  }
  if (plan.layout === 'classic' && (pageFaults.recycleRows || pageFaults.rerenderDuringRemoval)) {
    notApplied.push({ fault: 'rerender-rows', why: 'the classic list is not virtualised' });
    delete pageFaults.recycleRows;
    delete pageFaults.rerenderDuringRemoval;
  }
  const fake = new FakeLinkedIn({
    layout: plan.layout,
    size: plan.size,
    seed: plan.seed,
    extraPeople: plan.extraPeople,
    latencyMs: plan.latencyMs,
    moreActionsLabel: plan.moreActionsLabel,
    faults: pageFaults,
    ...(f['slow-load'] ? { stall: f['slow-load'].stall } : {}),
    ...(f['menu-fails-first-click'] ? { menuFailsFirstClick: true } : {}),
  });
  const bySlug = new Map(fake.people().map((p) => [p.slug, p]));
  const generated = fake.people().filter((p) => !plan.extraPeople.some((e) => e.slug === p.slug));
  const queuedPeople: FakePerson[] = [...plan.queueSlugs.map((slug) => bySlug.get(slug)!), ...plan.queueIndexes.map((i) => generated[i]!)];
  const queuedKeys = queuedPeople.map(keyOf);

  let ext: LoadedExtension | null = null;
  let browser: SoakBrowser | null = options.browser ?? null;
  const ownBrowser = browser === null;
  const timers: NodeJS.Timeout[] = [];
  let finished = false;
  let lastApiAt = Date.now();
  let warningPending = false;
  const counts: Record<ApiEvent, number> = { search: 0, dialog: 0, 'remove-before': 0, 'remove-after': 0 };

  try {
    const trace = (what: string) => process.env.SOAK_TRACE && log(`    +${Date.now() - started} ms ${what}`);
    if (browser) {
      trace('reset');
      await resetSoakBrowser(browser, (context) => fake.install(context));
    } else {
      browser = await openSoakBrowser(options.dist);
      await fake.install(browser.ext.context);
    }
    browser.used++;
    ext = browser.ext;
    const context = ext.context;
    const control = browser.control;
    trace('browser ready');

    // ---- seed what a person would have built over days ----
    trace('seeding');
    // The test clock starts at no offset (the reset emptied it), so the worker's now is Date.now().
    const t0 = Date.now();
    await putAll(control, 'meta', [
      { key: 'testClock', value: { offsetMs: 0, humanDelayScale: plan.humanDelayScale ?? HUMAN_DELAY_SCALE } },
      { key: 'settings', value: { dailyCap: plan.cap, pace: 'normal', reminder: { enabled: false, time: '09:30' } } },
    ]);
    await putAll(control, 'queue', queuedPeople.map((person, order) => ({ value: queueItem(person, order, t0) })));
    const history = plan.historyHoursAgo.map((hours) => t0 - hours * HOUR);
    await putAll(control, 'removalLog', history.map((at, i) => ({
      value: { profileKey: `soak-history-${i}`, profileUrl: `https://www.linkedin.com/in/soak-history-${i}/`, name: `History ${i}`, at, reason: 'soak history', lost: null, state: 'removed' },
    })));
    if (plan.locksOff.length > 0) await setLocksOff(plan.locksOff);

    // ---- the faults ----
    const fire = (moment: Moment, action: () => Promise<void> | void): ((event: ApiEvent, n: number) => Promise<void>) | null => {
      if (moment.on === 'timer') {
        pendingTimers.push({ afterMs: moment.afterMs, action });
        return null;
      }
      let done = false;
      return async (event, n) => {
        if (done || event !== moment.on || n !== moment.attempt) return;
        done = true;
        await action();
      };
    };
    const pendingTimers: Array<{ afterMs: number; action: () => Promise<void> | void }> = [];
    const hooks: Array<(event: ApiEvent, n: number, route: Route) => Promise<void>> = [];
    const on = (moment: Moment, action: () => Promise<void> | void) => {
      const hook = fire(moment, action);
      if (hook) hooks.push((event, n) => hook(event, n));
    };
    const sessionPage = (): Page | undefined => connectionsPages()[0];

    if (f.warning) {
      const kind = f.warning.kind;
      on(f.warning.at, () => {
        if (finished || warningPending) return;
        warningPending = true;
        warningsInjected++;
        fake.setWarning(kind);
      });
    }
    if (f['dialog-names-other']) {
      const { firstName, attempt } = f['dialog-names-other'];
      on({ on: 'dialog', attempt }, () => fake.nextDialogNames(firstName));
    }
    for (const moment of f['worker-stop']?.at ?? []) on(moment, () => stopWorker());
    if (f['tab-close-reload']) {
      const { action } = f['tab-close-reload'];
      on(f['tab-close-reload'].at, async () => {
        const page = sessionPage();
        if (!page || warningPending) return;
        if (action === 'close') await page.close().catch(() => undefined);
        else void page.reload().catch(() => undefined);
      });
    }
    if (f['second-tab']?.when === 'mid-session') pendingTimers.push({ afterMs: f['second-tab'].afterMs, action: () => openSecondTab() });
    if (f['clock-day']?.when === 'mid-session') pendingTimers.push({ afterMs: f['clock-day'].afterMs, action: () => moveClock(DAY + f['clock-day']!.extraMs) });
    await context.route('https://www.linkedin.com/fake-api/**', async (route: Route) => {
      lastApiAt = Date.now();
      const request = route.request();
      if (process.env.SOAK_TRACE) log(`    +${Date.now() - started} ms ${request.method()} ${request.url().replace('https://www.linkedin.com', '')}`);
      const url = new URL(request.url());
      const endpoint = url.pathname.replace('/fake-api/', '');
      const query = url.searchParams.get('q') ?? '';
      let event: ApiEvent | null = null;
      if (endpoint === 'connections' && query.trim() !== '') event = 'search';
      else if (endpoint === 'remove-dialog') event = 'dialog';
      else if (endpoint === 'remove' && request.method() === 'POST') event = 'remove-before';
      if (event) {
        const n = ++counts[event];
        for (const hook of hooks) await hook(event, n, route);
      }
      await route.fallback();
      if (event === 'remove-before') {
        const n = ++counts['remove-after'];
        for (const hook of hooks) await hook('remove-after', n, route);
      }
    });

    // ---- sessions, as the user starts them ----
    trace('starting');
    if (f['second-tab']?.when === 'before-start') await openSecondTab();
    let session: SessionState = (await getMeta<SessionState>(control, 'session')) ?? ({ status: 'idle' } as SessionState);
    let movedForCap = false;
    let timersArmed = false;
    for (let round = 0; round < MAX_ROUNDS && !finished; round++) {
      if (Date.now() - started > budgetMs) {
        timedOut = true;
        break;
      }
      const queue = await getAll<QueueItem>(control, 'queue');
      if (!queue.some((i) => i.status === 'queued' || i.status === 'in-progress')) break;
      const reply = await send(control, { type: 'session/start' });
      if (!reply.ok) {
        if (/cap/i.test(reply.error ?? '') && f['clock-day'] && !movedForCap) {
          movedForCap = true;
          await moveClock(DAY + f['clock-day'].extraMs);
          continue;
        }
        sessionEnds.push({ message: `Start refused: ${reply.error}`, safetyStop: false });
        break;
      }
      if (!timersArmed) {
        timersArmed = true;
        for (const timer of pendingTimers) {
          timers.push(setTimeout(() => {
            if (!finished) void Promise.resolve(timer.action()).catch(() => undefined);
          }, timer.afterMs));
        }
      }
      const before = session;
      lastApiAt = Date.now();
      const ended = await until(async () => {
        const now = (await getMeta<SessionState>(control, 'session').catch(() => undefined)) ?? session;
        session = now;
        if (now.status === 'ended' && now.sessionId !== before.sessionId) return true;
        if (Date.now() - started > budgetMs) return true;
        if (now.status === 'running' && Date.now() - lastApiAt > QUIET_MS) {
          // Nothing asked of LinkedIn for a while. If the session waits for an alarm minutes away
          // (the watchdog of a lost order, a page retry), let that time pass as Chrome would: move
          // the clock to the alarm, clear it and run its handler. A busy or slow page is left alone.
          const quietFor = Date.now() - lastApiAt;
          const alarm = await browser!.control.evaluate(() => chrome.alarms.get('quietprune-session-step')).catch(() => undefined);
          const wait = alarm ? alarm.scheduledTime - Date.now() : 0;
          // Only for a page that is idle (the worker's own page/probe, sent from the control page):
          // a page still busy in real time (waiting up to 10 s for LinkedIn's answer) would see the
          // worker's 3 minutes of patience eaten by the moved clock, which no real run would do.
          const idle = alarm && wait > FAR_ALARM_MS ? await pageIdle(session.tabId) : false;
          if (alarm && idle && (wait > WATCHDOG_ALARM_MS || quietFor > PAGE_QUIET_MS)) {
            lastApiAt = Date.now();
            nudges++;
            await moveClock(wait + 100);
            await browser!.control.evaluate(() => chrome.alarms.clear('quietprune-session-step')).catch(() => undefined);
            const live = await awakeWorker(browser!).catch(() => null);
            await withTimeout(live!.evaluate(() => (globalThis as unknown as { quietPruneTest: { runSessionStep(): Promise<void> } }).quietPruneTest.runSessionStep()), 10_000).catch(() => undefined);
          }
        }
        return false;
      }, budgetMs + 5_000, 150);
      if (!ended || session.status !== 'ended') {
        timedOut = true;
        break;
      }
      sessionEnds.push({ message: session.endMessage, safetyStop: session.safetyStop });
      log(`  seed ${plan.seed} round ${round + 1}: ${session.safetyStop ? 'SAFETY STOP ' : ''}${session.endMessage}`);
      if (warningPending) {
        // A session may end for another reason first (its tab closed, the clock moved a day)
        // before the page met the warning; the warning stands, and the next session must stop on it.
        if (!session.safetyStop) continue;
        warningStops++;
        // The user deals with LinkedIn, loads the Connections page again and starts again.
        warningPending = false;
        fake.setWarning('none');
        for (const page of linkedInPages()) await page.goto(CONNECTIONS_URL).catch(() => undefined);
        continue;
      }
      if (/cap/i.test(session.endMessage) && !session.safetyStop) {
        if (f['clock-day'] && !movedForCap) {
          movedForCap = true;
          await moveClock(DAY + f['clock-day'].extraMs);
          continue;
        }
        break;
      }
      if (/queue is done/i.test(session.endMessage)) break;
    }
  } catch (caught) {
    error = caught instanceof Error ? caught.stack ?? caught.message : String(caught);
    if (process.env.SOAK_TRACE) log(`    error ${error}`);
  }

  // ---- a warning the last session ended before seeing ----
  // The session ended (its last person done) before LinkedIn showed the warning to a page: a person
  // would load the Connections page again and meet it, and QuietPrune must then turn that recent end
  // into a safety stop.
  if (warningPending && !timedOut && error === undefined && ext && sessionEnds.length > 0 && !sessionEnds[sessionEnds.length - 1]!.safetyStop) {
    try {
      const page = connectionsPages()[0];
      if (page) {
        await page.goto(CONNECTIONS_URL).catch(() => undefined);
        const stopped = await until(async () => ((await getMeta<SessionState>(browser!.control, 'session').catch(() => undefined))?.safetyStop ?? false), 10_000, 150);
        if (stopped) {
          const late = (await getMeta<SessionState>(browser!.control, 'session'))!;
          sessionEnds.push({ message: `after the page was loaded again: ${late.endMessage}`, safetyStop: true });
          warningStops++;
          warningPending = false;
        }
      }
    } catch (caught) {
      error = caught instanceof Error ? caught.stack ?? caught.message : String(caught);
    }
  }

  // ---- the verdict ----
  finished = true;
  if (warningPending) warningMisses.push(`no safety stop while the warning stood; sessions ended: ${sessionEnds.map((e) => e.message).join(' | ')}`);
  for (const timer of timers) clearTimeout(timer);
  let metrics: ScenarioMetrics;
  let queueEnd: Record<string, string> = {};
  try {
    if (!ext) throw new Error(error ?? 'no browser');
    const control = browser!.control;
    const session = await getMeta<SessionState>(control, 'session');
    if (session?.status === 'running' || session?.status === 'paused') {
      timedOut = true;
      await send(control, { type: 'session/stop' }).catch(() => undefined);
    }
    // A removal already past its confirm click may still be on its way to LinkedIn.
    await sleep(300);
    const [queue, removalLog] = await Promise.all([getAll<QueueItem>(control, 'queue'), getAll<RemovalLogEntry>(control, 'removalLog')]);
    queueEnd = Object.fromEntries(queue.filter((i) => queuedKeys.includes(i.profileKey)).map((i) => [i.profileKey, i.status]));
    metrics = scenarioMetrics({
      queued: queuedKeys,
      history: removalLog.filter((e) => e.reason === 'soak history').map((e) => e.at),
      cap: plan.cap,
      removals: fake.removals.map((r) => ({ profileKey: profileKey(r.profileUrl), at: onExtensionClock(r.at, offsets) })),
      stillConnected: new Set(fake.people().map(keyOf)),
      profileRequests: fake.profileRequests.length,
      log: removalLog.filter((e) => e.reason !== 'soak history'),
      queue,
    });
  } catch (caught) {
    error = (error ? `${error}\n` : '') + (caught instanceof Error ? caught.message : String(caught));
    metrics = { wrongRemovals: [], unloggedRemovals: [], capBreaches: 0, lostItems: [], profileRequests: fake.profileRequests.length };
  }
  if (browser) {
    // Routes off at once: nothing of this scenario may answer the next one's pages.
    await browser.ext.context.unrouteAll({ behavior: 'ignoreErrors' }).catch(() => undefined);
    if (ownBrowser) await closeSoakBrowser(browser);
  }

  return {
    seed: plan.seed, ...(plan.lockScenario ? { lockScenario: plan.lockScenario } : {}), layout: plan.layout, classes, notApplied, locksOff: plan.locksOff, metrics,
    warningsInjected, warningStops, warningMisses, sessionEnds, nudges, queueEnd,
    removed: fake.removals.map((r) => profileKey(r.profileUrl)), queued: queuedKeys,
    durationMs: Date.now() - started, timedOut, ...(error ? { error } : {}),
  };

  // ---- helpers over this scenario's browser ----
  function linkedInPages(): Page[] {
    return ext!.context.pages().filter((p) => p.url().startsWith('https://www.linkedin.com/'));
  }
  function connectionsPages(): Page[] {
    return linkedInPages().filter((p) => p.url().startsWith(CONNECTIONS_URL));
  }
  async function pageIdle(tabId: number | null): Promise<boolean> {
    if (tabId === null) return false;
    return browser!.control
      .evaluate((id) => chrome.tabs.sendMessage(id, { type: 'page/probe' }).then((r: { ok?: boolean } | undefined) => r?.ok === true, () => false), tabId)
      .catch(() => false);
  }
  async function stopWorker(): Promise<void> {
    if (finished) return;
    await browser?.cdp.send('ServiceWorker.stopAllWorkers').catch(() => undefined);
  }
  async function openSecondTab(): Promise<void> {
    if (finished) return;
    const page = await ext!.context.newPage();
    await page.goto(CONNECTIONS_URL).catch(() => undefined);
  }
  async function moveClock(byMs: number): Promise<void> {
    if (finished) return;
    offsetMs += byMs;
    offsets.push({ fromRealAt: Date.now(), offsetMs });
    await putAll(browser!.control, 'meta', [{ key: 'testClock', value: { offsetMs, humanDelayScale: plan.humanDelayScale ?? HUMAN_DELAY_SCALE } }]);
  }
  async function setLocksOff(locks: LockName[]): Promise<void> {
    const ok = await (await awakeWorker(browser!)).evaluate((l) => {
      const hooks = (globalThis as unknown as { quietPruneTest: { setLocksOff?: (locks: string[]) => Promise<void> | void } }).quietPruneTest;
      if (typeof hooks.setLocksOff !== 'function') return false;
      return Promise.resolve(hooks.setLocksOff(l)).then(() => true);
    }, locks as string[]);
    if (!ok) throw new Error('this build has no quietPruneTest.setLocksOff (branch `locks`): cannot switch locks off');
  }
}

function queueItem(person: FakePerson, order: number, at: number): QueueItem {
  const normalised = normaliseProfileUrl(person.profileUrl)!;
  return {
    profileKey: normalised.key, profileUrl: normalised.url, name: person.name, reason: 'soak', status: 'queued',
    addedAt: at, updatedAt: at, order, attempts: 0,
  };
}

function keyOf(person: FakePerson): string {
  return profileKey(person.profileUrl);
}

function profileKey(url: string): string {
  const normalised = normaliseProfileUrl(url);
  if (!normalised) throw new Error(`not a profile URL: ${url}`);
  return normalised.key;
}
