/**
 * Not a test: a quick local timing of `readExport` on a 30,000-row Connections.csv (the LinkedIn
 * cap) and on a large messages.csv, both generated in memory. Heap figures need --expose-gc.
 *
 *   npx tsx tests/unit/data-export/speed-check.ts
 *   node --expose-gc --import tsx tests/unit/data-export/speed-check.ts 200   # messages.csv size in MB
 */
import { readExport } from '../../../src/data-export';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

async function connectionsCheck(): Promise<void> {
  const lines = [
    'Notes:',
    '"When exporting your connection data, ..."',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  ];
  for (let i = 0; i < 30_000; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    lines.push(
      `First${i},"Last${i}, PMP",https://www.linkedin.com/in/person-${i}-x1,,"Company ${i % 500}, Inc.",Engineer ${i},${day} ${MONTHS[i % 12]} ${2010 + (i % 15)}`,
    );
  }
  const blob = new Blob([lines.join('\n')]);
  for (let run = 1; run <= 3; run++) {
    const started = performance.now();
    const result = await readExport([{ name: 'Connections.csv', data: blob }]);
    console.log(
      `Connections.csv, ${result.connections.length} rows (${(blob.size / 1e6).toFixed(1)} MB), run ${run}: ${(performance.now() - started).toFixed(0)} ms`,
    );
  }
}

async function messagesCheck(megabytes: number): Promise<void> {
  const encoder = new TextEncoder();
  const me = 'https://www.linkedin.com/in/mia';
  const text = 'Lorem ipsum dolor sit amet, ""quoted"" consectetur.\nSecond line; more words here. '.repeat(
    8,
  );
  const parts: Uint8Array<ArrayBuffer>[] = [
    encoder.encode(
      '"CONVERSATION ID","CONVERSATION TITLE","FROM","SENDER PROFILE URL","TO","RECIPIENT PROFILE URLS","DATE","SUBJECT","CONTENT","FOLDER","ATTACHMENTS","IS MESSAGE DRAFT","IS CONVERSATION DRAFT"\n',
    ),
  ];
  let size = 0;
  let n = 0;
  while (size < megabytes * 1e6) {
    let chunk = '';
    for (let i = 0; i < 2000; i++, n++) {
      const other = `https://www.linkedin.com/in/person-${n % 20_000}`;
      const mine = n % 3 === 0;
      chunk += `"c${n % 20_000}","","${mine ? 'Mia' : 'P'}","${mine ? me : other}","x","${mine ? other : me}","2023-0${1 + (n % 9)}-1${n % 10} 10:00:00 UTC","","${text} ${n}","INBOX","","No","No"\n`;
    }
    const bytes = encoder.encode(chunk);
    parts.push(bytes);
    size += bytes.length;
  }
  const blob = new Blob(parts);
  parts.length = 0;
  (globalThis as { gc?: () => void }).gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let heapPeak = heapBefore;
  const started = performance.now();
  const result = await readExport([{ name: 'messages.csv', data: blob }], {
    onProgress: () => {
      heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
    },
  });
  console.log(
    `messages.csv, ${n} messages (${(blob.size / 1e6).toFixed(0)} MB): ${((performance.now() - started) / 1000).toFixed(1)} s, ` +
      `${result.facts.size} people; JS heap ${(heapBefore / 1e6).toFixed(0)} MB before, ${(heapPeak / 1e6).toFixed(0)} MB at most`,
  );
}

await connectionsCheck();
await messagesCheck(Number(process.argv[2] ?? 50));
