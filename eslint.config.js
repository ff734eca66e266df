// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const OTHER_LAYERS = ['scenario', 'engine', 'ui', 'game', 'services'];

/** Imports a layer may not make: arrows point one way (DESIGN.md §4). */
function forbid(patterns, message) {
  return ['error', { patterns: [{ group: patterns, message }] }];
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'coverage/**', '.scratch/**'] },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid(
        [...OTHER_LAYERS.map((l) => `**/${l}/**`), 'phaser', 'phaser/*', 'howler', 'i18next', 'i18next/*', 'xstate', 'xstate/*', 'zod'],
        'src/core is pure: it imports no other layer, no Phaser, howler, i18next, XState or zod.',
      ),
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'sessionStorage',
        'fetch',
        'location',
        'console',
      ],
    },
  },
  {
    files: ['src/scenario/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid(
        ['**/engine/**', '**/ui/**', '**/game/**', '**/services/**', 'phaser', 'phaser/*', 'howler', 'i18next', 'xstate', 'xstate/*'],
        'src/scenario imports only the core (and zod).',
      ),
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage'],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid(
        ['**/ui/**', '**/game/**', '**/services/**', 'phaser', 'phaser/*', 'howler', 'i18next'],
        'src/engine imports core and scenario only (and XState).',
      ),
    },
  },
  {
    files: ['src/ui/**/*.ts', 'src/services/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid(['phaser', 'phaser/*', '**/game/**'], 'Only src/game imports Phaser.'),
    },
  },
  {
    files: ['src/game/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid(['**/ui/**'], 'Scenes talk to the case actor, not to the DOM layer.'),
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
