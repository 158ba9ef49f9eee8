/**
 * Recommend on the Four small CCGs sample: never worse than a scenario already in the file that
 * meets the same rules, no single (CCG, function) move improves it, an impossible allowance names
 * the CCG that binds, the new scenario is grouped and placed as a person would draw it, and the
 * solver's objective is the engine's total.
 */
import { describe, expect, it } from 'vitest';
import { costScenario } from '../../../shared/costing/costScenario';
import {
  ccgPopulation,
  effectiveMembers,
  indexScenario,
} from '../../../shared/model/scenarioIndex';
import type { Arrangement, Scenario, Workspace } from '../../../shared/model/workspace';
import {
  recommendOptions,
  type RecommendModel,
  type RecommendOptions,
} from '../../../shared/recommend/options';
import { recommend, type Recommendation } from '../../../shared/recommend/recommend';
import { fourSmallCcgsSample } from '../../../shared/samples/fourSmallCcgsSample';
import { validateWorkspace } from '../../../shared/schema/validateWorkspace';
import { highsSolver, withAllowancePerHead } from './recommendFixtures';

const ALL_MODELS: RecommendModel[] = [
  'in-house',
  'shared-service',
  'csu',
  'host-ccg',
  'la-partnership',
  'external',
];
const FOUR = ['ccg-ashvale', 'ccg-brackenford', 'ccg-cressingham', 'ccg-dunmere'];

async function run(
  ws: Workspace,
  scenarioId: string,
  options: Partial<RecommendOptions>,
): Promise<Recommendation> {
  const outcome = recommend(ws, scenarioId, recommendOptions(options), await highsSolver());
  if (!outcome.ok) throw new Error(outcome.errors.join('\n'));
  return outcome.recommendation;
}

function scopeTotal(ws: Workspace, scenario: Scenario): number {
  const r = costScenario({ ...ws, scenarios: [scenario] }, scenario.id);
  return r.ccgs.filter((c) => FOUR.includes(c.id)).reduce((s, c) => s + c.running, 0);
}

/** The rules of options (allowance aside), checked here on a scenario. */
function meetsRules(
  ws: Workspace,
  s: Scenario,
  models: readonly string[],
  maxMembers: number,
): boolean {
  const index = indexScenario(s);
  const pop = new Map(index.ccgs.map((c) => [c.id, ccgPopulation(c, index)]));
  return (
    s.arrangements.every(
      (a) =>
        models.includes(a.model) &&
        (a.model === 'csu' || effectiveMembers(a).length <= maxMembers) &&
        !(a.model === 'external' && a.functions.includes('bi')) &&
        !(
          a.model === 'host-ccg' &&
          (pop.get(a.hostCcgId ?? '') ?? 0) >
            effectiveMembers(a).reduce((t, m) => t + (pop.get(m) ?? 0), 0) / 2
        ),
    ) &&
    FOUR.every((id) => s.nodes.some((n) => n.id === id)) &&
    ws.scenarios.length > 0
  );
}

