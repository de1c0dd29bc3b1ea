import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { FULL_SIZE, runBench } from './bench/run-bench';
import { checkBudgets, resultsJson, resultTable, type Budgets } from './bench/results';

/**
 * `npm run bench`: builds (see package.json), then measures QuietPrune at 30,000 connections in
 * Chromium against the fake LinkedIn, prints the table, writes bench/results.json and exits 1
 * when a budget in bench/budgets.json is exceeded.
 *
 *   node --expose-gc --import tsx scripts/bench.ts [--e2e-dist dist-e2e-bench] [--store-dist dist-bench-store]
 *     [--out bench/results.json] [--no-budgets] [--large 30000] [--runs 7] [--import-rounds 3]
 *     [--store-pace-cards 200]
 */
const root = resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    'e2e-dist': { type: 'string', default: 'dist-e2e-bench' },
    'store-dist': { type: 'string', default: 'dist-bench-store' },
    out: { type: 'string', default: 'bench/results.json' },
    budgets: { type: 'string', default: 'bench/budgets.json' },
    'no-budgets': { type: 'boolean', default: false },
    large: { type: 'string' },
    medium: { type: 'string' },
    runs: { type: 'string' },
    'sync-cards': { type: 'string' },
    'messages-mb': { type: 'string' },
    'import-rounds': { type: 'string' },
    'store-pace-cards': { type: 'string' },
  },
});
const num = (value: string | undefined, fallback: number) => (value === undefined ? fallback : Number(value));

const measured = await runBench({
  e2eDist: resolve(root, args['e2e-dist']),
  storeDist: resolve(root, args['store-dist']),
  large: num(args.large, FULL_SIZE.large),
  medium: num(args.medium, FULL_SIZE.medium),
  firstRowsRuns: num(args.runs, FULL_SIZE.firstRowsRuns),
  searchWord: FULL_SIZE.searchWord,
  syncCards: num(args['sync-cards'], FULL_SIZE.syncCards),
  quickSyncNetwork: FULL_SIZE.quickSyncNetwork,
  messagesMb: num(args['messages-mb'], FULL_SIZE.messagesMb),
  importRounds: num(args['import-rounds'], FULL_SIZE.importRounds),
  storePaceCards: num(args['store-pace-cards'], FULL_SIZE.storePaceCards),
  log: (line) => console.log(line),
});

const out = resolve(root, args.out);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, resultsJson(measured));

const budgets = JSON.parse(readFileSync(resolve(root, args.budgets), 'utf8')) as Budgets;
console.log(`\n${resultTable(measured, budgets)}\n`);
console.log(`Wrote ${out}`);
const over = checkBudgets(measured, budgets).filter((v) => !v.ok);
if (over.length > 0 && !args['no-budgets']) {
  console.error(`Over budget: ${over.map((v) => `${v.name} ${v.value} > ${v.max}`).join('; ')}`);
  process.exit(1);
}
