#!/usr/bin/env node
// `npm start`: build the desktop app with electron-vite, then run it in Electron.
//
// Electron's binary is downloaded on first use. Where that is impossible (no internet to its
// download host) this script says so in one paragraph and points to `npm run web`, instead of
// the stack trace `require('electron')` would print. Node built-ins only.
//
// Environment: CCG_SKIP_BUILD=1 runs the existing out/ without rebuilding.
//              CCG_ELECTRON_DIST or ELECTRON_OVERRIDE_DIST_PATH: a folder holding the Electron
//              binary to use (then no download is attempted).
//              CCG_ELECTRON_INSTALL_TIMEOUT_MS: how long the one download attempt may take.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where `npm run web` serves by default (scripts/web.mjs DEFAULT_PORT). */
const WEB_ADDRESS = 'http://127.0.0.1:5173';
const DEFAULT_INSTALL_TIMEOUT_MS = 120_000;

/** The executable inside an Electron dist folder when node_modules/electron/path.txt is absent. */
const EXECUTABLE_IN_DIST = {
  linux: 'electron',
  freebsd: 'electron',
  openbsd: 'electron',
  win32: 'electron.exe',
  darwin: 'Electron.app/Contents/MacOS/Electron',
};

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

/** Prints one message for the user (no stack trace) and exits. */
function fail(message, code = 1) {
  console.error(`\n${message}\n`);
  process.exit(code);
}

function build() {
  const bin = join(
    dirname(require.resolve('electron-vite/package.json')),
    'bin',
    'electron-vite.js',
  );
  console.log('Building CCG Modeller…');
  const result = spawnSync(process.execPath, [bin, 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (result.error) fail(`Could not run the build: ${result.error.message}`);
  if (result.status !== 0)
    fail(
      'The build failed (see the messages above), so CCG Modeller was not started.',
      result.status ?? 1,
    );
}

/** Where the Electron executable should be, without running electron's index.js (which downloads). */
function locateElectron() {
  let electronDir;
  try {
    electronDir = dirname(require.resolve('electron/package.json'));
  } catch {
    fail('Electron is not installed in node_modules. Run "npm install" (or "npm ci") first.');
  }
  const overrideVar = ['CCG_ELECTRON_DIST', 'ELECTRON_OVERRIDE_DIST_PATH'].find(
    (name) => process.env[name],
  );
  const pathFile = join(electronDir, 'path.txt');
  const relative = existsSync(pathFile)
    ? readFileSync(pathFile, 'utf8').trim()
    : EXECUTABLE_IN_DIST[process.platform];
  const distDir = overrideVar ? process.env[overrideVar] : join(electronDir, 'dist');
  const version = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version;
  return {
    electronDir,
    version,
    overrideVar,
    distDir,
    executable: relative ? join(distDir, relative) : undefined,
  };
}

/** One attempt at Electron's own installer; its output is captured, not shown. */
function tryDownload(electronDir) {
  const timeout = Number(process.env.CCG_ELECTRON_INSTALL_TIMEOUT_MS) || DEFAULT_INSTALL_TIMEOUT_MS;
  console.log(
    'The Electron runtime is not installed yet: trying to download it once (about 100 MB)…',
  );
  spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    cwd: electronDir,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    timeout,
  });
}

function explainMissingElectron(electron) {
  const where = electron.overrideVar
    ? `the Electron runtime was not found in "${electron.distDir}" (set by ${electron.overrideVar})`
    : "the Electron runtime is not installed and could not be downloaded (this machine cannot reach Electron's download server)";
  fail(
    `CCG Modeller could not start as a desktop app: ${where}. Everything else works: run "npm run web" ` +
      `to use the same app in your browser at ${WEB_ADDRESS}. To use the desktop app, run "npm start" ` +
      `again on a machine with internet access, or set ELECTRON_OVERRIDE_DIST_PATH to a folder holding ` +
      `Electron ${electron.version}.`,
  );
}

function run(executable) {
  const env = { ...process.env };
  // Set in some shells (e.g. by VS Code's terminal): it would make Electron run as plain Node.
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(executable, [repoRoot], { stdio: 'inherit', env });
  child.on('error', (error) => fail(`Could not run Electron at "${executable}": ${error.message}`));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    });
  }
}

try {
  if (process.env.CCG_SKIP_BUILD !== '1') build();
  let electron = locateElectron();
  if (!electron.executable || !existsSync(electron.executable)) {
    if (electron.overrideVar) explainMissingElectron(electron);
    tryDownload(electron.electronDir);
    electron = locateElectron();
    if (!electron.executable || !existsSync(electron.executable)) explainMissingElectron(electron);
  }
  run(electron.executable);
} catch (error) {
  fail(`npm start failed: ${error instanceof Error ? error.message : String(error)}`);
}
