/**
 * The costing engine gives the same figures for every scenario of every built-in sample as it did
 * before it was optimised for the England-scale budget, and before planning years: with the
 * default years, no published allowances and every function running cost, the first year of the
 * v3 engine is the single-cap (v1) engine's result. The fixture was written by the engine as it
 * stood before those changes; regenerate it only when a figure is MEANT to change:
 *   UPDATE_COSTING_SNAPSHOT=1 npx vitest run tests/unit/costing/engineSnapshot.test.ts
 * Samples that carry published allowances are compared without them: that is the v1 condition
 * (their costs do not depend on the allowance; their allowances are tested with the samples).
 * The England 2013 entries were written by the single-cap engine on the same sample.
 * The over-cap message now names the year and the allowance, so over-cap flags are compared by
 * CCG (the fixture keeps the v1 wording); every other flag's message must match word for word.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { costScenario } from '../../../shared/costing/costScenario';
import type { ScenarioResult } from '../../../shared/costing/results';
import type { Workspace } from '../../../shared/model/workspace';
import { SAMPLES } from '../../../shared/samples';

const FIXTURE = fileURLToPath(new URL('./engineSnapshot.fixture.json', import.meta.url));

/** Money to 1e-9 relative precision (12 significant figures): far finer than any figure shown. */
function round(x: number): number {
  return Number(x.toPrecision(12));
}

/** What a user sees of a scenario: each CCG's total, per head, status and function costs; the flags. */
function summarise(result: ScenarioResult) {
  return {
    totals: {
      population: result.totals.population,
      total: round(result.totals.total),
      perHead: round(result.totals.perHead),
      within: result.totals.within,
      tight: result.totals.tight,
      over: result.totals.over,
    },
    ccgs: result.ccgs.map((c) => ({
      id: c.id,
      total: round(c.total),
      perHead: round(c.perHead),
      status: c.status,
      functions: Object.fromEntries(
        Object.entries(c.functions).map(([f, fc]) => [f, [fc.mode, round(fc.cost)]]),
      ),
    })),
    flags: result.flags.map(flagKey),
  };
}

/** A flag as compared: over-cap by its CCG only (its wording changed with the years). */
function flagKey(f: { id: string; subject: string; message: string }): string {
  return f.id === 'over-cap' ? `over-cap ${f.subject}` : `${f.id} ${f.subject}: ${f.message}`;
}

/** The sample as v1 would see it: no CCG carries a published allowance or an allowance population. */
function withoutPublishedAllowances(ws: Workspace): Workspace {
  return {
    ...ws,
    scenarios: ws.scenarios.map((s) => ({
      ...s,
      nodes: s.nodes.map((n) => {
        if (n.kind !== 'ccg') return n;
        const { allowances: _a, allowancePopulation: _p, ...rest } = n;
        return rest;
      }),
    })),
  };
}

function snapshotAll(): Record<string, ReturnType<typeof summarise>> {
  const out: Record<string, ReturnType<typeof summarise>> = {};
  for (const sample of SAMPLES) {
    const workspace = withoutPublishedAllowances(sample.create());
    for (const scenario of workspace.scenarios)
      out[`${sample.id}/${scenario.id}`] = summarise(costScenario(workspace, scenario.id));
  }
  return out;
}

/** One line per CCG and per flag, so a changed figure shows as a small diff. */
function fixtureText(all: Record<string, ReturnType<typeof summarise>>): string {
  const scenarios = Object.entries(all).map(([key, s]) =>
    [
      `${JSON.stringify(key)}: {"totals": ${JSON.stringify(s.totals)},`,
      ` "ccgs": [\n  ${s.ccgs.map((c) => JSON.stringify(c)).join(',\n  ')}],`,
      ` "flags": [\n  ${s.flags.map((f) => JSON.stringify(f)).join(',\n  ')}]}`,
    ].join('\n'),
  );
  return `{\n${scenarios.join(',\n')}\n}\n`;
}

describe('costing engine snapshot of every built-in sample', () => {
  it('gives the same per-CCG totals, per-head figures, statuses, function costs and flags', () => {
    const actual = snapshotAll();
    if (process.env.UPDATE_COSTING_SNAPSHOT) writeFileSync(FIXTURE, fixtureText(actual));
    const expected = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<
      string,
      { flags: string[] }
    >;
    for (const s of Object.values(expected))
      s.flags = s.flags.map((f) => (f.startsWith('over-cap ') ? f.slice(0, f.indexOf(':')) : f));
    expect(Object.keys(actual).length).toBeGreaterThan(3);
    expect(actual).toEqual(expected);
  });

  it('the first year of every scenario is the v1 figure to the penny, in `years` as in the top level', () => {
    const expected = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<
      string,
      ReturnType<typeof summarise>
    >;
    for (const sample of SAMPLES) {
      const workspace = withoutPublishedAllowances(sample.create());
      for (const scenario of workspace.scenarios) {
        const v1 = expected[`${sample.id}/${scenario.id}`];
        const first = costScenario(workspace, scenario.id).years[0];
        if (!v1 || !first) throw new Error(`no figures for ${sample.id}/${scenario.id}`);
        expect(first.ccgs.map((c) => c.id)).toEqual(v1.ccgs.map((c) => c.id));
        first.ccgs.forEach((c, i) => {
          const old = v1.ccgs[i]!;
          // v1: total, per head = total/pop, headroom = 25·pop − total, status on per head.
          expect(Math.abs(c.running - old.total)).toBeLessThan(0.005);
          expect(Math.abs(c.total - old.total)).toBeLessThan(0.005);
          expect(c.programme).toBe(0);
          expect(Math.abs(c.perHead - old.perHead)).toBeLessThan(0.005);
          expect(Math.abs(c.headroom - (25 * c.population - old.total))).toBeLessThan(0.005);
          expect(c.status).toBe(old.status);
        });
        expect(first.totals.within).toBe(v1.totals.within);
        expect(first.totals.tight).toBe(v1.totals.tight);
        expect(first.totals.over).toBe(v1.totals.over);
        expect(first.flags.map(flagKey)).toEqual(
          v1.flags.map((f) => (f.startsWith('over-cap ') ? f.slice(0, f.indexOf(':')) : f)),
        );
      }
    }
  });
});
