import { closeSoakBrowser, openSoakBrowser, runScenario, type ScenarioResult, type SoakBrowser } from './run-scenario';
import { planScenario, type FaultClass, type LockName } from './scenario';
import { failed, summarise, type SoakSummary } from './summary';

export interface SoakOptions {
  seeds: readonly number[];
  locksOff?: LockName[];
  /** Forces these fault classes in every scenario (the lock scenarios). */
  only?: FaultClass[];
  queueSize?: number;
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
export async function runSoak(options: SoakOptions): Promise<{ results: ScenarioResult[]; summary: SoakSummary }> {
  const started = Date.now();
  const results: ScenarioResult[] = [];
  const seeds = [...options.seeds];
  const recycleEvery = options.recycleEvery ?? 25;
  const lane = async () => {
    let browser: SoakBrowser | null = null;
    try {
      for (let seed = seeds.shift(); seed !== undefined; seed = seeds.shift()) {
        const plan = planScenario(seed, {
          ...(options.only ? { only: options.only } : {}),
          ...(options.locksOff ? { locksOff: options.locksOff } : {}),
          ...(options.queueSize ? { queueSize: options.queueSize } : {}),
        });
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
        results.push(result);
        options.log?.(describe(result));
      }
    } finally {
      if (browser) await closeSoakBrowser(browser);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.parallel ?? 1) }, lane));
  results.sort((a, b) => options.seeds.indexOf(a.seed) - options.seeds.indexOf(b.seed));
  return { results, summary: summarise(results, (Date.now() - started) / 1000) };
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
  return `seed ${r.seed} ${verdict} ${(r.durationMs / 1000).toFixed(1)} s ${r.layout} [${r.classes.join(' ')}] removed ${r.removed.length}/${r.queued.length}${r.timedOut ? ' TIMED OUT' : ''}${r.nudges ? ` nudges ${r.nudges}` : ''}${extra ? ` ${extra}` : ''}`;
}
