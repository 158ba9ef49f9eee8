import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { formatPopulation } from '../../../shared/format/format';
import { effectiveMembers } from '../../../shared/model/scenarioIndex';
import type { Assumptions, Scenario } from '../../../shared/model/workspace';
import { createPaletteNode } from '../palette/createPaletteNode';
import { dispatchEdit } from '../state/dispatchEdit';
import { MODEL_LIST, MODEL_RULES, offersProvider } from '../../../shared/model/arrangementModels';
import {
  buildArrangement,
  defaultArrangementName,
  membersCentroid,
  type ArrangementDraft,
} from './buildArrangement';
import { FunctionChecklist } from './FunctionChecklist';

export interface ArrangementFormProps {
  readonly scenario: Scenario;
  readonly assumptions: Assumptions;
  /** The CCGs selected when the form was opened: its first members. */
  readonly initialMembers: readonly string[];
  /** Called with the new arrangement's id once created, or null when cancelled. */
  readonly onDone: (arrangementId: string | null) => void;
}

/**
 * "Create arrangement": model, name, members, its host / council / provider, the functions it
 * covers and (where the members split a pool) the cost split and risk sharing. Creating is one addArrangement
 * edit; if the validator refuses it (say a function a member already gets elsewhere) its
 * messages are listed here and nothing is created.
 */
