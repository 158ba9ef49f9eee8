import { useId, useState } from 'react';
import { functionAssumptionInfo } from '../../../shared/assumptions/assumptionInfo';
import {
  CORE_FIT_POPULATION,
  coreAtFitPoint,
  coreFixedShare,
  splitCore,
} from '../../../shared/assumptions/coreSplit';
import {
  formatMoneyShort,
  formatPerHead,
  formatPercent,
  formatPopulation,
} from '../../../shared/format/format';
import type { Assumptions } from '../../../shared/model/workspace';
import { useShownYearId } from '../state/useScenarioResult';
import { hasWhatIfs } from '../state/applyWhatIfs';
import { useEditor } from '../editor/EditorContext';
import { useWorkshopStore } from '../state/workshopStore';

export const CAP_RANGE = { min: 15, max: 40, step: 0.5 } as const;
const MARGIN_RANGE = { min: 0, max: 0.3, step: 0.01 } as const;
const FUNCTION_COST_STEP = 0.05;
/** The core's fixed share moves in 5% steps: finer than the judgement it stands for. */
const CORE_SHARE_RANGE = { min: 0, max: 1, step: 0.05 } as const;

/** The valid range's top for a function's cost per head: a what-if never goes past it. */
const FUNCTION_COST_LIMIT = functionAssumptionInfo('', '')[0]?.max ?? 1000;

/** The top of a function's cost slider: three times the scenario's value, at least £5, within the valid range. */
export function functionCostMax(base: number): number {
  return Math.min(FUNCTION_COST_LIMIT, Math.max(5, Math.ceil(base * 3)));
}

/**
 * Live what-if sliders for a presenter: the cap, one function's cost per head and the CSU
 * margin. They change the session's what-ifs only (no undo step, nothing saved); "Reset
 * what-ifs" puts every figure back to the scenario's own. `base` is the scenario's assumptions.
 */
export function WhatIfPanel({ base }: { readonly base: Assumptions }) {
  const whatIfs = useWorkshopStore((s) => s.whatIfs);
  const editor = useEditor();
  const [functionId, setFunctionId] = useState(base.functions[0]?.id ?? '');
  const ids = { cap: useId(), fn: useId(), fnCost: useId(), margin: useId(), core: useId() };

  // The slider acts on the shown planning year's allowance per head.
  const yearId = useShownYearId();
  const baseCap =
    base.years.find((y) => y.id === yearId)?.allowancePerHead ??
    base.years[0]?.allowancePerHead ??
    25;
  const cap = whatIfs.allowancePerHead ?? baseCap;
  const fn = base.functions.find((f) => f.id === functionId) ?? base.functions[0];
  const fnCost =
    whatIfs.functionCost?.functionId === fn?.id
      ? whatIfs.functionCost.costPerHead
      : (fn?.costPerHead ?? 0);
  const margin = whatIfs.csuMargin ?? base.models.csu.margin;
  const coreShare = whatIfs.coreFixedShare ?? coreFixedShare(base.core);
  const coreNow = splitCore(base.core, coreShare);
  const changed = hasWhatIfs(whatIfs);

  return (
    <section className="what-ifs" aria-labelledby={`${ids.cap}-heading`}>
      <h2 id={`${ids.cap}-heading`} className="visually-hidden">
        What if…
      </h2>
      <div className="what-if">
        <label htmlFor={ids.cap}>Running cost cap</label>
        <input
          id={ids.cap}
          type="range"
          min={CAP_RANGE.min}
          max={CAP_RANGE.max}
          step={CAP_RANGE.step}
          value={cap}
          aria-valuetext={`${formatPerHead(cap)} a head`}
          onChange={(e) => editor.workshop.setWhatIfs({ allowancePerHead: Number(e.target.value) })}
        />
        {/* The scenario's own figure has a line of its own, kept when empty, so moving the slider never reflows the bar. */}
        <output htmlFor={ids.cap}>{formatPerHead(cap)} a head</output>
        <span className="what-if-was">
          {whatIfs.allowancePerHead !== undefined && cap !== baseCap
            ? `scenario ${formatPerHead(baseCap)}`
            : '\u00a0'}
        </span>
      </div>
      {fn && (
        <div className="what-if what-if-fn">
          {/* The chosen function names the slider below it. */}
          <select
            id={ids.fn}
            aria-label="Function whose cost to change"
            value={fn.id}
            onChange={(e) => setFunctionId(e.target.value)}
          >
            {base.functions.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </select>
          <input
            id={ids.fnCost}
            type="range"
            min={0}
            max={functionCostMax(fn.costPerHead)}
            step={FUNCTION_COST_STEP}
            value={fnCost}
            aria-label={`${fn.name}: cost per head`}
            aria-valuetext={`${formatPerHead(fnCost)} a head at the reference population`}
            onChange={(e) =>
              editor.workshop.setWhatIfs({
                functionCost: { functionId: fn.id, costPerHead: Number(e.target.value) },
              })
            }
          />
          <output htmlFor={ids.fnCost}>{formatPerHead(fnCost)} a head</output>
        </div>
      )}
      <div className="what-if">
        <label htmlFor={ids.margin}>CSU margin</label>
        <input
          id={ids.margin}
          type="range"
          min={MARGIN_RANGE.min}
          max={MARGIN_RANGE.max}
          step={MARGIN_RANGE.step}
          value={margin}
          aria-valuetext={formatPercent(margin)}
          onChange={(e) => editor.workshop.setWhatIfs({ csuMargin: Number(e.target.value) })}
        />
        <output htmlFor={ids.margin}>{formatPercent(margin)}</output>
      </div>
      <div className="what-if what-if-core">
        <label htmlFor={ids.core}>
          Core: fixed share at {formatPopulation(CORE_FIT_POPULATION)}
        </label>
        <input
          id={ids.core}
          type="range"
          min={CORE_SHARE_RANGE.min}
          max={CORE_SHARE_RANGE.max}
          step={CORE_SHARE_RANGE.step}
          value={coreShare}
          aria-describedby={`${ids.core}-what`}
          aria-valuetext={`${formatPercent(coreShare)} fixed: ${formatMoneyShort(coreNow.fixedPerCcg)} a CCG plus ${formatPerHead(coreNow.perHead)} a head`}
          onChange={(e) => editor.workshop.setWhatIfs({ coreFixedShare: Number(e.target.value) })}
        />
        <output htmlFor={ids.core}>{formatPercent(coreShare)} fixed</output>
        <span className="what-if-was">
          {formatMoneyShort(coreNow.fixedPerCcg)} + {formatPerHead(coreNow.perHead)} a head
        </span>
        <p id={`${ids.core}-what`} className="visually-hidden">
          A CCG of {formatPopulation(CORE_FIT_POPULATION)} keeps its{' '}
          {formatMoneyShort(coreAtFitPoint(base.core))} core; smaller CCGs pay more as the fixed
          share rises.
        </p>
      </div>
      <div className="what-if-reset">
        <p className="what-if-note" role="status">
          {changed ? 'What-ifs: not saved' : 'Scenario’s own figures'}
        </p>
        <button
          type="button"
          className="workshop-button"
          onClick={() => editor.workshop.resetWhatIfs()}
          disabled={!changed}
        >
          Reset what-ifs
        </button>
      </div>
    </section>
  );
}
