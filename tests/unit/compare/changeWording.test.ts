import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '../../../shared/assumptions/defaultAssumptions';
import { diffScenarios } from '../../../shared/compare/diffScenarios';
import { functionCodes, functionShortNames } from '../../../shared/compare/functionLabels';
import type { Arrangement, Node } from '../../../shared/model/workspace';
import { fourSmallCcgsSample } from '../../../shared/samples/fourSmallCcgsSample';
import { buildWorkspace, ccg, provider } from '../helpers/buildWorkspace';

// "What changes" as a finance lead would say it: who delivers which functions, before and after.
// Each expected sentence is written by hand from the two configurations.

const nodes: Node[] = [
  ccg('ccg-a', 'Ashby CCG', { population: 120_000 }),
  ccg('ccg-b', 'Barford CCG', { population: 150_000 }),
  ccg('ccg-f', 'Fenland CCG', { population: 90_000 }),
  provider('prov-csu', 'North CSU', 'csu'),
];

const csu = (members: string[], functions: string[]): Arrangement => ({
  id: 'arr-csu',
  name: 'North CSU contract',
  model: 'csu',
  providerId: 'prov-csu',
  members,
  functions,
});
const shared = (
  members: string[],
  functions: string[],
  extra: Partial<Arrangement> = {},
): Arrangement => ({
  id: 'arr-ss',
  name: 'Northshire support service',
  model: 'shared-service',
  members,
  functions,
  allocation: 'population',
  riskShareAgreed: true,
  ...extra,
});

function changes(before: Arrangement[], after: Arrangement[]): string[] {
  const w = buildWorkspace([
    { id: 'from', nodes, arrangements: before },
    { id: 'to', nodes, arrangements: after },
  ]);
  return diffScenarios(w, 'from', 'to').map((s) => s.text);
}

describe('what changes, in a finance lead’s words', () => {
  it('one function moving for one CCG', () => {
    expect(changes([csu(['ccg-a'], ['finance', 'hr'])], [csu(['ccg-a'], ['hr'])])).toEqual([
      'Finance moves from the North CSU contract back in-house for Ashby CCG.',
    ]);
  });

  it('several functions moving together for several CCGs, to an arrangement new in the scenario', () => {
    expect(
      changes(
        [csu(['ccg-a', 'ccg-b'], ['finance', 'hr', 'it'])],
        [shared(['ccg-a', 'ccg-b'], ['finance', 'hr', 'it'])],
      ),
    ).toEqual([
      'Finance, HR and IT move from the North CSU contract to a new shared service (Northshire support service) for Ashby CCG and Barford CCG.',
      'The North CSU contract (CSU contract) ends.',
    ]);
  });

  it('a CCG joining an arrangement', () => {
    expect(
      changes(
        [shared(['ccg-a', 'ccg-b'], ['finance', 'hr'])],
        [shared(['ccg-a', 'ccg-b', 'ccg-f'], ['finance', 'hr'])],
      ),
    ).toEqual([
      'Fenland CCG joins the Northshire support service for finance and HR, moving them from in-house delivery.',
    ]);
  });

  it('a CCG leaving one arrangement for another', () => {
    expect(
      changes(
        [shared(['ccg-a', 'ccg-b'], ['bi']), csu(['ccg-f'], ['bi'])],
        [shared(['ccg-b'], ['bi']), csu(['ccg-a', 'ccg-f'], ['bi'])],
      ),
    ).toEqual([
      'Ashby CCG leaves the Northshire support service and joins the North CSU contract for business intelligence.',
    ]);
  });

  it('an arrangement changing model: nothing moves, the model change is said', () => {
    expect(
      changes(
        [shared(['ccg-a', 'ccg-b'], ['finance'])],
        [shared(['ccg-a', 'ccg-b'], ['finance'], { model: 'host-ccg', hostCcgId: 'ccg-a' })],
      ),
    ).toEqual([
      'The Northshire support service changes from a shared service to a host CCG arrangement.',
      'The Northshire support service changes host from none to Ashby CCG.',
    ]);
  });

  it('different functions going different ways are separate sentences; every function is said so', () => {
    const all = DEFAULT_ASSUMPTIONS.functions.map((f) => f.id);
    expect(
      changes(
        [csu(['ccg-a', 'ccg-b'], all)],
        [
          csu(
            ['ccg-b'],
            all.filter((f) => f !== 'chc'),
          ),
        ],
      ),
    ).toEqual(
      [
        'Ashby CCG leaves the North CSU contract: every support function moves back in-house.',
        'CHC moves from the North CSU contract back in-house for Barford CCG.',
      ].map((s) => s.replace('CHC', 'Continuing healthcare')),
    );
  });
});

describe('what changes in the Four small CCGs sample', () => {
  it('names the functions that move for every CCG at once as "all four CCGs"', () => {
    const w = fourSmallCcgsSample();
    expect(diffScenarios(w, 'all-in-house', 'csu').map((s) => s.text)).toEqual([
      'Business intelligence, contracting, procurement, finance, HR, IT and continuing healthcare move from in-house delivery to a new CSU contract with Wexmoor and Fens CSU (Wexmoor and Fens CSU contract) for all four CCGs.',
    ]);
  });
});

describe('function labels', () => {
  it('short names are the names’ first parts, and the full name where two would share one', () => {
    const names = functionShortNames(DEFAULT_ASSUMPTIONS.functions);
    expect(['bi', 'finance', 'hr', 'it', 'chc'].map((id) => names.get(id))).toEqual([
      'Business intelligence',
      'Finance',
      'HR',
      'IT',
      'Continuing healthcare',
    ]);
    const twins = functionShortNames([
      {
        id: 'f1',
        name: 'Finance (transactional)',
        costPerHead: 1,
        scaleElasticity: 0.1,
        runningCost: true,
      },
      {
        id: 'f2',
        name: 'Finance & planning',
        costPerHead: 1,
        scaleElasticity: 0.1,
        runningCost: true,
      },
    ]);
    expect([...twins.values()]).toEqual(['Finance (transactional)', 'Finance & planning']);
  });

  it('chart codes are unique, never "Core", and service redesign is not "Red"', () => {
    const codes = functionCodes(DEFAULT_ASSUMPTIONS.functions);
    const all = [...codes.values()];
    expect(new Set(all.map((c) => c.toLowerCase())).size).toBe(all.length);
    expect(codes.get('redesign')).toBe('Redesign');
    expect(all).not.toContain('Core');
    const custom = functionCodes([
      {
        id: 'core-ops',
        name: 'Core operations',
        costPerHead: 1,
        scaleElasticity: 0.1,
        runningCost: true,
      },
      { id: 'pa', name: 'Patient advice', costPerHead: 1, scaleElasticity: 0.1, runningCost: true },
      {
        id: 'pe',
        name: 'Patient experience',
        costPerHead: 1,
        scaleElasticity: 0.1,
        runningCost: true,
      },
    ]);
    expect([...custom.values()]).toEqual([
      'Core operations',
      'Patient advice',
      'Patient experience',
    ]);
  });
});
