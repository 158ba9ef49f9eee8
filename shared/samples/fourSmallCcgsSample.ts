/**
 * Sample: four small neighbouring CCGs deciding whether to do, share or buy their commissioning
 * support — one scenario per model of DESIGN.md §1, plus a merger into one federated CCG.
 * Every place and organisation here is fictional; the figures are illustrative.
 */
import type {
  Arrangement,
  FunctionId,
  LaOverlap,
  Node,
  Scenario,
  Slide,
  Workspace,
} from '../model/workspace';
import { WORKSPACE_FORMAT, WORKSPACE_VERSION } from '../model/workspace';
import {
  CCG_CARD_WIDTH,
  SAMPLE_DATE,
  ccgCardCentre,
  freshDefaultAssumptions,
  hubBetween,
} from './sampleBuilders';

/** The four fictional CCGs, west to east. */
const CCGS = [
  { id: 'ccg-ashvale', name: 'Ashvale CCG', population: 62_000 },
  { id: 'ccg-brackenford', name: 'Brackenford CCG', population: 80_000 },
  { id: 'ccg-cressingham', name: 'Cressingham CCG', population: 122_000 },
  { id: 'ccg-dunmere', name: 'Dunmere CCG', population: 150_000 },
] as const;
type CcgId = (typeof CCGS)[number]['id'];
const ALL: readonly CcgId[] = CCGS.map((c) => c.id);

const CLUSTER_ID = 'cluster-wexmoor';
const COUNTY_ID = 'la-wexmoor';
const CITY_ID = 'la-kingsmere';
const CSU_ID = 'prov-wexmoor-fens-csu';
const EXTERNAL_ID = 'prov-meridian';

// Canvas layout: the four cards in a row inside the cluster, arrangement hubs on a row beneath
// them, local authorities below the cluster, providers to its right.
const CARD_Y = 100;
const CARD_GAP = 50;
const HUB_Y = 290;
const cardX = (i: number): number => 80 + i * (CCG_CARD_WIDTH + CARD_GAP);
const POS = {
  county: { x: 360, y: 440 },
  city: { x: 960, y: 440 },
  csu: { x: 1320, y: 110 },
  external: { x: 1320, y: 270 },
};

const BACK_OFFICE: readonly FunctionId[] = ['finance', 'hr', 'it', 'procurement'];

const FICTIONAL = 'All names are fictional and all figures illustrative.';

interface LayoutOptions {
  /** Give this CCG a single locality and mark it federated (raises federated-without-localities). */
  readonly federatedWithOneLocality?: CcgId;
}

function ccgCentre(id: CcgId, localities = 0): { x: number; y: number } {
  const i = ALL.indexOf(id);
  return ccgCardCentre({ x: cardX(i), y: CARD_Y }, localities);
}

/** Where an arrangement's hub sits: under its members, leaning towards its provider or LA. */
function hub(
  members: readonly CcgId[],
  partner?: { x: number; y: number },
): { x: number; y: number } {
  const points = members.map((m) => ccgCentre(m));
  if (partner) points.push(partner);
  return { x: hubBetween(points).x, y: HUB_Y };
}

function sharedNodes(): Node[] {
  return [
    {
      kind: 'localAuthority',
      id: COUNTY_ID,
      name: 'Wexmoor County Council',
      laType: 'county',
      population: 372_000,
      ...POS.county,
    },
    {
      kind: 'localAuthority',
      id: CITY_ID,
      name: 'Kingsmere City Council',
      laType: 'unitary',
      population: 165_000,
      ...POS.city,
    },
    { kind: 'provider', id: CSU_ID, name: 'Wexmoor and Fens CSU', providerType: 'csu', ...POS.csu },
    {
      kind: 'provider',
      id: EXTERNAL_ID,
      name: 'Meridian Commissioning Services Ltd',
      providerType: 'private',
      ...POS.external,
    },
  ];
}

/** The four separate CCGs in their cluster, with the local authorities and providers around. */
function fourCcgNodes(options: LayoutOptions = {}): Node[] {
  const nodes: Node[] = [
    {
      kind: 'cluster',
      id: CLUSTER_ID,
      name: 'NHS Wexmoor PCT cluster',
      x: 40,
      y: 40,
      width: 4 * CCG_CARD_WIDTH + 3 * CARD_GAP + 80,
      height: 330,
    },
  ];
  CCGS.forEach((c, i) => {
    const federated = options.federatedWithOneLocality === c.id;
    nodes.push(
      federated
        ? {
            kind: 'ccg',
            id: c.id,
            name: c.name,
            clusterId: CLUSTER_ID,
            federated: true,
            x: cardX(i),
            y: CARD_Y,
          }
        : {
            kind: 'ccg',
            id: c.id,
            name: c.name,
            population: c.population,
            clusterId: CLUSTER_ID,
            federated: false,
            x: cardX(i),
            y: CARD_Y,
          },
    );
    if (federated) {
      nodes.push({
        kind: 'locality',
        id: `loc-${c.id.slice(4)}-whole`,
        name: `${c.name.replace(/ CCG$/, '')} (whole CCG)`,
        ccgId: c.id,
        population: c.population,
      });
    }
  });
  return [...nodes, ...sharedNodes()];
}

