import { afterEach, describe, expect, it } from 'vitest';
import type { CDPSession, Page, Route } from 'playwright';
import type { FakePerson, Layout } from '../fake-linkedin';
import {
  connectionsPages,
  expectOnlyQueuedRemoved,
  keyOf,
  queueByMessage,
  readLog,
  readQueue,
  send,
  setUpRig,
  uniquelyNamed,
  waitForSessionEnd,
  type RemovalRig,
} from './removal-harness';

/**
 * Chrome stops the service worker mid-removal (here through the DevTools protocol,
 * ServiceWorker.stopAllWorkers, as Chrome does to an idle worker). Three moments, one per person:
 * A - the worker stops while the page removes: the page's report wakes it, nothing is lost;
 * B - the worker stops and the page reloads right after LinkedIn accepted the removal: the report
 *     is lost, so the person is still "in progress"; a search finds them gone: removed, logged once,
 *     "confirmed after interruption";
 * C - the worker stops and the page reloads when the confirmation dialog is asked for: nothing
 *     was removed, the search finds them present, they are queued again and removed once.
 */
let rig: RemovalRig | null = null;
afterEach(async () => {
  await rig?.ext.close();
  rig = null;
});

async function workerControl(
  page: Page,
): Promise<{ cdp: CDPSession; stops: () => number; stop(): Promise<void> }> {
  const cdp = await page.context().newCDPSession(page);
  let stopped = 0;
  cdp.on('ServiceWorker.workerVersionUpdated', (event: { versions: Array<{ runningStatus: string }> }) => {
    if (event.versions.some((v) => v.runningStatus === 'stopped')) stopped++;
  });
  await cdp.send('ServiceWorker.enable');
  return {
    cdp,
    stops: () => stopped,
    async stop() {
      const before = stopped;
      await cdp.send('ServiceWorker.stopAllWorkers');
      await expect.poll(() => stopped, { timeout: 5_000, interval: 50 }).toBeGreaterThan(before);
    },
  };
}

describe.each(['current', 'classic'] as Layout[])('in the %s layout', (layout) => {
  it('resumes after the worker stops mid-removal, losing nobody and removing nobody twice', async () => {
    rig = await setUpRig({ layout, size: 40, seed: 41 });
    const { ext, fake, control } = rig;
    const queued = uniquelyNamed(fake.people()).slice(7, 10);
    const [a, b, c] = queued as [FakePerson, FakePerson, FakePerson];
    await queueByMessage(control, queued);
    const worker = await workerControl(control);
    await ext.worker.evaluate(() => ((globalThis as { sameInstance?: boolean }).sameInstance = true));

    const tab = (): Page => connectionsPages(ext)[0]!;
    const slugOf = (route: Route) => {
      const url = new URL(route.request().url());
      return (
        url.searchParams.get('slug') ??
        (JSON.parse(route.request().postData() ?? '{}') as { slug?: string }).slug ??
        ''
      );
    };
    const done = new Set<string>();
    const once = (what: string) => {
      if (done.has(what)) return false;
      done.add(what);
      return true;
    };
    await ext.context.route('https://www.linkedin.com/fake-api/remove**', async (route: Route) => {
      const slug = slugOf(route);
      const isPost = route.request().method() === 'POST';
      if (isPost && slug === a.slug && once('a')) {
        await route.fallback();
        await worker.stop(); // the page carries on; its report wakes the worker
        return;
      }
      if (isPost && slug === b.slug && once('b')) {
        await route.fallback(); // LinkedIn removes B ...
        await worker.stop(); // ... and both the worker and the page die before anyone reports it
        void tab()
          .reload()
          .catch(() => undefined);
        return;
      }
      if (!isPost && slug === c.slug && once('c')) {
        await worker.stop(); // before the dialog: nothing removed yet
        void tab()
          .reload()
          .catch(() => undefined);
        await route.abort().catch(() => undefined);
        return;
      }
      await route.fallback();
    });

    expect(await send(control, { type: 'session/start' })).toMatchObject({ ok: true });
    const session = await waitForSessionEnd(control, 60_000);
    expect(session.endMessage).toBe('The queue is done: nobody left to remove.');
    expect(session.safetyStop).toBe(false);
    expect([...done].sort()).toEqual(['a', 'b', 'c']);
    expect(worker.stops()).toBeGreaterThanOrEqual(3);
    // A new worker instance finished the job.
    const live = ext.context.serviceWorkers()[0]!;
    expect(await live.evaluate(() => (globalThis as { sameInstance?: boolean }).sameInstance ?? false)).toBe(
      false,
    );

    // Each removed exactly once, in order, and logged exactly once.
    expect(fake.removals.map((r) => r.slug)).toEqual([a.slug, b.slug, c.slug]);
    const log = await readLog(control);
    expect(log.map((e) => e.profileKey)).toEqual([a, b, c].map(keyOf));
    expect(log.map((e) => e.confirmedAfterInterruption === true)).toEqual([false, true, false]);
    const items = Object.fromEntries((await readQueue(control)).map((i) => [i.profileKey, i]));
    expect(items[keyOf(a)]).toMatchObject({
      status: 'removed',
      attempts: 1,
      confirmedAfterInterruption: false,
    });
    expect(items[keyOf(b)]).toMatchObject({
      status: 'removed',
      attempts: 1,
      confirmedAfterInterruption: true,
      detail: 'Confirmed removed by a search after an interruption.',
    });
    expect(items[keyOf(c)]).toMatchObject({
      status: 'removed',
      attempts: 2,
      confirmedAfterInterruption: false,
    });
    expectOnlyQueuedRemoved(fake, queued.map(keyOf));
    await worker.cdp.detach();
  });
});
