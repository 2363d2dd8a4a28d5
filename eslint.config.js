// ESLint flat config. Syntax only (no type information), so it stays fast: ESLint's and
// typescript-eslint's `recommended`, import-x's no-cycle over src/, the layer rules of the pipeline
// (README, "Development": analyze/, report/ and model/ are pure), and eslint-config-prettier last so
// that formatting is left to Prettier.
import js from '@eslint/js'
import { defineConfig, globalIgnores } from 'eslint/config'
import prettier from 'eslint-config-prettier'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import { importX } from 'eslint-plugin-import-x'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const PURE_LAYERS = ['analyze', 'report', 'model']

// What a pure layer may not import: the impure layers, the file system, processes, the network and
// the runner. The relative pattern matches at any depth (`../measure/x.js`, `../../measure/x.js`).
const IMPURE_SOURCES = ['^(\\.\\./)+(measure|publish|baseline)(/|\\.js$|$)', '^@actions/', '^(node:)?(fs|fs/promises)$', '^(node:)?(child_process|http|https|net)$']

const impureMessage = (layer) => `${layer}/ is pure: no measure/, publish/, fs, network, @actions/*; take what you need as an argument.`
const clockMessage = (layer) => `${layer}/ is pure: no clock (Date.now(), new Date(), Date(), performance.now()); take the time as an argument.`

// model/ holds the shared types (and their small helpers) that every layer uses: values come only
// from model/ itself; `import type` (and `import { type X }`) from anywhere is fine.
const MODEL_ONLY = {
  regex: '^(?!\\./[^.])',
  allowTypeImports: true,
  message: 'model/ is the bottom layer: it imports values only from ./ files inside model/ (`import type` from anywhere is fine).',
}

function pureLayer(layer) {
  const message = clockMessage(layer)
  return {
    name: `perf-gate/pure-${layer}`,
    files: [`src/${layer}/**/*.ts`],
    rules: {
      // typescript-eslint's extension of no-restricted-imports: the same options, plus allowTypeImports
      // (used by model/ only). It also sees `export … from`.
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [...IMPURE_SOURCES.map((regex) => ({ regex, message: impureMessage(layer) })), ...(layer === 'model' ? [MODEL_ONLY] : [])] }],
      'no-restricted-syntax': [
        'error',
        // The clock is an input of the pure layers, never read by them; `new Date(iso)` is fine.
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message },
        { selector: "CallExpression[callee.type='Identifier'][callee.name='Date']", message },
        { selector: "CallExpression[callee.object.name='performance'][callee.property.name='now']", message },
        // no-restricted-imports does not see import(): the same sources, as syntax.
        {
          selector: `ImportExpression[source.value=/${IMPURE_SOURCES.map((regex) => `(${regex})`)
            .join('|')
            .replaceAll('/', '\\/')}/]`,
          message: impureMessage(layer),
        },
      ],
    },
  }
}

export default defineConfig(
  globalIgnores(['**/dist/', 'node_modules/', 'coverage/', '.perf-gate/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    name: 'perf-gate/all',
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Deliberately unused names start with `_` (skipped arguments, fields destructured away).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    name: 'perf-gate/node',
    files: ['**/*.{js,mjs,cjs}', '__tests__/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    name: 'perf-gate/commonjs',
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The demo shop's front end runs in the browser (bundled by examples/shop/build.mjs).
    name: 'perf-gate/examples-browser',
    files: ['examples/shop/*/src/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    name: 'perf-gate/src',
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      // Both are needed for no-cycle to see any edge (checked on a two-file cycle): the resolver maps
      // the code's `./x.js` specifiers to `./x.ts`, as TypeScript's NodeNext resolution does, and
      // import-x parses only files with these extensions (its default list has no .ts).
      'import-x/extensions': ['.ts', '.js'],
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json', alwaysTryTypes: true })],
    },
    rules: {
      // Type-only imports (`import type`, `import { type X }`) are no edge here: they vanish at run time.
      'import-x/no-cycle': 'error',
    },
  },
  PURE_LAYERS.map(pureLayer),
  prettier,
)
