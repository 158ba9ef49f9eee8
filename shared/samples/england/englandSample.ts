/**
 * Sample "England, synthetic": a generated workspace at the scale of England in April 2013 —
 * 211 CCGs (populations shaped like the real ones: ccgPopulations.ts), about 1,000 localities,
 * 152 local authorities with overlap links, 51 PCT clusters, 20 CSUs and external providers and
 * about 300 arrangements across every model. Every name is invented; the layout is a grid of
 * clusters with each cluster's cards, hubs and councils inside it and the providers beneath.
 * It is the benchmark's workload (npm run bench) and shows how the canvas copes at that scale.
 */
import { ORG_BOX_HEIGHT, ORG_BOX_WIDTH } from '../../layout/sizes';
import type {
  Arrangement,
  ArrangementModel,
  ClusterNode,
  FunctionId,
  LaOverlap,
  LocalAuthorityNode,
  Node,
  ProviderNode,
  ProviderType,
  Workspace,
} from '../../model/workspace';
import { WORKSPACE_FORMAT, WORKSPACE_VERSION } from '../../model/workspace';
import {
  CCG_CARD_WIDTH,
  SAMPLE_DATE,
  ccgCardHeight,
  freshDefaultAssumptions,
} from '../sampleBuilders';
import { ccgPopulations } from './ccgPopulations';
import { seededRandom, type SeededRandom } from './seededRandom';

export interface EnglandOptions {
  /** Seed of the generator: the same seed always gives the same workspace. */
  readonly seed?: number;
  /** How many CCGs (211, as in England); the other counts scale with it. */
  readonly ccgs?: number;
}

export const ENGLAND_SEED = 2013;
export const ENGLAND_CCGS = 211;

/** England's ratios (DESIGN.md §8): 51 clusters and 152 councils for 211 CCGs; 20 providers. */
const CLUSTERS_PER_CCG = 51 / 211;
const LAS_PER_CCG = 152 / 211;
const PROVIDERS_PER_CCG = 20 / 211;
/** A locality for about every 54,000 people gives about 1,000 localities in England. */
const PEOPLE_PER_LOCALITY = 54_000;
/** Federated: a large CCG with devolved localities (DESIGN.md §1, model 1). */
const FEDERATED_FROM = 600_000;
/** Each cluster buys or shares each group of functions through one arrangement, or keeps it in-house. */
const FUNCTION_GROUPS: readonly (readonly FunctionId[])[] = [
  ['finance', 'hr', 'it'],
  ['contracting', 'procurement'],
  ['bi'],
  ['medicines'],
  ['chc'],
  ['comms'],
  ['redesign'],
];
/** Chance that a cluster keeps a group of functions in-house: about 300 arrangements for 51 clusters. */
const IN_HOUSE_CHANCE = 0.16;
const MODEL_WEIGHTS: readonly (readonly [ArrangementModel, number])[] = [
  ['csu', 0.34],
  ['shared-service', 0.2],
  ['host-ccg', 0.15],
  ['la-partnership', 0.16],
  ['external', 0.15],
];
const MODEL_PHRASE: Readonly<Record<ArrangementModel, string>> = {
  'shared-service': 'shared service',
  'host-ccg': 'hosted service',
  'la-partnership': 'council partnership',
  csu: 'from the CSU',
  external: 'contract',
};

// Layout, in canvas units.
const PAD = 30;
const HEADER = 60;
const CARD_GAP = 40;
const HUB_GAP = 200;
const HUB_ROW_DROP = 70; // from the bottom of the tallest card to the hubs' centres
const LA_ROW_DROP = 100; // from the hubs' centres to the councils' tops
const LA_WIDTH = ORG_BOX_WIDTH;
const LA_HEIGHT = ORG_BOX_HEIGHT;
const LA_GAP = 30;
const CLUSTER_COLUMNS = 8;
const CLUSTER_GAP = 80;
const PROVIDER_GAP = 260;

