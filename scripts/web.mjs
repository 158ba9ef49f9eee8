#!/usr/bin/env node
// `npm run web`: build the renderer for the browser (dist-web), then serve it on 127.0.0.1 with
// scripts/serveStatic.mjs (which sends the app's strict CSP), so the whole app runs in a browser
// without Electron. Node built-ins only.
//
// Options: --port N (or CCG_WEB_PORT=N; default 5173; 0 picks a free port).
//          CCG_SKIP_BUILD=1 serves the existing dist-web without rebuilding.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from './serveStatic.mjs';

/** Also the address `npm start` suggests when Electron is missing (scripts/start.mjs). */
const DEFAULT_PORT = 5173;
const HOST = '127.0.0.1';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const distDir = join(repoRoot, 'dist-web');

/** Prints one message for the user (no stack trace) and exits. */
function fail(message, code = 1) {
  console.error(`\n${message}\n`);
  process.exit(code);
}

function parsePort() {
  const flag = process.argv.indexOf('--port');
  const raw =
    flag >= 0 ? process.argv[flag + 1] : (process.env.CCG_WEB_PORT ?? String(DEFAULT_PORT));
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    fail(`"${raw}" is not a port number (use 1024–65535).`);
  return port;
}

function buildRenderer() {
  const require = createRequire(import.meta.url);
  const viteBin = join(dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
  console.log('Building CCG Modeller for the browser…');
  const result = spawnSync(
    process.execPath,
    [viteBin, 'build', '--config', 'renderer/vite.config.mts'],
    {
      cwd: repoRoot,
      stdio: 'inherit',
    },
  );
  if (result.error) fail(`Could not run the build: ${result.error.message}`);
  if (result.status !== 0)
    fail(
      'The browser build failed (see the messages above), so nothing was served.',
      result.status ?? 1,
    );
}

async function serve(port) {
  if (!existsSync(join(distDir, 'index.html'))) {
    fail(
      'There is no browser build to serve (dist-web/index.html is missing). Run "npm run web" without CCG_SKIP_BUILD.',
    );
  }
  let server;
  try {
    server = await serveStatic({ dir: distDir, port, host: HOST });
  } catch (error) {
    if (error?.code === 'EADDRINUSE') {
      fail(
        `Port ${port} on ${HOST} is already in use: CCG Modeller may already be running at http://${HOST}:${port}. ` +
          `To use another port, run: npm run web -- --port ${port + 1}`,
      );
    }
    fail(
      `Could not start the web server: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  console.log(
    `\nCCG Modeller is running at http://${HOST}:${actualPort} — press Ctrl+C to stop.\n`,
  );
  const stop = () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

try {
  const port = parsePort();
  if (process.env.CCG_SKIP_BUILD !== '1') buildRenderer();
  await serve(port);
} catch (error) {
  fail(`npm run web failed: ${error instanceof Error ? error.message : String(error)}`);
}
