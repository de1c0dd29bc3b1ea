import { describe, expect, it } from 'vitest';
import type { QueueItem, QueueStatus } from '../../src/core/removal-queue';
import { nextStep, type NextStepInput } from '../../src/core/session-next-step';
import { startDecision } from '../../src/core/session-start';
import { isSafetyStop, notifiesEnd, type EndReason } from '../../src/core/session-end';
import {
  afterStillListed,
  nextCheckAt,
  UNSURE_MIN_CHECKS,
  UNSURE_MIN_SPAN_MS,
} from '../../src/core/unsure-checks';
import { CAP_WINDOW_MS } from '../../src/core/daily-cap';

const T0 = Date.UTC(2026, 6, 1, 9, 0, 0);
const LOST = 180_000;

function item(key: string, status: QueueStatus, order: number, extra: Partial<QueueItem> = {}): QueueItem {
  return {
    profileKey: key,
    profileUrl: `https://www.linkedin.com/in/${key}/`,
    name: key,
    reason: 'stale',
    status,
    addedAt: T0,
    updatedAt: T0,
    order,
    attempts: 0,
    ...extra,
  };
}

const base: NextStepInput = {
  queue: [],
  keep: new Set(),
  removalTimes: [],
  cap: 10,
  now: T0,
  current: null,
  orderLostAfterMs: LOST,
};
const capFull = Array.from({ length: 10 }, (_, i) => T0 - 1000 * (i + 1));

describe('nextStep', () => {
  it('finding 7: with nobody left, the session ends at once (not after another gap)', () => {
    const step = nextStep({ ...base, queue: [item('a', 'removed', 0), item('b', 'removed', 1)] });
    expect(step).toMatchObject({ kind: 'end', reason: { code: 'queue-done' } });
  });

  it('with nobody left the queue is done even when the cap is used up too', () => {
    expect(nextStep({ ...base, queue: [item('a', 'removed', 0)], removalTimes: capFull })).toMatchObject({
      kind: 'end',
      reason: { code: 'queue-done' },
    });
  });

  it('removes the first queued person by order', () => {
    const step = nextStep({ ...base, queue: [item('b', 'queued', 2), item('a', 'queued', 1)] });
    expect(step).toMatchObject({ kind: 'remove', item: { profileKey: 'a' } });
  });

  it('ends on the cap with people still queued, saying when the next removal is allowed', () => {
    const step = nextStep({ ...base, queue: [item('a', 'queued', 0)], removalTimes: capFull });
    expect(step).toEqual({
      kind: 'end',
      reason: { code: 'cap-reached', cap: 10, nextAllowedAt: capFull[capFull.length - 1]! + CAP_WINDOW_MS },
      skipKept: [],
    });
  });

  it('waits while the order on the page is young, and checks the person once it is lost', () => {
    const queue = [item('a', 'in-progress', 0), item('b', 'queued', 1)];
    expect(nextStep({ ...base, queue, current: { key: 'a', since: T0 - LOST + 1 } })).toEqual({
      kind: 'busy',
    });
    expect(nextStep({ ...base, queue, current: { key: 'a', since: T0 - LOST } })).toMatchObject({
      kind: 'check',
      why: 'interrupted',
      item: { profileKey: 'a' },
    });
  });

  it('checks an interrupted person before anyone else, even at the cap', () => {
    const queue = [item('b', 'queued', 0), item('a', 'in-progress', 1)];
    expect(nextStep({ ...base, queue, removalTimes: capFull })).toMatchObject({
      kind: 'check',
      why: 'interrupted',
      item: { profileKey: 'a' },
    });
  });

  it('checks an unsure person when due, and until then waits, removing nobody else', () => {
    const queue = [
      item('b', 'queued', 0),
      item('a', 'unsure', 1, { clickedAt: T0 - 1000, checks: 0, nextCheckAt: T0 + 5000 }),
    ];
    expect(nextStep({ ...base, queue })).toMatchObject({ kind: 'wait', until: T0 + 5000, why: 'unsure' });
    expect(nextStep({ ...base, queue, now: T0 + 5000 })).toMatchObject({
      kind: 'check',
      why: 'unsure',
      item: { profileKey: 'a' },
    });
    // At the cap too: a check is a search, not a removal.
    expect(nextStep({ ...base, queue, now: T0 + 5000, removalTimes: capFull })).toMatchObject({
      kind: 'check',
      item: { profileKey: 'a' },
    });
  });

  it('the earliest due unsure person goes first', () => {
    const queue = [
      item('a', 'unsure', 0, { nextCheckAt: T0 + 9 }),
      item('b', 'unsure', 1, { nextCheckAt: T0 + 3 }),
    ];
    expect(nextStep({ ...base, queue, now: T0 + 10 })).toMatchObject({
      kind: 'check',
      item: { profileKey: 'b' },
    });
  });

  it('a still-listed person waits for the user: never removed or checked again by the session', () => {
    expect(nextStep({ ...base, queue: [item('a', 'still-listed', 0)] })).toMatchObject({
      kind: 'end',
      reason: { code: 'queue-done' },
    });
  });

  it('skips kept people (the Keep list wins) and removes the next one', () => {
    const step = nextStep({
      ...base,
      queue: [item('k', 'queued', 0), item('a', 'queued', 1)],
      keep: new Set(['k']),
    });
    expect(step).toMatchObject({
      kind: 'remove',
      item: { profileKey: 'a' },
      skipKept: [{ profileKey: 'k' }],
    });
    expect(nextStep({ ...base, queue: [item('k', 'queued', 0)], keep: new Set(['k']) })).toMatchObject({
      kind: 'end',
      reason: { code: 'queue-done' },
      skipKept: [{ profileKey: 'k' }],
    });
  });
});

