/**
 * Sample "England 2013 — every CCG's published allowance": the 211 real CCGs of April 2013 with
 * their ODS codes, 2012 registered lists, ONS-adjusted populations and published 2013/14 running
 * cost allowances, each inside its 2012 PCT cluster (49), the clusters grouped by NHS
 * Commissioning Board region (4) on the canvas. Nothing else is invented: no localities, councils,
 * providers or arrangements — the user models from here.
 */
import type { ClusterNode, CcgNode, Node, Workspace } from '../../model/workspace';
import { WORKSPACE_FORMAT, WORKSPACE_VERSION } from '../../model/workspace';
import {
  CCG_CARD_BASE_HEIGHT,
  CCG_CARD_WIDTH,
  SAMPLE_DATE,
  freshDefaultAssumptions,
} from '../sampleBuilders';
import { ENGLAND_2013_CCGS, type England2013Ccg } from './data/england2013Ccgs';

export const ENGLAND_2013_SAMPLE_ID = 'england-2013';
/** The year id the published allowances are for; later years scale them by the national rates. */
const FIRST_YEAR = '2013-14';
export const ENGLAND_2013_NAME = 'England 2013 — every CCG’s published allowance';

export const ENGLAND_2013_SOURCES =
  'Sources: NHS Commissioning Board, “CCG running cost allowances 2013/14” (revised 9 November 2012) for each CCG’s 2012 registered list (ADS 2012), ' +
  'its list adjusted to the ONS 2013 projections, its region, PCT cluster and allowance; ONS, “Clinical commissioning groups (Eng) April 2013 names and codes” for names and codes.';

/** The regions as laid out, two by two, roughly as they lie on a map. */
const REGION_GRID: readonly {
  readonly region: string;
  readonly column: number;
  readonly row: number;
}[] = [
  { region: 'North', column: 0, row: 0 },
  { region: 'Midlands and East', column: 1, row: 0 },
  { region: 'London', column: 0, row: 1 },
  { region: 'South', column: 1, row: 1 },
];

// Layout, in canvas units.
const PAD = 30;
const HEADER = 60; // from a cluster's top to its first row of cards, under its name
const CARD_GAP_X = 30;
const CARD_GAP_Y = 30;
/** A cluster is at least this wide, so its published name fits in its header. */
const MIN_CLUSTER_WIDTH = 2 * PAD + 2 * CCG_CARD_WIDTH + CARD_GAP_X;
const CLUSTER_GAP = 60;
const REGION_GAP = 360;
/** Clusters wrap onto a new row within a region beyond this width. */
const REGION_WIDTH = 3_300;

/** A readable id from a name: "Kent and Medway PCT Cluster" → "kent-and-medway-pct-cluster". */
function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Columns of cards in a cluster of n CCGs: about square, wider than tall. */
function columnsFor(n: number): number {
  return Math.max(1, Math.ceil(Math.sqrt(n)));
}

interface Box {
  readonly cluster: ClusterNode;
  readonly ccgs: readonly CcgNode[];
}

/** One cluster with its CCG cards in a grid, at the origin (moved into place later). */
function clusterBox(name: string, members: readonly England2013Ccg[]): Box {
  const clusterId = `cluster-${slug(name)}`;
  const columns = columnsFor(members.length);
  const rows = Math.ceil(members.length / columns);
  const ccgs = members.map((c, i): CcgNode => ({
    kind: 'ccg',
    id: `ccg-${c.ods.toLowerCase()}`,
    name: c.name,
    code: c.ods,
    population: c.registered2012,
    allowancePopulation: c.adjustedOns13,
    allowances: { [FIRST_YEAR]: c.allowance201314 },
    clusterId,
    federated: false,
    x: PAD + (i % columns) * (CCG_CARD_WIDTH + CARD_GAP_X),
    y: HEADER + Math.floor(i / columns) * (CCG_CARD_BASE_HEIGHT + CARD_GAP_Y),
  }));
  const width = Math.max(
    MIN_CLUSTER_WIDTH,
    2 * PAD + columns * CCG_CARD_WIDTH + (columns - 1) * CARD_GAP_X,
  );
  const height = HEADER + rows * CCG_CARD_BASE_HEIGHT + (rows - 1) * CARD_GAP_Y + PAD;
  return { cluster: { kind: 'cluster', id: clusterId, name, x: 0, y: 0, width, height }, ccgs };
}

