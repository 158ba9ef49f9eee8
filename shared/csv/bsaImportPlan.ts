/**
 * What an NHS BSA list-size import would do to a scenario: for each CCG code in the file, the
 * CCG it matches (by `code`), its practices and total, and the change from its population now;
 * then, for the codes the user picks, the edit that sets those populations (optionally as one
 * locality per practice) and adds the CCGs the scenario does not have yet.
 */
import { indexScenario, ccgPopulation } from '../model/scenarioIndex';
import type { CcgNode, LocalityNode, Node, Scenario } from '../model/workspace';
import type { CcgPopulationUpdate } from '../edits/setPopulations';
import { CCG_CARD_WIDTH, ccgCardHeight } from '../samples/sampleBuilders';
import { ENGLAND_2013_CCGS } from '../samples/england2013/data/england2013Ccgs';
import { MAX_NAME_LENGTH } from '../schema/workspaceSchema';
import type { BsaCcgGroup, BsaListSizes } from './bsaListSizes';
import { slugId } from './practiceImportNodes';

export interface BsaChoice {
  /** The CCG code (ODS), e.g. "03V". */
  readonly code: string;
  /** The scenario CCG's name, else the published 2013 name, else the file's PCO name. */
  readonly name: string;
  /** The CCG of the scenario with this code, if any. */
  readonly ccgId: string | null;
  /** Practice rows in the file. */
  readonly practices: number;
  /** Practices with at least one patient (the ones that can become localities). */
  readonly practicesWithPatients: number;
  readonly listSize: number;
  /** pop(c) now, for a CCG in the scenario. */
  readonly currentPopulation: number | null;
  /** Localities it has now (they are replaced). */
  readonly currentLocalities: number;
}

export type LocalityChoice = 'none' | 'practice';

const PUBLISHED_NAMES = new Map(ENGLAND_2013_CCGS.map((c) => [c.ods, c.name]));

function codeKey(code: string | undefined): string {
  return (code ?? '').trim().toUpperCase();
}

/**
 * Every code of the file as a choice: those matching a CCG of the scenario first (in the file's
 * order), then the rest. Codes whose practices have no patients at all are left out: they cannot
 * give a CCG a population.
 */
export function bsaChoices(scenario: Scenario, listSizes: BsaListSizes): BsaChoice[] {
  const index = indexScenario(scenario);
  const byCode = new Map<string, CcgNode>();
  for (const c of index.ccgs)
    if (c.code && !byCode.has(codeKey(c.code))) byCode.set(codeKey(c.code), c);
  const choices = listSizes.groups
    .filter((g) => g.listSize > 0)
    .map((g): BsaChoice => {
      const ccg = byCode.get(g.code);
      return {
        code: g.code,
        name: ccg?.name ?? PUBLISHED_NAMES.get(g.code) ?? g.pcoName,
        ccgId: ccg?.id ?? null,
        practices: g.practices.length,
        practicesWithPatients: g.practices.filter((p) => p.listSize > 0).length,
        listSize: g.listSize,
        currentPopulation: ccg ? ccgPopulation(ccg, index) : null,
        currentLocalities: ccg ? (index.localitiesByCcg.get(ccg.id)?.length ?? 0) : 0,
      };
    });
  return [...choices.filter((c) => c.ccgId !== null), ...choices.filter((c) => c.ccgId === null)];
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

function practiceLocalities(group: BsaCcgGroup, ccgId: string, taken: Set<string>): LocalityNode[] {
  return group.practices
    .filter((p) => p.listSize > 0)
    .map((p) => ({
      kind: 'locality',
      id: uniqueId(`${ccgId}-${slugId(p.code) || 'practice'}`, taken),
      name: `${p.name || p.code} (${p.code})`.slice(0, MAX_NAME_LENGTH),
      ccgId,
      population: p.listSize,
      practices: 1,
    }));
}

/** Canvas units between new cards, and most cards in a row. */
const GAP_X = 40;
const GAP_Y = 48;
const MAX_COLUMNS = 6;

export interface BsaImportPlan {
  readonly updates: readonly CcgPopulationUpdate[];
  /** New CCGs (and their localities), laid out in a grid from the origin given. */
  readonly addNodes: readonly Node[];
}

/**
 * The edit for the chosen codes: CCGs of the scenario take their practices' total (or a locality
 * per practice); codes it does not have become new CCGs with their ODS code, placed in a grid
 * whose top-left is `origin` (the caller finds free space).
 */
export function planBsaImport(
  scenario: Scenario,
  listSizes: BsaListSizes,
  chosen: ReadonlySet<string>,
  localities: LocalityChoice,
  origin: { readonly x: number; readonly y: number },
): BsaImportPlan {
  const taken = new Set<string>(scenario.nodes.map((n) => n.id));
  for (const a of scenario.arrangements) taken.add(a.id);
  const groups = new Map(listSizes.groups.map((g) => [g.code, g]));
  const updates: CcgPopulationUpdate[] = [];
  const fresh: { ccg: CcgNode; localities: LocalityNode[] }[] = [];
  for (const choice of bsaChoices(scenario, listSizes)) {
    const group = groups.get(choice.code);
    if (!group || !chosen.has(choice.code)) continue;
    if (choice.ccgId !== null) {
      updates.push({
        ccgId: choice.ccgId,
        population: group.listSize,
        localities: localities === 'practice' ? practiceLocalities(group, choice.ccgId, taken) : [],
      });
      continue;
    }
    const ccgId = uniqueId(`ccg-${slugId(choice.code) || 'imported'}`, taken);
    fresh.push({
      ccg: {
        kind: 'ccg',
        id: ccgId,
        name: choice.name.slice(0, MAX_NAME_LENGTH),
        code: choice.code,
        population: group.listSize,
        federated: false,
        x: 0,
        y: 0,
      },
      localities: localities === 'practice' ? practiceLocalities(group, ccgId, taken) : [],
    });
  }

  const addNodes: Node[] = [];
  const columns = Math.max(1, Math.min(MAX_COLUMNS, Math.ceil(Math.sqrt(fresh.length))));
  let rowTop = origin.y;
  let rowHeight = 0;
  fresh.forEach(({ ccg, localities: locs }, i) => {
    if (i > 0 && i % columns === 0) {
      rowTop += rowHeight + GAP_Y;
      rowHeight = 0;
    }
    rowHeight = Math.max(rowHeight, ccgCardHeight(locs.length));
    addNodes.push(
      {
        ...ccg,
        x: Math.round(origin.x + (i % columns) * (CCG_CARD_WIDTH + GAP_X)),
        y: Math.round(rowTop),
      },
      ...locs,
    );
  });
  return { updates, addNodes };
}
