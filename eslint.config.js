// @ts-check
import tseslint from 'typescript-eslint';

/** What no file in server/ imports. */
const SERVER_WIDE = [{ group: ['**/web/**', '**/cli/**'], message: 'server/ does not import web/ or cli/.' }];

/**
 * One folder's import rule: the server-wide patterns plus its own (test files excepted).
 * @param {string[]} files
 * @param {object[]} patterns
 */
function layer(files, patterns) {
  return {
    files,
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...SERVER_WIDE, ...patterns] }] },
  };
}

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
  // The dependency rule (docs/architecture.md), one entry per folder. ESLint keeps only the last setting of a rule
  // for a file, so each server/ folder repeats the server-wide patterns. Tests may reach into any layer to set up
  // and check state; the rules are about the code they test.
  {
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
    rules: { 'no-restricted-imports': ['error', { patterns: SERVER_WIDE }] },
  },
  layer(
    ['server/db/**/*.ts'],
    [
      {
        regex: String.raw`^(\.\./)+(services|http|audit|auth|access|documents|storage)/`,
        message:
          'server/db/ is the bottom of the server: it imports no services, HTTP, audit, auth, documents or storage.',
      },
    ],
  ),
  layer(
    ['server/services/**/*.ts'],
    [{ regex: String.raw`^(\.\./)+http/`, message: 'services do not know HTTP: routes call services, not back.' }],
  ),
  layer(
    ['server/audit/**/*.ts', 'server/auth/**/*.ts', 'server/access/**/*.ts', 'server/mail/**/*.ts'],
    [
      {
        regex: String.raw`^(\.\./)+(services|http)/`,
        message: 'audit/, auth/, access/ and mail/ are infrastructure under the services: no services or HTTP.',
      },
    ],
  ),
  layer(
    ['server/documents/**/*.ts'],
    [
      {
        regex: String.raw`^(\.\./)+(db|services|http)/`,
        message: 'documents/ turns plain data into bytes: no database, services or HTTP.',
      },
    ],
  ),
  layer(
    ['server/storage/**/*.ts'],
    [
      {
        regex: String.raw`^(\.\./)+(db|services|http|audit|auth|access|documents)/`,
        message: 'storage/ keeps bytes by hash: it imports nothing else of the server.',
      },
    ],
  ),
  layer(
    ['server/http/**/*.ts'],
    [
      {
        regex: String.raw`^(\.\./)+db/`,
        allowTypeImports: true,
        message: 'server/http/ does not import db/: call a service (types such as Database may pass through).',
      },
    ],
  ),
  {
    files: ['cli/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/web/**'], message: 'cli/ does not import the web app.' },
            {
              regex: String.raw`^(\.\./)+server/(db|http|audit|auth|access)/`,
              allowTypeImports: true,
              message: 'cli/ goes through server/services/ (and main.ts to serve), not db/, HTTP, audit or auth.',
            },
          ],
        },
      ],
    },
  },
  {
    // Worker-thread entries are plain JavaScript (a worker cannot load TypeScript itself): linted without types.
    files: ['**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
