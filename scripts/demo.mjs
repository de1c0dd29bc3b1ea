// `npm start` (after `npm run build`): opens the store build in dist/ in Chromium against the
// bundled fake LinkedIn, imports the demo account's data export and syncs it at the store build's
// human pace, so a newcomer can click through; with no DISPLAY (Linux) or `-- --headless` it runs
// the same tour headless and saves screenshots to demo-output/. See scripts/demo-tour.ts.
import { spawnSync } from 'node:child_process';
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', 'scripts/demo-tour.ts', ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
