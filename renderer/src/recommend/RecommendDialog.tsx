/**
 * Recommend…: choose the scope, year, rules and models; the solver runs in a worker with a
 * progress bar (best answer so far) and Cancel; the answer is added as a new scenario beside the
 * current one in one undoable edit, its change list shown, and Compare opens on the two.
 */
import { useEffect, useRef, useState } from 'react';
import { formatPounds } from '../../../shared/format/format';
import { deliveryLabel } from '../../../shared/model/arrangementModels';
import {
  RECOMMEND_MODELS,
  recommendOptions,
  type RecommendModel,
  type RecommendOptions,
  type RecommendScope,
} from '../../../shared/recommend/options';
import type { Recommendation, RecommendProgress } from '../../../shared/recommend/recommend';
import { plainRefusal } from '../canvas/plainRefusal';
import { ModalDialog } from '../dialogs/ModalDialog';
import { dispatchEdit } from '../state/dispatchEdit';
import { useDocumentStore } from '../state/documentStore';
import { useCurrentScenario } from '../state/useCurrentScenario';
import { useScenarioAssumptions, useShownYearId } from '../state/useScenarioResult';
import { useUiStore } from '../state/uiStore';
import { runRecommendWorker, type RecommendRun } from './runRecommendWorker';
import '../styles/recommend.css';
import { appEditor } from '../editor/appEditor';

type Phase =
  | { readonly kind: 'choosing' }
  | { readonly kind: 'running'; readonly progress?: RecommendProgress }
  | { readonly kind: 'done'; readonly recommendation: Recommendation }
  | { readonly kind: 'failed'; readonly errors: readonly string[] };

/** The bar moves within a round too (a large scope takes many solves per round). */
function progressValue(progress: RecommendProgress | undefined): number {
  if (!progress) return 0;
  return progress.roundDone === undefined
    ? progress.round
    : progress.round - 1 + progress.roundDone;
}

