// Lint: TypeScript rules everywhere, and the boundary of the pure core enforced, not remembered.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import {
  rendererLayerFiles,
  rendererLayerPatterns,
  rendererLayers,
} from './scripts/lint/rendererLayers.mjs';
import {
  hookWriteRestrictions,
  storeWriteRestrictions,
  storeWriters,
} from './scripts/lint/storeWrites.mjs';

const forbiddenInShared = [
  {
    group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
    message: 'shared/ is pure: no React.',
  },
  { group: ['d3', 'd3-*'], message: 'shared/ is pure: d3 belongs in renderer/.' },
  { group: ['dexie', 'dexie-*'], message: 'shared/ is pure: persistence belongs in renderer/.' },
  { group: ['electron', 'electron/*'], message: 'shared/ is pure: no Electron.' },
  {
    group: [
      'node:*',
      'fs',
      'fs/*',
      'path',
      'os',
      'child_process',
      'url',
      'crypto',
      'process',
      'buffer',
      'stream',
      'util',
      'events',
    ],
    message: 'shared/ is pure: no Node APIs.',
  },
  {
    group: ['**/renderer/**', '**/electron/**', '**/cli/**'],
    message: 'shared/ imports nothing from the shells.',
  },
  { group: ['zustand', 'zustand/*'], message: 'shared/ is pure: stores belong in renderer/.' },
];

const forbiddenInRenderer = [
  {
    group: ['electron', 'node:*', 'fs', 'path', 'child_process'],
    message: 'The renderer never touches Node: go through the bridge.',
  },
  {
    group: ['**/electron/**'],
    message: 'The renderer talks to the main process only through the bridge.',
  },
];

// The renderer's layer order (common → services → features → shell): each layer's files may not
// import from a later layer. Same rule as above, so these blocks repeat the renderer's patterns.
const rendererLayerBlocks = rendererLayers.slice(0, -1).map((_, index) => ({
  files: rendererLayerFiles(index),
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: [...forbiddenInRenderer, ...rendererLayerPatterns(index)] },
    ],
  },
}));

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'out/',
      'dist/',
      'dist-web/',
      'release/',
      'test-results/',
      'playwright-report/',
      'reports/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { patterns: forbiddenInShared }],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'indexedDB',
        'process',
        'require',
        'Buffer',
        '__dirname',
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    rules: {
      'no-restricted-imports': ['error', { patterns: forbiddenInRenderer }],
    },
  },
  ...rendererLayerBlocks,
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    ignores: storeWriters,
    rules: {
      'no-restricted-syntax': ['error', ...storeWriteRestrictions, ...hookWriteRestrictions],
    },
  },
  {
    files: [
      'electron/**/*.ts',
      'cli/**/*.ts',
      'scripts/**/*.{mjs,ts}',
      'tests/**/*.{ts,tsx}',
      '*.{mjs,mts,ts}',
      'renderer/*.mts',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
);
