// Packs dist/ into a store-ready zip (quietprune-<version>.zip) using fflate, no zip binary needed.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';

const dist = 'dist';
const files = {};
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (!name.endsWith('.map')) files[relative(dist, path).split('\\').join('/')] = readFileSync(path);
  }
};
walk(dist);
const { version } = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
const out = `quietprune-${version}.zip`;
writeFileSync(out, zipSync(files, { level: 9 }));
console.log(`Store-ready zip: ${out} (${Object.keys(files).length} files)`);
