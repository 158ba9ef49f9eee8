/**
 * What each assumption means, its unit, its valid range and why its default is what it is.
 * Rationales cite the published facts the defaults were calibrated to, and say so plainly where
 * a default is a judgement: they are illustrative assumptions, not official tariffs.
 */
import { ownValue } from '../model/idRecord';

export type AssumptionUnit =
  'pounds' | 'poundsPerHead' | 'fraction' | 'people' | 'years' | 'elasticity' | 'index';

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
  bi: 'A judgement: business intelligence on population data is specialist work that gains much from scale (e = 0.30). The ten functions together come to about £14 a head at 250,000, against the just over £9 a head CCGs planned on average to spend on CSUs (under £5 to over £15; HSJ, 2013).',
  contracting:
    'A judgement: the largest support line; contracting depends on local relationships, so scale helps less (e = 0.20). CCGs planned just over £9 a head on average on CSUs for all their support (HSJ, 2013).',
  procurement:
    'A judgement: market management is a small, lumpy function; moderate economies of scale (e = 0.25).',
  finance:
    'A judgement: transactional finance is a classic back-office service, so a strong scale effect (e = 0.30).',
  hr: 'A judgement: HR and organisational development are back-office services, so a strong scale effect (e = 0.30).',
  it: 'A judgement: IT and information governance are taken to gain most from scale of all the functions (e = 0.35).',
  comms:
    'A judgement: communications and engagement are local by nature; little gain from scale (e = 0.10).',
  redesign:
    'A judgement: service redesign needs local clinical knowledge, so scale helps little (e = 0.10).',
  medicines:
    'A judgement: medicines management works practice by practice; small scale effect (e = 0.15).',
  chc: 'A judgement: continuing healthcare and individual funding requests are casework; small scale effect (e = 0.15).',
};