/** Share of each CCG's registered population living in each local authority (illustrative). */
function fourCcgOverlaps(): LaOverlap[] {
  return [
    { ccgId: 'ccg-ashvale', laId: COUNTY_ID, share: 1 },
    { ccgId: 'ccg-brackenford', laId: COUNTY_ID, share: 0.96 },
    { ccgId: 'ccg-cressingham', laId: COUNTY_ID, share: 0.93 },
    { ccgId: 'ccg-cressingham', laId: CITY_ID, share: 0.07 },
    // Dunmere straddles the county boundary: under 80% of its patients live in the county.
    { ccgId: 'ccg-dunmere', laId: COUNTY_ID, share: 0.68 },
    { ccgId: 'ccg-dunmere', laId: CITY_ID, share: 0.32 },
  ];
}

function scenario(
  id: string,
  name: string,
  notes: string,
  arrangements: Arrangement[],
  options?: LayoutOptions,
): Scenario {
  return {
    id,
    name,
    notes: `${notes} ${FICTIONAL}`,
    nodes: fourCcgNodes(options),
    laOverlaps: fourCcgOverlaps(),
    arrangements,
  };
}

const MERGED_ID = 'ccg-wexmoor';

function mergerScenario(): Scenario {
  const ccgPos = { x: 80, y: CARD_Y };
  const nodes: Node[] = [
    {
      kind: 'cluster',
      id: CLUSTER_ID,
      name: 'NHS Wexmoor PCT cluster',
      x: 40,
      y: 40,
      width: CCG_CARD_WIDTH + 80,
      height: 330,
    },
    {
      kind: 'ccg',
      id: MERGED_ID,
      name: 'Wexmoor CCG',
      clusterId: CLUSTER_ID,
      federated: true,
      ...ccgPos,
    },
    ...CCGS.map((c): Node => ({
      kind: 'locality',
      id: `loc-${c.id.slice(4)}`,
      name: c.name.replace(/ CCG$/, ''),
      ccgId: MERGED_ID,
      population: c.population,
    })),
    ...sharedNodes(),
  ];
  return {
    id: 'merger',
    name: 'Merger into one federated CCG',
    notes: `The four CCGs merge into one federated Wexmoor CCG of 414,000, keeping the four former CCGs as devolved localities with the same populations and running all support in-house. One governing body instead of four, and in-house support at four times the scale, outweigh the £150,000 a year for each devolved locality. ${FICTIONAL}`,
    nodes,
    laOverlaps: [
      { ccgId: MERGED_ID, laId: COUNTY_ID, share: 0.86 },
      { ccgId: MERGED_ID, laId: CITY_ID, share: 0.13 },
    ],
    arrangements: [],
  };
}

/** Where the sample's slides look: the four cards and the hubs beneath them, for a 1280-wide view. */
const STORY_CAMERA = { x: 640, y: 240, k: 0.95 } as const;
// The slides name no year: they show the first planning year, 2013/14.

/**
 * A three-slide story for a first workshop: alone, every CCG is over its allowance; sharing
 * support cuts the cost but not enough; three models side by side. Ready to present, and to edit.
 */
function storySlides(): Slide[] {
  return [
    {
      id: 'story-alone',
      title: 'On their own, all four CCGs are over their allowance',
      scenarioId: 'all-in-house',
      camera: STORY_CAMERA,
      notes:
        'Each CCG pays for its own governing body and runs every support function at its own small scale. Ashvale, the smallest, is furthest over.',
    },
    {
      id: 'story-shared',
      title: 'A shared support service cuts every CCG’s cost, but not enough',
      scenarioId: 'shared-service',
      camera: STORY_CAMERA,
      highlight: { kind: 'arrangement', id: 'arr-shared' },
      notes:
        'Pooling intelligence, contracting and the back office at the scale of 414,000 people saves about £1.3m a year, yet all four stay over. The risk-sharing agreement is still unsigned: say so.',
    },
    {
      id: 'story-compare',
      title: 'In-house, shared or bought: £ per head side by side',
      scenarioId: 'all-in-house',
      camera: STORY_CAMERA,
      highlight: { kind: 'comparison', scenarioIds: ['all-in-house', 'shared-service', 'csu'] },
      notes:
        'Buying from the CSU is the cheapest of the three and brings Cressingham and Dunmere within; each CCG then depends on one provider for most of its support. Ask the room which risk they would rather carry.',
    },
  ];
}

