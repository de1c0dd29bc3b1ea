import { beforeAll, describe, expect, it } from 'vitest';
import { runSoak } from '../../scripts/soak/soak';
import { LOCKS } from '../../scripts/soak/scenario';
import { formatSummary } from '../../scripts/soak/summary';

/**
 * A short run of the fault soak (`npm run soak` runs the long one): a few seeded scenarios that
 * mix faults against the built extension, judged by the fake LinkedIn's own record; then, for
 * each removal lock, the scenario whose fault only that lock catches, run with the lock off, which
 * must show the wrong removal (an unlogged one for the list difference). The second half proves
 * the first can see what it guards against.
 *
 * Both halves are one run: its lanes take the next scenario of either kind as they come free, so
 * nine scenarios take three rounds on three lanes instead of two rounds and then three on two (and
 * each lane opens one Chromium, not one per half). Each scenario waits on LinkedIn's pace far more
 * than it computes; the summary counts the mixed scenarios only, the lock verdicts the others.
 */
const MIXED_SEEDS = [3, 5, 8, 11];

let soak: Awaited<ReturnType<typeof runSoak>>;
beforeAll(async () => {
  soak = await runSoak({ seeds: MIXED_SEEDS, lockScenarios: [...LOCKS], parallel: 3 });
}, 240_000);

describe('fault soak, short run', () => {
  it('mixed faults: nobody wrong, nothing unlogged, no cap breach, nobody lost, no profile visit, every warning a safety stop', () => {
    const { summary, results } = soak;
    const report = `${formatSummary(summary)}\n${JSON.stringify(
      results.filter((r) => r.lockScenario === undefined && summary.failing_seeds.includes(r.seed)),
      null,
      1,
    )}`;
    expect(summary.scenarios, report).toBe(MIXED_SEEDS.length);
    expect(summary.errors, report).toBe(0);
    expect(summary.wrong_removals, report).toBe(0);
    expect(summary.unlogged_removals, report).toBe(0);
    expect(summary.cap_breaches, report).toBe(0);
    expect(summary.lost_items, report).toBe(0);
    expect(summary.profile_requests, report).toBe(0);
    expect(summary.warning_stops, report).toBe(summary.warnings_injected);
    // The run removed people at all (a soak that removes nobody proves nothing).
    expect(summary.removals, report).toBeGreaterThan(0);
  });

  it('with each lock off, its own fault shows up in the metrics', () => {
    const { locks, results } = soak;
    const report = JSON.stringify(
      results
        .filter((r) => r.lockScenario !== undefined)
        .map((r) => ({
          lock: r.lockScenario,
          removed: r.removed,
          metrics: r.metrics,
          ends: r.sessionEnds,
          error: r.error,
        })),
      null,
      1,
    );
    expect(
      locks.map((v) => v.lock),
      report,
    ).toEqual([...LOCKS]);
    for (const verdict of locks) expect(verdict, report).toMatchObject({ seen: true });
  });
});
