import { describe, expect, it } from 'vitest';
import type { RemovalOutcome } from '../../src/messages';
import type { QueueItem, QueueStatus } from '../../src/core/removal-queue';
import { settle, type SettleInput, type Settlement } from '../../src/core/session-settle';
import { UNSURE_MIN_SPAN_MS } from '../../src/core/unsure-checks';
import { isSafetyStop } from '../../src/core/session-end';

const T0 = Date.UTC(2026, 6, 1, 9, 0, 0);
const SCALE = 1;
const OTHER = { profileKey: 'zoe', profileUrl: 'https://www.linkedin.com/in/zoe/', name: 'Zoe Other' };

function item(status: QueueStatus, extra: Partial<QueueItem> = {}): QueueItem {
  return {
    profileKey: 'jane',
    profileUrl: 'https://www.linkedin.com/in/jane/',
    name: 'Jane',
    reason: 'stale',
    status,
    addedAt: T0 - 1000,
    updatedAt: T0,
    order: 0,
    attempts: 1,
    ...extra,
  };
}

const OUTCOMES: Record<string, RemovalOutcome> = {
  removed: { outcome: 'removed' },
  gone: { outcome: 'gone' },
  'not-found': { outcome: 'not-found', message: 'No card.' },
  present: { outcome: 'present' },
  'stopped quiet (card-lost)': { outcome: 'stopped', code: 'card-lost', message: 'Card lost.' },
  'stopped lock (button-names-other)': {
    outcome: 'stopped',
    code: 'button-names-other',
    message: 'Names another.',
  },
  'stopped namesake': { outcome: 'stopped', code: 'namesake-listed', message: 'Another Jane listed.' },
  warning: { outcome: 'warning', kind: 'restriction', message: 'Restricted.' },
  'unsure still-listed': { outcome: 'unsure', code: 'still-listed', message: 'Still listed.' },
  'unsure page-error': { outcome: 'unsure', code: 'page-error', message: 'Threw.' },
  'unsure warning': {
    outcome: 'unsure',
    code: 'warning',
    warningKind: 'restriction',
    message: 'Restricted.',
  },
  'unsure others-gone': {
    outcome: 'unsure',
    code: 'others-gone',
    message: 'Others gone.',
    othersGone: [OTHER],
  },
};

/** The states a result can meet: a fresh removal, an interrupted one (with or without a logged click), an unsure one. */
const STATES: Record<string, Omit<SettleInput, 'result' | 'failures' | 'now' | 'scale'>> = {
  'remove, no click logged': { item: item('in-progress'), mode: 'remove', pending: [] },
  'remove, click logged': { item: item('in-progress'), mode: 'remove', pending: [{ id: 7, at: T0 }] },
  'check, interrupted, no click logged': { item: item('in-progress'), mode: 'check', pending: [] },
  'check, interrupted, click logged': {
    item: item('in-progress'),
    mode: 'check',
    pending: [{ id: 7, at: T0 }],
  },
  'check, unsure, first check': {
    item: item('unsure', { clickedAt: T0, checks: 0, nextCheckAt: T0 + 60_000 }),
    mode: 'check',
    pending: [{ id: 7, at: T0 }],
  },
  'check, unsure, last check due': {
    item: item('unsure', { clickedAt: T0, checks: 2, nextCheckAt: T0 + UNSURE_MIN_SPAN_MS }),
    mode: 'check',
    pending: [{ id: 7, at: T0 }],
  },
};

const NOW = T0 + UNSURE_MIN_SPAN_MS; // late enough for the last check to settle

function run(state: string, outcome: string, failures = 0): Settlement {
  return settle({ ...STATES[state]!, result: OUTCOMES[outcome]!, failures, now: NOW, scale: SCALE });
}

/**
 * Expected, per state × outcome: the item's new status ('same' = unchanged), the pending entry's
 * state, whether the session ends (and as a safety stop). Written out in full so every cell is a
 * decision someone made, not a consequence of the code.
 */
