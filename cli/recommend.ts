/**
 * `npm run recommend -- FILE.ccgm --scenario ID [...]`: the cheapest configuration that keeps
 * every CCG within its allowance. This file only wires runRecommend to the process and loads
 * HiGHS (it finds highs.wasm beside its loader in node_modules); see cli/runRecommend.ts.
 */
import { readFileSync } from 'node:fs';
import loadHighs from 'highs';
import { highsLpSolver } from '../shared/recommend/lpSolver';
import { runRecommend } from './runRecommend';

runRecommend(
  process.argv.slice(2),
  {
    readFile: (path) => readFileSync(path, 'utf8'),
    stdout: (text) => {
      process.stdout.write(text);
    },
    stderr: (text) => {
      process.stderr.write(text);
    },
  },
  async () => highsLpSolver(await loadHighs()),
).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    // A bug, not a user error: one line, no stack trace.
    process.stderr.write(
      `recommend: internal error: ${err instanceof Error ? err.message : String(err)}\n`,
    );
    process.exitCode = 1;
  },
);
