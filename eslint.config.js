// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const OTHER_LAYERS = ['scenario', 'engine', 'ui', 'game', 'services'];

/** Results the engine owns: the screens and the canvas ask the engine, never simulate themselves. */
const ENGINE_OWNS = [
  {
    group: ['**/core', '**/core/**', '**/engine', '**/engine/**'],
    importNames: ['runCase', 'searchRoute', 'whatIf', 'whatIfsFor', 'playUntil', 'replayPlay', 'resultOf', 'advanceMonth', 'stepMonth'],
    message: 'The engine owns derived results: use the play in the snapshot or the analysis service (docs/architecture.md).',
  },
];

/** The validator and zod load only when a trainer opens a file (a dynamic import), never with the first page. */
const LAZY_VALIDATOR = [
  {
    group: ['zod', '**/scenario/load', '**/scenario/compile', '**/scenario/schema', '**/scenario/templates', '**/scenario/analyse'],
    allowTypeImports: true,
    message: "Load the validator lazily: await import('../scenario/load').",
  },
];

/** Imports a layer may not make: arrows point one way (docs/architecture.md). */
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
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['phaser', 'phaser/*', '**/game/**'], message: 'Only src/game imports Phaser.' },
            ...ENGINE_OWNS,
            ...LAZY_VALIDATOR,
          ],
        },
      ],
    },
  },
  {
    files: ['src/game/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/ui/**'], message: 'Scenes talk to the case actor, not to the DOM layer.' },
            ...ENGINE_OWNS,
            ...LAZY_VALIDATOR,
          ],
        },
      ],
    },
  },
  {
    files: ['tools/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid(
        ['**/src/game/**', '**/src/ui/**', 'phaser', 'phaser/*'],
        'Tools run in Node: they never import the screens or Phaser.',
      ),
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
