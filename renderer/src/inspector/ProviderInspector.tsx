import { unitCost } from '../../../shared/costing/unitCost';
import { formatPerHead, formatPopulation } from '../../../shared/format/format';
import { ownValue } from '../../../shared/model/idRecord';
import {
  PROVIDER_TYPES,
  type Assumptions,
  type ProviderNode,
  type Scenario,
} from '../../../shared/model/workspace';
import { PROVIDER_TYPE_LABEL } from '../common/modeLabels';
import { DraftField } from './DraftField';
import { numberFieldDraft, requiredTextDraft } from './nodeDrafts';
import { nodePatchEdit } from '../../../shared/edits/nodePatch';
import { parseNumberInput } from './parseNumberInput';
import { SelectField } from './SelectField';

export interface ProviderInspectorProps {
  readonly provider: ProviderNode;
  readonly scenario: Scenario;
  readonly assumptions: Assumptions;
}

/**
 * A provider: name and type; for a CSU the population of its other customers (its scale), for
 * an external provider its own price a head per function (empty: the modelled price is used).
 */
export function ProviderInspector({ provider, scenario, assumptions }: ProviderInspectorProps) {
  const sid = scenario.id;
  const isCsu = provider.providerType === 'csu';
  const ext = assumptions.models.external;
  const csu = assumptions.models.csu;
  const prices = provider.prices ?? {};

  const priceDraft = (functionId: string) => (text: string) => {
    const rest = Object.fromEntries(Object.entries(prices).filter(([f]) => f !== functionId));
    if (text.trim() === '') {
      return {
        ok: true as const,
        edit: nodePatchEdit(sid, provider, { prices: Object.keys(rest).length > 0 ? rest : null }),
      };
    }
    const parsed = parseNumberInput(text, '£2.10');
    return parsed.ok
      ? {
          ok: true as const,
          edit: nodePatchEdit(sid, provider, { prices: { ...rest, [functionId]: parsed.value } }),
        }
      : parsed;
  };

  return (
    <section className="inspector-section" aria-label={`Edit ${provider.name}`}>
      <div className="field-grid">
        <DraftField
          key={`${provider.id}-name`}
          label="Name"
          value={provider.name}
          field="name"
          toEdit={requiredTextDraft(sid, provider, 'name')}
          className="span-2"
        />
        <SelectField
          label="Type"
          value={provider.providerType}
          options={PROVIDER_TYPES.map((t) => ({ value: t, label: PROVIDER_TYPE_LABEL[t] }))}
          toEdit={(value) => {
            // The select offers only these types; anything else is not an edit.
            const providerType = PROVIDER_TYPES.find((t) => t === value);
            return providerType ? nodePatchEdit(sid, provider, { providerType }) : null;
          }}
          field="providerType"
          hint={
            isCsu
              ? 'CSU contracts buy from a CSU; external contracts from the other types.'
              : undefined
          }
        />
        {isCsu && (
          <DraftField
            key={`${provider.id}-others`}
            label="Other customers’ population"
            value={
              provider.otherCustomersPopulation === undefined
                ? ''
                : formatPopulation(provider.otherCustomersPopulation)
            }
            placeholder={`${formatPopulation(csu.otherCustomersPopulation)} (default)`}
            field="otherCustomersPopulation"
            inputMode="numeric"
            toEdit={numberFieldDraft(sid, provider, 'otherCustomersPopulation', {
              optional: true,
              example: '1,500,000',
            })}
            hint="Adds to its CCG customers’ population to set its scale. Empty: the assumption."
          />
        )}
      </div>
      {!isCsu && (
        <section aria-label="Prices a head">
          <h3>Prices a head</h3>
          <p className="field-hint">
            Empty: the modelled price, its cost at {formatPopulation(ext.scalePopulation)} people
            plus a {Math.round(ext.margin * 100)}% margin (shown greyed).
          </p>
          <div className="price-grid">
            {assumptions.functions.map((fn) => (
              <DraftField
                key={`${provider.id}-price-${fn.id}`}
                label={fn.name}
                value={
                  ownValue(prices, fn.id) === undefined
                    ? ''
                    : formatPerHead(ownValue(prices, fn.id) ?? 0)
                }
                placeholder={formatPerHead(
                  unitCost(fn, ext.scalePopulation, assumptions.referencePopulation) *
                    (1 + ext.margin),
                )}
                field={`prices.${fn.id}`}
                inputMode="decimal"
                toEdit={priceDraft(fn.id)}
                className="price-field"
              />
            ))}
          </div>
        </section>
      )}
    </section>
  );
}
