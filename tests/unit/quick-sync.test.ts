import { describe, expect, it } from 'vitest';
import type { Connection } from '../../src/core/connection';
import {
  fullSyncReasonText,
  judgeCard,
  judgeTotal,
  nextStoredOrder,
  planQuickSync,
  QUICK_SYNC_RUN,
  startJudgement,
  STORED_ORDER_KEPT,
  type QuickJudgement,
  type QuickSyncPlan,
} from '../../src/core/quick-sync';
import type { RemovalLogEntry } from '../../src/core/removal-log';

const keys = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
/** A stored network of 300, newest first: s0 … s299. */
const STORED = keys('s', 300);
const PLAN: QuickSyncPlan = { known: STORED.slice(0, QUICK_SYNC_RUN), expected: 300 };

/** Feeds cards in list order with a fixed total, as the page does. */
function judge(cards: readonly string[], total: number | null, plan = PLAN): QuickJudgement {
  let j = startJudgement();
  for (const key of cards) j = judgeCard(j, plan, key, total);
  return judgeTotal(j, plan, total);
}

describe('judging a quick sync card by card', () => {
  it('is done after 5 new people and then the stored top 10 in order, when the total is 305', () => {
    const list = [...keys('n', 5), ...STORED];
    expect(judge(list.slice(0, 14), 305)).toEqual({ kind: 'reading', newFound: 5, run: 9 });
    expect(judge(list.slice(0, 15), 305)).toEqual({ kind: 'done', newFound: 5, run: 10 });
    // Cards after the decision change nothing.
    expect(judge(list.slice(0, 40), 305)).toEqual({ kind: 'done', newFound: 5, run: 10 });
  });

  it('is done with nobody new when the list starts with the stored top and the total agrees', () => {
    expect(judge(STORED.slice(0, 10), 300)).toEqual({ kind: 'done', newFound: 0, run: 10 });
  });

  it('goes full at once when the total is below the stored count (someone left)', () => {
    expect(judge([], 299)).toEqual({
      kind: 'full',
      reason: { code: 'total-disagrees', total: 299, expected: 300, newFound: 0 },
    });
    expect(fullSyncReasonText({ code: 'total-disagrees', total: 299, expected: 300, newFound: 0 })).toBe(
      'LinkedIn shows 299, QuietPrune had 300',
    );
  });

  it('goes full when someone left and someone new came (total = stored, one new at the top)', () => {
    const j = judge(['n0', ...STORED.slice(0, 10)], 300);
    expect(j).toMatchObject({ kind: 'full', reason: { code: 'total-disagrees', newFound: 1 } });
  });

  it('goes full at the run when more people are listed than the new ones read explain', () => {
    // 2 new read, but LinkedIn lists 303: someone new is further down (not newest-first).
    expect(judge(['n0', 'n1', ...STORED.slice(0, 10)], 303)).toEqual({
      kind: 'full',
      reason: { code: 'total-disagrees', total: 303, expected: 300, newFound: 2 },
    });
  });

  it('goes full when a stored person comes out of the stored order (the list is sorted another way)', () => {
    expect(judge(['s3', 's0', 's1'], 300)).toMatchObject({ kind: 'full', reason: { code: 'order-differs' } });
    // A run broken by someone else.
    expect(judge(['s0', 's1', 'x', 's2'], 301)).toMatchObject({
      kind: 'full',
      reason: { code: 'order-differs' },
    });
    // A gap in the run (s2 missing) is a different order too.
    expect(judge(['s0', 's1', 's3'], 300)).toMatchObject({ kind: 'full', reason: { code: 'order-differs' } });
  });

  it('goes full when a name-sorted list starts with people stored further down (more "new" than the total allows)', () => {
    const j = judge(['s200', 's17', 's120'], 300);
    expect(j).toMatchObject({ kind: 'full', reason: { code: 'total-disagrees', newFound: 1 } });
  });

  it('keeps reading while the page shows no total, and goes full at the run if it never shows one', () => {
    expect(judge(keys('n', 3), null)).toEqual({ kind: 'reading', newFound: 3, run: 0 });
    expect(judge([...keys('n', 3), ...STORED.slice(0, 10)], null)).toEqual({
      kind: 'full',
      reason: { code: 'no-total' },
    });
  });

  it('uses a total that appears late', () => {
    let j = startJudgement();
    for (const key of ['n0', ...STORED.slice(0, 5)]) j = judgeCard(j, PLAN, key, null);
    for (const key of STORED.slice(5, 10)) j = judgeCard(j, PLAN, key, 301);
    expect(j).toEqual({ kind: 'done', newFound: 1, run: 10 });
  });

  it('needs only as long a run as there are stored people in a small network', () => {
    const plan = { known: ['a', 'b', 'c'], expected: 3 };
    expect(judge(['n', 'a', 'b', 'c'], 4, plan)).toEqual({ kind: 'done', newFound: 1, run: 3 });
  });
});

