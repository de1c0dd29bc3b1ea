import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { generatePeople } from '../../tests/fake-linkedin';
import { launchWithExtension, type LoadedExtension } from '../../tests/e2e/harness/extension';
import { kB, measureBundles } from './bundle-size';
import { connectionsCsv, writeMessagesCsv } from './export-files';
import {
  deleteAllData,
  importConnectionsCsv,
  measureStoreSize,
  putFloorMs,
  storedConnections,
} from './extension-pages';
import {
  firstRowsMs,
  median,
  RECORD_LONG_TASKS,
  scrollWholeList,
  searchKeystrokes,
  type LoadLongTasks,
} from './popup-bench';
import { sameNameMatch } from './name-match';
import { METRICS, type Measured, type MetricName } from './results';
import { LINKEDIN_LATENCY_MS, LINKEDIN_STALL, storePaceSync } from './store-pace-sync';
import { syncCpu } from './sync-cpu';
import { quickSyncCardsRead } from './quick-sync';

/**
 * The benchmark: the extension at LinkedIn's own scale, measured in Chromium against the
 * fake LinkedIn. `npm run bench` runs it at full size (scripts/bench.ts); the test suite runs it
 * small (tests/e2e/bench-smoke.test.ts). Metric names keep the full-size numbers in them
 * (`_30000`, `_200mb`) whatever the size: the notes say what was actually measured.
 */
export interface BenchOptions {
  /** The e2e build the browser loads (it has the test clock the sync needs). */
  e2eDist: string;
  /** The store build whose bundles are weighed. */
  storeDist: string;
  /** Connections stored for the large measurements (30,000) and the middle one (1,000). */
  large: number;
  medium: number;
  /** Popup openings per size (the median is reported), after one unmeasured warm-up. */
  firstRowsRuns: number;
  /** Typed into the search box at the large size, one key at a time (ASCII: typed without accents). */
  searchWord: string;
  /** People on the fake Connections page for the sync CPU measurement. */
  syncCards: number;
  /** Network size for the quick-sync figure (5,000; 5 new people join its top). */
  quickSyncNetwork: number;
  /** Size of the generated messages.csv, in MiB. */
  messagesMb: number;
  /**
   * Rounds of the import comparison at the large size: each imports the file into an empty store,
   * puts the same records straight into IndexedDB (the floor) and imports the file again; medians.
   */
  importRounds: number;
  /** People on the fake Connections page for the store build's sync at its real pace. */
  storePaceCards: number;
  log?: (line: string) => void;
}

export const FULL_SIZE: Omit<BenchOptions, 'e2eDist' | 'storeDist'> = {
  large: 30_000,
  medium: 1_000,
  firstRowsRuns: 7,
  searchWord: 'muller',
  syncCards: 1_000,
  quickSyncNetwork: 5_000,
  messagesMb: 200,
  importRounds: 3,
  storePaceCards: 200,
};

const SEED = 5;
/** Rows sharing one name for the name-matching figure (40,000 took 58 s when matching was quadratic). */
const SAME_NAME_ROWS = 40_000;
const exec = promisify(execFile);

