/**
 * The assumptions editor's sections, in the order of DESIGN.md §4: what the cap and status
 * depend on, the core cost of a CCG, the support functions, then each model's parameters.
 * Built from assumptionInfo, so a parameter added there appears here (in "Other" if no section
 * claims it) instead of silently missing from the editor.
 */
import {
  ASSUMPTION_INFO,
  functionAssumptionInfo,
  yearAssumptionInfo,
  type AssumptionInfo,
} from '../../../shared/assumptions/assumptionInfo';
import type { Assumptions } from '../../../shared/model/workspace';

export interface AssumptionSection {
  readonly id: string;
  readonly title: string;
  /** A sentence under the heading: what the section's values do. */
  readonly intro: string;
  readonly items: readonly AssumptionInfo[];
}

export interface FunctionRow {
  readonly id: string;
  readonly name: string;
  readonly costPerHead: AssumptionInfo;
  readonly scaleElasticity: AssumptionInfo;
}

const SECTIONS: readonly {
  readonly id: string;
  readonly title: string;
  readonly intro: string;
  readonly paths: readonly string[];
}[] = [
  {
    id: 'cap',
    title: 'Years, allowance and status',
    intro:
      'In each year a CCG’s running cost (core and running-cost functions, times the year’s cost index) is within its allowance, tight (within the amber margin below it) or over it.',
    paths: ['amberMargin', 'smallCcgPopulation'],
  },
  {
    id: 'core',
    title: 'Core costs of a CCG',
    intro:
      'core = fixed cost + cost per head × population (+ cost per devolved locality in a federated CCG).',
    paths: ['core.fixedPerCcg', 'core.perHead', 'core.perDevolvedLocality'],
  },
  {
    id: 'functions',
    title: 'Support functions',
    intro:
      'Per-head cost of a function serving population P: cost × (P ÷ reference population)^(−e).',
    paths: ['referencePopulation'],
  },
  {
    id: 'shared-service',
    title: 'Shared service',
    intro: 'The pool costs the members’ function costs at their combined scale, plus the overhead.',
    paths: ['models.sharedService.overhead'],
  },
  {
    id: 'host-ccg',
    title: 'Host CCG',
    intro: 'As a shared service, with the host’s overhead.',
    paths: ['models.hostCcg.overhead'],
  },
  {
    id: 'la-partnership',
    title: 'Local authority partnership',
    intro:
      'The local authority adds part of its population to the pool’s scale and pays its share.',
    paths: ['models.laPartnership.overhead', 'models.laPartnership.laParticipation'],
  },
  {
    id: 'csu',
    title: 'Commissioning support unit (CSU)',
    intro:
      'Priced at the CSU’s whole scale plus its margin; the CCG adds client-side contract management.',
    paths: [
      'models.csu.margin',
      'models.csu.clientContractManagement',
      'models.csu.otherCustomersPopulation',
    ],
  },
  {
    id: 'external',
    title: 'External provider',
    intro:
      'Priced at national scale plus margin, with client-side management and the procurement cost spread over the contract.',
    paths: [
      'models.external.margin',
      'models.external.scalePopulation',
      'models.external.procurementCost',
      'models.external.contractYears',
      'models.external.clientContractManagement',
    ],
  },
];

/**
 * The editor's sections of single parameters, each planning year's allowance and cost index
 * first; the support functions' table is functionRows.
 */
export function assumptionSections(assumptions: Assumptions): readonly AssumptionSection[] {
  const byPath = new Map(ASSUMPTION_INFO.map((i) => [i.path, i]));
  const claimed = new Set(SECTIONS.flatMap((s) => s.paths));
  const yearItems = assumptions.years.flatMap((y) => yearAssumptionInfo(y.id, y.label));
  const sections: AssumptionSection[] = SECTIONS.map((s) => ({
    id: s.id,
    title: s.title,
    intro: s.intro,
    items: [
      ...(s.id === 'cap' ? yearItems : []),
      ...s.paths.map((p) => byPath.get(p)).filter((i): i is AssumptionInfo => i !== undefined),
    ],
  }));
  const others = ASSUMPTION_INFO.filter((i) => !claimed.has(i.path));
  if (others.length > 0) sections.push({ id: 'other', title: 'Other', intro: '', items: others });
  return sections;
}

/** One row per support function of the workspace: its cost per head and its scale elasticity. */
export function functionRows(assumptions: Assumptions): readonly FunctionRow[] {
  return assumptions.functions.map((f) => {
    const [costPerHead, scaleElasticity] = functionAssumptionInfo(f.id, f.name);
    if (!costPerHead || !scaleElasticity)
      throw new Error(`No assumption information for function "${f.id}"`);
    return { id: f.id, name: f.name, costPerHead, scaleElasticity };
  });
}

/** Every path the editor shows, in display order: for counting and resetting overrides. */
export function allAssumptionPaths(assumptions: Assumptions): readonly string[] {
  const fnPaths = functionRows(assumptions).flatMap((r) => [
    r.costPerHead.path,
    r.scaleElasticity.path,
  ]);
  return assumptionSections(assumptions).flatMap((s) => [
    ...s.items.map((i) => i.path),
    ...(s.id === 'functions' ? fnPaths : []),
  ]);
}
