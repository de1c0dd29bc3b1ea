import { openAsBlob } from 'node:fs';
import { readExport } from '../../src/data-export';

/**
 * Reads one messages.csv with the product's streaming export reader, in a process of its own so
 * that its memory is the import's and nothing else's. Run with `node --expose-gc --import tsx`.
 * Prints one JSON line: { ms, peakMb, baselineMb, heapPeakMb, people }.
 *
 * Peak memory: the process's peak resident set (getrusage maxRSS) minus its resident set just
 * before the import, after a full garbage collection. JS heap plus buffers, sampled every 10 ms,
 * is reported too.
 */
const path = process.argv[2];
if (!path) throw new Error('usage: messages-import-child.ts <messages.csv>');
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('Run with --expose-gc: the baseline needs a full garbage collection.');

const blob = await openAsBlob(path);
gc();
const baseline = process.memoryUsage();
const jsBaseline = baseline.heapUsed + baseline.external;
let jsPeak = jsBaseline;
const sampler = setInterval(() => {
  const m = process.memoryUsage();
  jsPeak = Math.max(jsPeak, m.heapUsed + m.external);
}, 10);

const started = performance.now();
const result = await readExport([{ name: 'messages.csv', data: blob }]);
const ms = performance.now() - started;
clearInterval(sampler);

const MB = 1024 * 1024;
const peakRss = process.resourceUsage().maxRSS * 1024;
const messages = result.files.find((f) => f.kind === 'messages');
process.stdout.write(
  `${JSON.stringify({
    ms,
    peakMb: (peakRss - baseline.rss) / MB,
    baselineMb: baseline.rss / MB,
    heapPeakMb: (jsPeak - jsBaseline) / MB,
    rows: messages?.rows ?? 0,
    people: result.facts.size,
  })}\n`,
);
