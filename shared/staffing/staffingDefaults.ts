/**
 * Default pay bands, on-costs and transition assumptions, each with the source it was taken from
 * or marked as a judgement.
 */
import type { PayBand, StaffingAssumptions, TransitionAssumptions } from './staffingTypes';

/**
 * Agenda for Change pay bands in 2012/13 as [id, label, minimum, maximum], £ a year. Pay points
 * above £21,000 were frozen in 2011/12 and 2012/13 at their 1 April 2010 values; points at or
 * under £21,000 gained £250 in each of those years.
 */
const AFC_2012_13: readonly (readonly [string, string, number, number])[] = [
  ['2', 'Band 2', 14_153, 17_253],
  ['3', 'Band 3', 16_110, 19_077],
  ['4', 'Band 4', 18_652, 21_798],
  ['5', 'Band 5', 21_176, 27_534],
  ['6', 'Band 6', 25_472, 34_189],
  ['7', 'Band 7', 30_460, 40_157],
  ['8a', 'Band 8a', 38_851, 46_621],
  ['8b', 'Band 8b', 45_254, 55_945],
  ['8c', 'Band 8c', 54_454, 67_134],
  ['8d', 'Band 8d', 65_270, 80_810],
  ['9', 'Band 9', 77_079, 97_478],
];

/** The mid-point of a band, rounded to the pound: a post is costed at the middle of its band. */
function midPoint(min: number, max: number): number {
  return Math.round((min + max) / 2);
}

export const DEFAULT_BANDS: readonly PayBand[] = [
  ...AFC_2012_13.map(([id, label, min, max]) => ({
    id,
    label: `${label} (AfC 2012/13 mid-point)`,
    annualPay: midPoint(min, max),
  })),
  { id: 'ao', label: 'Accountable officer (VSM)', annualPay: 130_000 },
  { id: 'cfo', label: 'Chief finance officer (VSM)', annualPay: 120_000 },
];

export const DEFAULT_STAFFING: StaffingAssumptions = {
  onCostRate: 0.25,
  nonPayPerWte: 5_000,
  minWtePerFunction: 2,
  bands: DEFAULT_BANDS,
};

export const DEFAULT_TRANSITION: TransitionAssumptions = {
  redundancyPerWte: 30_000,
  tupeShare: 0.7,
  setUpPerArrangement: 100_000,
  exitPerArrangement: 50_000,
  payShareOfFunctionCost: 0.75,
  costPerWte: 44_000,
};

const AFC_SOURCE =
  'NHS Terms and Conditions of Service Handbook (NHS Employers), Annex 3: pay bands and pay points from 1 April 2010 (Table 9(g)), frozen above £21,000 for 2011/12 and 2012/13 with £250 a year added at or under £21,000 (public-sector pay freeze, pay review body reports of 2011 and 2012); checked against Table 9(k) of 2014, which is these figures plus the 1% award of April 2013.';

/** Why each band's pay is what it is, by band id. */
export const BAND_RATIONALE: Readonly<Record<string, string>> = {
  ...Object.fromEntries(
    AFC_2012_13.map(([id, label, min, max]) => [
      id,
      `${label}: £${min.toLocaleString('en-GB')}–£${max.toLocaleString('en-GB')} in 2012/13; the mid-point, rounded to the pound. ${AFC_SOURCE}`,
    ]),
  ),
  ao: 'The salary NHS guidance recommended for a CCG chief (accountable) officer, £130,000, as reported by Pulse (10 March 2015) from E-reward, "Clinical Commissioning Groups: Boardroom Pay 2015"; the 2012 remuneration guidance itself was not found, so this reported level is used.',
  cfo: 'The salary NHS guidance recommended for a CCG chief finance officer, £120,000, as reported by Pulse (10 March 2015) from E-reward, "Clinical Commissioning Groups: Boardroom Pay 2015"; the 2012 remuneration guidance itself was not found, so this reported level is used.',
};

/** Why each staffing and transition default is what it is, by dotted path. */
export const STAFFING_RATIONALE: Readonly<Record<string, string>> = {
  'staffing.onCostRate':
    "Employer's NHS pension contribution of 14% of pensionable pay (NHS Pension Scheme, 2012/13; e.g. Medeconomics, 2013) plus employer's National Insurance at 13.8% above the secondary threshold (the 2012/13 rate; not checked against a source here), about 11% of pay at the middle of band 7: about a quarter of pay. One rate for every band is a judgement.",
  'staffing.nonPayPerWte':
    'Judgement: accommodation, IT, travel and training for each whole-time post. No published figure was found.',
  'staffing.minWtePerFunction':
    'Judgement: a function run by fewer than two whole-time staff stops when one is ill or leaves.',
  'transition.redundancyPerWte':
    "Illustrative: about a year of pay at the middle of bands 6–7; NHS redundancy pay is a month's pay per year of service, up to 24 months.",
  'transition.tupeShare':
    'Illustrative: staff in a function that moves to another employer mostly transfer with it under TUPE; the rest are made redundant.',
  'transition.setUpPerArrangement':
    'Illustrative: legal, HR and project costs of setting up a shared service, partnership or contract.',
  'transition.exitPerArrangement':
    'Illustrative: the cost of unwinding an arrangement (notice, data migration, legal work).',
  'transition.payShareOfFunctionCost':
    'Illustrative: commissioning support is mostly staff; three quarters of an estimated function cost is taken to be pay.',
  'transition.costPerWte':
    'Illustrative: the pay cost of one whole-time post at the middle of band 7 with on-costs (£35,309 × 1.25 ≈ £44,000).',
};
