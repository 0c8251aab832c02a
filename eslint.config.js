import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import vue from 'eslint-plugin-vue'
import globals from 'globals'
import concernBoundaries from './eslint/concern-boundaries.js'
import clientFeatures from './eslint/client-features.js'
import tableOwners from './eslint/table-owners.js'

// One plugin object for the repository's own rules: flat config refuses two different objects under one name.
const local = { rules: { 'concern-boundaries': concernBoundaries, 'client-features': clientFeatures, 'table-owners': tableOwners } }

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'data/', 'docs/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    files: ['client/**/*.{ts,vue}'],
    languageOptions: { globals: globals.browser },
    plugins: { local },
    rules: {
      // A page's files live in client/src/features/<page>/; pages meet only in shared/ or a feature's index.ts.
      'local/client-features': 'error',
      // The wire schemas (shared/api/) are the server's; the client reads their types only, so
      // TypeBox never reaches the browser bundle.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@shared/api/*'], allowTypeImports: true, message: 'the client imports only types from shared/api/' }] },
      ],
    },
  },
  {
    files: ['server/**/*.ts', 'scripts/**/*.{ts,mjs}', 'test/**/*.ts', 'bench/**/*.ts', '*.config.{ts,js}'],
    languageOptions: { globals: globals.node },
  },
  {
    // shared/ is pure: no I/O, no runtime-specific modules, no hidden clock or randomness.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'crypto'], message: 'shared/ is runtime-agnostic' },
            { group: ['fastify*', 'socket.io*', 'vue', 'rss-parser', 'nodejieba', 'better-sqlite3', 'kysely'], message: 'shared/ holds no I/O' },
            { group: ['**/server/**', '**/client/**'], message: 'imports point inward only' },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'pass the time in' },
        { object: 'Math', property: 'random', message: 'pass randomness in' },
      ],
    },
  },
  {
    files: ['server/**/*.ts'],
    plugins: { local },
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/client/**'], message: 'server never imports the client' }] }],
      // Each concern is reached through its server/<concern>/index.ts only (docs/architecture.md).
      'local/concern-boundaries': 'error',
      // …and its tables are read through that index.ts too; the crossings left are eslint/table-crossings.js.
      'local/table-owners': 'error',
    },
  },
  {
    rules: {
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
)
