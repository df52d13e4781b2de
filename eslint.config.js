// @ts-check
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'data/', 'eslint.config.js'] },
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { ignoreRestSiblings: true, argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // The dependency rule (docs/architecture.md): core/ is pure and imports nothing of ours outside core/.
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'core/ is pure: no I/O.' },
            { group: ['**/server/**', '**/web/**', '**/cli/**'], message: 'core/ imports nothing outside core/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['web/**/*.ts', 'web/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/server/**', '**/cli/**'], message: 'web/ talks to the server over HTTP only.' }] },
      ],
    },
  },
  {
    // Only web/api/ talks HTTP (docs/architecture.md): pages and components use its typed hooks, never fetch,
    // the request helpers or the query library directly. app.tsx only provides the query client.
    files: ['web/**/*.ts', 'web/**/*.tsx'],
    ignores: ['web/api/**', 'web/app.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/server/**', '**/cli/**'], message: 'web/ talks to the server over HTTP only.' },
            { group: ['@tanstack/react-query'], message: 'Load and change data through the hooks of web/api/.' },
            {
              group: ['**/api/client'],
              importNames: ['callApi', 'sendRequest', 'fetchFile'],
              message: 'Only web/api/ sends requests; add or use a hook there.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'Only web/api/ sends requests.' }],
    },
  },
  {
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/web/**', '**/cli/**'], message: 'server/ does not import web/ or cli/.' }] },
      ],
    },
  },
  {
    // Worker-thread entries are plain JavaScript (a worker cannot load TypeScript itself): linted without types.
    files: ['**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
