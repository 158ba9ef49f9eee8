/**
 * Sample: Cambridgeshire and Peterborough — one large federated CCG of about 856,000 people over
 * both former PCTs, with eight local commissioning groups holding devolved budgets and support
 * provided in-house through the running cost allowance (BMA briefing, February 2012), and its
 * published 2013/14 allowance (NHS Commissioning Board, November 2012). The split of population
 * between the local commissioning groups was not found and is illustrative; so are the council
 * populations and shares, and the CSU (the cluster set up no freestanding commissioning support
 * organisation: the CSU scenario is a what-if with a generic CSU).
 */
import type { Arrangement, LaOverlap, Node, Scenario, Workspace } from '../model/workspace';
import { WORKSPACE_FORMAT, WORKSPACE_VERSION } from '../model/workspace';
import { SAMPLE_DATE, ccgCardCentre, freshDefaultAssumptions, hubBetween } from './sampleBuilders';

export const CAMBS_PBORO_CCG_ID = 'ccg-cambs-pboro';
export const CAMBS_PBORO_POPULATION = 856_000;
/** NHS Commissioning Board, "CCG running cost allowances 2013/14" (November 2012). */
export const CAMBS_PBORO_ALLOWANCE_POPULATION = 831_886;
export const CAMBS_PBORO_ALLOWANCE_2013_14 = 20_800_000;

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
  'The split of population between local commissioning groups is illustrative (per-group figures were not found); so are the two councils’ populations and shares (the CCG also covered practices in North Hertfordshire and Northamptonshire, not drawn, so the shares add up to 93%).';

const CCG_POS = { x: 90, y: 110 };
const CSU_POS = { x: 720, y: 420 };

function nodes(): Node[] {
  return [
    {
      kind: 'cluster',
      id: 'cluster-cambs-pboro',
      name: 'Cambridgeshire and Peterborough PCT Cluster',
      x: 40,
      y: 40,
      width: 340,
      height: 420,
    },
    {
      kind: 'ccg',
      id: CAMBS_PBORO_CCG_ID,
      name: 'Cambridgeshire and Peterborough CCG',
      clusterId: 'cluster-cambs-pboro',
      federated: true,
      ...CCG_POS,
      // Published: the 2013/14 allowance and the ONS-adjusted population it was calculated on.
      allowancePopulation: CAMBS_PBORO_ALLOWANCE_POPULATION,
      allowances: { '2013-14': CAMBS_PBORO_ALLOWANCE_2013_14 },
    },
    ...LCGS.map((l): Node => ({
      kind: 'locality',
      id: l.id,
      name: l.name,
      ccgId: CAMBS_PBORO_CCG_ID,
      population: l.population,
    })),
    {
      kind: 'localAuthority',
      id: 'la-cambridgeshire',
      name: 'Cambridgeshire County Council',
      code: 'E10000003',
      laType: 'county',
      population: 621_000,
      x: 720,
      y: 80,
    },
    {
      kind: 'localAuthority',
      id: 'la-peterborough',
      name: 'Peterborough City Council',
      code: 'E06000031',
      laType: 'unitary',
      population: 184_000,
      x: 720,
      y: 230,
    },
    {
      kind: 'provider',
      id: 'prov-illustrative-csu',
      name: 'Illustrative CSU',
      providerType: 'csu',
      ...CSU_POS,
    },
  ];
}

/**
 * Illustrative, and within each council's population: 72% of 856,000 is 616,320 (≤ 621,000) and
 * 21% is 179,760 (≤ 184,000); the other 7% live in North Hertfordshire and Northamptonshire.
 */
function laOverlaps(): LaOverlap[] {
  return [
    { ccgId: CAMBS_PBORO_CCG_ID, laId: 'la-cambridgeshire', share: 0.72 },
    { ccgId: CAMBS_PBORO_CCG_ID, laId: 'la-peterborough', share: 0.21 },
  ];
}

function csuTransactional(): Arrangement {
  const hub = hubBetween([ccgCardCentre(CCG_POS, LCGS.length), CSU_POS]);
  return {
    id: 'arr-csu-transactional',
    name: 'Transactional support from an illustrative CSU',
    model: 'csu',
    members: [CAMBS_PBORO_CCG_ID],
    providerId: 'prov-illustrative-csu',
    functions: ['finance', 'hr', 'it'],
    ...hub,
  };
}

/** The Cambridgeshire & Peterborough sample workspace, freshly built. */
export function cambsPeterboroughSample(): Workspace {
  const scenarios: Scenario[] = [
    {
      id: 'federated-in-house',
      name: 'Federated, in-house support',
      notes: `One CCG of 856,000 over both former PCTs, with eight local commissioning groups on devolved budgets and every support function run in-house. Even after paying £150,000 a year for each devolved group, its size keeps it within its £20.80m 2013/14 allowance, as the seeds say. ${ILLUSTRATIVE}`,
      nodes: nodes(),
      laOverlaps: laOverlaps(),
      arrangements: [],
    },
    {
      id: 'csu-transactional',
      name: 'Buying transactional support from the CSU',
      notes: `A what-if: the same federated CCG buys its transactional back office — finance, HR and IT — from a commissioning support unit and keeps everything else in-house. The CSU is generic and illustrative: the cluster set up no freestanding commissioning support organisation and kept support in-house. Compare the two scenarios to see whether a CSU's scale outweighs its margin and the cost of managing the contract. ${ILLUSTRATIVE}`,
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
    description: `One federated CCG of about 856,000 people across Cambridgeshire and Peterborough, with eight local commissioning groups (Borderline, Peterborough, Wisbech, Isle of Ely, Hunts Health, Hunts Care Partners, CATCH, Cam Health) on devolved budgets, after the BMA briefing of February 2012. The population is the briefing’s 856,000, kept because the eight groups’ split of it is what the sample illustrates; the published 2012 registered list was 864,819. The CCG’s own 2013/14 allowance of £20.80m was calculated on 831,886 people (its list adjusted to ONS projections; NHS Commissioning Board, November 2012). ${ILLUSTRATIVE} The CSU in the second scenario is a generic, illustrative one. Costs use the default, illustrative assumptions.`,
    createdAt: SAMPLE_DATE,
    updatedAt: SAMPLE_DATE,
    assumptions: freshDefaultAssumptions(),
    scenarios,
  };
}
