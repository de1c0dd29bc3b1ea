// ESLint: type-checked rules for the code, and the folder boundaries of docs/architecture.md.
// The boundaries are what keep the functional core pure and the shells thin; a breach fails `npm run lint`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'dist-*/',
      'build/',
      'demo-output/',
      'soak/',
      'test-results/',
      'tests/fixtures/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      // `const { id: _id, ...rest } = x` is how a field is left out of a copy; the named part is unused on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // Control characters are the point of the regular expressions that name them: refusing them in
      // profile URLs, finding binary bytes in a file that claims to be CSV, ASCII-only fast paths.
      'no-control-regex': 'off',
      // The flagged classes list combining marks and emoji joiners one by one, to remove each on its own;
      // that is what they are for, not a combined character written by mistake.
      'no-misleading-character-class': 'off',
    },
  },
  {
    // Folder boundaries (docs/architecture.md, "Folders and what each may import").
    files: ['src/**'],
    settings: {
      'import-x/resolver': { typescript: { project: './tsconfig.json' } },
    },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/core',
              from: './src',
              except: ['./core'],
              message: 'src/core is the functional core: it imports nothing else of src/.',
            },
            {
              target: './src/linkedin',
              from: './src',
              except: ['./linkedin', './core'],
              message: 'src/linkedin imports only src/core.',
            },
            {
              target: './src/data-export',
              from: './src',
              except: ['./data-export', './core', './linkedin'],
              message: 'src/data-export imports only src/core and src/linkedin.',
            },
            {
              target: './src/background',
              from: ['./src/popup', './src/options', './src/log', './src/content'],
              message:
                'The service worker never imports a page or the content script; they talk by messages.',
            },
            {
              target: ['./src/popup', './src/options', './src/log', './src/content'],
              from: './src/background',
              message: 'Pages and the content script never import the service worker; they talk by messages.',
            },
          ],
        },
      ],
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'idb', message: 'Only src/storage/ knows IndexedDB: call a storage function.' }] },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'indexedDB', message: 'Only src/storage/ opens IndexedDB.' },
        { name: 'IDBKeyRange', message: 'Only src/storage/ builds IndexedDB queries.' },
      ],
      'no-restricted-properties': [
        'error',
        ...['globalThis', 'self', 'window'].map((object) => ({
          object,
          property: 'indexedDB',
          message: 'Only src/storage/ opens IndexedDB.',
        })),
      ],
    },
  },
  {
    // The rehearsal (src/content/rehearsal/) goes up to LinkedIn's confirmation and cancels: it has
    // no way to a confirm click, by construction. (This replaces the src/** setting, so idb is repeated.)
    files: ['src/content/rehearsal/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'idb', message: 'Only src/storage/ knows IndexedDB: call a storage function.' }],
          patterns: [
            {
              group: ['**/page-finders'],
              importNames: ['findConfirmButton'],
              message: 'The rehearsal never finds, so never clicks, a confirm button.',
            },
            {
              group: ['**/removal/perform-removal'],
              importNames: ['performRemoval'],
              message: 'The rehearsal never runs a removal.',
            },
            {
              group: ['**/removal/hands-on', '**/removal/worker-link'],
              message: 'The rehearsal never runs a removal nor asks the worker for a confirm click.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/storage/**'],
    rules: {
      'no-restricted-imports': 'off',
      'no-restricted-globals': 'off',
      'no-restricted-properties': 'off',
    },
  },
  {
    files: ['tests/**'],
    rules: {
      // Vitest types its asymmetric matchers (expect.any, expect.stringMatching...) as `any` so they fit
      // anywhere in an expected value; this rule flags each of them. The other no-unsafe-* rules stay on.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      // Test doubles are async to match the signature of what they stand in for, with nothing to await.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