export async function runBench(options: BenchOptions): Promise<Measured[]> {
  const log = options.log ?? (() => {});
  const out = new Map<MetricName, Measured>();
  const put = (name: MetricName, value: number, unit: string, note: string) => {
    out.set(name, { name, value, unit, note });
    log(`  ${name} = ${Number.isFinite(value) ? value.toFixed(2) : value} ${unit}`);
  };
  const n = (count: number) => count.toLocaleString('en-US');

  log(`Bundles of the store build in ${options.storeDist}`);
  const bundles = measureBundles(options.storeDist);
  for (const entry of ['popup', 'content', 'worker'] as const) {
    put(
      `bundle_gzip_kb_${entry}`,
      kB(bundles[entry].gzipBytes),
      'kB',
      `${bundles[entry].files.length} JS files the ${entry === 'worker' ? 'service worker' : entry === 'content' ? 'content script' : 'popup page'} loads, each gzipped`,
    );
  }

  const everyone = generatePeople(options.large, SEED);
  let ext = await launch(options.e2eDist);
  try {
    log(`Popup with 0 connections (${options.firstRowsRuns} runs)`);
    const empty = await firstRows(ext, options.firstRowsRuns);
    put(
      'popup_first_rows_ms_0',
      empty.median,
      'ms',
      `median of ${options.firstRowsRuns} openings (${empty.all.map(Math.round).join(', ')}): empty state painted`,
    );

    const imports = await importComparison(ext, connectionsCsv(everyone), options, log);
    const round = (ms: number[]) => ms.map(Math.round).join(', ');
    put(
      'import_connections_csv_ms_30000',
      imports.first,
      'ms',
      `${n(options.large)} rows into an empty store: file chosen on the options page → “Import finished”; median of ${options.importRounds} (${round(imports.firsts)})`,
    );
    put(
      'import_overhead_ratio_30000',
      imports.first / imports.floor,
      'ratio',
      `that import ÷ the same ${n(options.large)} stored records put straight into IndexedDB in one transaction on the same page (${Math.round(imports.floor)} ms: median of ${round(imports.floors)}), alternating in one browser`,
    );
    put(
      'reimport_ms_30000',
      imports.again,
      'ms',
      `the same file imported again on top of the ${n(options.large)} it stored, the same day (every record read and merged; only records whose content changes are written: none); median of ${round(imports.agains)}`,
    );
    put(
      'reimport_ratio_30000',
      imports.again / imports.first,
      'ratio',
      `that ÷ the first import, same rounds`,
    );

    const size = await measureStoreSize(ext);
    put(
      'idb_bytes_30000',
      size.estimateBytes,
      'bytes',
      `${n(options.large)} connections: navigator.storage.estimate() IndexedDB usage (records alone as JSON: ${(size.recordBytes / 1e6).toFixed(2)} MB)`,
    );

    log(`Popup with ${n(options.large)} connections`);
    const large = await firstRows(ext, options.firstRowsRuns);
    put(
      'popup_first_rows_ms_30000',
      large.median,
      'ms',
      `${n(options.large)} stored; median of ${options.firstRowsRuns} openings (${large.all.map(Math.round).join(', ')})`,
    );
    put(
      'popup_scaling_ratio',
      large.median / empty.median,
      'ratio',
      `first rows at ${n(options.large)} ÷ first rows at 0, same run`,
    );

    log(`Searching ${n(options.large)} for "${options.searchWord}"`);
    const keys = await searchKeystrokes(ext, options.large, options.searchWord);
    put(
      'search_keystroke_ms_30000',
      keys.worst,
      'ms',
      `worst key of “${options.searchWord}” typed into ${n(options.large)} (median ${keys.median.toFixed(0)} ms; each key: ${keys.perKey.map(Math.round).join(', ')}), keydown → result painted, once the popup has loaded (${loadTasks(keys.whileLoading)} while it loaded)`,
    );

    log(`Scrolling all ${n(options.large)} rows`);
    const scroll = await scrollWholeList(ext, options.large);
    if (scroll.lastRowShown !== options.large)
      throw new Error(`Scrolling ended on row ${scroll.lastRowShown}, not ${options.large}.`);
    put(
      'popup_heap_mb_30000',
      scroll.heapMb,
      'MB',
      `the popup's JS heap with ${n(options.large)} stored, after scrolling the whole list: used bytes after a forced GC (CDP HeapProfiler.collectGarbage, Runtime.getHeapUsage)`,
    );
    put(
      'scroll_long_tasks_30000',
      scroll.longTasks,
      'count',
      `long tasks (> 50 ms) scrolling top to bottom of ${n(options.large)} rows, 3,000 px a frame, ${scroll.frames} frames${scroll.longTasks ? `, longest ${scroll.longestTaskMs.toFixed(0)} ms` : ''}; while the popup loaded before: ${loadTasks(scroll.whileLoading)}`,
    );

    log(`Popup with ${n(options.medium)} connections`);
    await deleteAllData(ext);
    await importConnectionsCsv(ext, connectionsCsv(generatePeople(options.medium, SEED + 1)), options.medium);
    const medium = await firstRows(ext, options.firstRowsRuns);
    put(
      'popup_first_rows_ms_1000',
      medium.median,
      'ms',
      `${n(options.medium)} stored; median of ${options.firstRowsRuns} openings (${medium.all.map(Math.round).join(', ')})`,
    );
  } finally {
    await ext.close();
  }

  log(`Syncing ${n(options.syncCards)} people from the fake Connections page`);
  ext = await launch(options.e2eDist);
  try {
    const sync = await syncCpu(ext, options.syncCards);
    put(
      'sync_cpu_ms_per_1000_cards',
      (sync.extensionCpuMs / sync.cards) * 1000,
      'ms',
      `content script CPU (V8 sampling profiler, extension code only) over a sync of ${n(sync.cards)} cards: ${sync.extensionCpuMs.toFixed(0)} ms in ${(sync.wallMs / 1000).toFixed(0)} s`,
    );
  } finally {
    await ext.close();
  }

  log(`Syncing ${n(options.storePaceCards)} people at the store build's own pace`);
  ext = await launch(options.storeDist);
  try {
    const paced = await storePaceSync(ext, options.storePaceCards);
    put(
      'sync_ms_per_1000_cards_store_pace',
      (paced.wallMs / paced.cards) * 1000,
      'ms',
      `the store build's full sync, human pace, of ${n(paced.cards)} cards against the fake answering in ${LINKEDIN_LATENCY_MS} ms (every ${LINKEDIN_STALL.every}th batch ${LINKEDIN_STALL.ms} ms more): ${(paced.wallMs / 1000).toFixed(0)} s, scaled to 1,000 (5,000: about ${Math.round(((paced.wallMs / paced.cards) * 5_000) / 60_000)} min)`,
    );
  } finally {
    await ext.close();
  }

  log(`Quick sync after 5 new people on a fully synced network of ${n(options.quickSyncNetwork)}`);
  ext = await launch(options.e2eDist);
  try {
    const quick = await quickSyncCardsRead(ext, options.quickSyncNetwork);
    put(
      'quick_sync_cards_read_5_new_of_5000',
      quick.quickCardsRead,
      'count',
      `cards the content script read in a quick Sync (“${quick.message}”, ${(quick.wallMs / 1000).toFixed(1)} s) after 5 joined the top of ${n(quick.network)} it had fully synced (${n(quick.fullCardsRead)} read then), current layout`,
    );
  } finally {
    await ext.close();
  }

  log(`Reading a ${options.messagesMb} MiB messages.csv`);
  const messages = await messagesImport(
    options.messagesMb,
    everyone.slice(0, Math.min(everyone.length, 5_000)),
  );
  const where = `Node ${process.version}, the product's streaming reader (src/data-export), ${n(messages.rows)} rows, ${(messages.bytes / 1048576).toFixed(0)} MiB`;
  put('import_messages_csv_ms_200mb', messages.ms, 'ms', where);
  put(
    'import_messages_csv_peak_mb',
    messages.peakMb,
    'MB',
    `peak resident memory above the ${messages.baselineMb.toFixed(0)} MB idle process (JS heap + buffers: ${messages.heapPeakMb.toFixed(0)} MB)`,
  );

  log('Matching 40,000 rows that share one name');
  const runs = [];
  for (let i = 0; i < 3; i++) runs.push(await sameNameMatch(SAME_NAME_ROWS, i === 0));
  const best = runs.reduce((a, b) => (b.matchMs < a.matchMs ? b : a));
  put(
    'name_match_ms_40000_same_name',
    best.matchMs,
    'ms',
    `Node ${process.version}, the product's NameMatcher: ${n(SAME_NAME_ROWS)} people named John Smith without a profile URL, ${n(SAME_NAME_ROWS)} stored, one lookup with a company per row; ` +
      `fastest of ${runs.length} (${runs.map((r) => Math.round(r.matchMs)).join(', ')} ms); the whole reader on the same people as two CSV files: ${Math.round(runs[0]!.readMs ?? 0)} ms`,
  );

  const missing = METRICS.filter((name) => !out.has(name));
  if (missing.length > 0) throw new Error(`The bench did not measure ${missing.join(', ')}.`);
  return METRICS.map((name) => out.get(name)!);
}

