/**
 * Sensitivity (issue 5): each numeric costing assumption of DESIGN.md §4 moved down and up by a
 * percentage, one at a time, through costScenarioWith; the bars are sorted by the swing in £/head
 * of one CCG or of the scenario's population-weighted total per head.
 */
import type { AssumptionInfo } from '../assumptions/assumptionInfo';
import { assumptionValue, withAssumptionValue } from '../assumptions/assumptionPaths';
import { costScenarioWith } from '../costing/costScenario';
import type { ScenarioResult } from '../costing/results';
import { assumptionInfos } from '../compare/assumptionDisplay';
import { MODEL_LIST } from '../model/arrangementModels';
import type { Assumptions, Scenario } from '../model/workspace';
import { scenarioForCcg } from './scenarioForCcg';

/**
 * Assumptions that change no cost: the allowance and amber margin only judge the figure, and the
 * small-CCG threshold only raises a flag.
 */
const NOT_COSTS = new Set(['amberMargin', 'smallCcgPopulation']);

/**
 * Whether the assumption at `path` is a cost driver to rank. A year's allowance only judges the
 * figure; its cost index scales every cost of that year alike, so ±20% of it would top every
 * tornado and say nothing about which assumption matters.
 */
function isCostIn(path: string): boolean {
  return !NOT_COSTS.has(path) && !path.startsWith('years.');
}

export const DEFAULT_SENSITIVITY_PERCENT = 20;

export interface TornadoBar {
  readonly path: string;
  readonly label: string;
  readonly unit: AssumptionInfo['unit'];
  readonly value: number;
  /** The value moved down and up, held inside the assumption's valid range. */
  readonly lowValue: number;
  readonly highValue: number;
  /** £/head with the assumption at lowValue and at highValue. */
  readonly lowPerHead: number;
  readonly highPerHead: number;
  /** |highPerHead − lowPerHead|. */
  readonly swing: number;
}

export interface Tornado {
  /** The CCG measured, or null for the whole scenario's total per head. */
  readonly ccgId: string | null;
  readonly percent: number;
  readonly basePerHead: number;
  /** Every costing assumption, the largest swing first (ties keep display order). */
  readonly bars: readonly TornadoBar[];
}

/**
 * Assumption paths that provably cannot move this scenario's figures: a model's parameters when
 * no arrangement uses that model, the devolved-locality cost when no CCG is federated. Their bars
 * are zero without costing, which halves the work in scenarios that use few models.
 */
function unusedPrefixes(scenario: Scenario): readonly string[] {
  const models = new Set(scenario.arrangements.map((a) => a.model));
  const unused: string[] = [];
  for (const r of MODEL_LIST) if (!models.has(r.model)) unused.push(`models.${r.assumptionsKey}.`);
  if (!scenario.nodes.some((n) => n.kind === 'ccg' && n.federated))
    unused.push('core.perDevolvedLocality');
  return unused;
}

/** £/head of a CCG in a result, or the scenario's total per head when ccgId is null. */
export function perHeadOf(result: ScenarioResult, ccgId: string | null): number {
  if (ccgId === null) return result.totals.perHead;
  const ccg = result.ccgs.find((c) => c.id === ccgId);
  if (!ccg) throw new Error(`CCG "${ccgId}" is not in scenario "${result.name}".`);
  return ccg.perHead;
}

/** Moves a value by ±percent and holds it inside [min, max] (an exclusive minimum stays above it). */
function moved(value: number, factor: number, info: AssumptionInfo): number {
  const v = value * factor;
  if (v > info.max) return info.max;
  if (v < info.min || (!info.minInclusive && v <= info.min))
    return info.minInclusive ? info.min : value;
  return v;
}

/**
 * The tornado for a CCG (or the whole scenario when ccgId is null) under resolved assumptions, in
 * planning year `yearId` (default the first).
 */
export function tornado(
  scenario: Scenario,
  assumptions: Assumptions,
  ccgId: string | null,
  percent = DEFAULT_SENSITIVITY_PERCENT,
  yearId?: string,
): Tornado {
  if (!(percent > 0 && percent <= 100))
    throw new Error(
      `The sensitivity range must be more than 0% and at most 100%, not ${percent}%.`,
    );
  if (ccgId !== null) scenario = scenarioForCcg(scenario, ccgId);
  const options = { yearId };
  const basePerHead = perHeadOf(costScenarioWith(scenario, assumptions, options), ccgId);
  const unused = unusedPrefixes(scenario);
  const bars: TornadoBar[] = [];
  for (const info of assumptionInfos(assumptions)) {
    if (!isCostIn(info.path)) continue;
    const value = assumptionValue(assumptions, info.path);
    if (value === undefined) continue;
    const lowValue = moved(value, 1 - percent / 100, info);
    const highValue = moved(value, 1 + percent / 100, info);
    const inert = unused.some((prefix) => info.path.startsWith(prefix));
    const at = (v: number): number =>
      v === value || inert
        ? basePerHead
        : perHeadOf(
            costScenarioWith(scenario, withAssumptionValue(assumptions, info.path, v), options),
            ccgId,
          );
    const lowPerHead = at(lowValue);
    const highPerHead = at(highValue);
    bars.push({
      path: info.path,
      label: info.label,
      unit: info.unit,
      value,
      lowValue,
      highValue,
      lowPerHead,
      highPerHead,
      swing: Math.abs(highPerHead - lowPerHead),
    });
  }
  // Stable sort: equal swings keep the assumptions' display order.
  bars.sort((x, y) => y.swing - x.swing);
  return { ccgId, percent, basePerHead, bars };
}
