import {
  ASSUMPTION_INFO,
  functionAssumptionInfo,
  yearAssumptionInfo,
  type AssumptionInfo,
  type AssumptionUnit,
} from '../assumptions/assumptionInfo';
import { formatPerHead, formatPercent, formatPopulation, formatPounds } from '../format/format';
import type { Assumptions } from '../model/workspace';

/** A value of an assumption in its unit, the British way. */
export function formatAssumptionValue(value: number, unit: AssumptionUnit): string {
  switch (unit) {
    case 'pounds':
      return formatPounds(value);
    case 'poundsPerHead':
      return formatPerHead(value);
    case 'fraction':
      return formatPercent(value);
    case 'people':
      return formatPopulation(value);
    case 'years':
      return `${value} ${value === 1 ? 'year' : 'years'}`;
    case 'elasticity':
      return value.toFixed(2);
    case 'index':
      return value.toFixed(3);
  }
}

/** Every numeric assumption with its info, years and functions included, in display order. */
export function assumptionInfos(a: Assumptions): readonly AssumptionInfo[] {
  return [
    ...a.years.flatMap((y) => yearAssumptionInfo(y.id, y.label)),
    ...ASSUMPTION_INFO,
    ...a.functions.flatMap((f) => functionAssumptionInfo(f.id, f.name)),
  ];
}
