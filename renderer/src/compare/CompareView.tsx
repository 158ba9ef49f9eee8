import { useId, useMemo, useState } from 'react';
import { yearsComparison } from '../../../shared/compare/yearsComparison';
import { getBridge } from '../bridge/getBridge';
import { useEditor } from '../editor/EditorContext';
import { BreakdownChart } from '../charts/BreakdownChart';
import { PerHeadChart } from '../charts/PerHeadChart';
import { WaterfallChart } from '../charts/WaterfallChart';
import { YearsChart } from '../charts/YearsChart';
import { costScenarioCached, shownYearId } from '../state/costScenarioCached';
import { useDocumentStore } from '../state/documentStore';
import { useUiStore } from '../state/uiStore';
import { CompareTable, CompareTotals } from './CompareTable';
import { CompareTransition } from './CompareTransition';
import { exportComparisonCsv } from './exportComparisonCsv';
import { pickedScenarioIds, useCompareStore, withBaseline } from './compareStore';
import { ScenarioDiffList } from './ScenarioDiffList';
import { ScenarioPicker } from './ScenarioPicker';
import { SensitivitySection } from './SensitivitySection';
import { YearsByCcgTable } from './YearsByCcgTable';
import '../styles/compare.css';

/**
 * The Compare tab: pick two to four scenarios, then read them side by side (table, totals, what
 * changes in words), as charts, and test the figures' sensitivity and break-even points.
 */
export function CompareView() {
  const workspace = useDocumentStore((s) => s.workspace);
  const shownId = useUiStore((s) => s.scenarioId);
  const editor = useEditor();
  const picked = useCompareStore((s) => s.picked);
  const large = useCompareStore((s) => s.large);
  const compareYearId = useCompareStore((s) => s.yearId);
  const uiYearId = useUiStore((s) => s.yearId);
  // The year compared: the one picked here, else the one shown in the editor, else the first.
  const yearId = shownYearId(workspace.assumptions, compareYearId ?? uiYearId) ?? '';
  const yearSelectId = useId();
  const baselineSelectId = useId();
  // One array per distinct selection (rebuilt from its joined ids), so the memoised tables and
  // charts recompute only when the selection or the document changes.
  const joined = pickedScenarioIds(
    picked,
    workspace.scenarios.map((s) => s.id),
    shownId,
  ).join('\u0000');
  const ids = useMemo(() => (joined ? joined.split('\u0000') : []), [joined]);
  const [waterfallTo, setWaterfallTo] = useState<string | null>(null);
  const [exportMessage, setExportMessage] = useState('');
  const ready = ids.length >= 2;
  const toId =
    waterfallTo && ids.includes(waterfallTo) && waterfallTo !== ids[0] ? waterfallTo : ids[1];
  const waterfallIds = useMemo(() => (ids[0] && toId ? [ids[0], toId] : []), [ids, toId]);
  const years = useMemo(
    () => yearsComparison(ids.map((id) => costScenarioCached(workspace, id))),
    [workspace, ids],
  );

  return (
    <div className={`compare-view${large ? ' is-large' : ''}`}>
      <div className="compare-top">
        <h2 className="compare-heading">Compare scenarios</h2>
        <ScenarioPicker
          scenarios={workspace.scenarios}
          picked={ids}
          onChange={(next) => editor.comparison.setPicked(next)}
        />
        {ids.length >= 2 && (
          <div className="compare-baseline-picker">
            <label htmlFor={baselineSelectId}>Baseline for the changes</label>{' '}
            <select
              id={baselineSelectId}
              value={ids[0]}
              onChange={(e) => editor.comparison.setPicked(withBaseline(ids, e.target.value))}
            >
              {ids.map((id) => (
                <option key={id} value={id}>
                  {workspace.scenarios.find((s) => s.id === id)?.name ?? id}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="compare-year">
          <label htmlFor={yearSelectId}>Year to compare</label>{' '}
          <select
            id={yearSelectId}
            value={yearId}
            onChange={(e) => editor.comparison.setYearId(e.target.value)}
          >
            {workspace.assumptions.years.map((y) => (
              <option key={y.id} value={y.id}>
                {y.label}
              </option>
            ))}
          </select>
        </div>
        <label className="compare-large">
          <input
            type="checkbox"
            checked={large}
            onChange={(e) => editor.comparison.setLarge(e.target.checked)}
          />{' '}
          Large type for projectors
        </label>
        <button
          type="button"
          className="compare-export"
          disabled={ids.length < 2}
          onClick={() => {
            void exportComparisonCsv(getBridge(), workspace, ids, yearId).then(setExportMessage);
          }}
        >
          Export comparison as CSV…
        </button>
        <p className="compare-export-status" role="status">
          {exportMessage}
        </p>
      </div>
      {!ready ? (
        <p className="compare-empty">Pick at least two scenarios to compare them.</p>
      ) : (
        <>
          <section className="compare-section" aria-labelledby="compare-table-title">
            <h3 id="compare-table-title">Side by side</h3>
            <CompareTable
              workspace={workspace}
              scenarioIds={ids}
              options={{ large }}
              yearId={yearId}
            />
            <CompareTotals
              workspace={workspace}
              scenarioIds={ids}
              options={{ large }}
              yearId={yearId}
            />
          </section>
          <section className="compare-section" aria-labelledby="compare-transition-title">
            <h3 id="compare-transition-title">One-off transition costs</h3>
            <CompareTransition workspace={workspace} scenarioIds={ids} large={large} />
          </section>
          <section className="compare-section" aria-labelledby="compare-diff-title">
            <h3 id="compare-diff-title">What changes</h3>
            <ScenarioDiffList workspace={workspace} scenarioIds={ids} />
          </section>
          <section className="compare-section" aria-labelledby="compare-charts-title">
            <h3 id="compare-charts-title">Charts</h3>
            <PerHeadChart
              workspace={workspace}
              scenarioIds={ids}
              options={{ large }}
              yearId={yearId}
            />
            <BreakdownChart
              workspace={workspace}
              scenarioIds={ids}
              options={{ large }}
              yearId={yearId}
            />
            {ids.length > 2 && (
              <label className="chart-controls">
                Waterfall from {workspace.scenarios.find((s) => s.id === ids[0])?.name} to{' '}
                <select value={toId} onChange={(e) => setWaterfallTo(e.target.value)}>
                  {ids.slice(1).map((id) => (
                    <option key={id} value={id}>
                      {workspace.scenarios.find((s) => s.id === id)?.name}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <WaterfallChart
              workspace={workspace}
              scenarioIds={waterfallIds}
              options={{ large }}
              yearId={yearId}
            />
          </section>
          <section className="compare-section" aria-labelledby="compare-years-title">
            <h3 id="compare-years-title">Year by year</h3>
            <YearsChart years={years} options={{ large }} />
            <YearsByCcgTable years={years} large={large} />
          </section>
        </>
      )}
      <section className="compare-section" aria-labelledby="compare-sensitivity-title">
        <h3 id="compare-sensitivity-title">Sensitivity and break-even</h3>
        <SensitivitySection workspace={workspace} scenarioIds={ids} large={large} yearId={yearId} />
      </section>
    </div>
  );
}
