// `npm run lint:firefox`: addons-linter (Mozilla's own checks, as addons.mozilla.org runs them on
// upload) over the Firefox zip of `npm run build:firefox`. Passes with 0 errors and no warning
// but the ones listed here, each with why it stays (the README's Firefox section lists them too).
// A new warning fails until it is fixed or listed here with its reason.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';

const dist = process.argv[2] ?? 'dist-firefox';
const zip = readdirSync(dist).find((name) => /^quietprune-firefox-.*\.zip$/.test(name));
if (!zip) throw new Error(`No Firefox zip in ${dist}/: run \`npm run build:firefox\` first.`);

/** Warnings that stay, each recognised by its code and by what it points at, not by file name alone. */
const ACCEPTED = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    why: "Preact's renderer sets innerHTML for the `dangerouslySetInnerHTML` prop; QuietPrune never passes that prop (no innerHTML in src/), so no value ever reaches it.",
    // The flagged spot must be Preact's own prop handling, in the bundle that holds Preact.
    matches: (warning) => {
      const line = readBundledLine(warning.file, warning.line);
      return line
        .slice(Math.max(0, (warning.column ?? 0) - 200), (warning.column ?? 0) + 200)
        .includes('__html');
    },
  },
];

let zipped;
const readBundledLine = (file, line) => {
  // The zip holds the files of dist-firefox/ unchanged (scripts/zip-dist.mjs): read them there.
  zipped ??= new Map();
  if (!zipped.has(file)) zipped.set(file, readFileSync(join(dist, file), 'utf8').split('\n'));
  return zipped.get(file)[(line ?? 1) - 1] ?? '';
};

let output;
try {
  output = execFileSync('npx', ['addons-linter', '--output', 'json', join(dist, zip)], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
} catch (error) {
  output = error.stdout; // the linter exits non-zero on errors; its JSON report is still on stdout
  if (!output) throw error;
}
const report = JSON.parse(output);
const unexplained = report.warnings.filter((w) => !ACCEPTED.some((a) => a.code === w.code && a.matches(w)));
const line = (m) => `  ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''}: ${m.message}`;
console.log(
  `addons-linter ${join(dist, zip)}: ${report.errors.length} errors, ${report.warnings.length} warnings ` +
    `(${report.warnings.length - unexplained.length} accepted), ${report.notices.length} notices`,
);
for (const w of report.warnings.filter((w) => !unexplained.includes(w)))
  console.log(`${line(w)}\n    accepted: ${ACCEPTED.find((a) => a.code === w.code).why}`);
if (report.errors.length > 0 || unexplained.length > 0) {
  for (const e of report.errors) console.error(`error:${line(e)}`);
  for (const w of unexplained) console.error(`unexplained warning:${line(w)}`);
  process.exit(1);
}
