// The rules of the Electronegativity gate (scripts/security/electronegativity.mjs): which
// findings fail the build, and what a reviewed allow-list entry must say.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

interface Finding {
  check: string;
  severity: string;
  file: string;
}
interface Gate {
  toFindings(issues: unknown[], prefix: string): Finding[];
  allowListProblems(list: unknown): string[];
  judgeFindings(
    findings: Finding[],
    list: { check: string; file: string; reason: string }[],
  ): { blocking: Finding[]; stale: unknown[] };
}

const root = resolve(import.meta.dirname, '../../..');
let gate: Gate;
beforeAll(async () => {
  gate = (await import(
    pathToFileURL(join(root, 'scripts', 'security', 'electronegativityFindings.mjs')).href
  )) as Gate;
});

/** Issues as Electronegativity's run() returns them. */
const issues = [
  {
    id: 'AUXCLICK_JS_CHECK',
    severity: { name: 'MEDIUM' },
    confidence: { name: 'FIRM' },
    file: 'main/index.ts',
    location: { line: 43, column: 14 },
    description: 'Middle-click',
  },
  {
    id: 'PRELOAD_JS_CHECK',
    severity: { name: 'MEDIUM' },
    confidence: { name: 'FIRM' },
    file: 'main/index.ts',
    location: { line: 49, column: 6 },
    description: 'Review preload',
    manualReview: true,
  },
  {
    id: 'CSP_GLOBAL_CHECK',
    severity: { name: 'LOW' },
    confidence: { name: 'FIRM' },
    file: 'renderer/index.html',
    location: { line: 7, column: 0 },
    description: 'CSP',
  },
  {
    id: 'NODE_INTEGRATION_JS_CHECK',
    severity: { name: 'HIGH' },
    confidence: { name: 'CERTAIN' },
    file: 'main\\index.ts',
    location: { line: 50, column: 6 },
    description: 'nodeIntegration',
  },
];

describe('the Electronegativity gate', () => {
  it('fails on every HIGH or MEDIUM finding not allow-listed, never on LOW ones', () => {
    const findings = gate.toFindings(issues, 'electron');
    const reason = 'Reviewed: the preload exposes typed invoke wrappers only.';
    const { blocking, stale } = gate.judgeFindings(findings, [
      { check: 'PRELOAD_JS_CHECK', file: 'electron/main/index.ts', reason },
    ]);
    expect(blocking.map((f) => `${f.severity} ${f.check} ${f.file}`)).toEqual([
      'MEDIUM AUXCLICK_JS_CHECK electron/main/index.ts',
      'HIGH NODE_INTEGRATION_JS_CHECK electron/main/index.ts',
    ]);
    expect(stale).toEqual([]);
  });

  it('a * in an entry stands for a bundle hash within one folder, nothing more', () => {
    const reason = 'Reviewed: a third-party chunk whose name carries a content hash.';
    const chunk: Finding = {
      check: 'DANGEROUS_FUNCTIONS_JS_CHECK',
      severity: 'MEDIUM',
      file: 'out/renderer/assets/writeWorkbook-DCQLBGkw.js',
    };
    const elsewhere: Finding = { ...chunk, file: 'out/renderer/assets/nested/writeWorkbook-x.js' };
    const entry = {
      check: 'DANGEROUS_FUNCTIONS_JS_CHECK',
      file: 'out/renderer/assets/writeWorkbook-*.js',
      reason,
    };
    expect(gate.judgeFindings([chunk, elsewhere], [entry])).toEqual({
      blocking: [elsewhere],
      stale: [],
    });
  });

  it('an entry for another file does not excuse a finding, and is reported as stale', () => {
    const findings = gate.toFindings(issues.slice(0, 1), 'electron');
    const entry = {
      check: 'AUXCLICK_JS_CHECK',
      file: 'electron/main/other.ts',
      reason: 'Reviewed for another window entirely.',
    };
    expect(gate.judgeFindings(findings, [entry])).toEqual({ blocking: findings, stale: [entry] });
  });

  it('refuses an allow-list entry without a real reason', () => {
    expect(gate.allowListProblems([{ check: 'X', file: 'electron/a.ts', reason: 'ok' }])).toEqual([
      'entry 1: the reason must explain why (at least 20 characters)',
    ]);
    expect(gate.allowListProblems({})).toHaveLength(1);
  });

  it('the project allow-list is well formed', () => {
    const list: unknown = JSON.parse(
      readFileSync(join(root, 'security', 'electronegativity-allowlist.json'), 'utf8'),
    );
    expect(gate.allowListProblems(list)).toEqual([]);
  });
});
