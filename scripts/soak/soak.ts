import { closeSoakBrowser, openSoakBrowser, runScenario, type ScenarioResult, type SoakBrowser } from './run-scenario';
import { planLockScenario, planScenario, type LockName, type ScenarioPlan } from './scenario';
import { failed, summarise, type SoakSummary } from './summary';

export interface SoakOptions {
  /** Seeds of mixed scenarios (planScenario). */
  seeds: readonly number[];
  /** Locks switched off in the mixed scenarios. */
  locksOff?: LockName[];
  /** Also run the scenario of each of these locks (planLockScenario), with it off. */
  lockScenarios?: LockName[];
  budgetMs?: number;
  dist?: string;
  /** Scenarios at once, each in its own Chromium (default 1). The soak waits on LinkedIn's pace more than it computes. */
  parallel?: number;
  /** A fresh Chromium for every scenario instead of a reset one (slower; for ruling out a leak). */
  fresh?: boolean;
  /** Scenarios before a reused Chromium is replaced (bounds its memory; default 25). */
  recycleEvery?: number;
  log?: ((line: string) => void) | undefined;
}

/** Runs the scenarios one after another (one Chromium at a time: two cores) and sums them up. */
export interface LockVerdict {
  lock: LockName;
  locksOff: LockName[];
  seed: number;
  wrong_removals: number;
  unlogged_removals: number;
  /** The soak saw what the lock guards against: a wrong removal (list-diff: an unlogged one). */
  seen: boolean;
}

function lockVerdicts(results: readonly ScenarioResult[]): LockVerdict[] {
  return results.filter((r) => r.lockScenario !== undefined).map((r) => {
    const lock = r.lockScenario!;
    const wrong = r.metrics.wrongRemovals.length;
    const unlogged = r.metrics.unloggedRemovals.length;
    return { lock, locksOff: r.locksOff, seed: r.seed, wrong_removals: wrong, unlogged_removals: unlogged, seen: lock === 'list-diff' ? unlogged > 0 : wrong > 0 };
  });
}

export async function runSoak(options: SoakOptions): Promise<{ results: ScenarioResult[]; summary: SoakSummary; locks: LockVerdict[] }> {
  const started = Date.now();
  const results: ScenarioResult[] = [];
  const plans: ScenarioPlan[] = [
    ...options.seeds.map((seed) => planScenario(seed, options.locksOff ? { locksOff: options.locksOff } : {})),
    ...(options.lockScenarios ?? []).map((lock, i) => planLockScenario(lock, 900_000 + i)),
  ];
  const order = new Map(plans.map((plan, i) => [plan, i]));
  const queue = [...plans];
  const recycleEvery = options.recycleEvery ?? 25;
  const lane = async () => {
    let browser: SoakBrowser | null = null;
    try {
      for (let plan = queue.shift(); plan !== undefined; plan = queue.shift()) {
        if (!options.fresh && (browser === null || browser.used >= recycleEvery)) {
          if (browser) await closeSoakBrowser(browser);
          browser = await openSoakBrowser(options.dist);
        }
        const result = await runScenario(plan, {
          ...(browser ? { browser } : {}),
          ...(options.budgetMs ? { budgetMs: options.budgetMs } : {}),
          ...(options.dist ? { dist: options.dist } : {}),
          ...(options.log ? { log: options.log } : {}),
        });
        // A scenario that broke its browser (an error) leaves it to be replaced.
        if (result.error !== undefined && browser) {
          await closeSoakBrowser(browser);
          browser = null;
        }
        results.push(Object.assign(result, { order: order.get(plan)! }));
        options.log?.(describe(result));
      }
    } finally {
      if (browser) await closeSoakBrowser(browser);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.parallel ?? 1) }, lane));
  results.sort((a, b) => (a as { order?: number }).order! - (b as { order?: number }).order!);
  for (const result of results) delete (result as { order?: number }).order;
  const mixed = results.filter((r) => r.lockScenario === undefined);
  return { results, summary: summarise(mixed, (Date.now() - started) / 1000), locks: lockVerdicts(results) };
}

export function describe(r: ScenarioResult): string {
  const m = r.metrics;
  const verdict = failed(r) ? 'FAIL' : 'ok';
  const extra = [
    m.wrongRemovals.length ? `wrong ${m.wrongRemovals.join(',')}` : '',
    m.unloggedRemovals.length ? `unlogged ${m.unloggedRemovals.join(',')}` : '',
    m.capBreaches ? `cap+${m.capBreaches}` : '',
    m.lostItems.length ? `lost ${m.lostItems.map((l) => `${l.profileKey}:${l.why}`).join(',')}` : '',
    m.profileRequests ? `profiles ${m.profileRequests}` : '',
    r.warningsInjected !== r.warningStops ? `warnings ${r.warningStops}/${r.warningsInjected}: ${r.warningMisses.join(' | ')}` : '',
    r.error ? `error ${r.error.split('\n')[0]}` : '',
  ].filter(Boolean).join('; ');
  return `${r.lockScenario ? `lock ${r.lockScenario} (off: ${r.locksOff.join(',')}) ` : ''}seed ${r.seed} ${verdict} ${(r.durationMs / 1000).toFixed(1)} s ${r.layout} [${r.classes.join(' ')}] removed ${r.removed.length}/${r.queued.length}${r.timedOut ? ' TIMED OUT' : ''}${r.nudges ? ` nudges ${r.nudges}` : ''}${extra ? ` ${extra}` : ''}`;
}