type Cell = [
  status: QueueStatus | 'same',
  logState: 'pending' | 'removed' | 'still-listed' | 'none',
  end: 'no' | 'safety' | 'failure',
];
const TABLE: Record<string, Record<string, Cell>> = {
  'remove, no click logged': {
    removed: ['removed', 'removed', 'no'],
    gone: ['skipped', 'none', 'no'],
    'not-found': ['skipped', 'none', 'no'],
    present: ['queued', 'none', 'no'],
    'stopped quiet (card-lost)': ['failed', 'none', 'no'],
    'stopped namesake': ['skipped', 'none', 'no'],
    'stopped lock (button-names-other)': ['queued', 'none', 'safety'],
    warning: ['queued', 'none', 'safety'],
    'unsure still-listed': ['unsure', 'pending', 'no'],
    'unsure page-error': ['unsure', 'pending', 'no'],
    'unsure warning': ['unsure', 'pending', 'safety'],
    'unsure others-gone': ['unsure', 'pending', 'safety'],
  },
  'remove, click logged': {
    removed: ['removed', 'removed', 'no'],
    gone: ['removed', 'removed', 'no'],
    'not-found': ['removed', 'removed', 'no'],
    present: ['unsure', 'pending', 'no'],
    'stopped quiet (card-lost)': ['unsure', 'pending', 'no'],
    'stopped namesake': ['unsure', 'pending', 'safety'],
    'stopped lock (button-names-other)': ['unsure', 'pending', 'safety'],
    warning: ['unsure', 'pending', 'safety'],
    'unsure still-listed': ['unsure', 'pending', 'no'],
    'unsure page-error': ['unsure', 'pending', 'no'],
    'unsure warning': ['unsure', 'pending', 'safety'],
    'unsure others-gone': ['unsure', 'pending', 'safety'],
  },
  'check, interrupted, no click logged': {
    removed: ['removed', 'removed', 'no'],
    gone: ['skipped', 'none', 'no'],
    'not-found': ['skipped', 'none', 'no'],
    present: ['queued', 'none', 'no'],
    'stopped quiet (card-lost)': ['same', 'none', 'no'],
    'stopped namesake': ['skipped', 'none', 'no'],
    'stopped lock (button-names-other)': ['same', 'none', 'safety'],
    warning: ['same', 'none', 'safety'],
    'unsure still-listed': ['unsure', 'pending', 'no'],
    'unsure page-error': ['unsure', 'pending', 'no'],
    'unsure warning': ['unsure', 'pending', 'safety'],
    'unsure others-gone': ['unsure', 'pending', 'safety'],
  },
  'check, interrupted, click logged': {
    removed: ['removed', 'removed', 'no'],
    gone: ['removed', 'removed', 'no'],
    'not-found': ['removed', 'removed', 'no'],
    present: ['unsure', 'pending', 'no'],
    'stopped quiet (card-lost)': ['unsure', 'pending', 'no'],
    'stopped namesake': ['unsure', 'pending', 'safety'],
    'stopped lock (button-names-other)': ['unsure', 'pending', 'safety'],
    warning: ['unsure', 'pending', 'safety'],
    'unsure still-listed': ['unsure', 'pending', 'no'],
    'unsure page-error': ['unsure', 'pending', 'no'],
    'unsure warning': ['unsure', 'pending', 'safety'],
    'unsure others-gone': ['unsure', 'pending', 'safety'],
  },
  'check, unsure, first check': {
    removed: ['removed', 'removed', 'no'],
    gone: ['removed', 'removed', 'no'],
    'not-found': ['removed', 'removed', 'no'],
    present: ['unsure', 'pending', 'no'],
    'stopped quiet (card-lost)': ['unsure', 'pending', 'no'],
    'stopped namesake': ['unsure', 'pending', 'safety'],
    'stopped lock (button-names-other)': ['unsure', 'pending', 'safety'],
    warning: ['unsure', 'pending', 'safety'],
    'unsure still-listed': ['unsure', 'pending', 'no'],
    'unsure page-error': ['unsure', 'pending', 'no'],
    'unsure warning': ['unsure', 'pending', 'safety'],
    'unsure others-gone': ['unsure', 'pending', 'safety'],
  },
  'check, unsure, last check due': {
    removed: ['removed', 'removed', 'no'],
    gone: ['removed', 'removed', 'no'],
    'not-found': ['removed', 'removed', 'no'],
    present: ['still-listed', 'still-listed', 'no'],
    'stopped quiet (card-lost)': ['unsure', 'pending', 'no'],
    'stopped namesake': ['unsure', 'pending', 'safety'],
    'stopped lock (button-names-other)': ['unsure', 'pending', 'safety'],
    warning: ['unsure', 'pending', 'safety'],
    'unsure still-listed': ['unsure', 'pending', 'no'],
    'unsure page-error': ['unsure', 'pending', 'no'],
    'unsure warning': ['unsure', 'pending', 'safety'],
    'unsure others-gone': ['unsure', 'pending', 'safety'],
  },
};

