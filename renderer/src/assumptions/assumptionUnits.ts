/**
 * Assumption values as finance leads read and type them: money as £ (per head with pence),
 * fractions as percentages, populations grouped by thousands. Parsing accepts the British forms
 * the app prints ("£2.10", "120,000", "5%") and a few shorthands ("50p", "£1.5m", "150k").
 */
import type { AssumptionInfo, AssumptionUnit } from '../../../shared/assumptions/assumptionInfo';
import { parseNumberInput, type ParsedNumber } from '../inspector/parseNumberInput';

const perHead = new Intl.NumberFormat('en-GB', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 6,
});
const grouped = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 6 });
const plain = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 6, useGrouping: false });
const elasticity = new Intl.NumberFormat('en-GB', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 6,
});

/** The unit in words, shown beside a field. */
export function unitWords(unit: AssumptionUnit): string {
  switch (unit) {
    case 'pounds':
      return '£ a year';
    case 'poundsPerHead':
      return '£ per head a year';
    case 'fraction':
      return 'per cent (%)';
    case 'people':
      return 'people';
    case 'years':
      return 'years';
    case 'elasticity':
      return 'elasticity e (0: no economies of scale)';
    case 'index':
      return 'index (1: costs as entered)';
  }
}

/**
 * A value as the field shows it, exactly (no rounding away of what was typed): £2.20, £600,000,
 * 4%, 250,000, 3, 0.30. Fractions are shown as percentages, so 0.04 reads "4%".
 */
export function formatAssumption(unit: AssumptionUnit, value: number): string {
  const sign = value < 0 ? '−' : '';
  const abs = Math.abs(value);
  switch (unit) {
    case 'pounds':
      return `${sign}£${grouped.format(abs)}`;
    case 'poundsPerHead':
      return `${sign}£${perHead.format(abs)}`;
    // Rounded to 10 decimals first: 0.035 × 100 is 3.5000000000000004 in binary floating point.
    case 'fraction':
      return `${sign}${plain.format(Number((abs * 100).toFixed(10)))}%`;
    case 'people':
      return `${sign}${grouped.format(abs)}`;
    case 'years':
      return `${sign}${plain.format(abs)}`;
    case 'elasticity':
      return `${sign}${elasticity.format(abs)}`;
    case 'index':
      return `${sign}${elasticity.format(abs)}`;
  }
}

const EXAMPLES: Readonly<Record<AssumptionUnit, string>> = {
  pounds: '£150,000',
  poundsPerHead: '£2.10',
  fraction: '5%',
  people: '120,000',
  years: '3',
  elasticity: '0.25',
  index: '1.01',
};

/** Multiplies and rounds away binary noise (1.1 × 1e6 is exactly 1,100,000, not 1,100,000.0000000002). */
function scaled(value: number, factor: number): number {
  return Number((value * factor).toPrecision(12));
}

/**
 * Reads typed text into the value the model stores, or says what to type instead. Fraction
 * fields are in percent (a trailing % is optional): "5" and "5%" both mean 0.05.
 */
export function parseAssumption(unit: AssumptionUnit, text: string): ParsedNumber {
  const example = EXAMPLES[unit];
  let t = text.trim();
  let factor = 1;
  if (unit === 'fraction') {
    t = t.replace(/\s*%$/, '');
    factor = 1 / 100;
  } else if (unit === 'poundsPerHead' && /^\d*\.?\d+\s*p$/i.test(t)) {
    t = t.replace(/\s*p$/i, '');
    factor = 1 / 100;
  } else if ((unit === 'pounds' || unit === 'people') && /\d\s*[km]$/i.test(t)) {
    factor = /m$/i.test(t) ? 1_000_000 : 1000;
    t = t.replace(/\s*[km]$/i, '');
  }
  const parsed = parseNumberInput(t, example);
  if (!parsed.ok) {
    return t === text.trim()
      ? parsed
      : { ok: false, message: `“${text.trim()}” is not a number: type digits, such as ${example}` };
  }
  return { ok: true, value: factor === 1 ? parsed.value : scaled(parsed.value, factor) };
}

/** The valid range in the field's own unit: "more than £0 and at most £1,000.00", "0% to 100%". */
export function rangeWords(info: AssumptionInfo): string {
  const min = formatAssumption(info.unit, info.min);
  const max = formatAssumption(info.unit, info.max);
  return info.minInclusive ? `${min} to ${max}` : `more than ${min}, up to ${max}`;
}

/** Why a value is outside the parameter's range, in its unit; undefined when it is inside. */
export function rangeProblem(info: AssumptionInfo, value: number): string | undefined {
  const low = info.minInclusive ? value < info.min : value <= info.min;
  if (!low && value <= info.max) return undefined;
  return `Must be ${rangeWords(info)}, not ${formatAssumption(info.unit, value)}`;
}
