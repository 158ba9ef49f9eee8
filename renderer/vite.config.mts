// The browser build of the renderer (npm run build:web → dist-web/), served by
// scripts/serveStatic.mjs for `npm run web` and the end-to-end tests. The desktop build of the
// same renderer is electron.vite.config.mts. Relative base so the output also works from file://.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const rendererDir = fileURLToPath(new URL('.', import.meta.url));
const packageJson = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
) as { version: string };

export default defineConfig({
  root: rendererDir,
  base: './',
  plugins: [react()],
  define: {
    // The browser bridge reports this as appInfo().version (the desktop bridge asks Electron).
    __APP_VERSION__: JSON.stringify(packageJson.version),
  },
  // Recommend's solver worker imports HiGHS as an ES module.
  worker: { format: 'es' },
  build: {
    outDir: fileURLToPath(new URL('../dist-web', import.meta.url)),
    emptyOutDir: true,
    // Keep every asset a file: the strict CSP allows data: only for images.
    assetsInlineLimit: 0,
  },
});
