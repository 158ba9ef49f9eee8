// Before type checking and testing: are the installed packages the ones package-lock.json names?
// A checkout whose dependencies changed since the last install otherwise fails with dozens of
// "Cannot find module" errors that do not say the fix is to install again.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Each declared package missing from node_modules or installed at another version than the lock's. */
export function installProblems(root) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
  const names = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies });
  const problems = [];
  for (const name of names) {
    const wanted = lock.packages?.[`node_modules/${name}`]?.version;
    const manifest = join(root, 'node_modules', name, 'package.json');
    if (!existsSync(manifest)) {
      problems.push(`${name} is not installed`);
      continue;
    }
    const installed = JSON.parse(readFileSync(manifest, 'utf8')).version;
    if (wanted !== undefined && installed !== wanted)
      problems.push(`${name} is ${installed}, the lock file says ${wanted}`);
  }
  return problems;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const problems = installProblems(process.cwd());
  if (problems.length > 0) {
    console.error(
      `The installed packages do not match package-lock.json (${problems.join('; ')}).\nRun npm ci (or npm install) first.`,
    );
    process.exit(1);
  }
}
