import { useId, useState } from 'react';
import type { Workspace } from '../../../shared/model/workspace';
import { TornadoChart } from '../charts/TornadoChart';
import { useEditor } from '../editor/EditorContext';
import { parseNumberInput } from '../inspector/parseNumberInput';
import { costScenarioCached, resolvedAssumptionsCached } from '../state/costScenarioCached';
import { useUiStore } from '../state/uiStore';
import { BreakEvenAnswers } from './BreakEvenAnswers';
import { useCompareStore } from './compareStore';

export interface SensitivitySectionProps {
  readonly workspace: Workspace;
  /** The scenarios on offer (the picked ones); the first is measured until the user chooses. */
  readonly scenarioIds: readonly string[];
  readonly large: boolean;
  /** The planning year measured; the year shown in the editor when left out. */
  readonly yearId?: string;
}

const WHOLE = '';

/** The tornado for a CCG or the whole scenario with a ±% control, and break-even for the CCG. */
export function SensitivitySection({
  workspace,
  scenarioIds,
  large,
  yearId: chosenYearId,
}: SensitivitySectionProps) {
  const ids = useId();
  const editor = useEditor();
  const storedScenarioId = useCompareStore((s) => s.sensitivityScenarioId);
  const storedCcgId = useCompareStore((s) => s.sensitivityCcgId);
  const percent = useCompareStore((s) => s.percent);
  const scenarioId =
    storedScenarioId && workspace.scenarios.some((s) => s.id === storedScenarioId)
      ? storedScenarioId
      : (scenarioIds[0] ?? workspace.scenarios[0]?.id ?? '');
  const scenario = workspace.scenarios.find((s) => s.id === scenarioId);
  const uiYearId = useUiStore((s) => s.yearId);
  const yearId = chosenYearId ?? uiYearId;
  const result = scenario ? costScenarioCached(workspace, scenario.id, yearId) : null;
  // A CCG chosen in another scenario may be missing here: fall back to the whole scenario.
  const ccgId = result?.ccgs.some((c) => c.id === storedCcgId) ? storedCcgId : null;
  const [draft, setDraft] = useState(String(percent));
  const [error, setError] = useState<string | null>(null);

  const commitPercent = (text: string): void => {
    setDraft(text);
    const parsed = parseNumberInput(text.replace(/%$/, '').replace(/^±/, ''), '20');
    if (!parsed.ok) return setError(parsed.message);
    if (parsed.value <= 0 || parsed.value > 100)
      return setError(`Enter a range from 1% to 100%, not ${text.trim()}`);
    setError(null);
    editor.comparison.setPercent(parsed.value);
  };

  if (!scenario || !result) return null;
  return (
    <div className="sensitivity">
      <div className="sensitivity-controls">
        <label>
          Scenario to test{' '}
          <select
            value={scenario.id}
            onChange={(e) => editor.comparison.setSensitivity(e.target.value, ccgId)}
          >
            {workspace.scenarios.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Measure{' '}
          <select
            value={ccgId ?? WHOLE}
            onChange={(e) =>
              editor.comparison.setSensitivity(
                scenario.id,
                e.target.value === WHOLE ? null : e.target.value,
              )
            }
          >
            <option value={WHOLE}>Whole scenario (weighted £/head)</option>
            {result.ccgs.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Move each assumption by ±{' '}
          <input
            className="sensitivity-percent"
            inputMode="decimal"
            value={draft}
            size={4}
            aria-invalid={error !== null}
            aria-describedby={error ? `${ids}-error` : undefined}
            onChange={(e) => commitPercent(e.target.value)}
          />
          %
        </label>
        {error && (
          <p id={`${ids}-error`} className="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
      <TornadoChart
        workspace={workspace}
        scenarioId={scenario.id}
        ccgId={ccgId}
        percent={percent}
        options={{ large }}
        yearId={result.year.id}
      />
      {ccgId ? (
        <BreakEvenAnswers
          scenario={scenario}
          assumptions={resolvedAssumptionsCached(workspace, scenario.id)}
          ccgId={ccgId}
          yearId={result.year.id}
        />
      ) : (
        <p className="muted">Choose a CCG under “Measure” to see its break-even answers.</p>
      )}
    </div>
  );
}
