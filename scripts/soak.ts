import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runSoak } from './soak/soak';
import { LOCKS, type LockName } from './soak/scenario';
import { formatSummary } from './soak/summary';

/**
 * `npm run soak`: the built e2e extension (see package.json: it builds dist-e2e first) against
 * the fake LinkedIn in seeded scenarios that mix faults. Prints the totals, writes
 * soak/results.json (every scenario, for replaying), exits 1 when a rule is broken.
 *
 *   npm run soak -- [--scenarios 200] [--first-seed 1] [--seed 1234] [--locks-off menu,dialog] [--parallel 2] [--fresh]
 *     [--budget-ms 30000] [--out soak/results.json] [--quiet]
 *
 * `--seed N` replays one scenario alone. `--locks-off` switches locks off in the e2e build (a
 * test-only switch): the soak must then report wrong (or unlogged) removals.
 */
const root = resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    scenarios: { type: 'string', default: '20' },
    'first-seed': { type: 'string', default: '1' },
    seed: { type: 'string' },
    'locks-off': { type: 'string', default: '' },
    out: { type: 'string', default: 'soak/results.json' },
    'budget-ms': { type: 'string', default: '30000' },
    parallel: { type: 'string', default: '2' },
    fresh: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
  },
});

const locksOff = (args['locks-off'] ?? '')
  .split(',')
  .map((s) => s.trim())
  .filter((s) => s !== '');
for (const lock of locksOff) {
  if (!(LOCKS as readonly string[]).includes(lock))
    throw new Error(`--locks-off: unknown lock "${lock}" (known: ${LOCKS.join(', ')})`);
}
const seeds =
  args.seed !== undefined
    ? [Number(args.seed)]
    : Array.from({ length: Number(args.scenarios) }, (_, i) => Number(args['first-seed']) + i);

const { results, summary, locks } = await runSoak({
  seeds,
  locksOff: locksOff as LockName[],
  // With a lock off, its own scenario runs too: the mix alone may never hold the one fault only that lock catches.
  lockScenarios: locksOff as LockName[],
  budgetMs: Number(args['budget-ms']),
  parallel: Number(args.parallel),
  fresh: args.fresh,
  log: args.quiet ? undefined : (line) => console.log(line),
});

const out = resolve(root, args.out);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify({ summary, locksOff, locks, scenarios: results }, null, 2)}\n`);
console.log(`\n${formatSummary(summary)}`);
for (const verdict of locks) {
  console.log(
    `lock ${verdict.lock} off (${verdict.locksOff.join(', ')}): wrong_removals ${verdict.wrong_removals}, unlogged_removals ${verdict.unlogged_removals}: ${verdict.seen ? 'seen' : 'NOT SEEN'}`,
  );
}
console.log(`Wrote ${out}`);
if (summary.failing_seeds.length > 0 || summary.warning_stops !== summary.warnings_injected) process.exit(1);
