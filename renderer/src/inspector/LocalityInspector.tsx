import { formatPopulation } from '../../../shared/format/format';
import { isRemainderLocality } from '../../../shared/model/remainderLocality';
import type { LocalityNode, Scenario } from '../../../shared/model/workspace';
import { useEditor } from '../editor/EditorContext';
import { DraftField } from './DraftField';
import { numberFieldDraft, requiredTextDraft } from './nodeDrafts';
import { SelectField } from './SelectField';

/** A locality: name, population, practices and its CCG (moving it moves its population). */
export function LocalityInspector({
  locality,
  scenario,
}: {
  readonly locality: LocalityNode;
  readonly scenario: Scenario;
}) {
  const editor = useEditor();
  const sid = scenario.id;
  const ccgs = scenario.nodes.filter((n) => n.kind === 'ccg');
  // The remainder follows the other localities (it is the CCG's figure minus theirs): not typed.
  const remainder = isRemainderLocality(locality);
  return (
    <section className="inspector-section" aria-label={`Edit ${locality.name}`}>
      <div className="field-grid">
        <DraftField
          key={`${locality.id}-name`}
          label="Name"
          value={locality.name}
          field="name"
          toEdit={requiredTextDraft(sid, locality, 'name')}
          className="span-2"
        />
        <DraftField
          key={`${locality.id}-population`}
          label="Population"
          value={formatPopulation(locality.population)}
          field="population"
          inputMode="numeric"
          toEdit={numberFieldDraft(sid, locality, 'population')}
          disabled={remainder}
          hint={
            remainder
              ? 'The part of its CCG’s own population in no named locality: it shrinks as the other localities grow. Its CCG’s inspector can drop it.'
              : 'Registered patients; its CCG’s population is the sum of its localities.'
          }
        />
        <DraftField
          key={`${locality.id}-practices`}
          label="GP practices"
          value={locality.practices === undefined ? '' : formatPopulation(locality.practices)}
          field="practices"
          inputMode="numeric"
          toEdit={numberFieldDraft(sid, locality, 'practices', { optional: true, example: '12' })}
          hint="Optional."
        />
        <SelectField
          label="CCG"
          value={locality.ccgId}
          options={ccgs.map((c) => ({ value: c.id, label: c.name }))}
          toEdit={(value) =>
            value === locality.ccgId
              ? null
              : { type: 'moveLocality', scenarioId: sid, localityId: locality.id, toCcgId: value }
          }
          field="ccgId"
          hint="Moving a locality moves its population to the other CCG."
        />
      </div>
      <div className="inspector-actions">
        <button type="button" className="link-button" onClick={() => editor.select(locality.ccgId)}>
          Show its CCG
        </button>
      </div>
    </section>
  );
}
