// Packs a built extension into a store-ready zip using fflate, no zip binary needed.
//   node scripts/zip-dist.mjs                -> quietprune-<version>.zip from dist/ (Chrome Web Store)
//   node scripts/zip-dist.mjs dist-firefox   -> dist-firefox/quietprune-firefox-<version>.zip (AMO)
// Source maps and earlier zips are left out.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';

const dist = process.argv[2] ?? 'dist';
const firefox = dist !== 'dist';
const files = {};
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (!name.endsWith('.map') && !name.endsWith('.zip'))
      files[relative(dist, path).split('\\').join('/')] = readFileSync(path);
  }
};
walk(dist);
const { version } = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
const out = firefox ? join(dist, `quietprune-firefox-${version}.zip`) : `quietprune-${version}.zip`;
writeFileSync(out, zipSync(files, { level: 9 }));
console.log(`Store-ready zip: ${out} (${Object.keys(files).length} files)`);
