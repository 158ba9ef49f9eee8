// electron-vite: builds the desktop app into out/ (main, preload, renderer), which
// electron-builder packages. The renderer part reuses renderer/vite.config.mts (plugins, defines,
// build options), so the desktop and browser builds of the renderer cannot drift apart; only
// where the output goes differs.
//
// Main and preload come out as CommonJS because package.json has no "type": "module"
// (electron-vite picks the format from it). The preload MUST be CommonJS and self-contained:
// a sandboxed preload can require only Electron's own modules.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig, type RendererViteConfig } from 'electron-vite';
import rendererViteConfig from './renderer/vite.config.mjs';

// The repo root (this file's folder), so paths do not depend on the current directory.
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      // Bundle every dependency (zod, shared/) into out/main/index.js: the packaged app then
      // needs no node_modules at run time. Electron and Node built-ins stay external.
      externalizeDeps: false,
      lib: { entry: resolve(root, 'electron/main/index.ts') },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      externalizeDeps: false, // sandboxed: nothing but 'electron' can be required at run time
      lib: { entry: resolve(root, 'electron/preload/index.ts') },
      // The preload needs only IPC_CHANNELS from shared/ipc/bridge.ts, but that module also
      // builds zod schemas at top level, which would drag ~160 kB of zod into every page load.
      // Declaring zod's builders pure lets the unused schemas (and zod) be dropped: ~2 kB.
      rolldownOptions: { treeshake: { manualPureFunctions: ['z'] } },
    },
  },
  renderer: mergeConfig(rendererViteConfig, {
    root: resolve(root, 'renderer'),
    // Relative asset URLs, so out/renderer/index.html works from file:// (and inside app.asar).
    base: './',
    build: {
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      // electron-vite leaves the renderer unminified by default; ship the same bundle as the web build.
      minify: true,
      rolldownOptions: { input: resolve(root, 'renderer/index.html') },
    },
  } satisfies RendererViteConfig),
});
