// Lint rules for the game and its tests (run by `npm run lint`, inside `npm test`).
// Boundaries are enforced here as well as by tests/unit/boundaries.test.ts.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'tests/artifacts/**', 'tests/.build/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', { selector: "MemberExpression[object.name='Math'][property.name='random']", message: 'Use the seeded RNG in game/rules/rng.ts.' }],
    },
  },
  {
    files: ['game/rules/**/*.ts', 'game/ai/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['phaser', 'phaser/*', 'xstate', 'xstate/*', 'howler', '**/view/**', '**/machine/**', '**/audio/**'] }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage'],
    },
  },
  {
    files: ['game/machine/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['phaser', 'phaser/*', 'howler', '**/view/**'] }] },
  },
);