const T = Date.UTC(2026, 10, 1);
function person(key: string, extra: Partial<Connection> = {}): Connection {
  return {
    profileKey: key,
    profileUrl: `https://www.linkedin.com/in/${key}/`,
    name: key,
    headline: '',
    connectedOn: { kind: 'unknown' },
    firstSeenAt: T - 10_000,
    lastSeenAt: T - 1_000,
    sources: ['sync'],
    ...extra,
  };
}
function logEntry(key: string, at: number, state?: RemovalLogEntry['state']): RemovalLogEntry {
  return {
    profileKey: key,
    profileUrl: `https://www.linkedin.com/in/${key}/`,
    name: key,
    at,
    reason: '',
    lost: null,
    ...(state ? { state } : {}),
  };
}

describe('planning a quick sync from the store', () => {
  const store = new Map(STORED.map((k) => [k, person(k)]));
  const lookup = (k: string) => store.get(k);

  it('knows the first 10 of the stored order and expects the current count', () => {
    expect(
      planQuickSync({ order: STORED.slice(0, 100), lookup, current: 300, log: [], lastCompleteAt: T }),
    ).toEqual({
      known: STORED.slice(0, 10),
      expected: 300,
    });
  });

  it('needs a complete sync and a stored order', () => {
    const base = { order: STORED.slice(0, 100), lookup, current: 300, log: [] };
    expect(planQuickSync({ ...base, lastCompleteAt: null })).toEqual({ reason: { code: 'never-synced' } });
    expect(planQuickSync({ ...base, order: [], lastCompleteAt: T })).toEqual({
      reason: { code: 'never-synced' },
    });
    expect(planQuickSync({ ...base, current: 0, lastCompleteAt: T })).toEqual({
      reason: { code: 'never-synced' },
    });
  });

  it('leaves out people QuietPrune removed since they were last listed, and those marked gone', () => {
    const local = new Map(store);
    local.set('s4', person('s4', { goneAt: T - 500 }));
    const log = [
      logEntry('s1', T), // removed after last seen: not listed any more
      logEntry('s2', T, 'pending'), // LinkedIn has not answered: still expected
      logEntry('s3', T - 5_000, 'removed'), // removed, then listed again since: a reconnection
      logEntry('s5', T, 'still-listed'),
    ];
    const plan = planQuickSync({
      order: STORED.slice(0, 100),
      lookup: (k) => local.get(k),
      current: 299,
      log,
      lastCompleteAt: T,
    });
    expect(plan).toEqual({
      known: ['s0', 's2', 's3', 's5', 's6', 's7', 's8', 's9', 's10', 's11'],
      expected: 298,
    });
  });
});

describe('the stored order', () => {
  it('after a full sync is the top as read', () => {
    expect(nextStoredOrder(STORED.slice(0, 100), ['old'])).toEqual(STORED.slice(0, 100));
  });
  it('after a quick sync is the new people, the run, then the rest of the old order, kept to 100', () => {
    const read = [...keys('n', 5), ...STORED.slice(0, 35)];
    const order = nextStoredOrder(read, STORED.slice(0, 100));
    expect(order).toHaveLength(STORED_ORDER_KEPT);
    expect(order.slice(0, 6)).toEqual(['n0', 'n1', 'n2', 'n3', 'n4', 's0']);
    expect(order.slice(-1)).toEqual(['s94']);
    expect(new Set(order).size).toBe(order.length);
  });
});