/** The four-small-CCGs sample workspace, freshly built. */
export function fourSmallCcgsSample(): Workspace {
  const scenarios: Scenario[] = [
    scenario(
      'all-in-house',
      'All in-house',
      'Each CCG runs every support function itself. With a governing body to pay for and no scale, every one of them is over the £25 cap, the smallest by the most: the case for sharing or buying.',
      [],
    ),
    scenario(
      'shared-service',
      'Shared service',
      'The four CCGs jointly set up one NHS support service for intelligence, contracting and the back office (finance, HR, IT, procurement), paying by population. Scale cuts the cost of those functions, but the HR, legal and financial risk-sharing agreement has not been signed yet.',
      [
        {
          id: 'arr-shared',
          name: 'Wexmoor shared support service',
          model: 'shared-service',
          members: [...ALL],
          functions: ['bi', 'contracting', ...BACK_OFFICE],
          allocation: 'population',
          riskShareAgreed: false,
          ...hub(ALL),
        },
      ],
    ),
    scenario(
      'host-ccg',
      'Host CCG',
      'Dunmere, the largest CCG, builds the support service and sells it to Ashvale and Brackenford; Cressingham stays in-house. Dunmere has over half the population served, so watch it becoming the dominant partner; it is also drawn as federated with only one locality, which costs £150,000 a year and devolves nothing.',
      [
        {
          id: 'arr-host-dunmere',
          name: 'Dunmere-hosted support service',
          model: 'host-ccg',
          members: ['ccg-ashvale', 'ccg-brackenford', 'ccg-dunmere'],
          hostCcgId: 'ccg-dunmere',
          functions: ['bi', 'contracting', ...BACK_OFFICE],
          allocation: 'population',
          riskShareAgreed: true,
          ...hub(['ccg-ashvale', 'ccg-brackenford', 'ccg-dunmere']),
        },
      ],
      { federatedWithOneLocality: 'ccg-dunmere' },
    ),
    scenario(
      'la-partnership',
      'LA partnership',
      'All four CCGs share public-sector support with Wexmoor County Council — population intelligence, continuing healthcare, communications and service redesign — and the council pays its share of the pool. Dunmere has only 68% of its patients in the county, so the partnership is not coterminous for it.',
      [
        {
          id: 'arr-la-wexmoor',
          name: 'Wexmoor health and care partnership',
          model: 'la-partnership',
          members: [...ALL],
          laId: COUNTY_ID,
          functions: ['bi', 'chc', 'comms', 'redesign'],
          ...hub(ALL, POS.county),
        },
      ],
    ),
    scenario(
      'csu',
      'CSU',
      "All four CCGs buy seven of their ten support functions from the cluster's commissioning support unit, keeping communications, service redesign and medicines management local. The CSU's scale brings costs down, but each CCG now depends on one provider for most of its support.",
      [
        {
          id: 'arr-csu',
          name: 'Wexmoor and Fens CSU contract',
          model: 'csu',
          members: [...ALL],
          providerId: CSU_ID,
          functions: ['bi', 'contracting', 'chc', ...BACK_OFFICE],
          ...hub(ALL, POS.csu),
        },
      ],
    ),
    scenario(
      'external',
      'External provider',
      'After a procurement, the four CCGs buy business intelligence and the back office (finance, HR, IT, procurement) from a private provider; the procurement cost is spread over a three-year contract. Cheaper per head than doing it alone, but sensitive patient data leaves the NHS.',
      [
        {
          id: 'arr-external',
          name: 'Meridian support contract',
          model: 'external',
          members: [...ALL],
          providerId: EXTERNAL_ID,
          functions: ['bi', ...BACK_OFFICE],
          ...hub(ALL, POS.external),
        },
      ],
    ),
    mergerScenario(),
  ];
  return {
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    id: 'sample-four-small-ccgs',
    name: 'Four small CCGs — do, share or buy?',
    description: `Four small neighbouring CCGs (62,000 to 150,000 people) in one county compare doing their commissioning support in-house, sharing it (a shared service, a host CCG, a partnership with the county council), buying it (the CSU, a private provider) and merging into one federated CCG. ${FICTIONAL}`,
    createdAt: SAMPLE_DATE,
    updatedAt: SAMPLE_DATE,
    assumptions: freshDefaultAssumptions(),
    scenarios,
    slides: storySlides(),
  };
}