describe('startDecision (the worker refuses and the popup greys out by this same rule)', () => {
  const input = {
    sessionStatus: 'idle' as const,
    queue: [] as QueueItem[],
    removalTimes: [] as number[],
    cap: 10,
    now: T0,
    riskAccepted: true as boolean,
  };
  it.each<[string, Partial<typeof input>, unknown]>([
    ['nobody queued', {}, { ok: false, refusal: { code: 'nothing-queued' } }],
    [
      'only finished people',
      { queue: [item('a', 'removed', 0), item('b', 'still-listed', 1)] },
      { ok: false, refusal: { code: 'nothing-queued' } },
    ],
    [
      'a session running',
      { sessionStatus: 'running' as never, queue: [item('a', 'queued', 0)] },
      { ok: false, refusal: { code: 'already-running' } },
    ],
    [
      'a session paused',
      { sessionStatus: 'paused' as never, queue: [item('a', 'queued', 0)] },
      { ok: false, refusal: { code: 'already-running' } },
    ],
    [
      'queued, cap free',
      { queue: [item('a', 'queued', 0), item('b', 'queued', 1)], removalTimes: capFull.slice(0, 9) },
      { ok: true, planned: 1 },
    ],
    [
      'queued, cap used up',
      { queue: [item('a', 'queued', 0)], removalTimes: capFull },
      { ok: false, refusal: { code: 'cap-reached', cap: 10 } },
    ],
    [
      'interrupted, cap used up: a check needs no cap',
      { queue: [item('a', 'in-progress', 0)], removalTimes: capFull },
      { ok: true, planned: 0 },
    ],
    [
      'unsure, cap used up',
      { queue: [item('a', 'unsure', 0), item('b', 'queued', 1)], removalTimes: capFull },
      { ok: true, planned: 0 },
    ],
    [
      'queued, cap free, but the statement about LinkedIn’s rules never accepted',
      { queue: [item('a', 'queued', 0)], riskAccepted: false },
      { ok: false, refusal: { code: 'risk-not-accepted' } },
    ],
    [
      'unsure, statement never accepted: not even a check starts',
      { queue: [item('a', 'unsure', 0)], riskAccepted: false },
      { ok: false, refusal: { code: 'risk-not-accepted' } },
    ],
    [
      'queued, cap used up, statement never accepted: the cap is what stands in the way now',
      { queue: [item('a', 'queued', 0)], removalTimes: capFull, riskAccepted: false },
      { ok: false, refusal: { code: 'cap-reached', cap: 10 } },
    ],
    [
      'a session running, statement never accepted (an older one): still running',
      { sessionStatus: 'running' as never, queue: [item('a', 'queued', 0)], riskAccepted: false },
      { ok: false, refusal: { code: 'already-running' } },
    ],
    [
      'after an ended session',
      { sessionStatus: 'ended' as never, queue: [item('a', 'queued', 0)] },
      { ok: true, planned: 1 },
    ],
  ])('%s', (_name, change, expected) => {
    expect(startDecision({ ...input, ...change })).toMatchObject(expected as object);
  });
});

