import type { ScenarioResult } from './run-scenario';
import { FAULT_CLASSES, type FaultClass } from './scenario';

/** The soak's totals over its scenarios: what `npm run soak` prints and writes to soak/results.json. */
export interface SoakSummary {
  scenarios: number;
  wrong_removals: number;
  unlogged_removals: number;
  cap_breaches: number;
  lost_items: number;
  profile_requests: number;
  warning_stops: number;
  warnings_injected: number;
  /** Scenarios holding each fault class. */
  fault_classes: Record<FaultClass, number>;
  /** Of those, scenarios where the fake could not produce it (a fault of the other layout). */
  not_applied: Partial<Record<FaultClass, number>>;
  timed_out: number;
  errors: number;
  removals: number;
  queued: number;
  seconds: number;
  /** Seeds whose scenario broke a rule, to replay alone with `--seed`. */
  failing_seeds: number[];
}

/** True when the scenario broke one of the soak's rules. */
export function failed(result: ScenarioResult): boolean {
  const m = result.metrics;
  return (
    m.wrongRemovals.length > 0 || m.unloggedRemovals.length > 0 || m.capBreaches > 0 || m.lostItems.length > 0 || m.profileRequests > 0 ||
    result.warningStops !== result.warningsInjected || result.error !== undefined
  );
}

export function summarise(results: readonly ScenarioResult[], seconds: number): SoakSummary {
  const sum = (f: (r: ScenarioResult) => number) => results.reduce((total, r) => total + f(r), 0);
  const faultClasses = Object.fromEntries(FAULT_CLASSES.map((name) => [name, results.filter((r) => r.classes.includes(name)).length])) as Record<FaultClass, number>;
  const notApplied: Partial<Record<FaultClass, number>> = {};
  for (const r of results) for (const { fault } of r.notApplied) notApplied[fault] = (notApplied[fault] ?? 0) + 1;
  return {
    scenarios: results.length,
    wrong_removals: sum((r) => r.metrics.wrongRemovals.length),
    unlogged_removals: sum((r) => r.metrics.unloggedRemovals.length),
    cap_breaches: sum((r) => r.metrics.capBreaches),
    lost_items: sum((r) => r.metrics.lostItems.length),
    profile_requests: sum((r) => r.metrics.profileRequests),
    warning_stops: sum((r) => r.warningStops),
    warnings_injected: sum((r) => r.warningsInjected),
    fault_classes: faultClasses,
    not_applied: notApplied,
    timed_out: results.filter((r) => r.timedOut).length,
    errors: results.filter((r) => r.error !== undefined).length,
    removals: sum((r) => r.removed.length),
    queued: sum((r) => r.queued.length),
    seconds: Math.round(seconds),
    failing_seeds: results.filter(failed).map((r) => r.seed),
  };
}

export function formatSummary(summary: SoakSummary): string {
  const lines = [
    `scenarios run      ${summary.scenarios} in ${summary.seconds} s (${(summary.seconds / Math.max(1, summary.scenarios)).toFixed(1)} s each)`,
    `wrong_removals     ${summary.wrong_removals}`,
    `unlogged_removals  ${summary.unlogged_removals}`,
    `cap_breaches       ${summary.cap_breaches}`,
    `lost_items         ${summary.lost_items}`,
    `profile_requests   ${summary.profile_requests}`,
    `warning_stops      ${summary.warning_stops} of warnings_injected ${summary.warnings_injected}`,
    `removals           ${summary.removals} of ${summary.queued} queued; timed out ${summary.timed_out}; errors ${summary.errors}`,
    'scenarios per fault class:',
    ...Object.entries(summary.fault_classes).map(([name, n]) => `  ${name.padEnd(24)} ${String(n).padStart(4)}${summary.not_applied[name as FaultClass] ? ` (${summary.not_applied[name as FaultClass]} not applicable)` : ''}`),
  ];
  if (summary.failing_seeds.length > 0) {
    lines.push(`FAILING seeds: ${summary.failing_seeds.join(' ')}  (replay one: npm run soak -- --seed ${summary.failing_seeds[0]})`);
  }
  return lines.join('\n');
}
