import { describe, expect, it } from 'vitest';
import { resolveAssumptions } from '../../../shared/assumptions/resolveAssumptions';
import { costScenarioWith } from '../../../shared/costing/costScenario';
import type { Scenario } from '../../../shared/model/workspace';
import { fourSmallCcgsSample } from '../../../shared/samples/fourSmallCcgsSample';
import { scenarioForCcg } from '../../../shared/sensitivity/scenarioForCcg';
import { withAssumptionValue } from '../../../shared/assumptions/assumptionPaths';
import { buildWorkspace, ccg, provider } from '../helpers/buildWorkspace';

describe('scenarioForCcg', () => {
  it('gives every CCG of every sample scenario exactly its full-scenario cost', () => {
    const sample = fourSmallCcgsSample();
    for (const s of sample.scenarios) {
      const a = resolveAssumptions(sample.assumptions, s.assumptionOverrides);
      const full = costScenarioWith(s, a);
      for (const c of full.ccgs) {
        expect(
          costScenarioWith(scenarioForCcg(s, c.id), a).ccgs.find((x) => x.id === c.id)?.total,
          `${s.name}: ${c.name}`,
        ).toBe(c.total);
      }
    }
  });

  it('keeps the other customers of the CCG’s CSU, who make its scale, and drops unrelated CCGs', () => {
    const w = buildWorkspace({
      nodes: [
        ccg('ccg-a', 'Ashby CCG', { population: 100_000 }),
        ccg('ccg-b', 'Barford CCG', { population: 200_000 }),
        ccg('ccg-c', 'Carlton CCG', { population: 300_000 }),
        provider('prov-csu', 'North CSU', 'csu'),
      ],
      arrangements: [
        {
          id: 'arr-1',
          name: 'CSU for Ashby',
          model: 'csu',
          members: ['ccg-a'],
          providerId: 'prov-csu',
          functions: ['bi'],
        },
        {
          id: 'arr-2',
          name: 'CSU for Barford',
          model: 'csu',
          members: ['ccg-b'],
          providerId: 'prov-csu',
          functions: ['hr'],
        },
      ],
    });
    const s = w.scenarios[0] as Scenario;
    const part = scenarioForCcg(s, 'ccg-a');
    expect(part.nodes.map((n) => n.id)).toEqual(['ccg-a', 'ccg-b', 'prov-csu']);
    const a = withAssumptionValue(w.assumptions, 'models.csu.margin', 0.1);
    expect(costScenarioWith(part, a).ccgs[0]?.total).toBe(costScenarioWith(s, a).ccgs[0]?.total);
  });
});
