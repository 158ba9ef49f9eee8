import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareScenarios } from '../../../shared/compare/compareScenarios';
import { costScenario } from '../../../shared/costing/costScenario';
import type { ScenarioResult } from '../../../shared/costing/results';
import { resultsTable } from '../../../shared/export/resultsTable';
import type { Node, Workspace } from '../../../shared/model/workspace';
import { costReport } from '../../../shared/report/costReport';
import { parseWorkspaceText } from '../../../shared/schema/parseWorkspaceText';
import { validateWorkspace } from '../../../shared/schema/validateWorkspace';
import { PROTOTYPE_NAMES } from '../fuzz/fuzzInputs';
import { validDocument } from '../schema/fixtures';

// Ids are text from a file, and some text names Object.prototype's members. A function or an
// organisation called "constructor", "toString" or "__proto__" must cost exactly as the same
// workspace with ordinary ids: no NaN from an inherited "price", no function dropped from results.

/** The fixture, valid, with an external contract that buys one priced and one modelled function. */
function baseWorkspace(): Workspace {
  const doc = validDocument();
  doc.scenarios[0].arrangements[4].functions = ['finance', 'procurement'];
  const result = validateWorkspace(doc);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.workspace;
}

/** The workspace with function ids and node ids renamed (ids missing from a map are kept). */
function renamed(
  ws: Workspace,
  fnIds: ReadonlyMap<string, string>,
  nodeIds: ReadonlyMap<string, string>,
): Workspace {
  const f = (id: string): string => fnIds.get(id) ?? id;
  const n = (id: string): string => nodeIds.get(id) ?? id;
  const node = (x: Node): Node => {
    const common = { ...x, id: n(x.id) };
    switch (x.kind) {
      case 'ccg':
        return {
          ...x,
          id: n(x.id),
          ...(x.clusterId !== undefined ? { clusterId: n(x.clusterId) } : {}),
        };
      case 'locality':
        return { ...x, id: n(x.id), ccgId: n(x.ccgId) };
      // Object.fromEntries makes "__proto__" an own key, as JSON.parse does.
      case 'provider':
        return {
          ...x,
          id: n(x.id),
          ...(x.prices
            ? { prices: Object.fromEntries(Object.entries(x.prices).map(([k, v]) => [f(k), v])) }
            : {}),
        };
      default:
        return common as Node;
    }
  };
  return {
    ...ws,
    assumptions: {
      ...ws.assumptions,
      functions: ws.assumptions.functions.map((x) => ({ ...x, id: f(x.id) })),
    },
    scenarios: ws.scenarios.map((s) => ({
      ...s,
      nodes: s.nodes.map(node),
      laOverlaps: s.laOverlaps.map((o) => ({ ...o, ccgId: n(o.ccgId), laId: n(o.laId) })),
      arrangements: s.arrangements.map((a) => ({
        ...a,
        members: a.members.map(n),
        functions: a.functions.map(f),
        ...(a.hostCcgId !== undefined ? { hostCcgId: n(a.hostCcgId) } : {}),
        ...(a.laId !== undefined ? { laId: n(a.laId) } : {}),
        ...(a.providerId !== undefined ? { providerId: n(a.providerId) } : {}),
      })),
    })),
  };
}

/** Every figure of a result, with ids mapped back to the original ones, for comparison. */
function figures(
  r: ScenarioResult,
  fnBack: (id: string) => string,
  nodeBack: (id: string) => string,
): unknown {
  return {
    totals: r.totals,
    ccgs: r.ccgs.map((c) => ({
      id: nodeBack(c.id),
      total: c.total,
      perHead: c.perHead,
      status: c.status,
      functions: Object.fromEntries(
        Object.entries(c.functions).map(([k, v]) => [
          fnBack(k),
          { cost: v.cost, mode: v.mode, providerId: v.providerId && nodeBack(v.providerId) },
        ]),
      ),
    })),
    flags: r.flags.map((x) => ({ id: x.id, severity: x.severity, subject: nodeBack(x.subject) })),
  };
}

const inverse = (m: ReadonlyMap<string, string>) => {
  const back = new Map([...m].map(([k, v]) => [v, k]));
  return (id: string): string => back.get(id) ?? id;
};

describe('ids that are names of Object.prototype members', () => {
  const base = baseWorkspace();
  const fnIds = base.assumptions.functions.map((x) => x.id);
  const nodeIds = base.scenarios[0]?.nodes.map((x) => x.id) ?? [];
  const scenarioId = base.scenarios[0]?.id ?? '';
  const original = costScenario(base, scenarioId);

  it('cost every function and organisation as ordinary ids do (property over the names)', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...PROTOTYPE_NAMES], {
          minLength: fnIds.length,
          maxLength: fnIds.length,
        }),
        fc.shuffledSubarray([...PROTOTYPE_NAMES], {
          minLength: nodeIds.length,
          maxLength: nodeIds.length,
        }),
        (fnNames, nodeNames) => {
          const fnMap = new Map(fnIds.map((id, i) => [id, fnNames[i] as string]));
          const nodeMap = new Map(nodeIds.map((id, i) => [id, nodeNames[i] as string]));
          const ws = renamed(base, fnMap, nodeMap);
          const result = costScenario(ws, scenarioId);
          for (const c of result.ccgs) {
            expect(Object.keys(c.functions).sort()).toEqual([...fnNames].sort());
            expect(Number.isFinite(c.perHead)).toBe(true);
          }
          expect(figures(result, inverse(fnMap), inverse(nodeMap))).toEqual(
            figures(
              original,
              (x) => x,
              (x) => x,
            ),
          );

          // The report, results table and comparison keep every function, under its own id.
          const report = costReport(ws, scenarioId);
          for (const c of report.scenarios[0]?.ccgs ?? []) {
            expect(Object.keys(JSON.parse(JSON.stringify(c.functions)) as object).sort()).toEqual(
              [...fnNames].sort(),
            );
          }
          const table = resultsTable(ws, scenarioId);
          expect(table.functions.map((x) => x.id)).toEqual(fnNames);
          const originalTable = resultsTable(base, scenarioId);
          expect(table.rows.map((r) => r.values)).toEqual(originalTable.rows.map((r) => r.values));
          const comparison = compareScenarios(ws, [scenarioId]);
          expect(comparison.rows.map((r) => r.results[0]?.perHead)).toEqual(
            original.ccgs.map((c) => c.perHead),
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it('a file using them (function "constructor", every organisation) opens and costs the same', () => {
    const nodeMap = new Map(nodeIds.map((id, i) => [id, PROTOTYPE_NAMES[i] as string]));
    const fnMap = new Map([['procurement', 'constructor']]);
    const parsed = parseWorkspaceText(JSON.stringify(renamed(base, fnMap, nodeMap)));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(
      figures(costScenario(parsed.workspace, scenarioId), inverse(fnMap), inverse(nodeMap)),
    ).toEqual(
      figures(
        original,
        (x) => x,
        (x) => x,
      ),
    );
  });
});