interface ImportComparison {
  firsts: number[];
  floors: number[];
  agains: number[];
  first: number;
  floor: number;
  again: number;
}

/**
 * The options page's import beside IndexedDB's own floor, alternating in one browser so that
 * whatever else the machine does weighs on both: each round empties the store, then imports the
 * file and puts the records it stored straight into a new database (in turn first, so neither
 * always follows the other), then imports the same file again. Leaves the store holding the file.
 */
export async function importComparison(
  ext: LoadedExtension,
  csv: string,
  options: BenchOptions,
  log: (line: string) => void,
): Promise<ImportComparison> {
  const size = options.large;
  const firsts: number[] = [];
  const floors: number[] = [];
  const agains: number[] = [];
  let records: unknown[] | null = null;
  for (let i = 0; i < options.importRounds; i++) {
    log(
      `Importing a ${size.toLocaleString('en-US')}-row Connections.csv, round ${i + 1} of ${options.importRounds}`,
    );
    if (i > 0) await deleteAllData(ext);
    const floorFirst = records !== null && i % 2 === 1;
    if (floorFirst) floors.push(await putFloorMs(ext, records!));
    firsts.push(await importConnectionsCsv(ext, csv, size));
    records ??= await storedConnections(ext);
    if (records.length !== size) throw new Error(`The import stored ${records.length}, not ${size}.`);
    if (!floorFirst) floors.push(await putFloorMs(ext, records));
    agains.push(await importConnectionsCsv(ext, csv, 0, size));
  }
  return {
    firsts,
    floors,
    agains,
    first: median(firsts),
    floor: median(floors),
    again: median(agains),
  };
}