describe('Recommend on the Four small CCGs sample', { timeout: 120_000 }, () => {
  it('is never worse than a scenario in the file that meets the same rules', async () => {
    const ws = fourSmallCcgsSample();
    const rec = await run(ws, 'all-in-house', { models: ALL_MODELS, withinAllowance: false });
    const mine = scopeTotal(ws, rec.scenario);
    const comparable = ws.scenarios.filter((s) => meetsRules(ws, s, ALL_MODELS, 6));
    // The shared service, LA partnership and CSU scenarios qualify (external sends BI out; the
    // host, Dunmere, has over half its arrangement's people; the merger has other CCGs).
    expect(comparable.map((s) => s.id).sort()).toEqual([
      'all-in-house',
      'csu',
      'la-partnership',
      'shared-service',
    ]);
    for (const s of comparable) expect(mine).toBeLessThanOrEqual(scopeTotal(ws, s) + 1);
    expect(Math.abs(rec.solverRunning - rec.engineRunning)).toBeLessThan(1);
    expect(Math.abs(rec.engineRunning - mine)).toBeLessThan(1e-6);
  });

  it('cannot be improved by moving one CCG\u2019s function to another allowed delivery', async () => {
    const ws = fourSmallCcgsSample();
    const models = ALL_MODELS;
    const rec = await run(ws, 'all-in-house', { models, withinAllowance: false });
    const base = scopeTotal(ws, rec.scenario);
    const fns = ws.assumptions.functions.map((f) => f.id);
    const providers = rec.scenario.nodes.filter((n) => n.kind === 'provider');
    let tried = 0;
    for (const ccgId of FOUR) {
      for (const f of fns) {
        // Take the cell out of whatever covers it…
        const without: Arrangement[] = rec.scenario.arrangements.flatMap((a): Arrangement[] => {
          if (!a.functions.includes(f) || !effectiveMembers(a).includes(ccgId)) return [a];
          const rest = a.functions.filter((x) => x !== f);
          const others = a.members.filter((m) => m !== ccgId);
          const out: Arrangement[] = rest.length > 0 ? [{ ...a, functions: rest }] : [];
          if (a.hostCcgId === ccgId) return out; // the host leaving ends the hosted service for f
          if (others.length >= (a.model === 'shared-service' || a.model === 'host-ccg' ? 2 : 1))
            out.push({ ...a, id: `${a.id}-left`, members: others, functions: [f] });
          return out;
        });
        // …then put it in-house, with a provider on its own, or into another arrangement for f.
        const options: Arrangement[][] = [without];
        for (const p of providers) {
          if (p.kind !== 'provider' || (p.providerType !== 'csu' && f === 'bi')) continue;
          options.push([
            ...without,
            {
              id: 'move',
              name: 'move',
              model: p.providerType === 'csu' ? 'csu' : 'external',
              members: [ccgId],
              providerId: p.id,
              functions: [f],
            },
          ]);
        }
        for (const a of without) {
          if (
            !a.functions.includes(f) ||
            effectiveMembers(a).includes(ccgId) ||
            effectiveMembers(a).length >= 6
          )
            continue;
          const rest = a.functions.filter((x) => x !== f);
          options.push([
            ...without.filter((x) => x !== a),
            ...(rest.length > 0 ? [{ ...a, functions: rest }] : []),
            { ...a, id: 'move', members: [...a.members, ccgId], functions: [f] },
          ]);
        }
        for (const arrangements of options) {
          const moved: Scenario = { ...rec.scenario, arrangements };
          if (!meetsRules(ws, moved, models, 6)) continue;
          tried += 1;
          expect(scopeTotal(ws, moved)).toBeGreaterThanOrEqual(base - 1);
        }
      }
    }
    expect(tried).toBeGreaterThan(80);
  });

  it('names the CCG that binds when no configuration keeps every CCG within its allowance', async () => {
    const ws = fourSmallCcgsSample();
    const rec = await run(ws, 'all-in-house', {});
    expect(rec.withinAllowance).toBe(false);
    expect(rec.scenario.name).toBe('Recommended — least overshoot of the 2013/14 allowance');
    const first = rec.binding[0];
    expect(first?.ccgId).toBe('ccg-ashvale');
    expect(first?.rule).toBe('within-allowance');
    // Ashvale, 62,000 people at £25: an allowance of £1,550,000; the overshoot is the engine's.
    const ashvale = rec.result.ccgs.find((c) => c.id === 'ccg-ashvale');
    expect(first?.overshoot).toBeCloseTo((ashvale?.total ?? 0) - 1_550_000, 6);
    expect(first?.message).toMatch(/^Ashvale CCG stays £[\d,]+ over its 2013\/14 allowance/);
    expect(rec.rules.find((r) => r.rule.startsWith('Every CCG within'))?.met).toBe(false);
  });

  it('meets a reachable allowance and says so', async () => {
    // At £28 a head every CCG can be within.
    const ws0 = fourSmallCcgsSample();
    const ws: Workspace = { ...ws0, assumptions: withAllowancePerHead(ws0.assumptions, 28) };
    const rec = await run(ws, 'all-in-house', {});
    expect(rec.withinAllowance).toBe(true);
    expect(rec.binding.every((b) => b.overshoot <= 0)).toBe(true);
    expect(rec.scenario.name).toBe('Recommended — least cost within the 2013/14 allowance');
    for (const c of rec.result.ccgs) expect(c.perHead).toBeLessThanOrEqual(28 + 1e-9);
    expect(rec.rules.every((r) => r.met)).toBe(true);
    expect(rec.changes.map((c) => c.summary)[0]).toMatch(
      /^Ashvale CCG saves £[\d,]+ a year in 2013\/14 \(£36\.91 → £\d\d\.\d\d a head\)$/,
    );
  });

  it('tests the year asked for, at its cost index and allowance, leaving programme functions out', async () => {
    const ws0 = fourSmallCcgsSample();
    // Medicines management as programme spend: costed, never tested against the allowance.
    const ws: Workspace = {
      ...ws0,
      assumptions: {
        ...ws0.assumptions,
        functions: ws0.assumptions.functions.map((f) =>
          f.id === 'medicines' ? { ...f, runningCost: false } : f,
        ),
      },
    };
    const rec = await run(ws, 'all-in-house', {
      yearId: '2015-16',
      models: ['in-house', 'shared-service', 'csu', 'la-partnership'],
    });
    expect(rec.result.year.id).toBe('2015-16');
    expect(rec.scenario.name).toMatch(/the 2015\/16 allowance$/);
    const ashvale = rec.result.ccgs.find((c) => c.id === 'ccg-ashvale');
    // £22.07 a head in 2015/16 for 62,000 people.
    expect(ashvale?.allowance).toBeCloseTo(22.07 * 62_000, 6);
    expect(ashvale?.running).toBeCloseTo(
      (ashvale?.total ?? 0) - (ashvale?.functions.medicines?.cost ?? 0),
      6,
    );
    expect(rec.changes[0]?.before).toBeCloseTo(
      costScenario(ws, 'all-in-house', { yearId: '2015-16' }).ccgs[0]?.running ?? 0,
      6,
    );
    expect(Math.abs(rec.solverRunning - rec.engineRunning)).toBeLessThan(1);
    expect(rec.engineRunning).toBeCloseTo(
      rec.result.ccgs.reduce((s, c) => s + c.running, 0),
      6,
    );
  });

  it('builds a valid new scenario: grouped arrangements, hubs under their members, risk sharing agreed, pinned cells kept', async () => {
    const ws = fourSmallCcgsSample();
    const rec = await run(ws, 'shared-service', {
      models: ['in-house', 'shared-service', 'host-ccg', 'csu'],
      pinned: [{ ccgId: 'ccg-ashvale', functionId: 'hr' }],
    });
    const withIt = { ...ws, scenarios: [...ws.scenarios, rec.scenario] };
    const valid = validateWorkspace(withIt);
    expect(valid.ok ? [] : valid.errors).toEqual([]);
    expect(rec.scenario.id).not.toBe('shared-service');
    // Ashvale's HR is pinned: the shared service keeps HR, for all four of its members (the
    // others' share of the pool depends on Ashvale staying), and nothing else.
    const kept = rec.scenario.arrangements.find((a) => a.id === 'arr-shared');
    expect(kept?.functions).toEqual(['hr']);
    expect(kept?.members).toEqual(ws.scenarios[1]?.arrangements[0]?.members);
    const made = rec.scenario.arrangements.filter((a) => a.id !== 'arr-shared');
    expect(made.length).toBeGreaterThan(0);
    const keys = made.map(
      (a) => `${a.model}|${a.hostCcgId ?? a.providerId ?? ''}|${[...a.members].sort().join(',')}`,
    );
    expect(new Set(keys).size).toBe(keys.length);
    for (const a of made) {
      expect(a.functions).not.toContain('hr');
      if (a.model !== 'csu') expect(a.riskShareAgreed).toBe(true);
      expect(a.y).toBeGreaterThan(100 + 90); // below the cards (y 100, 90 tall)
    }
    const spots = made.map((a) => `${a.x},${a.y}`);
    expect(new Set(spots).size).toBe(spots.length);
  });

  it('keeps a CCG out of scope exactly as it is, with the arrangements it is in', async () => {
    const ws = fourSmallCcgsSample();
    const rec = await run(ws, 'shared-service', {
      scope: { kind: 'ccgs', ccgIds: ['ccg-ashvale', 'ccg-brackenford', 'ccg-cressingham'] },
      models: ALL_MODELS,
    });
    expect(rec.scenario.arrangements.find((a) => a.id === 'arr-shared')).toEqual(
      ws.scenarios[1]?.arrangements[0],
    );
    const before = costScenario(ws, 'shared-service').ccgs.find((c) => c.id === 'ccg-dunmere');
    const after = rec.result.ccgs.find((c) => c.id === 'ccg-dunmere');
    expect(after?.total).toBeCloseTo(before?.total ?? 0, 6);
    expect(rec.changes.map((c) => c.ccgId)).toEqual([
      'ccg-ashvale',
      'ccg-brackenford',
      'ccg-cressingham',
    ]);
  });

  it('refuses bad options with located sentences and changes nothing', async () => {
    const ws = fourSmallCcgsSample();
    const before = JSON.stringify(ws);
    const solve = await highsSolver();
    const bad = recommend(
      ws,
      'all-in-house',
      recommendOptions({
        scope: { kind: 'cluster', clusterId: 'nope' },
        yearId: '1999-00',
        maxMembers: 0,
      }),
      solve,
    );
    expect(bad.ok ? [] : bad.errors).toEqual([
      'year: no year "1999-00"; years: 2013-14, 2014-15, 2015-16',
      'max members: must be a whole number of at least 1, not 0',
      'scope: no cluster with id "nope" in scenario "All in-house"',
    ]);
    const missing = recommend(ws, 'nope', recommendOptions(), solve);
    expect(missing.ok ? [] : missing.errors).toEqual([
      'no scenario with id "nope"; scenario ids: all-in-house, shared-service, host-ccg, la-partnership, csu, external, merger',
    ]);
    expect(JSON.stringify(ws)).toBe(before);
  });
});
