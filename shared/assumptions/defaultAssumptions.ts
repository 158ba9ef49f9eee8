import type { Assumptions, PlanningYear, SupportFunction } from '../model/workspace';

/**
 * The default planning horizon: the national running cost allowance of £25 a head in 2013/14,
 * £24.73 in 2014/15 and £22.07 in 2015/16; the cost index is an illustrative 1% a year (the NHS
 * pay award of those years).
 */
export const DEFAULT_YEARS: readonly PlanningYear[] = [
  { id: '2013-14', label: '2013/14', allowancePerHead: 25, costIndex: 1 },
  { id: '2014-15', label: '2014/15', allowancePerHead: 24.73, costIndex: 1.01 },
  { id: '2015-16', label: '2015/16', allowancePerHead: 22.07, costIndex: 1.02 },
];

/** The ten commissioning support functions of DESIGN.md §4, at the reference population. */
export const DEFAULT_FUNCTIONS: readonly SupportFunction[] = [
  {
    id: 'bi',
    name: 'Business intelligence & population data',
    costPerHead: 2.2,
    scaleElasticity: 0.3,
    runningCost: true,
  },
  {
    id: 'contracting',
    name: 'Contracting & contract performance',
    costPerHead: 2.4,
    scaleElasticity: 0.2,
    runningCost: true,
  },
  {
    id: 'procurement',
    name: 'Procurement & market management',
    costPerHead: 0.6,
    scaleElasticity: 0.25,
    runningCost: true,
  },
  {
    id: 'finance',
    name: 'Finance (transactional & management)',
    costPerHead: 1.6,
    scaleElasticity: 0.3,
    runningCost: true,
  },
  {
    id: 'hr',
    name: 'HR & organisational development',
    costPerHead: 0.7,
    scaleElasticity: 0.3,
    runningCost: true,
  },
  {
    id: 'it',
    name: 'IT & information governance',
    costPerHead: 1.5,
    scaleElasticity: 0.35,
    runningCost: true,
  },
  {
    id: 'comms',
    name: 'Communications & engagement',
    costPerHead: 0.8,
    scaleElasticity: 0.1,
    runningCost: true,
  },
  {
    id: 'redesign',
    name: 'Service redesign & transformation',
    costPerHead: 2.0,
    scaleElasticity: 0.1,
    runningCost: true,
  },
  {
    id: 'medicines',
    name: 'Medicines management',
    costPerHead: 1.0,
    scaleElasticity: 0.15,
    runningCost: true,
  },
  {
    id: 'chc',
    name: 'Continuing healthcare & IFR',
    costPerHead: 1.2,
    scaleElasticity: 0.15,
    runningCost: true,
  },
];

/** Default workspace assumptions (DESIGN.md §4): illustrative, editable, each with a rationale. */
export const DEFAULT_ASSUMPTIONS: Assumptions = {
  years: DEFAULT_YEARS,
  amberMargin: 0.04,
  referencePopulation: 250_000,
  smallCcgPopulation: 100_000,
  core: { fixedPerCcg: 600_000, perHead: 8, perDevolvedLocality: 150_000 },
  functions: DEFAULT_FUNCTIONS,
  models: {
    sharedService: { overhead: 0.04 },
    hostCcg: { overhead: 0.03 },
    laPartnership: { overhead: 0.05, laParticipation: 0.5 },
    csu: { margin: 0.05, clientContractManagement: 0.03, otherCustomersPopulation: 1_500_000 },
    external: {
      margin: 0.08,
      scalePopulation: 3_000_000,
      procurementCost: 150_000,
      contractYears: 3,
      clientContractManagement: 0.05,
    },
  },
};
