/**
 * `npm run cost -- FILE.ccgm [--scenario ID] [--json | --csv]`: costs a workspace file from the
 * command line. This file only wires runCost to the process; see cli/runCost.ts.
 */
import { readFileSync } from 'node:fs';
import { runCost } from './runCost';

try {
  process.exitCode = runCost(process.argv.slice(2), {
    readFile: (path) => readFileSync(path, 'utf8'),
    stdout: (text) => {
      process.stdout.write(text);
    },
    stderr: (text) => {
      process.stderr.write(text);
    },
  });
} catch (err) {
  // A bug, not a user error: one line, no stack trace.
  process.stderr.write(
    `cost: internal error: ${err instanceof Error ? err.message : String(err)}\n`,
  );
  process.exitCode = 1;
}
