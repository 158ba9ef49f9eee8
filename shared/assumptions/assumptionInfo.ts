/**
 * What each assumption means, its unit, its valid range and why its default is what it is.
 * Rationales cite the facts of DESIGN.md §8 the defaults were calibrated to; they are
 * illustrative assumptions, not official tariffs.
 */
import { ownValue } from '../model/idRecord';

export type AssumptionUnit = 'pounds' | 'poundsPerHead' | 'fraction' | 'people' | 'years' | 'elasticity' | 'index';

export interface AssumptionInfo {
  /**
   * Dotted path into Assumptions, e.g. "models.csu.margin"; functions use "functions.<id>.costPerHead"
   * and planning years "years.<id>.allowancePerHead".
   */
  readonly path: string;
  readonly label: string;
  readonly unit: AssumptionUnit;
  readonly min: number;
  readonly max: number;
  /** Whether the minimum itself is allowed (false for populations and years, which must be > 0). */
  readonly minInclusive: boolean;
  readonly rationale: string;
}

const FUNCTION_RATIONALE: Readonly<Record<string, string>> = {
  bi: 'Large-scale business intelligence was reported at about 50p–£1 a head at CSU scale; at a single CCG of 250,000 the cost is higher, and falls steeply with scale (e = 0.30).',
  contracting: 'The largest support line; CSUs planned budgets of £8–12 a head in all and CCGs about £9 a head on CSUs. Contracting depends on local relationships, so scale helps less (e = 0.20).',
  procurement: 'Market management is a small, lumpy function; moderate economies of scale (e = 0.25).',
  finance: 'Transactional finance is a classic back-office service: shared services reported 20–30% savings, hence a strong scale effect (e = 0.30).',
  hr: 'HR and OD, a back-office service where shared services reported 20–30% savings (e = 0.30).',
  it: 'IT and information governance have the strongest economies of scale of all functions (e = 0.35).',
  comms: 'Communications and engagement are local by nature; little gain from scale (e = 0.10).',
  redesign: 'Service redesign needs local clinical knowledge, so scale helps little (e = 0.10).',
  medicines: 'Medicines management works practice by practice; small scale effect (e = 0.15).',
  chc: 'Continuing healthcare and individual funding requests are casework; small scale effect (e = 0.15).',
};

const BASE_INFO: readonly AssumptionInfo[] = [
  {
    path: 'amberMargin', label: 'Amber margin below the cap', unit: 'fraction', min: 0, max: 1, minInclusive: true,
    rationale: 'A CCG within 4% of the cap has little room for cost pressures, so it is shown as tight rather than safe.',
  },
  {
    path: 'referencePopulation', label: 'Reference population for function costs', unit: 'people', min: 0, max: 100_000_000, minInclusive: false,
    rationale: 'Function costs are quoted for a CCG of 250,000, close to the median CCG of about 221,000 (ONS, mid-2012).',
  },
  {
    path: 'smallCcgPopulation', label: 'Small CCG threshold', unit: 'people', min: 0, max: 100_000_000, minInclusive: true,
    rationale: 'CCGs under about 100,000 were widely judged too small to stand alone (NHS England "make, share or buy" advice).',
  },
  {
    path: 'core.fixedPerCcg', label: 'Core fixed cost per CCG', unit: 'pounds', min: 0, max: 1_000_000_000, minInclusive: true,
    rationale: 'Governing body, accountable officer and statutory duties. With £8.00 a head it gives core ≈ £2.0m at 175,000, matching the DH ready reckoner (2011): about £1.5m corporate base plus £0.56m clinical leadership and lay members.',
  },
  {
    path: 'core.perHead', label: 'Core cost per head', unit: 'poundsPerHead', min: 0, max: 1000, minInclusive: true,
    rationale: 'Clinical leadership and commissioning staff that scale with population; calibrated with the fixed cost to the DH ready reckoner (core ≈ £2.0m at 175,000).',
  },
  {
    path: 'core.perDevolvedLocality', label: 'Cost per devolved locality (federated CCG)', unit: 'pounds', min: 0, max: 1_000_000_000, minInclusive: true,
    rationale: 'A federated CCG keeps strong devolved localities (BMA model 1) each with its own clinical lead and manager, as Cambridgeshire and Peterborough did with eight local commissioning groups.',
  },
  {
    path: 'models.sharedService.overhead', label: 'Shared service: governance overhead', unit: 'fraction', min: 0, max: 1, minInclusive: true,
    rationale: 'Smaller CCGs sharing an NHS service must agree how HR, legal obligations and financial risk are shared (BMA model 2); 4% covers that joint governance.',
  },
  {
    path: 'models.hostCcg.overhead', label: 'Host CCG: hosting overhead', unit: 'fraction', min: 0, max: 1, minInclusive: true,
    rationale: 'One CCG runs the service and contracts it to neighbours (BMA model 3); a single employer needs slightly less joint governance than a shared service.',
  },
  {
    path: 'models.laPartnership.overhead', label: 'LA partnership: partnership overhead', unit: 'fraction', min: 0, max: 1, minInclusive: true,
    rationale: 'Sharing public-sector support with the local authority (BMA model 4) crosses two governance regimes, so the overhead is the highest of the NHS models.',
  },
  {
    path: 'models.laPartnership.laParticipation', label: 'LA partnership: share of the LA population served', unit: 'fraction', min: 0, max: 1, minInclusive: true,
    rationale: 'The local authority brings about half its population’s worth of demand to the pooled service, adding scale and paying its share.',
  },
  {
    path: 'models.csu.margin', label: 'CSU: margin', unit: 'fraction', min: 0, max: 1, minInclusive: true,
    rationale: 'CSUs hosted by the NHS Commissioning Board until 2016 were expected to cover their costs with a small surplus.',
  },
  {
    path: 'models.csu.clientContractManagement', label: 'CSU: client-side contract management', unit: 'fraction', min: 0, max: 1, minInclusive: true,
    rationale: 'A CCG buying support still needs an intelligent-customer function to manage the service level agreement.',
  },
  {
    path: 'models.csu.otherCustomersPopulation', label: 'CSU: population of other customers', unit: 'people', min: 0, max: 100_000_000, minInclusive: true,
    rationale: 'With 23 CSUs at launch for 211 CCGs (about 54m people), a typical CSU served 1.5–2.5m; 1.5m is the population it serves outside the scenario.',
  },
  {
    path: 'models.external.margin', label: 'External provider: margin', unit: 'fraction', min: 0, max: 1, minInclusive: true,
    rationale: 'A private, social enterprise or third-sector provider prices in profit and commercial risk.',
  },
  {
    path: 'models.external.scalePopulation', label: 'External provider: scale population', unit: 'people', min: 0, max: 100_000_000, minInclusive: false,
    rationale: 'Large commercial providers work at national scale; 3m people is the scale at which they price.',
  },
  {
    path: 'models.external.procurementCost', label: 'External provider: procurement cost', unit: 'pounds', min: 0, max: 1_000_000_000, minInclusive: true,
    rationale: 'The seeds warn of protracted, costly procurement processes; £150,000 per tender is an illustrative figure.',
  },
  {
    path: 'models.external.contractYears', label: 'External provider: contract length', unit: 'years', min: 0, max: 50, minInclusive: false,
    rationale: 'Procurement cost is spread over a typical three-year contract.',
  },
  {
    path: 'models.external.clientContractManagement', label: 'External provider: client-side contract management', unit: 'fraction', min: 0, max: 1, minInclusive: true,
    rationale: 'Managing an outsourced contract takes more client effort than an NHS SLA; the seeds report poor experience of large outsourced shared services.',
  },
];

