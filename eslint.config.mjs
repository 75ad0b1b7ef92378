// Lint: typescript-eslint's recommended rules, plus the few that catch real bugs in a NestJS codebase.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'data/**', 'bench/results/**', 'src/public/vendor/**', 'web/src/gql/**', 'test/screenshots/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', __dirname: 'readonly', fetch: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-console': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    // Module boundaries (issue 12): each domain module owns its tables and asks another module through that
    // module's service (or a read model it owns), never by importing its entity to query its table. A type-only
    // import (`import type`) is allowed: it describes rows a service returned and cannot reach a repository. An
    // entity that doubles as a GraphQL output type may be imported for that with a disable comment saying so.
    files: ['src/**/*.ts'],
    ignores: [
      // Reporting reads across the modules' tables with its own SQL, by design (dashboard.module.ts says so).
      'src/dashboard/**',
      // Demo data and the synthetic seed write every table, as a fixture loader does.
      'src/demo/**',
      'src/seed/**',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../**/*.entity', '../**/*.entity.js'],
              allowTypeImports: true,
              message: "Another module's entity: ask that module's service instead (it owns the table).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**', 'bench/**', 'test/**', '**/*.cli.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
