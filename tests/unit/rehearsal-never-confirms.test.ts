import { ESLint } from 'eslint';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

/**
 * The rehearsal removes nobody by construction: its folder (src/content/rehearsal/) cannot import
 * the confirm button's finder, a removal, hands-on mode or the confirm handshake (eslint.config.js).
 * These tests show the rule catches each way in and lets the finders the rehearsal needs through,
 * and that the folder's own files hold no confirm click. The e2e test checks the fake's record.
 */
const eslint = new ESLint({ cwd: process.cwd(), overrideConfig: [tseslint.configs.disableTypeChecked] });

async function restricted(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: 'src/content/rehearsal/example.ts' });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the rehearsal cannot reach a confirm click', { timeout: 60_000 }, () => {
  it('importing findConfirmButton fails, by name or through a namespace', async () => {
    expect(
      await restricted(
        "import { findConfirmButton } from '../../linkedin/page-finders';\nexport const f = findConfirmButton;\n",
      ),
    ).toEqual([expect.stringMatching(/never finds, so never clicks, a confirm button/)]);
    expect(
      await restricted(
        "import * as finders from '../../linkedin/page-finders';\nexport const f = finders;\n",
      ),
    ).toEqual([expect.stringMatching(/confirm button/)]);
  });

  it('running a removal, hands-on mode or the confirm handshake fails', async () => {
    expect(
      await restricted(
        "import { performRemoval } from '../removal/perform-removal';\nexport const f = performRemoval;\n",
      ),
    ).toHaveLength(1);
    expect(
      await restricted(
        "import { performHandsOn } from '../removal/hands-on';\nexport const f = performHandsOn;\n",
      ),
    ).toHaveLength(1);
    expect(
      await restricted("import * as worker from '../removal/worker-link';\nexport const f = worker;\n"),
    ).toHaveLength(1);
  });

  it('the finders a rehearsal needs pass', async () => {
    expect(
      await restricted(
        "import { findCancelButton, findRemoveMenuItem } from '../../linkedin/page-finders';\nimport { searchFor } from '../removal/perform-removal';\nexport const f = [findCancelButton, findRemoveMenuItem, searchFor];\n",
      ),
    ).toEqual([]);
  });

  it('the rehearsal’s own files name no confirm button and pass the rule', async () => {
    const folder = resolve('src/content/rehearsal');
    const files = readdirSync(folder).filter((f) => f.endsWith('.ts'));
    expect(files).toContain('run-rehearsal.ts');
    for (const file of files) {
      const code = readFileSync(resolve(folder, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(code, file).not.toMatch(/confirm(?!ation)/i); // "confirmation" is the dialog's name in its notes
      const [result] = await eslint.lintText(readFileSync(resolve(folder, file), 'utf8'), {
        filePath: `src/content/rehearsal/${file}`,
      });
      expect(
        result!.messages.filter((m) => m.ruleId === 'no-restricted-imports'),
        file,
      ).toEqual([]);
    }
  });
});
