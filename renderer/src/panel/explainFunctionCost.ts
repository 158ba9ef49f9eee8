import type { FunctionCost } from '../../../shared/costing/results';
import {
  formatMoneyShort,
  formatPercent,
  formatPerHead,
  formatPopulation,
} from '../../../shared/format/format';
import type { Arrangement, Assumptions, SupportFunction } from '../../../shared/model/workspace';

export interface ExplainContext {
  readonly assumptions: Assumptions;
  /** The CCG's population, pop(c). */
  readonly population: number;
  readonly ccgName: string;
  readonly arrangement: Arrangement | undefined;
  readonly nameOf: (id: string) => string;
  /** Population of a local authority node (for la-partnership pools). */
  readonly laPopulation: (id: string) => number | undefined;
}

/** "u = £2.20 × (62,000 / 250,000)^−0.30 = £3.36 a head at 62,000". */
function unitCostFormula(
  fn: SupportFunction,
  population: number,
  unitCost: number,
  reference: number,
): string {
  return (
    `u = ${formatPerHead(fn.costPerHead)} × (${formatPopulation(population)} / ${formatPopulation(reference)})^−${fn.scaleElasticity.toFixed(2)}` +
    ` = ${formatPerHead(unitCost)} a head at ${formatPopulation(population)}`
  );
}

/**
 * How a function's cost was computed, from the engine's `basis` (DESIGN.md §4, step 3–4), in
 * words and figures a finance lead can check line by line.
 */
export function explainFunctionCost(
  fn: SupportFunction,
  fc: FunctionCost,
  ctx: ExplainContext,
): string {
  const { basis } = fc;
  const a = ctx.assumptions;
  const ref = a.referencePopulation;
  const pop = formatPopulation(ctx.population);
  const cost = formatMoneyShort(fc.cost);
  const u = unitCostFormula(fn, basis.scalePopulation, basis.unitCost, ref);

  if (fc.source === 'structure') {
    const posts = `${fc.postIds?.length ?? 0} post${fc.postIds?.length === 1 ? '' : 's'}`;
    if (fc.mode === 'in-house')
      return `From ${ctx.ccgName}'s staffing structure: ${posts}, ${+(fc.wte ?? 0).toFixed(2)} WTE, pay × (1 + on-costs) plus their non-pay share = ${cost} (not the estimate)`;
    return (
      `From the arrangement's staffing structure: pool = ${posts} × (1 + ${formatPercent(basis.overhead ?? 0)} overhead) = ${formatMoneyShort(basis.pool ?? 0)};` +
      ` ${ctx.ccgName} pays ${formatPercent(basis.share ?? 0)} = ${cost}`
    );
  }

  switch (fc.mode) {
    case 'in-house':
      return `${u}; × ${pop} = ${cost}`;
    case 'shared-service':
    case 'host-ccg': {
      const byWhat =
        ctx.arrangement?.allocation === 'equal'
          ? 'equal shares'
          : `${pop} of ${formatPopulation(basis.scalePopulation)}`;
      return (
        `${u} (the arrangement's population); pool = ${formatPerHead(basis.unitCost)} × ${formatPopulation(basis.scalePopulation)}` +
        ` × (1 + ${formatPercent(basis.overhead ?? 0)} overhead) = ${formatMoneyShort(basis.pool ?? 0)};` +
        ` ${ctx.ccgName} pays ${formatPercent(basis.share ?? 0)} (${byWhat}) = ${cost}`
      );
    }
    case 'la-partnership': {
      const laId = ctx.arrangement?.laId;
      const laPop = laId ? ctx.laPopulation(laId) : undefined;
      const share = a.models.laPartnership.laParticipation;
      const pool =
        laPop !== undefined && laId
          ? `P = ${formatPopulation(basis.scalePopulation - share * laPop)} (members) + ${formatPercent(share)} × ${formatPopulation(laPop)} (${ctx.nameOf(laId)}) = ${formatPopulation(basis.scalePopulation)}; `
          : '';
      return (
        `${pool}${u}; pool = ${formatPerHead(basis.unitCost)} × ${formatPopulation(basis.scalePopulation)}` +
        ` × (1 + ${formatPercent(basis.overhead ?? 0)} overhead) = ${formatMoneyShort(basis.pool ?? 0)};` +
        ` ${ctx.ccgName} pays ${pop} / ${formatPopulation(basis.scalePopulation)} = ${formatPercent(basis.share ?? 0)} = ${cost}`
      );
    }
    case 'csu': {
      const provider = fc.providerId ? ctx.nameOf(fc.providerId) : 'the CSU';
      return (
        `${u} (${provider}'s scale); × (1 + ${formatPercent(basis.margin ?? 0)} margin) × ${pop}` +
        ` × (1 + ${formatPercent(basis.clientContractManagement ?? 0)} contract management) = ${cost}`
      );
    }
    case 'external': {
      const price = basis.price ?? 0;
      const priceText =
        basis.priceSource === 'provider'
          ? `price ${formatPerHead(price)} a head (the provider's own price)`
          : `${u}; price = ${formatPerHead(basis.unitCost)} × (1 + ${formatPercent(basis.margin ?? 0)} margin) = ${formatPerHead(price)} a head`;
      return (
        `${priceText}; × ${pop} × (1 + ${formatPercent(basis.clientContractManagement ?? 0)} contract management)` +
        ` + ${formatMoneyShort(basis.procurement ?? 0)} share of procurement (${formatMoneyShort(a.models.external.procurementCost)} over ${a.models.external.contractYears} years) = ${cost}`
      );
    }
  }
}