/** Information for the workspace-level parameters, in display order. */
export const ASSUMPTION_INFO: readonly AssumptionInfo[] = BASE_INFO;

/** The valid range of a year's allowance per head, £ (the national rates were £22.07–£35). */
export const ALLOWANCE_PER_HEAD_RANGE = { min: 5, max: 60 } as const;
/** The valid range of a year's cost index. */
export const COST_INDEX_RANGE = { min: 0.5, max: 2 } as const;

/** Information for one planning year's two parameters. */
export function yearAssumptionInfo(yearId: string, yearLabel: string): readonly AssumptionInfo[] {
  return [
    {
      path: `years.${yearId}.allowancePerHead`, label: `${yearLabel}: running cost allowance per head`,
      unit: 'poundsPerHead', min: ALLOWANCE_PER_HEAD_RANGE.min, max: ALLOWANCE_PER_HEAD_RANGE.max, minInclusive: true,
      rationale: '£25 a head of the ONS-adjusted population in 2013/14 (Operating Framework 2012/13; NHS Commissioning Board, 2012), described as a cap, not a target; then £24.73 (2014/15) and £22.07 (2015/16, a 10% cash cut) (NHS England, Feb 2014). An earlier figure was £25–35 a head.',
    },
    {
      path: `years.${yearId}.costIndex`, label: `${yearLabel}: cost index`,
      unit: 'index', min: COST_INDEX_RANGE.min, max: COST_INDEX_RANGE.max, minInclusive: true,
      rationale: 'Every cost that year is multiplied by this index; 1% a year is illustrative, the NHS pay award of those years.',
    },
  ];
}

/** Information for one support function's two parameters. */
export function functionAssumptionInfo(functionId: string, functionName: string): readonly AssumptionInfo[] {
  const why = ownValue(FUNCTION_RATIONALE, functionId) ?? 'A user-defined support function.';
  return [
    {
      path: `functions.${functionId}.costPerHead`, label: `${functionName}: £ per head at the reference population`,
      unit: 'poundsPerHead', min: 0, max: 1000, minInclusive: true, rationale: why,
    },
    {
      path: `functions.${functionId}.scaleElasticity`, label: `${functionName}: scale elasticity`,
      unit: 'elasticity', min: 0, max: 0.99, minInclusive: true,
      rationale: `${why} An elasticity of e means doubling the population served cuts the cost per head by a factor of 2^e.`,
    },
  ];
}