const BASE_INFO: readonly AssumptionInfo[] = [
  {
    path: 'amberMargin',
    label: 'Amber margin below the cap',
    unit: 'fraction',
    min: 0,
    max: 1,
    minInclusive: true,
    rationale:
      'A judgement: a CCG within 4% of the cap has little room for cost pressures, so it is shown as tight rather than safe.',
  },
  {
    path: 'referencePopulation',
    label: 'Reference population for function costs',
    unit: 'people',
    min: 0,
    max: 100_000_000,
    minInclusive: false,
    rationale:
      'Function costs are quoted for a CCG of 250,000, a round figure near the median CCG: the 211 CCGs’ 2012 registered lists have a median of about 226,000 (NHS Commissioning Board, 2012).',
  },
  {
    path: 'smallCcgPopulation',
    label: 'Small CCG threshold',
    unit: 'people',
    min: 0,
    max: 100_000_000,
    minInclusive: true,
    rationale:
      'The Clinical Commissioning Coalition (NHS Alliance and NAPC) took the view that a CCG should serve at least about 100,000 people; that was their view, not official policy, and CCGs as small as NHS Corby (69,801 registered) were authorised.',
  },
  {
    path: 'core.fixedPerCcg',
    label: 'Core fixed cost per CCG',
    unit: 'pounds',
    min: 0,
    max: 1_000_000_000,
    minInclusive: true,
    rationale:
      'Governing body, accountable officer and statutory duties. The DH ready reckoner (September 2011) assumed £20 a head: for a CCG of 175,000 (£3.5m), about £1.5m of corporate base, £111k for the governing body’s nurse and secondary-care doctor and £446k of clinical leadership — about £2.0m of core. £600,000 fixed plus £8.00 a head gives £2.0m at 175,000, but the split between fixed and per head is a judgement fitted to that one point, not a published figure: a larger fixed part makes small CCGs dearer a head and large ones cheaper.',
  },
  {
    path: 'core.perHead',
    label: 'Core cost per head',
    unit: 'poundsPerHead',
    min: 0,
    max: 1000,
    minInclusive: true,
    rationale:
      'Clinical leadership and commissioning staff that scale with population. With the fixed cost it gives the DH ready reckoner’s core of about £2.0m at 175,000 (September 2011); how that core divides between fixed and per head is a judgement, not a published figure.',
  },
  {
    path: 'core.perDevolvedLocality',
    label: 'Cost per devolved locality (federated CCG)',
    unit: 'pounds',
    min: 0,
    max: 1_000_000_000,
    minInclusive: true,
    rationale:
      'A judgement: a federated CCG keeps strong devolved localities (BMA model 1), each with its own clinical lead and manager, as Cambridgeshire and Peterborough did with eight local commissioning groups; no published cost per locality was found.',
  },
  {
    path: 'models.sharedService.overhead',
    label: 'Shared service: governance overhead',
    unit: 'fraction',
    min: 0,
    max: 1,
    minInclusive: true,
    rationale:
      'Smaller CCGs sharing an NHS service must agree how HR, legal obligations and financial risk are shared (BMA model 2); 4% for that joint governance is a judgement.',
  },
  {
    path: 'models.hostCcg.overhead',
    label: 'Host CCG: hosting overhead',
    unit: 'fraction',
    min: 0,
    max: 1,
    minInclusive: true,
    rationale:
      'One CCG runs the service and contracts it to neighbours (BMA model 3); a single employer needs slightly less joint governance than a shared service (3%, a judgement).',
  },
  {
    path: 'models.laPartnership.overhead',
    label: 'LA partnership: partnership overhead',
    unit: 'fraction',
    min: 0,
    max: 1,
    minInclusive: true,
    rationale:
      'Sharing public-sector support with the local authority (BMA model 4) crosses two governance regimes, so the overhead is the highest of the NHS models (5%, a judgement).',
  },
  {
    path: 'models.laPartnership.laParticipation',
    label: 'LA partnership: share of the LA population served',
    unit: 'fraction',
    min: 0,
    max: 1,
    minInclusive: true,
    rationale:
      'A judgement: the local authority brings about half its population’s worth of demand to the pooled service, adding scale and paying its share.',
  },
  {
    path: 'models.csu.margin',
    label: 'CSU: margin',
    unit: 'fraction',
    min: 0,
    max: 1,
    minInclusive: true,
    rationale:
      'CSUs were hosted by the NHS Commissioning Board (its hosting charge was under 50p a head) until they became freestanding by 2016; 5% for the CSU’s overheads and surplus is a judgement.',
  },
  {
    path: 'models.csu.clientContractManagement',
    label: 'CSU: client-side contract management',
    unit: 'fraction',
    min: 0,
    max: 1,
    minInclusive: true,
    rationale:
      'A CCG buying support still needs an intelligent-customer function to manage the service level agreement (SLAs were directed for 18 months, some longer); 3% is a judgement.',
  },
  {
    path: 'models.csu.otherCustomersPopulation',
    label: 'CSU: population of other customers',
    unit: 'people',
    min: 0,
    max: 100_000_000,
    minInclusive: true,
    rationale:
      '23 CSUs were proposed in August 2012 and 19 operated in 2013/14 for 211 CCGs (about 54m people): on average about 2.8m each, and a CSU serving under about 1m was judged uneconomic. 1.5m people served outside the scenario is a judgement.',
  },
  {
    path: 'models.external.margin',
    label: 'External provider: margin',
    unit: 'fraction',
    min: 0,
    max: 1,
    minInclusive: true,
    rationale:
      'A judgement: a private, social enterprise or third-sector provider prices in profit and commercial risk; VAT on outsourced services is not always recoverable either.',
  },
  {
    path: 'models.external.scalePopulation',
    label: 'External provider: scale population',
    unit: 'people',
    min: 0,
    max: 100_000_000,
    minInclusive: false,
    rationale:
      'A judgement: large commercial providers work at national scale; 3m people is the scale at which they are taken to price.',
  },
  {
    path: 'models.external.procurementCost',
    label: 'External provider: procurement cost',
    unit: 'pounds',
    min: 0,
    max: 1_000_000_000,
    minInclusive: true,
    rationale:
      'The BMA’s GP committee warned of protracted, costly procurement processes (2012); £150,000 per tender is a judgement.',
  },
  {
    path: 'models.external.contractYears',
    label: 'External provider: contract length',
    unit: 'years',
    min: 0,
    max: 50,
    minInclusive: false,
    rationale: 'A judgement: procurement cost is spread over a three-year contract.',
  },
  {
    path: 'models.external.clientContractManagement',
    label: 'External provider: client-side contract management',
    unit: 'fraction',
    min: 0,
    max: 1,
    minInclusive: true,
    rationale:
      'A judgement: managing an outsourced contract takes more client effort than an NHS SLA; the BMA’s GP committee reported very poor experience of large outsourced shared services (2012).',
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
      path: `years.${yearId}.allowancePerHead`,
      label: `${yearLabel}: running cost allowance per head`,
      unit: 'poundsPerHead',
      min: ALLOWANCE_PER_HEAD_RANGE.min,
      max: ALLOWANCE_PER_HEAD_RANGE.max,
      minInclusive: true,
      rationale:
        'Up to £25 a head from 2013/14: the Operating Framework 2012/13 (November 2011) set £25 a head, before any quality premium, as a cap rather than a target; the Operating Framework 2011/12 had said £25–35 a head “by 2014/15”. Each CCG’s allowance was £25 a head of its registered list adjusted to ONS projections (NHS Commissioning Board, 2012). Later national rates: £24.73 (2014/15) and £22.07 (2015/16, a 10% cash cut) a head (NHS England, February 2014).',
    },
    {
      path: `years.${yearId}.costIndex`,
      label: `${yearLabel}: cost index`,
      unit: 'index',
      min: COST_INDEX_RANGE.min,
      max: COST_INDEX_RANGE.max,
      minInclusive: true,
      rationale:
        'Every cost that year is multiplied by this index; 1% a year, the NHS pay award of those years, is a judgement for costs as a whole.',
    },
  ];
}

/** Information for one support function's two parameters. */
export function functionAssumptionInfo(
  functionId: string,
  functionName: string,
): readonly AssumptionInfo[] {
  const why = ownValue(FUNCTION_RATIONALE, functionId) ?? 'A user-defined support function.';
  return [
    {
      path: `functions.${functionId}.costPerHead`,
      label: `${functionName}: £ per head at the reference population`,
      unit: 'poundsPerHead',
      min: 0,
      max: 1000,
      minInclusive: true,
      rationale: why,
    },
    {
      path: `functions.${functionId}.scaleElasticity`,
      label: `${functionName}: scale elasticity`,
      unit: 'elasticity',
      min: 0,
      max: 0.99,
      minInclusive: true,
      rationale: `${why} An elasticity of e means doubling the population served cuts the cost per head by a factor of 2^e.`,
    },
  ];
}

/** Why a function may be classed as programme spend rather than running cost. */
export const RUNNING_COST_RATIONALE =
  'The allowance caps running costs: the CCG’s own management and the support it buys for it. ' +
  'Some lines were argued to be programme spend — continuing healthcare assessment and medicines management most often — ' +
  'because they work on patients’ care directly. A function marked as programme is still costed and shown, but not tested against the allowance.';
