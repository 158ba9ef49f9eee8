import { DEFAULT_ASSUMPTIONS } from '../../../shared/assumptions/defaultAssumptions';
import type { Workspace } from '../../../shared/model/workspace';

/**
 * Small workspaces whose costs can be worked by hand on the default assumptions.
 *
 * Scenario "in-house": one CCG of 250,000 (the reference population), everything in-house:
 *   core = 600,000 + 8·250,000 = 2,600,000; functions = 14.00·250,000 = 3,500,000;
 *   total 6,100,000, £24.40 a head, headroom 150,000, tight (24.40 > 25·0.96 = 24.00).
 * Scenario "shared": two CCGs of 125,000 sharing bi equally: pool = 2.20·250,000·1.04 = 572,000,
 *   each pays 286,000 for bi.
 */
export function handWorkedWorkspace(): Workspace {
  return {
    format: 'ccg-modeller/workspace',
    version: 4,
    id: 'ws-hand',
    name: 'Hand-worked',
    createdAt: '2012-03-01T00:00:00.000Z',
    updatedAt: '2012-03-01T00:00:00.000Z',
    assumptions: DEFAULT_ASSUMPTIONS,
    scenarios: [
      {
        id: 'in-house',
        name: 'In-house',
        nodes: [
          {
            kind: 'ccg',
            id: 'ccg-ref',
            name: 'Reference CCG',
            population: 250_000,
            federated: false,
            x: 0,
            y: 0,
          },
        ],
        laOverlaps: [],
        arrangements: [],
      },
      {
        id: 'shared',
        name: 'Shared, "jointly", with BI',
        nodes: [
          {
            kind: 'ccg',
            id: 'ccg-east',
            name: 'East, Upper CCG',
            population: 125_000,
            federated: false,
            x: 0,
            y: 0,
          },
          {
            kind: 'ccg',
            id: 'ccg-west',
            name: 'West CCG',
            population: 125_000,
            federated: false,
            x: 300,
            y: 0,
          },
        ],
        laOverlaps: [],
        arrangements: [
          {
            id: 'arr-bi',
            name: 'Shared BI',
            model: 'shared-service',
            members: ['ccg-east', 'ccg-west'],
            functions: ['bi'],
            allocation: 'equal',
          },
        ],
      },
    ],
  };
}
