// The benchmark's peer page (never part of the app's bundle): the England workspace drawn by
// React Flow, built by scripts/bench/runBench.ts into its own folder and served beside the app.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/bench/reactflow', import.meta.url)),
    emptyOutDir: true,
    assetsInlineLimit: 0,
  },
});
