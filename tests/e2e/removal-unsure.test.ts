import { afterEach, expect, it } from 'vitest';
import type { FakePerson } from '../fake-linkedin';
import {
  expectOnlyQueuedRemoved,
  keyOf,
  openPopup,
  queueByMessage,
  readLog,
  readQueue,
  readSession,
  send,
  setUpRig,
  waitForSessionEnd,
  type RemovalRig,
} from './removal-harness';
import { UNSURE_MIN_CHECKS, UNSURE_MIN_SPAN_MS } from '../../src/core/unsure-checks';

/**
 * Finding 2: LinkedIn's search still lists someone for a while after the confirm click (its index
 * lags). The removal is not "failed": the pending log entry written before the click counts
 * against the cap, the person is unsure and searched for again over at least 15 minutes × the
 * human-delay scale, and settles as removed (the entry keeps its click time) or, if LinkedIn keeps
 * listing them, as still listed, waiting for the user. Nobody is clicked twice, and nobody else is
 * removed while someone is unsure.
 *
 * The lag is the fake's `faults.searchLagMs` (real ms; set with `fake.setFaults`).
 */
let rig: RemovalRig | null = null;
afterEach(async () => {
  await rig?.ext.close();
  rig = null;
});

/** The fake LinkedIn's fault switch (tests/fake-linkedin, `faults: { searchLagMs }`). */
function setSearchLag(fake: unknown, searchLagMs: number): void {
  (fake as { setFaults(faults: { searchLagMs: number }): void }).setFaults({ searchLagMs });
}

it('a search that lags behind the removal settles it as removed, counted once at its click time, nobody clicked twice', async () => {
  rig = await setUpRig({ layout: 'current', size: 30, seed: 71 });
  const { fake, control } = rig;
  // Shorter than the span of the checks (15 min × the harness's FAST scale = 1.8 s), longer than the page's own look after the click.
  setSearchLag(fake, 1_200);
  const queued = fake.people().slice(3, 5) as [FakePerson, FakePerson];
  await queueByMessage(control, queued);

  expect(await send(control, { type: 'session/start' })).toMatchObject({ ok: true });
  const session = await waitForSessionEnd(control, 90_000);
  expect(session).toMatchObject({
    safetyStop: false,
    removedThisSession: 2,
    endReason: { code: 'queue-done' },
  });

  // Each removed once, by the page; LinkedIn's answer came from a later search.
  expect(fake.removals.map((r) => r.slug)).toEqual(queued.map((p) => p.slug));
  expectOnlyQueuedRemoved(fake, queued.map(keyOf));
  const queue = await readQueue(control);
  for (const person of queued) {
    const item = queue.find((i) => i.profileKey === keyOf(person))!;
    expect(item).toMatchObject({ status: 'removed', attempts: 1 });
    expect(item.detail).toMatch(/later search confirmed/);
  }
  // One log entry each, settled 'removed', at the click time (before the fake saw the removal).
  const log = await readLog(control);
  expect(log.map((e) => [e.profileKey, e.state]).sort()).toEqual(
    queued.map((p) => [keyOf(p), 'removed']).sort(),
  );
  for (const entry of log) {
    const removal = fake.removals.find(
      (r) => keyOf({ profileUrl: r.profileUrl } as FakePerson) === entry.profileKey,
    )!;
    expect(entry.at).toBeLessThanOrEqual(removal.at);
  }
  // Nobody else was touched while the first was unsure: the second removal came after the first settled.
  const first = queue.find((i) => i.profileKey === keyOf(queued[0]))!;
  expect(fake.removals[1]!.at).toBeGreaterThanOrEqual(first.updatedAt - 50);
});