const SYLLABLES_A = [
  'Ash',
  'Brack',
  'Cress',
  'Dun',
  'Elm',
  'Fern',
  'Gold',
  'Hal',
  'Ivy',
  'Kings',
  'Lang',
  'Marl',
  'North',
  'Oak',
  'Pen',
  'Quen',
  'Rad',
  'Stan',
  'Thorn',
  'Ux',
  'Wex',
  'Yar',
];
const SYLLABLES_B = [
  'vale',
  'ford',
  'ham',
  'mere',
  'bury',
  'wick',
  'ton',
  'ley',
  'field',
  'bridge',
  'worth',
  'stead',
  'combe',
  'holme',
  'by',
];
const LOCALITY_WORDS = [
  'North',
  'South',
  'East',
  'West',
  'Central',
  'Rural',
  'Town',
  'Coast',
  'Valley',
  'Moor',
  'Fen',
  'Weald',
  'Downs',
  'Marsh',
  'Heath',
  'Forest',
];
const EXTERNAL_TYPES: readonly ProviderType[] = ['private', 'social-enterprise', 'third-sector'];

/** Invented place names, unique within one workspace. */
function placeNames(random: SeededRandom): () => string {
  const used = new Set<string>();
  return () => {
    for (;;) {
      const name = random.pick(SYLLABLES_A) + random.pick(SYLLABLES_B);
      if (!used.has(name)) {
        used.add(name);
        return name;
      }
      // Every pair used once: number the rest rather than loop for ever.
      if (used.size >= SYLLABLES_A.length * SYLLABLES_B.length) {
        const numbered = `${name} ${used.size + 1}`;
        used.add(numbered);
        return numbered;
      }
    }
  };
}

/** `total` split into `parts` whole positive numbers that add up to it exactly, unevenly. */
function splitWhole(total: number, parts: number, random: SeededRandom): number[] {
  const weights = Array.from({ length: parts }, () => 0.6 + random.next());
  const sum = weights.reduce((s, w) => s + w, 0);
  const out = weights.map((w) => Math.max(1, Math.floor((total * w) / sum)));
  out[0] = (out[0] ?? 0) + total - out.reduce((s, v) => s + v, 0);
  return out;
}

function pickModel(random: SeededRandom): ArrangementModel {
  let r = random.next();
  for (const [model, weight] of MODEL_WEIGHTS) {
    if (r < weight) return model;
    r -= weight;
  }
  return 'csu';
}

/** `count` items split into `groups` runs whose sizes differ by at most one. */
function runs(count: number, groups: number): number[] {
  return Array.from(
    { length: groups },
    (_, i) => Math.floor(((i + 1) * count) / groups) - Math.floor((i * count) / groups),
  );
}