export function RecommendDialog({ onClose }: { readonly onClose: () => void }) {
  const workspace = useDocumentStore((s) => s.workspace);
  const scenario = useCurrentScenario();
  const assumptions = useScenarioAssumptions();
  const shownYear = useShownYearId();
  const selectedIds = useUiStore((s) => s.selectedIds);
  const clusters = scenario.nodes.filter((n) => n.kind === 'cluster');
  const selectedCcgs = selectedIds.filter((id) =>
    scenario.nodes.some((n) => n.id === id && n.kind === 'ccg'),
  );

  const [scopeKind, setScopeKind] = useState<RecommendScope['kind']>('all');
  const [clusterId, setClusterId] = useState(clusters[0]?.id ?? '');
  const [yearId, setYearId] = useState(shownYear);
  const [options, setOptions] = useState<RecommendOptions>(recommendOptions());
  const [phase, setPhase] = useState<Phase>({ kind: 'choosing' });
  const run = useRef<RecommendRun | null>(null);
  useEffect(() => () => run.current?.cancel(), []);

  const set = (patch: Partial<RecommendOptions>): void => setOptions((o) => ({ ...o, ...patch }));
  const toggleModel = (m: RecommendModel, on: boolean): void =>
    set({ models: RECOMMEND_MODELS.filter((x) => (x === m ? on : options.models.includes(x))) });

  const start = (): void => {
    const scope: RecommendScope =
      scopeKind === 'cluster'
        ? { kind: 'cluster', clusterId }
        : scopeKind === 'ccgs'
          ? { kind: 'ccgs', ccgIds: selectedCcgs }
          : { kind: 'all' };
    setPhase({ kind: 'running' });
    run.current = runRecommendWorker(
      { workspace, scenarioId: scenario.id, options: { ...options, scope, yearId } },
      (message) => {
        if (message.kind === 'progress') setPhase({ kind: 'running', progress: message.progress });
        else if (message.kind === 'failed') setPhase({ kind: 'failed', errors: [message.error] });
        else if (!message.outcome.ok) setPhase({ kind: 'failed', errors: message.outcome.errors });
        else {
          const rec = message.outcome.recommendation;
          const result = dispatchEdit({
            type: 'insertScenario',
            scenario: rec.scenario,
            afterScenarioId: scenario.id,
          });
          if (!result.ok) {
            setPhase({ kind: 'failed', errors: [plainRefusal(result.errors)] });
            return;
          }
          appEditor().compare([scenario.id, rec.scenario.id]);
          setPhase({ kind: 'done', recommendation: rec });
        }
      },
    );
  };
  const cancel = (): void => {
    run.current?.cancel();
    run.current = null;
    setPhase({ kind: 'choosing' });
  };

  return (
    <ModalDialog
      className="recommend-dialog"
      labelledBy="recommend-title"
      describedBy="recommend-intro"
      onClose={phase.kind === 'running' ? cancel : onClose}
    >
      <h2 id="recommend-title">Recommend</h2>
      <p id="recommend-intro">
        The configuration of support with the least running cost in the year that meets the rules
        you tick, starting from “{scenario.name}”. It is added as a new scenario; this one is not
        changed.
      </p>
      {phase.kind === 'choosing' && (
        <form
          className="recommend-form"
          onSubmit={(e) => {
            e.preventDefault();
            start();
          }}
        >
          <fieldset>
            <legend>CCGs to reconsider</legend>
            <label>
              <input
                type="radio"
                name="recommend-scope"
                checked={scopeKind === 'all'}
                onChange={() => setScopeKind('all')}
                data-autofocus
              />{' '}
              All CCGs
            </label>
            <label>
              <input
                type="radio"
                name="recommend-scope"
                checked={scopeKind === 'cluster'}
                onChange={() => setScopeKind('cluster')}
                disabled={clusters.length === 0}
              />{' '}
              The cluster
            </label>
            <select
              aria-label="Cluster"
              value={clusterId}
              onChange={(e) => {
                setClusterId(e.target.value);
                setScopeKind('cluster');
              }}
              disabled={clusters.length === 0}
            >
              {clusters.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
            <label>
              <input
                type="radio"
                name="recommend-scope"
                checked={scopeKind === 'ccgs'}
                onChange={() => setScopeKind('ccgs')}
                disabled={selectedCcgs.length === 0}
              />{' '}
              The selected CCGs ({selectedCcgs.length})
            </label>
          </fieldset>
          <label className="recommend-field">
            Year
            <select value={yearId} onChange={(e) => setYearId(e.target.value)}>
              {assumptions.years.map((y) => (
                <option key={y.id} value={y.id}>
                  {y.label}
                </option>
              ))}
            </select>
          </label>
          <fieldset>
            <legend>Rules</legend>
            <label>
              <input
                type="checkbox"
                checked={options.withinAllowance}
                onChange={(e) => set({ withinAllowance: e.target.checked })}
              />{' '}
              Every CCG within its allowance (if impossible, the least overshoot)
            </label>
            <label>
              <input
                type="checkbox"
                checked={options.withinCluster}
                onChange={(e) => set({ withinCluster: e.target.checked })}
              />{' '}
              Share only within a cluster
            </label>
            <label className="recommend-field">
              At most
              <input
                type="number"
                min={1}
                max={12}
                step={1}
                value={options.maxMembers}
                onChange={(e) =>
                  set({ maxMembers: Math.max(1, Math.round(Number(e.target.value) || 1)) })
                }
              />
              members per pooled arrangement
            </label>
            <label>
              <input
                type="checkbox"
                checked={options.noExternalBi}
                onChange={(e) => set({ noExternalBi: e.target.checked })}
              />{' '}
              No external contract for business intelligence
            </label>
            <label>
              <input
                type="checkbox"
                checked={options.noDominantHost}
                onChange={(e) => set({ noDominantHost: e.target.checked })}
              />{' '}
              No dominant host (over half the population)
            </label>
            <label>
              <input
                type="checkbox"
                checked={options.riskShareAgreed}
                onChange={(e) => set({ riskShareAgreed: e.target.checked })}
              />{' '}
              Mark risk sharing agreed on every new pooled arrangement
            </label>
          </fieldset>
          <fieldset>
            <legend>Models allowed</legend>
            {RECOMMEND_MODELS.map((m) => (
              <label key={m}>
                <input
                  type="checkbox"
                  checked={options.models.includes(m)}
                  onChange={(e) => toggleModel(m, e.target.checked)}
                />{' '}
                {deliveryLabel(m)}
              </label>
            ))}
          </fieldset>
          <div className="dialog-actions">
            <button type="button" onClick={onClose}>
              Close
            </button>
            <button type="submit" className="button-primary">
              Recommend
            </button>
          </div>
        </form>
      )}
      {phase.kind === 'running' && (
        <div className="recommend-running">
          <label htmlFor="recommend-progress">
            Working: {phase.progress?.message ?? 'Starting…'}
          </label>
          <progress
            id="recommend-progress"
            max={phase.progress?.maxRounds ?? 1}
            value={progressValue(phase.progress)}
          />
          {phase.progress?.bestRunning !== undefined && (
            <p>Best answer so far: {formatPounds(phase.progress.bestRunning)} running cost.</p>
          )}
          <div className="dialog-actions">
            <button type="button" onClick={cancel} data-autofocus>
              Cancel
            </button>
          </div>
        </div>
      )}
      {phase.kind === 'failed' && (
        <div role="alert">
          <p>No recommendation was made; nothing was changed.</p>
          <ul>
            {phase.errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
          <div className="dialog-actions">
            <button type="button" onClick={() => setPhase({ kind: 'choosing' })} data-autofocus>
              Back
            </button>
          </div>
        </div>
      )}
      {phase.kind === 'done' && (
        <RecommendResult recommendation={phase.recommendation} onClose={onClose} />
      )}
    </ModalDialog>
  );
}

function RecommendResult({
  recommendation: rec,
  onClose,
}: {
  readonly recommendation: Recommendation;
  readonly onClose: () => void;
}) {
  return (
    <div className="recommend-result">
      <p role="status">
        Added “{rec.scenario.name}”. Compare shows it beside the scenario you started from; Undo
        takes it away.
      </p>
      <h3>Changes</h3>
      <ul className="recommend-changes">
        {rec.changes.map((c) => (
          <li key={c.ccgId}>
            {c.summary}
            {c.moves.length > 0 && (
              <ul>
                {c.moves.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      <h3>Rules</h3>
      <ul className="recommend-rules">
        {rec.rules.map((r) => (
          <li key={r.rule}>
            <strong>{r.met ? 'Met' : 'Not met'}:</strong> {r.rule} — {r.detail}
          </li>
        ))}
      </ul>
      {rec.binding
        .filter((b) => b.overshoot > 0)
        .map((b) => (
          <p key={b.ccgId}>{b.message}.</p>
        ))}
      <p>
        {rec.rounds} round{rec.rounds === 1 ? '' : 's'} of CSU pricing (
        {rec.convergence === 'fixed-point'
          ? 'the prices settled'
          : rec.convergence === 'time-limit'
            ? 'the time limit ran out'
            : rec.convergence}
        );{' '}
        {rec.optimal
          ? 'the best possible under these rules.'
          : `not proved the best (${rec.status}).`}
      </p>
      <div className="dialog-actions">
        <button type="button" className="button-primary" onClick={onClose} data-autofocus>
          Close
        </button>
      </div>
    </div>
  );
}