function moved(box: Box, dx: number, dy: number): Node[] {
  return [
    { ...box.cluster, x: box.cluster.x + dx, y: box.cluster.y + dy },
    ...box.ccgs.map((c) => ({ ...c, x: c.x + dx, y: c.y + dy })),
  ];
}

/**
 * A region's clusters (alphabetical) on shelves no wider than REGION_WIDTH, at the origin:
 * their nodes and the region's size.
 */
function regionBlock(clusters: readonly Box[]): { nodes: Node[]; width: number; height: number } {
  const nodes: Node[] = [];
  let x = 0;
  let y = 0;
  let shelf = 0;
  let width = 0;
  for (const box of clusters) {
    if (x > 0 && x + box.cluster.width > REGION_WIDTH) {
      y += shelf + CLUSTER_GAP;
      x = 0;
      shelf = 0;
    }
    nodes.push(...moved(box, x, y));
    x += box.cluster.width + CLUSTER_GAP;
    width = Math.max(width, x - CLUSTER_GAP);
    shelf = Math.max(shelf, box.cluster.height);
  }
  return { nodes, width, height: y + shelf };
}

/** Every node of the sample, laid out: clusters in their regions, regions two by two. */
export function england2013Nodes(ccgs: readonly England2013Ccg[] = ENGLAND_2013_CCGS): Node[] {
  const blocks = REGION_GRID.map(({ region, column, row }) => {
    const inRegion = ccgs.filter((c) => c.region === region);
    const clusterNames = [...new Set(inRegion.map((c) => c.cluster))].sort((a, b) =>
      a.localeCompare(b, 'en-GB'),
    );
    const boxes = clusterNames.map((name) =>
      clusterBox(
        name,
        inRegion.filter((c) => c.cluster === name),
      ),
    );
    return { column, row, ...regionBlock(boxes) };
  });
  const unplaced = ccgs.filter((c) => !REGION_GRID.some((r) => r.region === c.region));
  if (unplaced.length > 0)
    throw new Error(`CCG ${unplaced[0]?.ods} is in an unknown region "${unplaced[0]?.region}"`);
  const columnWidth = (col: number): number =>
    Math.max(0, ...blocks.filter((b) => b.column === col).map((b) => b.width));
  const rowHeight = (row: number): number =>
    Math.max(0, ...blocks.filter((b) => b.row === row).map((b) => b.height));
  const nodes: Node[] = [];
  for (const b of blocks) {
    const dx = b.column === 0 ? 0 : columnWidth(0) + REGION_GAP;
    const dy = b.row === 0 ? 0 : rowHeight(0) + REGION_GAP;
    for (const n of b.nodes)
      nodes.push(n.kind === 'locality' ? n : { ...n, x: n.x + dx, y: n.y + dy });
  }
  return nodes;
}

/** The England 2013 sample workspace, freshly built. */
export function england2013Sample(): Workspace {
  const ccgs = ENGLAND_2013_CCGS;
  const clusters = new Set(ccgs.map((c) => c.cluster)).size;
  return {
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    id: 'sample-england-2013',
    name: ENGLAND_2013_NAME,
    description:
      `England’s ${ccgs.length} CCGs of April 2013 with their published names, ODS codes, 2012 registered lists (the population shown), ` +
      `the ONS-adjusted populations their allowances were calculated on and their published 2013/14 running cost allowances, each inside its 2012 PCT cluster (${clusters}). ` +
      'Later years scale each 2013/14 allowance by the national rates (£24.73 and £22.07 a head; per-CCG figures for those years were not found). ' +
      'The clusters are grouped by NHS Commissioning Board region: North top left, Midlands and East top right, London bottom left, South bottom right. ' +
      'No commissioning support units, councils, localities or arrangements are included — none is invented: model them from here. ' +
      `Costs use the default, illustrative assumptions. ${ENGLAND_2013_SOURCES}`,
    createdAt: SAMPLE_DATE,
    updatedAt: SAMPLE_DATE,
    assumptions: freshDefaultAssumptions(),
    scenarios: [
      {
        id: 'all-in-house',
        name: 'All in-house',
        notes:
          'Every CCG runs every support function itself, at its own scale, against its own published allowance. Add CSUs, shared services or council partnerships to see what they change.',
        nodes: england2013Nodes(ccgs),
        laOverlaps: [],
        arrangements: [],
      },
    ],
  };
}