/** The state the person's click ends in the log: an update of the pending entry, or a new entry. */
function logStateOf(s: Settlement, state: string): Cell[1] {
  const update = s.logUpdates.find((u) => u.id === 7);
  if (update) return update.state;
  const own = s.logAdds.find((a) => a.kind === 'own');
  if (own && own.kind === 'own') return own.state;
  return STATES[state]!.pending.length > 0 ? 'pending' : 'none';
}

describe('settle: every outcome × mode × state', () => {
  const cases = Object.entries(TABLE).flatMap(([state, row]) =>
    Object.entries(row).map(([outcome, cell]) => [state, outcome, cell] as const),
  );
  it('covers every outcome in every state', () => {
    for (const row of Object.values(TABLE))
      expect(Object.keys(row).sort()).toEqual(Object.keys(OUTCOMES).sort());
    expect(cases).toHaveLength(Object.keys(STATES).length * Object.keys(OUTCOMES).length);
  });

  it.each(cases)('%s + %s', (state, outcome, [status, logState, end]) => {
    const s = run(state, outcome);
    expect(s.item === null ? 'same' : s.item.status).toBe(status);
    expect(logStateOf(s, state)).toBe(logState);
    expect(s.end === null ? 'no' : isSafetyStop(s.end) ? 'safety' : 'failure').toBe(end);
    // Past a (possible) click nothing is ever failed or skipped, and nobody goes back to the queue.
    if (
      STATES[state]!.pending.length > 0 ||
      STATES[state]!.item.status === 'unsure' ||
      outcome.startsWith('unsure')
    ) {
      expect(['failed', 'skipped', 'queued']).not.toContain(s.item?.status);
    }
    expect(s.removed).toBe(status === 'removed');
  });
});

describe('settle: finding 2, a lagging search after the confirm click', () => {
  const stillListed = OUTCOMES['unsure still-listed']!;

  it('keeps the pending entry counting, makes the person unsure, and counts no failure', () => {
    const s = settle({
      item: item('in-progress'),
      mode: 'remove',
      result: stillListed,
      pending: [{ id: 7, at: T0 }],
      failures: 1,
      now: T0 + 5000,
      scale: SCALE,
    });
    expect(s.item).toMatchObject({ status: 'unsure', clickedAt: T0, checks: 0, nextCheckAt: T0 + 60_000 });
    expect(s.logUpdates).toEqual([]); // the pending entry stays as it is: it counts against the cap
    expect(s.logAdds).toEqual([]);
    expect(s.failures).toBe(1);
    expect(s.end).toBeNull();
  });

  it('a search that no longer lists them settles the entry as removed at its click time', () => {
    const unsure = item('unsure', { clickedAt: T0, checks: 1, nextCheckAt: T0 + 450_000 });
    const s = settle({
      item: unsure,
      mode: 'check',
      result: { outcome: 'gone' },
      pending: [{ id: 7, at: T0 }],
      failures: 0,
      now: T0 + 450_000,
      scale: SCALE,
    });
    expect(s.item?.status).toBe('removed');
    expect(s.logUpdates).toEqual([{ id: 7, state: 'removed', confirmedAfterInterruption: true }]); // no new time: the entry keeps T0
    expect(s.logAdds).toEqual([]);
    expect(s.removed).toBe(true);
  });

  it('a search that still lists them settles nothing before 3 checks over 15 minutes × the scale', () => {
    const scale = 0.5;
    let current = item('in-progress');
    let now = T0 + 1000;
    const pending = [{ id: 7, at: T0 }];
    const seen: string[] = [];
    for (let i = 0; i < 10 && current.status !== 'still-listed'; i++) {
      const s = settle({
        item: current,
        mode: i === 0 ? 'remove' : 'check',
        result: i === 0 ? stillListed : { outcome: 'present' },
        pending,
        failures: 0,
        now,
        scale,
      });
      current = s.item!;
      seen.push(`${current.status}@${now - T0}`);
      if (current.status === 'unsure') now = Math.max(now + 1, current.nextCheckAt!);
      if (current.status === 'still-listed') expect(s.logUpdates).toEqual([{ id: 7, state: 'still-listed' }]);
      else expect(s.logUpdates).toEqual([]);
    }
    expect(current.status).toBe('still-listed');
    const checks = seen.length - 1;
    expect(checks).toBeGreaterThanOrEqual(3);
    expect(now - T0).toBeGreaterThanOrEqual(UNSURE_MIN_SPAN_MS * scale);
    expect(current.checks).toBe(checks);
  });

  it('an early "still listed" check never settles, however many checks came before', () => {
    const unsure = item('unsure', { clickedAt: T0, checks: 5, nextCheckAt: T0 });
    const s = settle({
      item: unsure,
      mode: 'check',
      result: { outcome: 'present' },
      pending: [{ id: 7, at: T0 }],
      failures: 0,
      now: T0 + UNSURE_MIN_SPAN_MS - 1,
      scale: SCALE,
    });
    expect(s.item?.status).toBe('unsure');
    expect(s.item?.nextCheckAt).toBe(T0 + UNSURE_MIN_SPAN_MS);
  });

  it('settling as still listed counts one failure; the second in a row ends the session', () => {
    const due = STATES['check, unsure, last check due']!;
    expect(
      settle({ ...due, result: { outcome: 'present' }, failures: 0, now: NOW, scale: SCALE }),
    ).toMatchObject({ failures: 1, end: null });
    expect(
      settle({ ...due, result: { outcome: 'present' }, failures: 1, now: NOW, scale: SCALE }).end,
    ).toMatchObject({ code: 'two-failures' });
  });

  it('with no pending entry (the confirm message was lost), the click is logged pending all the same', () => {
    const s = settle({
      item: item('in-progress'),
      mode: 'remove',
      result: stillListed,
      pending: [],
      failures: 0,
      now: T0,
      scale: SCALE,
    });
    expect(s.logAdds).toEqual([{ kind: 'own', at: T0, state: 'pending', confirmedAfterInterruption: false }]);
  });
});

