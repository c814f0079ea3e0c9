// Lint: typescript-eslint's recommended rules over the sources and tests; formatting is
// Prettier's (.prettierrc.json), so no stylistic rule here.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'bench/.build/**', 'bench/.data/**', 'node_modules/**', '.test-artifacts/**', 'test/fixtures/**', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      // The bundles load some modules lazily with require() (tinyglobby, worker_threads) to keep starts short.
      '@typescript-eslint/no-require-imports': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Control characters are matched on purpose (fold barriers, byte checks).
      'no-control-regex': 'off',
    },
  },
  {
    // Functions evaluated in the workbench's page, where the DOM is not part of the Node type-check.
    files: ['test/e2e/workbench.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
