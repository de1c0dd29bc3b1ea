import { describe, expect, it } from 'vitest';
import {
  busiestDay,
  DAY_MS,
  onExtensionClock,
  scenarioMetrics,
  type ScenarioRecord,
} from '../../scripts/soak/metrics';

/** The soak's judge (scripts/soak/metrics.ts): what counts as wrong, unlogged, over the cap, lost. */
const base: ScenarioRecord = {
  queued: ['a', 'b', 'c'],
  history: [],
  cap: 2,
  removals: [],
  stillConnected: new Set(['a', 'b', 'c', 'x']),
  profileRequests: 0,
  log: [],
  queue: [
    { profileKey: 'a', status: 'queued' },
    { profileKey: 'b', status: 'queued' },
    { profileKey: 'c', status: 'queued' },
  ],
};

describe('soak metrics', () => {
  it('a clean run: nothing to report', () => {
    const m = scenarioMetrics({
      ...base,
      removals: [{ profileKey: 'a', at: 0 }],
      stillConnected: new Set(['b', 'c', 'x']),
      log: [{ profileKey: 'a', at: 0, state: 'removed' }],
      queue: [
        { profileKey: 'a', status: 'removed' },
        { profileKey: 'b', status: 'in-progress' },
        { profileKey: 'c', status: 'queued' },
      ],
    });
    expect(m).toEqual({
      wrongRemovals: [],
      unloggedRemovals: [],
      capBreaches: 0,
      lostItems: [],
      profileRequests: 0,
    });
  });

  it('someone not queued removed is wrong, and unlogged unless the log holds them in any state', () => {
    const removals = [{ profileKey: 'x', at: 0 }];
    expect(scenarioMetrics({ ...base, removals })).toMatchObject({
      wrongRemovals: ['x'],
      unloggedRemovals: ['x'],
    });
    expect(
      scenarioMetrics({
        ...base,
        removals,
        log: [{ profileKey: 'x', at: 0, state: 'pending', unexpected: true }],
      }),
    ).toMatchObject({ wrongRemovals: ['x'], unloggedRemovals: [] });
  });

  it('the cap counts the seeded history and the fake removals in any 24 hours', () => {
    const removals = [
      { profileKey: 'a', at: 10 },
      { profileKey: 'b', at: 20 },
    ];
    expect(scenarioMetrics({ ...base, removals }).capBreaches).toBe(0);
    expect(scenarioMetrics({ ...base, removals, history: [5] }).capBreaches).toBe(1);
    expect(scenarioMetrics({ ...base, removals, history: [10 - DAY_MS] }).capBreaches).toBe(0);
    expect(busiestDay([0, DAY_MS - 1, DAY_MS, 2 * DAY_MS])).toBe(2);
  });

  it('lost items: shown removed but connected, removed but shown queued/failed/skipped, vanished without a log entry', () => {
    const m = scenarioMetrics({
      ...base,
      removals: [
        { profileKey: 'b', at: 0 },
        { profileKey: 'c', at: 1 },
      ],
      stillConnected: new Set(['a', 'x']),
      log: [
        { profileKey: 'b', at: 0 },
        { profileKey: 'c', at: 1 },
      ],
      queue: [
        { profileKey: 'a', status: 'removed' },
        { profileKey: 'c', status: 'failed' },
      ],
    });
    // b left the queue but is logged: not lost.
    expect(m.lostItems).toEqual([
      { profileKey: 'a', why: 'shown-removed-still-connected' },
      { profileKey: 'c', why: 'removed-shown-failed' },
    ]);
    const vanished = scenarioMetrics({
      ...base,
      queue: [
        { profileKey: 'a', status: 'queued' },
        { profileKey: 'b', status: 'queued' },
      ],
    });
    expect(vanished.lostItems).toEqual([{ profileKey: 'c', why: 'vanished-unlogged' }]);
    const failed = scenarioMetrics({
      ...base,
      removals: [{ profileKey: 'a', at: 0 }],
      log: [{ profileKey: 'a', at: 0 }],
      queue: [
        { profileKey: 'a', status: 'failed' },
        { profileKey: 'b', status: 'skipped' },
        { profileKey: 'c', status: 'queued' },
      ],
    });
    expect(failed.lostItems).toEqual([{ profileKey: 'a', why: 'removed-shown-failed' }]);
  });

  it('server times move onto the extension clock by the offset in force when they arrived', () => {
    const offsets = [
      { fromRealAt: 0, offsetMs: 0 },
      { fromRealAt: 100, offsetMs: DAY_MS },
    ];
    expect(onExtensionClock(50, offsets)).toBe(50);
    expect(onExtensionClock(150, offsets)).toBe(150 + DAY_MS);
  });
});
