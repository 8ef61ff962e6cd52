// @ts-check
// Lint: ESLint's recommended rules, typescript-eslint's type-checked rules (types from tsconfig.json
// through the project service) and eslint-plugin-astro for .astro files. Formatting is Prettier's job.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const UNSAFE_ANY = [
  '@typescript-eslint/no-unsafe-argument',
  '@typescript-eslint/no-unsafe-assignment',
  '@typescript-eslint/no-unsafe-call',
  '@typescript-eslint/no-unsafe-member-access',
  '@typescript-eslint/no-unsafe-return',
];
/** @param {string[]} rules */
const off = (rules) => Object.fromEntries(rules.map((r) => [r, /** @type {const} */ ('off')]));

export default tseslint.config(
  {
    // Build output, generated types, test reports, and the performance bench (its own packages).
    ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', 'scripts/bench/'],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.astro'],
      },
    },
  },
  {
    rules: {
      // `const { dropped: _, ...rest } = x` is how a test builds an input without one field.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    // Plain JavaScript (the npm scripts' entry points) is not type-checked, so every value read from another module is `any`.
    files: ['**/*.mjs'],
    rules: off(UNSAFE_ANY),
  },
  {
    // JSX in Astro templates has no type for the Astro parser (it is error-typed); `astro check` type-checks templates.
    files: ['**/*.astro'],
    // The Astro parser takes a tsconfig (`project`), not the project service; same types either way.
    languageOptions: { parserOptions: { projectService: false, project: true } },
    rules: off(['@typescript-eslint/no-unsafe-return', '@typescript-eslint/no-unsafe-assignment']),
  },
);