it('a person LinkedIn keeps listing settles as still listed after 3 checks over 15 min × the scale: counted, never clicked again, waiting for the user', async () => {
  // Human pauses at 1 %: the checks span 15 min × 0.01 = 9 s, long enough to look at the popup meanwhile.
  const scale = 0.01;
  rig = await setUpRig({ layout: 'current', size: 30, seed: 72 }, { humanDelayScale: scale });
  const { ext, fake, control } = rig;
  setSearchLag(fake, 10 * 60_000);
  const [jane] = fake.people().slice(6, 7) as [FakePerson];
  await queueByMessage(control, [jane]);
  const popup = await openPopup(ext);
  await popup.getByRole('tab', { name: /^Queue/ }).click();
  const row = popup.locator(`[data-profile-key="${keyOf(jane)}"]`);

  expect(await send(control, { type: 'session/start' })).toMatchObject({ ok: true });
  // While unsure: the pending entry is in the log (it counts against the cap) and the Queue tab says so.
  await expect
    .poll(async () => (await readQueue(control))[0]?.status, { timeout: 30_000, interval: 50 })
    .toBe('unsure');
  expect((await readLog(control)).map((e) => e.state)).toEqual(['pending']);
  await popup.bringToFront();
  await expect
    .poll(() => row.textContent(), { timeout: 5_000, interval: 100 })
    .toContain('Unsure: waiting for LinkedIn');
  // A running session may be on them: no Remove from queue, no Retry.
  expect(await row.getByRole('button').count()).toBe(0);
  // Retry cannot click again while LinkedIn may already have removed them.
  expect(await send(control, { type: 'queue/retry', profileKeys: [keyOf(jane)] })).toMatchObject({
    ok: false,
    error: expect.stringMatching(/never removes anyone twice/),
  });

  const session = await waitForSessionEnd(control, 60_000);
  // Still-listed is not work for the session: with nobody else queued it is done, not failed.
  expect(session).toMatchObject({
    safetyStop: false,
    removedThisSession: 0,
    endReason: { code: 'queue-done' },
  });
  const [item] = await readQueue(control);
  expect(item).toMatchObject({ status: 'still-listed', attempts: 1 });
  expect(item!.checks).toBeGreaterThanOrEqual(UNSURE_MIN_CHECKS);
  const [entry] = await readLog(control);
  expect(entry).toMatchObject({ profileKey: keyOf(jane), state: 'still-listed' });
  expect(item!.updatedAt - entry!.at).toBeGreaterThanOrEqual(UNSURE_MIN_SPAN_MS * scale);
  expect(fake.removals).toHaveLength(1); // one click, never another

  // The Queue tab says it in words and offers an action; the cap line counts the click.
  await expect.poll(() => row.textContent()).toContain('Still listed: LinkedIn kept the connection');
  expect(await row.getByRole('button', { name: /Queue .* again/ }).count()).toBe(1);
  expect(await row.getByRole('button', { name: /Take .* off the queue/ }).count()).toBe(1);
  expect(await popup.getByTestId('daily-cap').textContent()).toMatch(/^14 removals left today/);
  expect((await readSession(control)).status).toBe('ended');
});

it('while someone is unsure nobody else is removed; a second person still listed is two failures in a row', async () => {
  rig = await setUpRig({ layout: 'current', size: 30, seed: 73 });
  const { fake, control } = rig;
  setSearchLag(fake, 10 * 60_000);
  const queued = fake.people().slice(2, 4) as [FakePerson, FakePerson];
  await queueByMessage(control, queued);

  expect(await send(control, { type: 'session/start' })).toMatchObject({ ok: true });
  const session = await waitForSessionEnd(control, 90_000);
  expect(session).toMatchObject({ safetyStop: true, endReason: { code: 'two-failures' } });
  const queue = await readQueue(control);
  const [a, b] = queued.map((p) => queue.find((i) => i.profileKey === keyOf(p))!);
  expect([a!.status, b!.status]).toEqual(['still-listed', 'still-listed']);
  // The second click came only after the first person had settled.
  expect(fake.removals.map((r) => r.slug)).toEqual(queued.map((p) => p.slug));
  expect(fake.removals[1]!.at).toBeGreaterThanOrEqual(a!.updatedAt - 50);
  expect((await readLog(control)).map((e) => e.state)).toEqual(['still-listed', 'still-listed']);
});