export function ArrangementForm({
  scenario,
  assumptions,
  initialMembers,
  onDone,
}: ArrangementFormProps) {
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const ccgs = scenario.nodes.filter((n) => n.kind === 'ccg');
  const las = scenario.nodes.filter((n) => n.kind === 'localAuthority');
  const providers = scenario.nodes.filter((n) => n.kind === 'provider');
  // pop(c) as DESIGN.md §4.1 defines it: its localities' sum, else its own population.
  const populationOf = (ccgId: string): number => {
    const locs = scenario.nodes.filter((n) => n.kind === 'locality' && n.ccgId === ccgId);
    if (locs.length > 0)
      return locs.reduce((s, n) => s + (n.kind === 'locality' ? n.population : 0), 0);
    const c = scenario.nodes.find((n) => n.id === ccgId);
    return c?.kind === 'ccg' ? (c.population ?? 0) : 0;
  };
  const [draft, setDraft] = useState<ArrangementDraft>(() => ({
    model: 'shared-service',
    name: '',
    members: initialMembers.filter((m) => ccgs.some((c) => c.id === m)),
    hostCcgId: initialMembers[0] ?? '',
    laId: '',
    providerId: '',
    functions: [],
    allocation: 'population',
    riskShareAgreed: false,
  }));
  // The name follows the model and members until the user types one of their own.
  const [nameTouched, setNameTouched] = useState(false);
  const [errors, setErrors] = useState<readonly string[]>([]);
  const [note, setNote] = useState('');

  useEffect(() => headingRef.current?.focus(), []);

  const update = (patch: Partial<ArrangementDraft>): void => {
    setDraft((d) => ({ ...d, ...patch }));
    setErrors([]);
  };
  const name = nameTouched
    ? draft.name
    : defaultArrangementName(draft.model, draft.members, scenario.nodes);
  const offered = providers.filter(
    (p) => p.kind === 'provider' && offersProvider(draft.model, p.providerType),
  );
  const host = draft.members.includes(draft.hostCcgId) ? draft.hostCcgId : (draft.members[0] ?? '');
  const laId = las.some((l) => l.id === draft.laId) ? draft.laId : (las[0]?.id ?? '');
  const providerId = offered.some((p) => p.id === draft.providerId)
    ? draft.providerId
    : (offered[0]?.id ?? '');

  // Who already covers each function for a chosen member, so a clash is visible before Create.
  const coveredNote = (functionId: string): string | undefined => {
    const clashes = scenario.arrangements.flatMap((a) =>
      a.functions.includes(functionId)
        ? effectiveMembers(a)
            .filter((m) => draft.members.includes(m))
            .map((m) => `${ccgs.find((c) => c.id === m)?.name ?? m} already gets it from ${a.name}`)
        : [],
    );
    return clashes.length > 0 ? clashes.join('; ') : undefined;
  };

  const createOrganisation = (kind: 'csu' | 'provider' | 'localAuthority'): void => {
    const hub = membersCentroid(scenario, draft.members);
    const node = createPaletteNode(scenario, {
      kind,
      centre: { x: hub.x, y: hub.y + 260 },
      placement: 'place',
    });
    const result = dispatchEdit({ type: 'addNode', scenarioId: scenario.id, node });
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    if (kind === 'localAuthority') update({ laId: node.id });
    else update({ providerId: node.id });
    setNote(`Created ${node.name}: rename it and set its details once the arrangement is made.`);
  };

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const arrangement = buildArrangement(
      { ...draft, name, hostCcgId: host, laId, providerId },
      scenario,
    );
    const result = dispatchEdit({ type: 'addArrangement', scenarioId: scenario.id, arrangement });
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    onDone(arrangement.id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onDone(null);
    }
  };

  const memberSplit = MODEL_RULES[draft.model].memberSplit;
  const toggleMember = (ccgId: string, on: boolean): void =>
    update({
      members: ccgs.map((c) => c.id).filter((m) => (m === ccgId ? on : draft.members.includes(m))),
    });

  return (
    <form
      className="arrangement-form"
      aria-labelledby={`${id}-title`}
      onSubmit={submit}
      onKeyDown={onKeyDown}
      noValidate
    >
      <header className="panel-header">
        <p className="eyebrow">New arrangement</p>
        <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1}>
          Create arrangement
        </h2>
      </header>

      <fieldset className="model-choices">
        <legend>Support model</legend>
        {MODEL_LIST.map((m) => (
          <div key={m.model} className="radio-row">
            <input
              id={`${id}-model-${m.model}`}
              type="radio"
              name={`${id}-model`}
              value={m.model}
              checked={draft.model === m.model}
              onChange={() => update({ model: m.model })}
              aria-describedby={`${id}-model-${m.model}-d`}
            />
            <label htmlFor={`${id}-model-${m.model}`}>{m.label}</label>
            <span id={`${id}-model-${m.model}-d`} className="radio-description">
              {m.description}
            </span>
          </div>
        ))}
      </fieldset>

      <div className="field">
        <label className="field-label" htmlFor={`${id}-name`}>
          Name
        </label>
        <input
          id={`${id}-name`}
          className="field-input"
          type="text"
          value={name}
          autoComplete="off"
          onChange={(e) => {
            setNameTouched(true);
            update({ name: e.target.value });
          }}
        />
      </div>

      <fieldset className="member-choices">
        <legend>
          Member CCGs{' '}
          <span className="h-figure">
            {draft.members.length} of {ccgs.length}
          </span>
        </legend>
        {ccgs.length === 0 && <p className="muted">No CCGs in this scenario yet.</p>}
        <ul className="checklist">
          {ccgs.map(
            (c) =>
              c.kind === 'ccg' && (
                <li key={c.id}>
                  <input
                    id={`${id}-member-${c.id}`}
                    type="checkbox"
                    checked={draft.members.includes(c.id)}
                    onChange={(e) => toggleMember(c.id, e.target.checked)}
                  />
                  <label htmlFor={`${id}-member-${c.id}`}>{c.name}</label>
                  <span className="checklist-note">{formatPopulation(populationOf(c.id))}</span>
                </li>
              ),
          )}
        </ul>
      </fieldset>

      {draft.model === 'host-ccg' && (
        <div className="field">
          <label className="field-label" htmlFor={`${id}-host`}>
            Host CCG
          </label>
          <select
            id={`${id}-host`}
            className="field-input"
            value={host}
            onChange={(e) => update({ hostCcgId: e.target.value })}
            disabled={draft.members.length === 0}
          >
            {draft.members.length === 0 && <option value="">Choose members first</option>}
            {draft.members.map((m) => (
              <option key={m} value={m}>
                {ccgs.find((c) => c.id === m)?.name ?? m}
              </option>
            ))}
          </select>
          <p className="field-hint">The host runs the service; it is always one of the members.</p>
        </div>
      )}

      {draft.model === 'la-partnership' && (
        <div className="field">
          <label className="field-label" htmlFor={`${id}-la`}>
            Local authority
          </label>
          {las.length > 0 ? (
            <select
              id={`${id}-la`}
              className="field-input"
              value={laId}
              onChange={(e) => update({ laId: e.target.value })}
            >
              {las.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name}
                </option>
              ))}
            </select>
          ) : (
            <p className="muted" id={`${id}-la`}>
              No local authorities in this scenario.{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => createOrganisation('localAuthority')}
              >
                Create a local authority
              </button>
            </p>
          )}
        </div>
      )}

      {MODEL_RULES[draft.model].needsProvider && (
        <div className="field">
          <label className="field-label" htmlFor={`${id}-provider`}>
            {draft.model === 'csu' ? 'CSU' : 'Provider'}
          </label>
          {offered.length > 0 ? (
            <select
              id={`${id}-provider`}
              className="field-input"
              value={providerId}
              onChange={(e) => update({ providerId: e.target.value })}
            >
              {offered.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          ) : (
            <p className="muted" id={`${id}-provider`}>
              {draft.model === 'csu'
                ? 'No CSU in this scenario.'
                : 'No external provider in this scenario.'}{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => createOrganisation(draft.model === 'csu' ? 'csu' : 'provider')}
              >
                {draft.model === 'csu' ? 'Create a CSU' : 'Create a provider'}
              </button>
            </p>
          )}
        </div>
      )}

      <FunctionChecklist
        functions={assumptions.functions}
        selected={draft.functions}
        onChange={(functions) => update({ functions })}
        noteFor={coveredNote}
      />

      {memberSplit && (
        <>
          <fieldset className="allocation-choices">
            <legend>Split the cost</legend>
            <div className="radio-row">
              <input
                id={`${id}-alloc-pop`}
                type="radio"
                name={`${id}-alloc`}
                checked={draft.allocation === 'population'}
                onChange={() => update({ allocation: 'population' })}
              />
              <label htmlFor={`${id}-alloc-pop`}>By population</label>
            </div>
            <div className="radio-row">
              <input
                id={`${id}-alloc-eq`}
                type="radio"
                name={`${id}-alloc`}
                checked={draft.allocation === 'equal'}
                onChange={() => update({ allocation: 'equal' })}
              />
              <label htmlFor={`${id}-alloc-eq`}>Equal shares</label>
            </div>
          </fieldset>
          <div className="field field-checkbox">
            <input
              id={`${id}-risk`}
              type="checkbox"
              checked={draft.riskShareAgreed}
              onChange={(e) => update({ riskShareAgreed: e.target.checked })}
            />
            <label htmlFor={`${id}-risk`}>HR, legal and financial risk sharing agreed</label>
          </div>
        </>
      )}

      {note && (
        <p className="form-note" role="status">
          {note}
        </p>
      )}
      {errors.length > 0 && (
        <div className="form-errors" role="alert">
          <p>
            <span aria-hidden="true">✕ </span>Not created.{' '}
            {errors.length === 1 ? 'One problem' : `${errors.length} problems`}:
          </p>
          <ul>
            {errors.map((e, i) => (
              <li key={i}>{e}</li>
            ))}
          </ul>
        </div>
      )}

      <div className="form-actions">
        <button type="submit" className="primary-button">
          Create
        </button>
        <button type="button" className="secondary-button" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
