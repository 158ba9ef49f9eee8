/**
 * Runs engineBench.ts as the app runs the engine: bundled into one module and in a process of its
 * own. Timed under tsx instead, the costing code is loaded through a loader thread and, where an
 * ES module and a CommonJS module both import it, twice; costing with staffing structures
 * measured 4.4–5.6 ms there against 2.2–2.5 ms bundled on the same quiet machine.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { build } from 'vite';
import type { CostingFigures } from './costingBench';
import type { StaffingFigures } from './staffingBench';

export async function bundledEngineBench(
  root: string,
  options: { readonly quick: boolean; readonly seed: number; readonly ccgs: number },
): Promise<CostingFigures & StaffingFigures> {
  const outDir = `${root}dist/bench/engine`;
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    build: {
      ssr: `${root}scripts/bench/engineBench.ts`,
      outDir,
      emptyOutDir: true,
      minify: false,
      rollupOptions: { output: { entryFileNames: 'engineBench.mjs' } },
    },
  });
  const args = [options.quick ? '1' : '0', String(options.seed), String(options.ccgs)];
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [`${outDir}/engineBench.mjs`, ...args],
    { cwd: root },
  );
  return JSON.parse(stdout) as CostingFigures & StaffingFigures;
}
