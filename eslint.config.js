import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * Process boundaries: `shared/` is the pure core (no Electron, Node built-ins, DOM, React or
 * Dexie); the renderer never reaches Electron or Node; the main process never reaches the UI.
 * tests/unit/lint-boundaries.test.ts proves these rules fire.
 */
const pureCoreImports = {
  patterns: [
    { group: ['electron', 'electron/*', 'electron-store'], message: 'shared/ is pure: no Electron.' },
    { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'url', 'worker_threads'], message: 'shared/ is pure: no Node built-ins.' },
    { group: ['react', 'react/*', 'react-dom', 'react-dom/*', 'react-i18next', 'recharts'], message: 'shared/ is pure: no React.' },
    { group: ['dexie', 'dexie/*', 'dexie-react-hooks'], message: 'shared/ is pure: no Dexie; query in renderer/db repositories.' },
    { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ must not depend on a process layer.' },
  ],
};
const domGlobals = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB', 'location', 'HTMLElement', 'fetch'];

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist', 'release', 'test-results', 'playwright-report', 'tests/fixtures'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', 'electron/*', 'electron-store'], message: 'The renderer reaches the machine only through DesktopApi.' },
          { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'The renderer runs in a sandbox: no Node built-ins.' },
          { group: ['**/electron/**'], message: 'The renderer meets the main process only through DesktopApi.' },
        ],
      }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/renderer/**', 'react', 'react-dom', 'dexie'], message: 'The main process never imports the UI.' }] }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: { ...globals.es2024 } },
    rules: {
      'no-restricted-imports': ['error', pureCoreImports],
      'no-restricted-globals': ['error', ...domGlobals.map((name) => ({ name, message: 'shared/ is pure: no DOM.' }))],
    },
  },
);
