import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runBench } from '../../scripts/bench/run-bench';
import { METRICS, resultsJson, type Result } from '../../scripts/bench/results';
import { E2E_DIST } from './harness/extension';

/**
 * The benchmark is run by hand at 30,000 connections (`npm run bench`); here it only has to
 * run, end to end, at a small size: every metric measured, written, and a finite number. Budgets
 * are not checked (they are about 30,000, and this machine may be busy). The e2e build stands in
 * for the store build when weighing bundles.
 */
it('runs the whole benchmark at a small size and writes every metric', async () => {
  const measured = await runBench({
    e2eDist: E2E_DIST,
    storeDist: E2E_DIST,
    large: 300,
    medium: 30,
    firstRowsRuns: 2,
    searchWord: 'mul',
    syncCards: 60,
    quickSyncNetwork: 100,
    messagesMb: 1,
    importRounds: 1,
    storePaceCards: 8,
  });
  const dir = mkdtempSync(join(tmpdir(), 'quietprune-bench-smoke-'));
  try {
    const file = join(dir, 'results.json');
    writeFileSync(file, resultsJson(measured));
    const results = JSON.parse(readFileSync(file, 'utf8')) as Result[];
    expect(results.map((r) => r.name)).toEqual([...METRICS]);
    for (const r of results) {
      expect(Object.keys(r).sort(), r.name).toEqual(['name', 'unit', 'value']);
      expect(Number.isFinite(r.value), `${r.name} = ${r.value}`).toBe(true);
      expect(r.unit, r.name).not.toBe('');
    }
    // Things a broken measurement would get wrong even at this size.
    const value = (name: (typeof METRICS)[number]) => results.find((r) => r.name === name)!.value;
    expect(value('popup_first_rows_ms_30000')).toBeGreaterThan(0);
    expect(value('search_keystroke_ms_30000')).toBeGreaterThan(0);
    expect(value('sync_cpu_ms_per_1000_cards')).toBeGreaterThan(0);
    expect(value('quick_sync_cards_read_5_new_of_5000')).toBeGreaterThanOrEqual(15); // 5 new + 10 known
    expect(value('quick_sync_cards_read_5_new_of_5000')).toBeLessThan(100);
    expect(value('bundle_gzip_kb_content')).toBeGreaterThan(1);
    expect(value('idb_bytes_30000')).toBeGreaterThan(0);
    expect(value('import_overhead_ratio_30000')).toBeGreaterThan(0);
    expect(value('reimport_ms_30000')).toBeGreaterThan(0);
    expect(value('popup_heap_mb_30000')).toBeGreaterThan(0.1);
    // A human pace: more than 50 ms a card (the e2e build stands in for the store build, clock untouched).
    expect(value('sync_ms_per_1000_cards_store_pace')).toBeGreaterThan(1_000 * 50);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 240_000);