describe('settle: others gone at the confirm click', () => {
  it('logs each of them as an unexpected removal and stops for safety', () => {
    const s = run('remove, click logged', 'unsure others-gone');
    expect(s.logAdds).toEqual([{ kind: 'unexpected', person: OTHER, at: NOW }]);
    expect(s.end).toMatchObject({ code: 'others-gone', names: ['Zoe Other'] });
    expect(isSafetyStop(s.end!)).toBe(true);
  });
});

describe('settle: nothing clicked, nothing wrong', () => {
  it('a search that no longer lists someone never clicked logs no removal: skipped with why', () => {
    const s = run('check, interrupted, no click logged', 'gone');
    expect(s).toMatchObject({ removed: false, logAdds: [], logUpdates: [], end: null });
    expect(s.item).toMatchObject({ status: 'skipped' });
    expect(s.item!.detail).toContain('never clicked to remove them');
  });

  it('a confirm click the worker refused (paused, stopped, cap from another tab) queues them again, no failure, no end', () => {
    for (const failures of [0, 1]) {
      const s = settle({
        ...STATES['remove, no click logged']!,
        result: { outcome: 'stopped', code: 'confirm-refused', message: 'Refused.' },
        failures,
        now: NOW,
        scale: SCALE,
      });
      expect(s).toMatchObject({ failures, end: null, logAdds: [] });
      expect(s.item).toMatchObject({ status: 'queued', detail: 'Refused.' });
    }
  });
});

describe('settle: a namesake listed (lock 4 cannot tell them apart)', () => {
  it('skips the person with why, counts no failure and lets the session go on', () => {
    const s = run('remove, no click logged', 'stopped namesake', 1);
    expect(s.item).toMatchObject({ status: 'skipped', detail: 'Another Jane listed.' });
    expect(s).toMatchObject({ failures: 1, end: null, removed: false, logAdds: [], logUpdates: [] });
  });
});

describe('settle: failures in a row', () => {
  it('a quiet failure before the click counts; the second ends the session', () => {
    expect(run('remove, no click logged', 'stopped quiet (card-lost)', 0)).toMatchObject({
      failures: 1,
      end: null,
    });
    expect(run('remove, no click logged', 'stopped quiet (card-lost)', 1).end).toMatchObject({
      code: 'two-failures',
    });
  });

  it('a confirmed removal resets the count', () => {
    expect(run('remove, click logged', 'removed', 1).failures).toBe(0);
  });
});