function loadTasks(t: LoadLongTasks): string {
  return t.count === 0
    ? 'no long task'
    : `${t.count} long task${t.count === 1 ? '' : 's'}, longest ${t.longestMs.toFixed(0)} ms`;
}

export async function launch(dist: string): Promise<LoadedExtension> {
  const ext = await launchWithExtension({ dist: resolve(dist) });
  // tsx keeps function names with a `__name` helper; functions sent to pages need it too.
  await ext.context.addInitScript({ content: `globalThis.__name ??= (fn) => fn; ${RECORD_LONG_TASKS}` });
  await ext.worker.evaluate('globalThis.__name ??= (fn) => fn;');
  // The extension creates its database when it installs: wait for it before using it.
  const deadline = Date.now() + 15_000;
  while (
    !(await ext.worker.evaluate(async () =>
      (await indexedDB.databases()).some((d) => d.name === 'quietprune'),
    ))
  ) {
    if (Date.now() > deadline) throw new Error('The extension did not create its database within 15 s.');
    await new Promise((r) => setTimeout(r, 100));
  }
  return ext;
}

async function firstRows(ext: LoadedExtension, runs: number): Promise<{ median: number; all: number[] }> {
  await firstRowsMs(ext); // warm-up, not counted
  const all: number[] = [];
  for (let i = 0; i < runs; i++) {
    all.push(await firstRowsMs(ext));
    await new Promise((r) => setTimeout(r, 200));
  }
  return { median: median(all), all };
}

interface MessagesRun {
  ms: number;
  peakMb: number;
  baselineMb: number;
  heapPeakMb: number;
  rows: number;
  bytes: number;
}

async function messagesImport(mb: number, people: ReturnType<typeof generatePeople>): Promise<MessagesRun> {
  const dir = mkdtempSync(join(tmpdir(), 'quietprune-bench-'));
  try {
    const file = join(dir, 'messages.csv');
    const written = await writeMessagesCsv(file, mb * 1024 * 1024, people);
    const child = resolve(import.meta.dirname, 'messages-import-child.ts');
    const { stdout } = await exec(process.execPath, ['--expose-gc', '--import', 'tsx', child, file], {
      cwd: resolve(import.meta.dirname, '../..'),
      maxBuffer: 1 << 20,
    });
    const run = JSON.parse(stdout.trim().split('\n').pop()!) as Omit<MessagesRun, 'bytes'>;
    if (run.rows !== written.rows)
      throw new Error(`The reader counted ${run.rows} messages, the file has ${written.rows}.`);
    return { ...run, bytes: written.bytes };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
