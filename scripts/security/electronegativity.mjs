// `npm run security`: Electronegativity over the Electron sources (electron/) and the built app
// (out/: main, preload and the renderer's HTML). It never fails by itself, so its findings are
// read here (and kept in reports/electronegativity.csv): any HIGH or MEDIUM finding not in security/electronegativity-allowlist.json
// (check + file + a reviewer's reason) fails the build. Run after `electron-vite build`.
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import {
  allowListProblems,
  findingsCsv,
  judgeFindings,
  toFindings,
} from './electronegativityFindings.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);
const runElectronegativity = require('@doyensec/electronegativity');

/** What is scanned: the sources as written, and the build as shipped. */
const TARGETS = [
  { name: 'source', input: 'electron' },
  { name: 'build', input: 'out' },
];

/** The Electron version in package.json, so version-dependent checks use the right defaults. */
const ELECTRON_VERSION = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'))
  .devDependencies.electron;

async function main() {
  const allowList = JSON.parse(
    await readFile(join(root, 'security', 'electronegativity-allowlist.json'), 'utf8'),
  );
  const shapeProblems = allowListProblems(allowList);
  if (shapeProblems.length > 0) {
    console.error(
      `security/electronegativity-allowlist.json is not valid:\n  ${shapeProblems.join('\n  ')}`,
    );
    return 1;
  }
  if (!(await stat(join(root, 'out', 'main', 'index.js')).catch(() => null))) {
    console.error(
      'Nothing to scan in out/: build the desktop app first (npx electron-vite build).',
    );
    return 1;
  }
  await mkdir(join(root, 'reports'), { recursive: true });

  const findings = [];
  for (const target of TARGETS) {
    const result = await runElectronegativity({
      input: join(root, target.input),
      customScan: [],
      // This check downloads Electron's release list: CI has no network, and the version is pinned.
      excludeFromScan: ['availablesecurityfixesglobalcheck'],
      isRelative: true,
      isVerbose: false,
      electronVersionOverride: ELECTRON_VERSION,
      parserPlugins: [],
    });
    if (result.errors.length > 0) {
      // A file it could not parse is a file nobody checked.
      console.error(
        `Electronegativity could not parse ${result.errors.length} file(s) in ${target.input}/:`,
      );
      for (const e of result.errors)
        console.error(`  ${e.file}: ${e.message ?? e.error ?? 'parse error'}`);
      return 1;
    }
    findings.push(...toFindings(result.issues, target.input));
  }
  await writeFile(join(root, 'reports', 'electronegativity.csv'), findingsCsv(findings));

  const { blocking, stale } = judgeFindings(findings, allowList);
  const counts = ['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'].map(
    (s) => `${findings.filter((f) => f.severity === s).length} ${s.toLowerCase()}`,
  );
  console.log(
    `Electronegativity: ${findings.length} findings (${counts.join(', ')}); ${findings.length - blocking.length} allowed or below MEDIUM.`,
  );
  for (const s of stale)
    console.warn(`  stale allow-list entry (matched nothing, remove it): ${s.check} in ${s.file}`);
  if (blocking.length === 0) return 0;
  console.error(
    `${blocking.length} HIGH/MEDIUM finding(s) not in security/electronegativity-allowlist.json — fix them, or add a reviewed entry with a reason:`,
  );
  for (const f of blocking)
    console.error(`  ${f.severity} ${f.check} ${f.file}:${f.location} — ${f.description}`);
  return 1;
}

process.exitCode = await main();
