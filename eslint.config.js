// ESLint (flat config): the recommended rules for JS, TypeScript, Svelte and Astro, without type
// information (fast enough for every `npm test`; astro check and svelte-check do the type checking),
// plus `layers/one-way`, the import direction ARCHITECTURE.md asks for (scripts/eslint-layers.mjs).
// Formatting is Prettier's job, not ESLint's.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import svelte from 'eslint-plugin-svelte';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import layers from './scripts/eslint-layers.mjs';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'reports/',
      '.astro/',
      'node_modules/',
      'public/',
      'test-results/',
      'playwright-report/',
      'blob-report/',
      '.cache/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  svelte.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { layers },
    rules: {
      'layers/one-way': 'error',
      // `_name` marks a parameter or binding kept on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    // Tests check contracts across layers (a figure's sources against the bibliography, a shared
    // helper against the figures that use it), so the import direction binds the code, not them.
    files: ['**/*.test.ts'],
    rules: { 'layers/one-way': 'off' },
  },
  {
    // TypeScript inside <script lang="ts"> and in rune modules.
    files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] } },
    rules: {
      // TypeScript checks names (svelte-check); ESLint's no-undef does not know DOM types such as ScrollBehavior.
      'no-undef': 'off',
      // A string with an escape (a variation selector, say) is clearer in braces than as a raw character.
      'svelte/no-useless-mustaches': ['error', { ignoreStringEscape: true }],
    },
  },
);
