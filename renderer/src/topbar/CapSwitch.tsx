import { useId, useState, type KeyboardEvent } from 'react';
import { yearAssumptionInfo } from '../../../shared/assumptions/assumptionInfo';
import { formatCap } from '../../../shared/format/format';
import type { CapScope } from '../assumptions/assumptionEdit';
import { parseAssumption, rangeProblem } from '../assumptions/assumptionUnits';
import { setCap } from './scenarioCommands';

/** The allowance (NHS Commissioning Board, 2012) and the top of the earlier £25–35 range. */
const PRESETS = [25, 35] as const;
/** The range and words of a year's allowance per head (the same for every year). */
const CAP_INFO = yearAssumptionInfo('year', 'Allowance')[0];

export interface CapSwitchProps {
  /** The shown planning year's allowance per head in force for the scenario shown. */
  readonly cap: number;
  /** The workspace's cap, which scenarios without their own use. */
  readonly workspaceCap: number;
  /** Whether the scenario shown has a cap of its own. */
  readonly ownCap: boolean;
  /** The shown year's label ("2013/14"): the switch sets that year's rate only. */
  readonly yearLabel?: string;
}

const SCOPE_HELP =
  'This scenario: gives the scenario shown its own cap; the others keep theirs. ' +
  'All scenarios: sets the workspace cap and removes every scenario’s own cap, so all of them use it.';

/**
 * £25 / £35 / Other…, for this scenario or all. A press applies at once (one undo step) and every
 * card, panel figure and status follows, since they derive from the document. Pressing the
 * current figure again applies it to the other scope, so "£35 for all" is two clicks, not three.
 */
export function CapSwitch({ cap, workspaceCap, ownCap, yearLabel = '' }: CapSwitchProps) {
  const heading = yearLabel ? `${yearLabel} allowance per head` : 'Allowance per head';
  const id = useId();
  const [scope, setScope] = useState<CapScope>('scenario');
  const [other, setOther] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const isPreset = (PRESETS as readonly number[]).includes(cap);

  const check = (text: string): { value?: number; error: string | null } => {
    const parsed = parseAssumption('poundsPerHead', text);
    if (!parsed.ok) return { error: parsed.message };
    const problem = CAP_INFO ? rangeProblem(CAP_INFO, parsed.value) : undefined;
    return problem ? { error: problem } : { value: parsed.value, error: null };
  };

  const applyOther = (): void => {
    if (other === null) return;
    const checked = check(other);
    if (checked.value === undefined) {
      setError(checked.error);
      return;
    }
    if (setCap(checked.value, scope)) {
      setOther(null);
      setError(null);
    }
  };

  const onOtherKey = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'Enter') {
      event.preventDefault();
      applyOther();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setOther(null);
      setError(null);
    }
  };

  return (
    <div className="cap-switch" role="group" aria-labelledby={`${id}-label`}>
      <div className="cap-switch-head">
        <span id={`${id}-label`} className="scenario-picker-label">
          {heading}
        </span>
        <select
          className="cap-scope"
          aria-label="Apply the cap to"
          aria-describedby={`${id}-help`}
          title={SCOPE_HELP}
          value={scope}
          onChange={(e) => setScope(e.target.value as CapScope)}
        >
          <option value="scenario">This scenario</option>
          <option value="all">All scenarios</option>
        </select>
      </div>
      <div className="cap-switch-row">
        {PRESETS.map((p) => (
          <button
            key={p}
            type="button"
            className="cap-option"
            aria-pressed={cap === p}
            title={`Set the ${heading.charAt(0).toLowerCase()}${heading.slice(1)} to ${formatCap(p)} for ${scope === 'all' ? 'all scenarios' : 'this scenario'}`}
            onClick={() => {
              setOther(null);
              setError(null);
              setCap(p, scope);
            }}
          >
            {formatCap(p)}
          </button>
        ))}
        {other === null ? (
          <button
            type="button"
            className="cap-option"
            aria-pressed={!isPreset}
            title="Type any cap per head"
            onClick={() => setOther(isPreset ? '' : String(cap))}
          >
            {isPreset ? 'Other…' : `${formatCap(cap)} (other)`}
          </button>
        ) : (
          <input
            className="cap-other"
            aria-label={`Other ${heading.charAt(0).toLowerCase()}${heading.slice(1)}, £, for ${scope === 'all' ? 'all scenarios' : 'this scenario'}`}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            inputMode="decimal"
            placeholder="£ per head"
            value={other}
            // Focus follows the user's own click on "Other…", which put this field here.
            autoFocus
            onChange={(e) => {
              setOther(e.target.value);
              setError(e.target.value.trim() === '' ? null : check(e.target.value).error);
            }}
            onKeyDown={onOtherKey}
            onBlur={() => (other.trim() === '' ? setOther(null) : applyOther())}
            autoComplete="off"
          />
        )}
        {ownCap && (
          <span className="cap-note">
            This scenario’s own cap;
            <br />
            workspace {formatCap(workspaceCap)}
          </span>
        )}
      </div>
      <span id={`${id}-help`} className="visually-hidden">
        {SCOPE_HELP}
      </span>
      {error && (
        <span id={`${id}-error`} className="field-error cap-error">
          <span aria-hidden="true">✕</span> {error}
        </span>
      )}
    </div>
  );
}
