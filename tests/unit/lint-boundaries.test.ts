import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

/**
 * The folder boundaries of docs/architecture.md are ESLint rules (eslint.config.js); these tests
 * show the rules catch a breach and let an allowed import through. Type-aware rules are switched
 * off here: the boundaries do not need types, and building a program per snippet is slow.
 */
const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfig: [tseslint.configs.disableTypeChecked],
});

async function boundaryFindings(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages
    .filter((m) =>
      ['import-x/no-restricted-paths', 'no-restricted-imports', 'no-restricted-globals'].includes(
        m.ruleId ?? '',
      ),
    )
    .map((m) => `${m.ruleId}: ${m.message}`);
}

// The first lint loads the plugins and the TypeScript resolver: seconds on a busy machine.
describe('folder boundaries', { timeout: 60_000 }, () => {
  it('a core file importing storage fails', async () => {
    const findings = await boundaryFindings(
      "import { openQuietPruneDb } from '../storage/db';\nexport const open = openQuietPruneDb;\n",
      'src/core/example.ts',
    );
    expect(findings).toEqual([
      expect.stringMatching(/^import-x\/no-restricted-paths: .*src\/core is the functional core/),
    ]);
  });

  it('a core file importing core passes', async () => {
    const findings = await boundaryFindings(
      "import { MIN_GAP_MS } from './pacing';\nexport const gap = MIN_GAP_MS;\n",
      'src/core/example.ts',
    );
    expect(findings).toEqual([]);
  });

  it('a popup file importing the service worker fails, and the worker importing a page fails', async () => {
    expect(
      await boundaryFindings(
        "import { now } from '../background/clock';\nexport const at = now;\n",
        'src/popup/example.ts',
      ),
    ).toEqual([
      expect.stringMatching(/^import-x\/no-restricted-paths: .*Pages and the content script never import/),
    ]);
    expect(
      await boundaryFindings(
        "import { App } from '../popup/App';\nexport const app = App;\n",
        'src/background/example.ts',
      ),
    ).toEqual([expect.stringMatching(/^import-x\/no-restricted-paths: .*The service worker never imports/)]);
  });

  it('linkedin may import core but not data-export; data-export may import linkedin', async () => {
    expect(
      await boundaryFindings(
        "import { readExport } from '../data-export/read-export';\nexport const read = readExport;\n",
        'src/linkedin/example.ts',
      ),
    ).toHaveLength(1);
    expect(
      await boundaryFindings(
        "import { isSameProfile } from '../linkedin/profile-url';\nexport const same = isSameProfile;\n",
        'src/data-export/example.ts',
      ),
    ).toEqual([]);
  });

  it('only src/storage/ imports idb or opens IndexedDB', async () => {
    const code = "import { openDB } from 'idb';\nexport const open = () => [openDB, indexedDB.open('x')];\n";
    expect(await boundaryFindings(code, 'src/content/example.ts')).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*Only src\/storage\/ knows IndexedDB/),
      expect.stringMatching(/^no-restricted-globals: .*Only src\/storage\/ opens IndexedDB/),
    ]);
    expect(await boundaryFindings(code, 'src/storage/example.ts')).toEqual([]);
  });
});
