import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bsaChoices, planBsaImport } from '../../../shared/csv/bsaImportPlan';
import { readBsaListSizes } from '../../../shared/csv/bsaListSizes';
import { applyEdit } from '../../../shared/edits/applyEdit';
import { ccgPopulation, indexScenario } from '../../../shared/model/scenarioIndex';
import type { Scenario, Workspace } from '../../../shared/model/workspace';
import { cambsPeterboroughSample } from '../../../shared/samples/cambsPeterboroughSample';
import { england2013Sample } from '../../../shared/samples/england2013/england2013Sample';
import { parseCsvText } from '../../../renderer/src/files/parseCsvText';

const parsed = parseCsvText(
  readFileSync(
    join(__dirname, '..', '..', 'fixtures', 'england-2013', 'Patient_List_Size_2013_04-06.csv'),
    'utf8',
  ),
);
if (!parsed.ok) throw new Error(parsed.error);
const listSizes = readBsaListSizes(parsed.table);
if (!listSizes) throw new Error('not recognised');

function apply(ws: Workspace, chosen: string[], localities: 'none' | 'practice'): Scenario {
  const scenario = ws.scenarios[0] as Scenario;
  const plan = planBsaImport(
    scenario,
    listSizes as NonNullable<typeof listSizes>,
    new Set(chosen),
    localities,
    { x: 5000, y: 0 },
  );
  const result = applyEdit(ws, { type: 'setPopulations', scenarioId: scenario.id, ...plan });
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.workspace.scenarios[0] as Scenario;
}

function population(scenario: Scenario, code: string): number | undefined {
  const index = indexScenario(scenario);
  const ccg = index.ccgs.find((c) => c.code === code);
  return ccg ? ccgPopulation(ccg, index) : undefined;
}

describe('NHS BSA import plan', () => {
  const ws = england2013Sample();
  const choices = bsaChoices(ws.scenarios[0] as Scenario, listSizes);

  it('matches all 211 CCGs of the England 2013 sample by code, first, with the change from their registered lists', () => {
    expect(choices.slice(0, 211).every((c) => c.ccgId !== null)).toBe(true);
    expect(choices.slice(211).every((c) => c.ccgId === null)).toBe(true);
    const corby = choices.find((c) => c.code === '03V');
    expect(corby).toMatchObject({
      name: 'NHS Corby CCG',
      ccgId: 'ccg-03v',
      practices: 7,
      practicesWithPatients: 5,
      listSize: 70_729,
      currentPopulation: 69_801,
      currentLocalities: 0,
    });
    // Codes whose practices have no patients at all cannot set a population and are not offered.
    expect(choices.every((c) => c.listSize > 0)).toBe(true);
  });

  it('sets only the chosen CCG’s population, in one edit', () => {
    const after = apply(ws, ['03V'], 'none');
    expect(population(after, '03V')).toBe(70_729);
    expect(population(after, '03W')).toBe(population(ws.scenarios[0] as Scenario, '03W'));
  });

  it('can make one locality per practice with patients, replacing the CCG’s localities', () => {
    const after = apply(ws, ['03V'], 'practice');
    const index = indexScenario(after);
    const locs = index.localitiesByCcg.get('ccg-03v') ?? [];
    expect(locs.map((l) => [l.name, l.population])).toEqual([
      ['DR KHALID & PARTNERS (K83059)', 9_089],
      ['DR KUMAR & PARTNER STUDFALL MEDICAL CTR (K83614)', 4_534],
      [expect.stringContaining('(K83607)'), 1_761],
      [expect.stringContaining('(K83002)'), 46_156],
      [expect.stringContaining('(K83622)'), 9_189],
    ]);
    expect(population(after, '03V')).toBe(70_729);
    // Again, as a single population: the practice localities go.
    const again = apply({ ...ws, scenarios: [after] }, ['03V'], 'none');
    expect(indexScenario(again).localitiesByCcg.get('ccg-03v') ?? []).toEqual([]);
    expect(population(again, '03V')).toBe(70_729);
  });

  it('adds a CCG the scenario lacks, with its published name and code, where it is told to', () => {
    const cambs = cambsPeterboroughSample();
    const before = cambs.scenarios[0] as Scenario;
    expect(bsaChoices(before, listSizes).find((c) => c.code === '03V')?.ccgId).toBeNull();
    const after = apply(cambs, ['03V'], 'none');
    const added = after.nodes.filter((n) => !before.nodes.some((b) => b.id === n.id));
    expect(added).toEqual([
      {
        kind: 'ccg',
        id: 'ccg-03v',
        name: 'NHS Corby CCG',
        code: '03V',
        population: 70_729,
        federated: false,
        x: 5000,
        y: 0,
      },
    ]);
  });
});