describe('end reasons', () => {
  const safety: EndReason[] = [
    { code: 'page-warning', kind: 'restriction', evidence: 'x' },
    { code: 'warning-address', detail: 'x' },
    { code: 'removal-stopped', stop: 'page-unrecognised', detail: 'x' },
    { code: 'removal-warning', kind: 'x', detail: 'x' },
    { code: 'unsure-warning', unsure: 'warning', detail: 'x' },
    { code: 'others-gone', names: ['Zoe'], detail: 'x' },
    { code: 'two-failures', detail: 'x' },
  ];
  const plain: EndReason[] = [
    { code: 'queue-done' },
    { code: 'cap-reached', cap: 10, nextAllowedAt: T0 },
    { code: 'user-stopped', where: 'popup' },
    { code: 'tab-closed' },
    { code: 'tab-left-page' },
    { code: 'tab-not-ready' },
    { code: 'tab-did-not-answer' },
  ];
  it.each(safety.map((r) => [r.code, r] as const))(
    '%s is a safety stop and always notifies',
    (_c, reason) => {
      expect(isSafetyStop(reason)).toBe(true);
      expect(notifiesEnd(reason, 0)).toBe(true);
    },
  );
  it.each(plain.map((r) => [r.code, r] as const))('%s is not a safety stop', (_c, reason) => {
    expect(isSafetyStop(reason)).toBe(false);
    expect(notifiesEnd(reason, 0)).toBe(reason.code === 'cap-reached');
    expect(notifiesEnd(reason, 1)).toBe(true);
  });
});

describe('unsure checks', () => {
  it('spreads the checks from the click, scaled, never before now', () => {
    expect(nextCheckAt(T0, 0, 1, T0)).toBe(T0 + 60_000);
    expect(nextCheckAt(T0, 2, 0.01, T0)).toBe(T0 + UNSURE_MIN_SPAN_MS * 0.01);
    expect(nextCheckAt(T0, 0, 1, T0 + 10 ** 7)).toBe(T0 + 10 ** 7);
  });
  it(`settles only after ${UNSURE_MIN_CHECKS} checks and ${UNSURE_MIN_SPAN_MS / 60_000} minutes × the scale`, () => {
    expect(afterStillListed(T0, UNSURE_MIN_CHECKS - 1, 1, T0 + UNSURE_MIN_SPAN_MS * 2).settled).toBe(false);
    expect(afterStillListed(T0, UNSURE_MIN_CHECKS, 1, T0 + UNSURE_MIN_SPAN_MS - 1).settled).toBe(false);
    expect(afterStillListed(T0, UNSURE_MIN_CHECKS, 1, T0 + UNSURE_MIN_SPAN_MS).settled).toBe(true);
    expect(afterStillListed(T0, UNSURE_MIN_CHECKS, 0.1, T0 + UNSURE_MIN_SPAN_MS * 0.1).settled).toBe(true);
  });
});
