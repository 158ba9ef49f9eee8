import { useId } from 'react';
import type { ArrangementPatch, Edit } from '../../../shared/edits/edit';
import type { CcgResult } from '../../../shared/costing/results';
import { formatPerHead } from '../../../shared/format/format';
import { effectiveMembers } from '../../../shared/model/scenarioIndex';
import {
  ARRANGEMENT_MODELS,
  type Arrangement,
  type ArrangementModel,
  type Assumptions,
  type Scenario,
} from '../../../shared/model/workspace';
import { StatusBadge } from '../common/StatusBadge';
import { CheckboxField } from '../inspector/CheckboxField';
import { DraftField } from '../inspector/DraftField';
import { SelectField } from '../inspector/SelectField';
import { useEditError } from '../inspector/useEditError';
import { useEditor } from '../editor/EditorContext';
import { MODEL_RULES, offersProvider } from '../../../shared/model/arrangementModels';
import { FunctionChecklist } from './FunctionChecklist';
import { StructureEditor } from '../staffing/StructureEditor';

export interface ArrangementInspectorProps {
  readonly arrangement: Arrangement;
  readonly scenario: Scenario;
  readonly assumptions: Assumptions;
  readonly ccgs: ReadonlyMap<string, CcgResult>;
}

/**
 * The fields of a selected arrangement (the same as the create form), each committed as one
 * updateArrangement edit: name, model and its partner, members (remove / add), functions, cost
 * split and risk sharing. A refusal shows beside the control that caused it.
 */
