import { describe, expect, it } from 'vitest';
import { runSoak } from '../../scripts/soak/soak';
import { LOCKS } from '../../scripts/soak/scenario';
import { formatSummary } from '../../scripts/soak/summary';

/**
 * A short run of the fault soak (`npm run soak` runs the long one): a few seeded scenarios that
 * mix faults against the built extension, judged by the fake LinkedIn's own record; then, for
 * each removal lock, the scenario whose fault only that lock catches, run with the lock off, which
 * must show the wrong removal (an unlogged one for the list difference). The second half proves
 * the first can see what it guards against.
 */
const MIXED_SEEDS = [3, 5, 8, 11];

describe('fault soak, short run', () => {
  it('mixed faults: nobody wrong, nothing unlogged, no cap breach, nobody lost, no profile visit, every warning a safety stop', async () => {
    const { summary, results } = await runSoak({ seeds: MIXED_SEEDS, parallel: 2 });
    const report = `${formatSummary(summary)}\n${JSON.stringify(
      results.filter((r) => summary.failing_seeds.includes(r.seed)),
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
  }, 150_000);

  it('with each lock off, its own fault shows up in the metrics', async () => {
    const { locks, results } = await runSoak({ seeds: [], lockScenarios: [...LOCKS], parallel: 2 });
    const report = JSON.stringify(
      results.map((r) => ({
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
  }, 150_000);
});
