/**
 * The costing engine gives the same figures for every scenario of every built-in sample as it did
 * before it was optimised for the England-scale budget (DESIGN.md §7). The fixture was written by
 * the engine as it stood before that change; regenerate it only when a figure is MEANT to change:
 *   UPDATE_COSTING_SNAPSHOT=1 npx vitest run tests/unit/costing/engineSnapshot.test.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { costScenario } from '../../../shared/costing/costScenario';
import type { ScenarioResult } from '../../../shared/costing/results';
import { SAMPLES } from '../../../shared/samples';

const FIXTURE = fileURLToPath(new URL('./engineSnapshot.fixture.json', import.meta.url));

/** Money to 1e-9 relative precision (12 significant figures): far finer than any figure shown. */
function round(x: number): number {
  return Number(x.toPrecision(12));
}

/** What a user sees of a scenario: each CCG's total, per head, status and function costs; the flags. */
function summarise(result: ScenarioResult) {
  return {
    totals: { ...result.totals, total: round(result.totals.total), perHead: round(result.totals.perHead) },
    ccgs: result.ccgs.map((c) => ({
      id: c.id,
      total: round(c.total),
      perHead: round(c.perHead),
      status: c.status,
      functions: Object.fromEntries(Object.entries(c.functions).map(([f, fc]) => [f, [fc.mode, round(fc.cost)]])),
    })),
    flags: result.flags.map((f) => `${f.id} ${f.subject}: ${f.message}`),
  };
}

function snapshotAll(): Record<string, ReturnType<typeof summarise>> {
  const out: Record<string, ReturnType<typeof summarise>> = {};
  for (const sample of SAMPLES) {
    const workspace = sample.create();
    for (const scenario of workspace.scenarios) out[`${sample.id}/${scenario.id}`] = summarise(costScenario(workspace, scenario.id));
  }
  return out;
}

/** One line per CCG and per flag, so a changed figure shows as a small diff. */
function fixtureText(all: Record<string, ReturnType<typeof summarise>>): string {
  const scenarios = Object.entries(all).map(([key, s]) => [
    `${JSON.stringify(key)}: {"totals": ${JSON.stringify(s.totals)},`,
    ` "ccgs": [\n  ${s.ccgs.map((c) => JSON.stringify(c)).join(',\n  ')}],`,
    ` "flags": [\n  ${s.flags.map((f) => JSON.stringify(f)).join(',\n  ')}]}`,
  ].join('\n'));
  return `{\n${scenarios.join(',\n')}\n}\n`;
}

describe('costing engine snapshot of every built-in sample', () => {
  it('gives the same per-CCG totals, per-head figures, statuses, function costs and flags', () => {
    const actual = snapshotAll();
    if (process.env.UPDATE_COSTING_SNAPSHOT) writeFileSync(FIXTURE, fixtureText(actual));
    const expected = JSON.parse(readFileSync(FIXTURE, 'utf8')) as unknown;
    expect(Object.keys(actual).length).toBeGreaterThan(3);
    expect(actual).toEqual(expected);
  });
});