export function ArrangementInspector({
  arrangement: arr,
  scenario,
  assumptions,
  ccgs,
}: ArrangementInspectorProps) {
  const id = useId();
  const editor = useEditor();
  const sid = scenario.id;
  const update = (patch: ArrangementPatch): Edit => ({
    type: 'updateArrangement',
    scenarioId: sid,
    id: arr.id,
    patch,
  });
  const members = useEditError('members');
  const functions = useEditError('functions');
  const ccgNodes = scenario.nodes.filter((n) => n.kind === 'ccg');
  const las = scenario.nodes.filter((n) => n.kind === 'localAuthority');
  const providers = scenario.nodes.filter((n) => n.kind === 'provider');
  const nameOf = (nodeId: string): string =>
    scenario.nodes.find((n) => n.id === nodeId)?.name ?? nodeId;
  const effective = effectiveMembers(arr);
  const nonMembers = ccgNodes.filter((c) => !effective.includes(c.id));
  const memberSplit = MODEL_RULES[arr.model].memberSplit;

  /** Changing the model keeps what still applies and fills in (or drops) the partner it needs. */
  const modelPatch = (model: ArrangementModel): ArrangementPatch => {
    const csu = providers.find((p) => p.kind === 'provider' && p.providerType === 'csu');
    const other = providers.find((p) => p.kind === 'provider' && p.providerType !== 'csu');
    const current = providers.find((p) => p.id === arr.providerId);
    const keepsProvider =
      current?.kind === 'provider' && offersProvider(model, current.providerType);
    const splitModel = MODEL_RULES[model].memberSplit;
    return {
      model,
      hostCcgId: model === 'host-ccg' ? (arr.hostCcgId ?? arr.members[0] ?? null) : null,
      laId: model === 'la-partnership' ? (arr.laId ?? las[0]?.id ?? null) : null,
      providerId: MODEL_RULES[model].needsProvider
        ? keepsProvider
          ? (arr.providerId ?? null)
          : ((model === 'csu' ? csu : other)?.id ?? null)
        : null,
      allocation: splitModel ? (arr.allocation ?? 'population') : null,
      riskShareAgreed: splitModel ? (arr.riskShareAgreed ?? false) : null,
    };
  };

  return (
    <section className="inspector-section" aria-label={`Edit ${arr.name}`}>
      <div className="field-grid">
        <DraftField
          key={`${arr.id}-name`}
          label="Name"
          value={arr.name}
          field="name"
          toEdit={(text) => ({ ok: true, edit: update({ name: text.trim() }) })}
          className="span-2"
        />
        <SelectField
          label="Support model"
          value={arr.model}
          options={ARRANGEMENT_MODELS.map((m) => ({ value: m, label: MODEL_RULES[m].label }))}
          toEdit={(value) => update(modelPatch(value as ArrangementModel))}
          hint={MODEL_RULES[arr.model].description}
          field="model"
        />
        {arr.model === 'host-ccg' && (
          <SelectField
            label="Host CCG"
            value={arr.hostCcgId ?? ''}
            options={[
              ...(arr.hostCcgId ? [] : [{ value: '', label: 'Choose the host', disabled: true }]),
              ...effective.map((m) => ({ value: m, label: nameOf(m) })),
            ]}
            toEdit={(value) => update({ hostCcgId: value })}
            field="hostCcgId"
          />
        )}
        {arr.model === 'la-partnership' && (
          <SelectField
            label="Local authority"
            value={arr.laId ?? ''}
            options={[
              ...(arr.laId ? [] : [{ value: '', label: 'Choose a council', disabled: true }]),
              ...las.map((l) => ({ value: l.id, label: l.name })),
            ]}
            toEdit={(value) => update({ laId: value })}
            field="laId"
            hint={
              las.length === 0 ? 'No local authorities yet: add one from the palette.' : undefined
            }
          />
        )}
        {MODEL_RULES[arr.model].needsProvider && (
          <SelectField
            label={arr.model === 'csu' ? 'CSU' : 'Provider'}
            value={arr.providerId ?? ''}
            options={[
              ...(arr.providerId
                ? []
                : [{ value: '', label: 'Choose a provider', disabled: true }]),
              ...providers
                .filter((p) => p.kind === 'provider' && offersProvider(arr.model, p.providerType))
                .map((p) => ({ value: p.id, label: p.name })),
            ]}
            toEdit={(value) => update({ providerId: value })}
            field="providerId"
          />
        )}
        {memberSplit && (
          <SelectField
            label="Split the cost"
            value={arr.allocation ?? 'population'}
            options={[
              { value: 'population', label: 'By population' },
              { value: 'equal', label: 'Equal shares' },
            ]}
            toEdit={(value) => update({ allocation: value === 'equal' ? 'equal' : 'population' })}
            field="allocation"
          />
        )}
        {memberSplit && (
          <CheckboxField
            label="HR, legal and financial risk sharing agreed"
            checked={arr.riskShareAgreed ?? false}
            toEdit={(checked) => update({ riskShareAgreed: checked })}
            field="riskShareAgreed"
          />
        )}
      </div>

      <section aria-labelledby={`${id}-members`}>
        <h3 id={`${id}-members`}>
          Member CCGs <span className="h-figure">{effective.length}</span>
        </h3>
        <ul className="member-list">
          {effective.map((m) => {
            const c = ccgs.get(m);
            const isHost = arr.model === 'host-ccg' && m === arr.hostCcgId;
            return (
              <li key={m} className="member-row">
                <button type="button" className="ccg-list-item" onClick={() => editor.select(m)}>
                  <span className="ccg-list-name">
                    {nameOf(m)}
                    {isHost ? ' (host)' : ''}
                  </span>
                  {c && <span className="ccg-list-figure">{formatPerHead(c.perHead)}</span>}
                  {c && <StatusBadge status={c.status} />}
                </button>
                <button
                  type="button"
                  className="secondary-button small"
                  aria-label={`Remove ${nameOf(m)} from ${arr.name}`}
                  disabled={isHost}
                  title={
                    isHost ? 'The host is always a member: choose another host first' : undefined
                  }
                  onClick={() =>
                    members.run(update({ members: arr.members.filter((x) => x !== m) }))
                  }
                >
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
        {nonMembers.length > 0 && (
          <div className="add-row">
            <label className="field-label" htmlFor={`${id}-add-member`}>
              Add member
            </label>
            <select
              id={`${id}-add-member`}
              className="field-input"
              value=""
              aria-describedby={members.error ? `${id}-members-error` : undefined}
              aria-invalid={members.error ? true : undefined}
              onChange={(e) => {
                if (e.target.value)
                  members.run(update({ members: [...arr.members, e.target.value] }));
              }}
            >
              <option value="" disabled>
                Choose a CCG…
              </option>
              {nonMembers.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
        )}
        {members.error && (
          <p id={`${id}-members-error`} className="field-error">
            <span aria-hidden="true" className="field-error-icon">
              ✕
            </span>{' '}
            {members.error}
          </p>
        )}
      </section>

      <FunctionChecklist
        functions={assumptions.functions}
        selected={arr.functions}
        onChange={(next) => functions.run(update({ functions: next }))}
        error={functions.error}
      />

      {(MODEL_RULES[arr.model].pooled || arr.structure) && (
        <StructureEditor
          scenarioId={scenario.id}
          owner={{ kind: 'arrangement', id: arr.id }}
          ownerName={arr.name}
          structure={arr.structure}
          assumptions={assumptions}
        />
      )}
    </section>
  );
}