/** The England-scale synthetic workspace, generated from a seed (pure and deterministic). */
export function englandSample(options: EnglandOptions = {}): Workspace {
  const seed = options.seed ?? ENGLAND_SEED;
  const ccgCount = Math.max(4, Math.round(options.ccgs ?? ENGLAND_CCGS));
  const random = seededRandom(seed);
  const place = placeNames(random);
  const populations = ccgPopulations(ccgCount, random);
  const clusterCount = Math.max(1, Math.round(ccgCount * CLUSTERS_PER_CCG));
  const laCount = Math.max(clusterCount, Math.round(ccgCount * LAS_PER_CCG));
  const providerCount = Math.max(2, Math.round(ccgCount * PROVIDERS_PER_CCG));
  const csuCount = Math.max(1, Math.round(providerCount * 0.7));

  const providers: ProviderNode[] = Array.from({ length: providerCount }, (_, i) => {
    const name = place();
    return i < csuCount
      ? {
          kind: 'provider',
          id: `prov-csu-${i + 1}`,
          name: `${name} CSU`,
          providerType: 'csu',
          x: 0,
          y: 0,
        }
      : {
          kind: 'provider',
          id: `prov-ext-${i + 1 - csuCount}`,
          name: `${name} Commissioning Services`,
          providerType: random.pick(EXTERNAL_TYPES),
          x: 0,
          y: 0,
        };
  });
  const csus = providers.filter((p) => p.providerType === 'csu');
  const externals = providers.filter((p) => p.providerType !== 'csu');

  const nodes: Node[] = [];
  const laOverlaps: LaOverlap[] = [];
  const arrangements: Arrangement[] = [];
  const ccgRuns = runs(ccgCount, clusterCount);
  const laRuns = runs(laCount, clusterCount);
  const clusterBoxes: { node: ClusterNode; members: Node[] }[] = [];
  let ccgIndex = 0;
  let laIndex = 0;

  for (let c = 0; c < clusterCount; c++) {
    const clusterName = place();
    const clusterId = `cluster-${c + 1}`;
    const members: Node[] = [];
    const ccgs: { id: string; name: string; population: number; laIds: string[] }[] = [];
    const las: LocalAuthorityNode[] = [];

    // Councils first, so each CCG can be linked to the ones in its cluster.
    for (let i = 0; i < (laRuns[c] ?? 1); i++) {
      laIndex += 1;
      las.push({
        kind: 'localAuthority',
        id: `la-${laIndex}`,
        name: `${place()} Council`,
        code: `E${String(10_000_000 + laIndex)}`,
        laType: random.next() < 0.4 ? 'county' : 'unitary',
        population: 0,
        x: 0,
        y: 0,
      });
    }
    const laPeople = new Map<string, number>(las.map((l) => [l.id, 0]));

    // CCG cards in a row under the cluster's title.
    let x = PAD;
    let tallest = 0;
    for (let i = 0; i < (ccgRuns[c] ?? 1); i++) {
      ccgIndex += 1;
      const population = populations[ccgIndex - 1] ?? 221_000;
      const id = `ccg-${ccgIndex}`;
      const name = `NHS ${place()} CCG`;
      const localityCount = Math.max(1, Math.round(population / PEOPLE_PER_LOCALITY));
      const split = splitWhole(population, localityCount, random);
      const words = random.shuffle(LOCALITY_WORDS);
      const ccgPlace = name.slice(4, -4);
      members.push({
        kind: 'ccg',
        id,
        name,
        code: `0${String(ccgIndex).padStart(2, '0')}X`,
        clusterId,
        federated: population >= FEDERATED_FROM && localityCount >= 2,
        x,
        y: HEADER,
      });
      split.forEach((p, j) => {
        members.push({
          kind: 'locality',
          id: `${id}-loc-${j + 1}`,
          name: `${ccgPlace} ${words[j % words.length] ?? 'Locality'}${j >= words.length ? ` ${j + 1}` : ''}`,
          ccgId: id,
          population: p,
          practices: Math.max(1, Math.round(p / 6_600)),
        });
      });
      tallest = Math.max(tallest, ccgCardHeight(localityCount));
      x += CCG_CARD_WIDTH + CARD_GAP;

      // Most of a CCG lives in one council; some straddle two (the non-coterminous ones).
      const home = random.pick(las);
      const laIds = [home.id];
      const other =
        las.length > 1 && random.next() < 0.45
          ? random.pick(las.filter((l) => l !== home))
          : undefined;
      const homeShare = other ? Math.round((0.55 + random.next() * 0.4) * 100) / 100 : 1;
      laOverlaps.push({ ccgId: id, laId: home.id, share: homeShare });
      laPeople.set(home.id, (laPeople.get(home.id) ?? 0) + population * homeShare);
      if (other) {
        laIds.push(other.id);
        laOverlaps.push({
          ccgId: id,
          laId: other.id,
          share: Math.round((1 - homeShare) * 100) / 100,
        });
        laPeople.set(other.id, (laPeople.get(other.id) ?? 0) + population * (1 - homeShare));
      }
      ccgs.push({ id, name, population, laIds });
    }
    const cardsWidth = x - CARD_GAP - PAD;

    // One arrangement per group of functions the cluster does not keep in-house.
    const hubY = HEADER + tallest + HUB_ROW_DROP;
    const hubs: Arrangement[] = [];
    const csu = csus[Math.min(csus.length - 1, Math.floor((c * csus.length) / clusterCount))];
    FUNCTION_GROUPS.forEach((functions, g) => {
      if (random.next() < IN_HOUSE_CHANCE) return;
      let model = pickModel(random);
      const subset = random
        .shuffle(ccgs)
        .slice(0, random.int(Math.min(2, ccgs.length), ccgs.length));
      if ((model === 'shared-service' || model === 'host-ccg') && subset.length < 2) model = 'csu';
      const ids = subset.map((m) => m.id);
      const base = {
        id: `arr-${c + 1}-${g + 1}`,
        members: ids,
        functions: [...functions],
        x: 0,
        y: hubY,
      };
      const label = `${clusterName} ${functions.join(', ')} ${MODEL_PHRASE[model]}`;
      switch (model) {
        case 'shared-service':
          hubs.push({
            ...base,
            name: label,
            model,
            allocation: random.next() < 0.7 ? 'population' : 'equal',
            riskShareAgreed: random.next() < 0.6,
          });
          break;
        case 'host-ccg': {
          const host = subset.reduce((a, b) => (b.population > a.population ? b : a));
          hubs.push({
            ...base,
            name: label,
            model,
            hostCcgId: host.id,
            allocation: 'population',
            riskShareAgreed: random.next() < 0.5,
          });
          break;
        }
        case 'la-partnership': {
          const laId = subset[0]?.laIds[0] ?? las[0]?.id;
          if (laId) hubs.push({ ...base, name: label, model, laId });
          break;
        }
        case 'csu':
          if (csu) hubs.push({ ...base, name: label, model, providerId: csu.id });
          break;
        case 'external': {
          const provider = externals.length > 0 ? random.pick(externals) : undefined;
          if (provider) hubs.push({ ...base, name: label, model, providerId: provider.id });
          else if (csu) hubs.push({ ...base, name: label, model: 'csu', providerId: csu.id });
          break;
        }
      }
    });
    hubs.forEach((h, i) => arrangements.push({ ...h, x: PAD + HUB_GAP / 2 + i * HUB_GAP }));

    // Councils in a row beneath the hubs; each council's population is the people of its CCGs
    // living there, plus a little for the hospitals' catchments beyond the cluster.
    const laY = hubY + LA_ROW_DROP;
    las.forEach((la, i) => {
      const people = (laPeople.get(la.id) ?? 0) * (1 + random.next() * 0.1);
      members.push({
        ...la,
        population: Math.max(10_000, Math.round(people / 1000) * 1000),
        x: PAD + i * (LA_WIDTH + LA_GAP),
        y: laY,
      });
    });
    const width =
      2 * PAD +
      Math.max(cardsWidth, hubs.length * HUB_GAP, las.length * (LA_WIDTH + LA_GAP) - LA_GAP);
    const height = laY + LA_HEIGHT + PAD;
    clusterBoxes.push({
      node: {
        kind: 'cluster',
        id: clusterId,
        name: `NHS ${clusterName} cluster`,
        x: 0,
        y: 0,
        width,
        height,
      },
      members,
    });
  }

  // Clusters on a grid, each row as tall as its tallest cluster; member positions were relative.
  const columnWidth = Math.max(...clusterBoxes.map((b) => b.node.width)) + CLUSTER_GAP;
  let rowTop = 0;
  for (let start = 0; start < clusterBoxes.length; start += CLUSTER_COLUMNS) {
    const row = clusterBoxes.slice(start, start + CLUSTER_COLUMNS);
    row.forEach((box, col) => {
      const ox = col * columnWidth;
      nodes.push({ ...box.node, x: ox, y: rowTop });
      for (const m of box.members) {
        nodes.push(m.kind === 'locality' ? m : { ...m, x: m.x + ox, y: m.y + rowTop });
      }
      const prefix = `arr-${start + col + 1}-`;
      for (let i = 0; i < arrangements.length; i++) {
        const a = arrangements[i];
        if (a?.id.startsWith(prefix))
          arrangements[i] = { ...a, x: (a.x ?? 0) + ox, y: (a.y ?? 0) + rowTop };
      }
    });
    rowTop += Math.max(...row.map((b) => b.node.height)) + CLUSTER_GAP;
  }
  providers.forEach((p, i) => nodes.push({ ...p, x: i * PROVIDER_GAP, y: rowTop + CLUSTER_GAP }));

  return {
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    id: `sample-england-${seed}-${ccgCount}`,
    name: 'England, synthetic',
    description: `A generated England-scale workspace (seed ${seed}): ${ccgCount} invented CCGs with populations shaped like England's in 2013, their localities, councils, clusters, providers and arrangements.`,
    createdAt: SAMPLE_DATE,
    updatedAt: SAMPLE_DATE,
    assumptions: freshDefaultAssumptions(),
    scenarios: [
      {
        id: 'england-mixed',
        name: 'A mixed England',
        notes:
          'Every name here is invented and the arrangements are drawn at random in realistic proportions: most clusters buy their back office from a CSU, others share or host services, partner with their council or contract externally, and some keep functions in-house. Use it to see the whole country at once, and to measure how the canvas copes at that scale.',
        nodes,
        laOverlaps,
        arrangements,
      },
    ],
  };
}
