// Reads Vitest's and Playwright's JSON reports and prints CI's closing line:
// "tests: N passed, N failed, N skipped". Exits non-zero when anything failed, when the test
// command itself failed (type check or lint, say), or when no test ran at all.
import { existsSync, readFileSync } from 'node:fs';

const [vitestPath, playwrightPath, commandStatus = '0'] = process.argv.slice(2);
let passed = 0,
  failed = 0,
  skipped = 0;
const notes = [];

function read(path) {
  if (!path || !existsSync(path)) {
    notes.push(`${path ?? 'a report'} is missing (that runner did not finish)`);
    return null;
  }
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    notes.push(`${path} is not valid JSON`);
    return null;
  }
}

const vitest = read(vitestPath);
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  failed += vitest.numFailedTests ?? 0;
  skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0);
}

const playwright = read(playwrightPath);
if (playwright?.stats) {
  passed += (playwright.stats.expected ?? 0) + (playwright.stats.flaky ?? 0);
  failed += playwright.stats.unexpected ?? 0;
  skipped += playwright.stats.skipped ?? 0;
}

const status = Number(commandStatus);
// A failed type check or lint counts as one failure so the line never reads "0 failed" on red.
if (status !== 0 && failed === 0) {
  failed = 1;
  notes.push(
    `the test command exited ${status} (type check, lint or a runner failed before reporting)`,
  );
}
for (const n of notes) console.log(`note: ${n}`);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
