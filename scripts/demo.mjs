// `npm start`: opens the built extension in Chromium against the bundled fake LinkedIn, syncs
// it so a newcomer can click through, or (no DISPLAY, or `-- --headless`) runs the same tour
// headless and saves screenshots to demo-output/.
import { spawnSync } from 'node:child_process';
const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/demo-tour.ts', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
