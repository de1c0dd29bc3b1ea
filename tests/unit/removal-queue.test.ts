import { describe, expect, it } from 'vitest';
import {
  clearFinished,
  dequeue,
  enqueue,
  markFailed,
  markRemoved,
  markSkipped,
  markStillListed,
  markUnsure,
  nextItem,
  reorder,
  requeue,
  start,
  type QueueItem,
  type QueueStatus,
} from '../../src/core/removal-queue';
import type { Result } from '../../src/core/result';

const T0 = Date.UTC(2026, 6, 1, 9, 0, 0);
const LATER = T0 + 60_000;
const NO_KEEP: ReadonlySet<string> = new Set();

function person(key: string, name = `Person ${key}`) {
  return { profileKey: key, profileUrl: `https://www.linkedin.com/in/${key}/`, name };
}

function item(key: string, status: QueueStatus, order = 0, extra: Partial<QueueItem> = {}): QueueItem {
  return {
    ...person(key),
    reason: 'stale',
    status,
    addedAt: T0,
    updatedAt: T0,
    order,
    attempts: 0,
    ...extra,
  };
}

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got refusal: ${result.message}`);
  return result.value;
}

function refusal<T>(result: Result<T>): string {
  if (result.ok) throw new Error('expected a refusal, got ok');
  return result.message;
}

const ALL: QueueStatus[] = ['queued', 'in-progress', 'removed', 'failed', 'skipped'];

describe('enqueue', () => {
  it('creates a queued item with the person, reason and times', () => {
    expect(value(enqueue([], person('jane'), 'no contact since 2019', NO_KEEP, T0))).toEqual({
      profileKey: 'jane',
      profileUrl: 'https://www.linkedin.com/in/jane/',
      name: 'Person jane',
      reason: 'no contact since 2019',
      status: 'queued',
      addedAt: T0,
      updatedAt: T0,
      order: 0,
      attempts: 0,
    });
  });

  it('puts the new item after every existing one', () => {
    const items = [item('a', 'queued', 4), item('b', 'removed', 9), item('c', 'queued', 2)];
    expect(value(enqueue(items, person('d'), 'stale', NO_KEEP, T0)).order).toBe(10);
  });

  it('refuses someone on the Keep list', () => {
    expect(refusal(enqueue([], person('jane', 'Jane Roe'), 'stale', new Set(['jane']), T0))).toMatch(
      /Jane Roe is on your Keep list/,
    );
  });

  it.each<[QueueStatus, RegExp]>([
    ['queued', /already queued/],
    ['in-progress', /already being removed/],
  ])('refuses someone already %s', (status, message) => {
    expect(refusal(enqueue([item('jane', status)], person('jane'), 'stale', NO_KEEP, T0))).toMatch(message);
  });

  it.each<QueueStatus>(['removed', 'failed', 'skipped'])(
    'accepts someone whose earlier item is %s, as a fresh item',
    (status) => {
      const fresh = value(
        enqueue(
          [item('jane', status, 3, { attempts: 2, detail: 'x' })],
          person('jane'),
          'again',
          NO_KEEP,
          LATER,
        ),
      );
      expect(fresh).toMatchObject({
        status: 'queued',
        attempts: 0,
        addedAt: LATER,
        order: 4,
        reason: 'again',
      });
      expect(fresh.detail).toBeUndefined();
    },
  );

  it('identifies people by key, not by name', () => {
    const items = [item('jane-1', 'queued')];
    expect(enqueue(items, { ...person('jane-2'), name: 'Person jane-1' }, 'stale', NO_KEEP, T0).ok).toBe(
      true,
    );
  });

  it('refuses a person without a key or a link', () => {
    expect(refusal(enqueue([], { ...person('x'), profileKey: ' ' }, 'stale', NO_KEEP, T0))).toMatch(
      /profile key/,
    );
    expect(refusal(enqueue([], { ...person('x'), profileUrl: '' }, 'stale', NO_KEEP, T0))).toMatch(
      /profile link/,
    );
  });
});

describe('start: queued -> in-progress', () => {
  it('starts a queued item and counts the attempt', () => {
    const started = value(start(item('jane', 'queued', 0, { attempts: 1 }), LATER));
    expect(started).toMatchObject({ status: 'in-progress', attempts: 2, updatedAt: LATER });
  });

  it.each(ALL.filter((s) => s !== 'queued'))('refuses an item that is %s', (status) => {
    expect(refusal(start(item('jane', status), LATER))).toMatch(new RegExp(`is ${status}, not queued`));
  });

  it('does not change the item it was given', () => {
    const original = item('jane', 'queued');
    const copy = structuredClone(original);
    start(original, LATER);
    expect(original).toEqual(copy);
  });
});

describe('markRemoved: in-progress -> removed', () => {
  it('marks a plain removal', () => {
    const removed = value(markRemoved(item('jane', 'in-progress'), LATER));
    expect(removed).toMatchObject({
      status: 'removed',
      updatedAt: LATER,
      detail: 'Removed.',
      confirmedAfterInterruption: false,
    });
  });

  it('records a removal confirmed only after an interruption', () => {
    const removed = value(
      markRemoved(item('jane', 'in-progress'), LATER, { confirmedAfterInterruption: true }),
    );
    expect(removed.confirmedAfterInterruption).toBe(true);
    expect(removed.detail).toMatch(/after an interruption/);
  });

  it.each(ALL.filter((s) => s !== 'in-progress'))('refuses an item that is %s', (status) => {
    expect(refusal(markRemoved(item('jane', status), LATER))).toMatch(/not in progress/);
  });
});

describe('markFailed: in-progress -> failed', () => {
  it('keeps why it failed', () => {
    const failed = value(markFailed(item('jane', 'in-progress'), '  menu did not open  ', LATER));
    expect(failed).toMatchObject({ status: 'failed', detail: 'menu did not open', updatedAt: LATER });
  });

  it('refuses to fail without a reason', () => {
    expect(refusal(markFailed(item('jane', 'in-progress'), ' ', LATER))).toMatch(/Say why/);
  });

  it.each(ALL.filter((s) => s !== 'in-progress'))('refuses an item that is %s', (status) => {
    expect(refusal(markFailed(item('jane', status), 'why', LATER))).toMatch(/not in progress/);
  });
});

describe('markSkipped: queued | in-progress -> skipped', () => {
  it.each<QueueStatus>(['queued', 'in-progress'])('skips an item that is %s', (status) => {
    const skipped = value(markSkipped(item('jane', status), 'not found among search results', LATER));
    expect(skipped).toMatchObject({
      status: 'skipped',
      detail: 'not found among search results',
      updatedAt: LATER,
    });
  });

  it('refuses to skip without a reason', () => {
    expect(refusal(markSkipped(item('jane', 'queued'), '', LATER))).toMatch(/Say why/);
  });

  it.each<QueueStatus>(['removed', 'failed', 'skipped'])('refuses an item that is %s', (status) => {
    expect(refusal(markSkipped(item('jane', status), 'why', LATER))).toMatch(/not queued or in progress/);
  });
});

describe('requeue', () => {
  it('puts an interrupted item back when the person is still there, keeping its place', () => {
    const back = value(
      requeue(item('jane', 'in-progress', 7, { attempts: 1 }), 'still-present-after-interruption', LATER),
    );
    expect(back).toMatchObject({ status: 'queued', order: 7, attempts: 1, updatedAt: LATER });
    expect(back.detail).toMatch(/still connected/);
  });

  it('refuses the user requeuing an item that is being removed right now', () => {
    expect(refusal(requeue(item('jane', 'in-progress'), 'user', LATER))).toMatch(/being removed right now/);
  });

  it.each<QueueStatus>(['failed', 'skipped'])(
    'lets the user queue a %s item again, clearing the old detail',
    (status) => {
      const back = value(requeue(item('jane', status, 2, { detail: 'menu did not open' }), 'user', LATER));
      expect(back).toMatchObject({ status: 'queued', order: 2, updatedAt: LATER });
      expect(back.detail).toBeUndefined();
    },
  );

  it.each<QueueStatus>(['failed', 'skipped'])(
    'refuses the executor requeuing a %s item on its own',
    (status) => {
      expect(refusal(requeue(item('jane', status), 'still-present-after-interruption', LATER))).toMatch(
        /Only you/,
      );
    },
  );

  it.each<QueueStatus>(['queued', 'removed'])('refuses an item that is %s, whoever asks', (status) => {
    expect(refusal(requeue(item('jane', status), 'user', LATER))).toMatch(new RegExp(`is ${status}`));
    expect(requeue(item('jane', status), 'still-present-after-interruption', LATER).ok).toBe(false);
  });

  it('never queues a removed person again, even one confirmed after an interruption', () => {
    const removed = value(
      markRemoved(item('jane', 'in-progress'), LATER, { confirmedAfterInterruption: true }),
    );
    expect(requeue(removed, 'user', LATER).ok).toBe(false);
  });
});

describe('dequeue', () => {
  const items = [
    item('a', 'queued', 0),
    item('b', 'queued', 1),
    item('c', 'in-progress', 2),
    item('d', 'removed', 3),
    item('e', 'unsure', 4),
    item('f', 'still-listed', 5),
  ];

  it('takes a queued item off and leaves the rest untouched', () => {
    expect(value(dequeue(items, 'b', true))).toEqual([items[0], items[2], items[3], items[4], items[5]]);
  });

  it('takes an interrupted, unsure or still-listed person off when no session is running', () => {
    for (const key of ['c', 'e', 'f'])
      expect(value(dequeue(items, key, false)).map((i) => i.profileKey)).not.toContain(key);
  });

  it.each([
    ['c', true, /while a session is running/],
    ['e', true, /while a session is running/],
    ['d', false, /removed, not queued/],
    ['zzz', false, /not in the queue/],
  ])('refuses %s (session active: %s)', (key, active, message) => {
    expect(refusal(dequeue(items, key, active))).toMatch(message);
  });

  it('takes a still-listed person off even during a session: nobody is working on them', () => {
    expect(value(dequeue(items, 'f', true)).map((i) => i.profileKey)).not.toContain('f');
  });
});

describe('unsure and still listed', () => {
  it('in-progress -> unsure keeps the click time and when to check', () => {
    const unsure = value(
      markUnsure(item('jane', 'in-progress'), T0, 0, LATER, 'LinkedIn did not answer', LATER),
    );
    expect(unsure).toMatchObject({
      status: 'unsure',
      clickedAt: T0,
      checks: 0,
      nextCheckAt: LATER,
      detail: 'LinkedIn did not answer',
    });
  });

  it('an unsure person is never retried, skipped or failed: only LinkedIn settles them', () => {
    const unsure = item('jane', 'unsure', 0, { clickedAt: T0, checks: 1, nextCheckAt: LATER });
    expect(refusal(requeue(unsure, 'user', LATER))).toMatch(/never removes anyone twice/);
    expect(refusal(requeue(unsure, 'still-present-after-interruption', LATER))).toMatch(
      /never removes anyone twice/,
    );
    expect(markSkipped(unsure, 'x', LATER).ok).toBe(false);
    expect(markFailed(unsure, 'x', LATER).ok).toBe(false);
    expect(start(unsure, LATER).ok).toBe(false);
    expect(refusal(enqueue([unsure], person('jane'), 'again', NO_KEEP, LATER))).toMatch(
      /waiting for LinkedIn/,
    );
  });

  it('unsure -> removed or still-listed; still-listed goes back to queued only by the user', () => {
    const unsure = item('jane', 'unsure', 0, { clickedAt: T0, checks: 2, nextCheckAt: LATER });
    const removed = value(markRemoved(unsure, LATER));
    expect(removed).not.toHaveProperty('clickedAt');
    expect(removed).not.toHaveProperty('nextCheckAt');
    const still = value(markStillListed(unsure, 'kept', LATER));
    expect(still).toMatchObject({ status: 'still-listed', clickedAt: T0, checks: 2 });
    expect(still).not.toHaveProperty('nextCheckAt');
    expect(requeue(still, 'still-present-after-interruption', LATER).ok).toBe(false);
    expect(value(requeue(still, 'user', LATER))).toMatchObject({ status: 'queued' });
    expect(markStillListed(item('jane', 'in-progress'), 'x', LATER).ok).toBe(false);
  });

  it('clearFinished keeps unsure and still-listed people: they wait for LinkedIn or for you', () => {
    const items = [item('a', 'unsure'), item('b', 'still-listed'), item('c', 'removed')];
    expect(clearFinished(items).map((i) => i.profileKey)).toEqual(['a', 'b']);
  });
});

describe('reorder', () => {
  const items = [
    item('a', 'queued', 1),
    item('b', 'queued', 3),
    item('c', 'in-progress', 2),
    item('d', 'queued', 5),
    item('e', 'failed', 0),
  ];

  it('gives the queued items the new order, reusing their order numbers', () => {
    const result = value(reorder(items, ['d', 'a', 'b'], LATER));
    const orderOf = (key: string) => result.find((i) => i.profileKey === key)?.order;
    expect([orderOf('d'), orderOf('a'), orderOf('b')]).toEqual([1, 3, 5]);
    expect(nextItem(result)?.profileKey).toBe('d');
  });

  it('leaves other items and unmoved items as they were', () => {
    const result = value(reorder(items, ['a', 'd', 'b'], LATER));
    expect(result.find((i) => i.profileKey === 'c')).toBe(items[2]);
    expect(result.find((i) => i.profileKey === 'e')).toBe(items[4]);
    expect(result.find((i) => i.profileKey === 'a')).toBe(items[0]); // still first: unchanged
    expect(result.find((i) => i.profileKey === 'd')).toMatchObject({ order: 3, updatedAt: LATER });
  });

  it.each([
    ['a duplicate key', ['a', 'a', 'd', 'b'], /twice/],
    ['a missing queued item', ['a', 'b'], /changed/],
    ['an unknown key', ['a', 'b', 'd', 'x'], /changed/],
    ['a key that is not queued', ['a', 'b', 'c'], /changed/],
  ])('refuses %s', (_what, keys, message) => {
    expect(refusal(reorder(items, keys, LATER))).toMatch(message);
  });
});

describe('nextItem', () => {
  it('is the queued item with the lowest order', () => {
    const items = [
      item('a', 'queued', 5),
      item('b', 'in-progress', 0),
      item('c', 'queued', 2),
      item('d', 'failed', 1),
    ];
    expect(nextItem(items)?.profileKey).toBe('c');
  });

  it('breaks a tie by who was added first', () => {
    const items = [
      item('late', 'queued', 1, { addedAt: T0 + 5 }),
      item('early', 'queued', 1, { addedAt: T0 }),
    ];
    expect(nextItem(items)?.profileKey).toBe('early');
  });

  it('is null when nothing is queued', () => {
    expect(nextItem([])).toBeNull();
    expect(nextItem([item('a', 'removed'), item('b', 'in-progress')])).toBeNull();
  });
});

describe('clearFinished', () => {
  it('drops removed, failed and skipped items and keeps active ones', () => {
    const items = ALL.map((status, i) => item(status, status, i));
    expect(clearFinished(items).map((i) => i.status)).toEqual(['queued', 'in-progress']);
  });
});

describe('a whole removal, event by event', () => {
  it('goes queued -> in-progress -> interrupted -> queued -> in-progress -> removed', () => {
    let jane = value(enqueue([], person('jane'), 'stale', NO_KEEP, T0));
    jane = value(start(jane, T0 + 1));
    jane = value(requeue(jane, 'still-present-after-interruption', T0 + 2));
    jane = value(start(jane, T0 + 3));
    jane = value(markRemoved(jane, T0 + 4));
    expect(jane).toMatchObject({ status: 'removed', attempts: 2, addedAt: T0, updatedAt: T0 + 4 });
  });
});
