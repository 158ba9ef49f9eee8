/**
 * Sample: Cambridgeshire and Peterborough — one large federated CCG of about 856,000 people over
 * both former PCTs, with eight local commissioning groups holding devolved budgets and support
 * provided in-house through the running cost allowance (BMA briefing, February 2012; DESIGN.md §8).
 * The split of population between the local commissioning groups was not found and is
 * illustrative; so are the local authority shares.
 */
import type { Arrangement, LaOverlap, Node, Scenario, Workspace } from '../model/workspace';
import { WORKSPACE_FORMAT, WORKSPACE_VERSION } from '../model/workspace';
import { SAMPLE_DATE, ccgCardCentre, freshDefaultAssumptions, hubBetween } from './sampleBuilders';

export const CAMBS_PBORO_CCG_ID = 'ccg-cambs-pboro';
export const CAMBS_PBORO_POPULATION = 856_000;

/** The eight local commissioning groups; populations illustrative, summing to 856,000. */
const LCGS: readonly { id: string; name: string; population: number }[] = [
  { id: 'lcg-borderline', name: 'Borderline', population: 70_000 },
  { id: 'lcg-peterborough', name: 'Peterborough', population: 160_000 },
  { id: 'lcg-wisbech', name: 'Wisbech', population: 55_000 },
  { id: 'lcg-isle-of-ely', name: 'Isle of Ely', population: 90_000 },
  { id: 'lcg-hunts-health', name: 'Hunts Health', population: 80_000 },
  { id: 'lcg-hunts-care-partners', name: 'Hunts Care Partners', population: 95_000 },
  { id: 'lcg-catch', name: 'CATCH', population: 130_000 },
  { id: 'lcg-cam-health', name: 'Cam Health', population: 176_000 },
];

const ILLUSTRATIVE =
  'The split of population between local commissioning groups is illustrative (per-group figures were not found), as are the local authority shares.';

const CCG_POS = { x: 90, y: 110 };
const CSU_POS = { x: 720, y: 420 };

function nodes(): Node[] {
  return [
    { kind: 'cluster', id: 'cluster-cambs-pboro', name: 'NHS Cambridgeshire and Peterborough cluster', x: 40, y: 40, width: 340, height: 420 },
    {
      kind: 'ccg', id: CAMBS_PBORO_CCG_ID, name: 'Cambridgeshire and Peterborough CCG',
      clusterId: 'cluster-cambs-pboro', federated: true, ...CCG_POS,
    },
    ...LCGS.map((l): Node => ({ kind: 'locality', id: l.id, name: l.name, ccgId: CAMBS_PBORO_CCG_ID, population: l.population })),
    { kind: 'localAuthority', id: 'la-cambridgeshire', name: 'Cambridgeshire County Council', code: 'E10000003', laType: 'county', population: 621_000, x: 720, y: 80 },
    { kind: 'localAuthority', id: 'la-peterborough', name: 'Peterborough City Council', code: 'E06000031', laType: 'unitary', population: 184_000, x: 720, y: 230 },
    { kind: 'provider', id: 'prov-central-eastern-csu', name: 'Central Eastern CSU', providerType: 'csu', ...CSU_POS },
  ];
}

/**
 * Illustrative, and no more people in each council than live there: 0.73 × 856,000 = 624,880 of
 * Cambridgeshire's 621,000 and 0.215 × 856,000 = 184,040 of Peterborough's 184,000 (within the
 * 1% a published rounding allows); the other 5.5% of the registered list lives outside both.
 */
function laOverlaps(): LaOverlap[] {
  return [
    { ccgId: CAMBS_PBORO_CCG_ID, laId: 'la-cambridgeshire', share: 0.73 },
    { ccgId: CAMBS_PBORO_CCG_ID, laId: 'la-peterborough', share: 0.215 },
  ];
}

function csuTransactional(): Arrangement {
  const hub = hubBetween([ccgCardCentre(CCG_POS, LCGS.length), CSU_POS]);
  return {
    id: 'arr-csu-transactional', name: 'Transactional support from Central Eastern CSU', model: 'csu',
    members: [CAMBS_PBORO_CCG_ID], providerId: 'prov-central-eastern-csu',
    functions: ['finance', 'hr', 'it'], ...hub,
  };
}

/** The Cambridgeshire & Peterborough sample workspace, freshly built. */
export function cambsPeterboroughSample(): Workspace {
  const scenarios: Scenario[] = [
    {
      id: 'federated-in-house',
      name: 'Federated, in-house support',
      notes: `One CCG of 856,000 over both former PCTs, with eight local commissioning groups on devolved budgets and every support function run in-house. Even after paying £150,000 a year for each devolved group, its size keeps it within the £25 cap, as the seeds say. ${ILLUSTRATIVE}`,
      nodes: nodes(),
      laOverlaps: laOverlaps(),
      arrangements: [],
    },
    {
      id: 'csu-transactional',
      name: 'Buying transactional support from the CSU',
      notes: `The same federated CCG buys its transactional back office — finance, HR and IT — from the cluster's commissioning support unit and keeps everything else in-house. Compare the two scenarios to see whether the CSU's scale outweighs its margin and the cost of managing the contract. ${ILLUSTRATIVE}`,
      nodes: nodes(),
      laOverlaps: laOverlaps(),
      arrangements: [csuTransactional()],
    },
  ];
  return {
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    id: 'sample-cambs-pboro',
    name: 'Cambridgeshire & Peterborough (illustrative)',
    description: `One federated CCG of about 856,000 people across Cambridgeshire and Peterborough, with eight local commissioning groups (Borderline, Peterborough, Wisbech, Isle of Ely, Hunts Health, Hunts Care Partners, CATCH, Cam Health) on devolved budgets, after the BMA briefing of February 2012. ${ILLUSTRATIVE} Costs use the default, illustrative assumptions.`,
    createdAt: SAMPLE_DATE,
    updatedAt: SAMPLE_DATE,
    assumptions: freshDefaultAssumptions(),
    scenarios,
  };
}

