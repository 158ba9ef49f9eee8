import { formatPopulation } from '../../../shared/format/format';
import type { ClusterNode, Scenario } from '../../../shared/model/workspace';
import { useEditor } from '../editor/EditorContext';
import { DraftField } from './DraftField';
import { numberFieldDraft, requiredTextDraft } from './nodeDrafts';

/** A PCT cluster: name, size on the canvas, and the CCGs in it. */
export function ClusterInspector({
  cluster,
  scenario,
}: {
  readonly cluster: ClusterNode;
  readonly scenario: Scenario;
}) {
  const editor = useEditor();
  const sid = scenario.id;
  const members = scenario.nodes.filter((n) => n.kind === 'ccg' && n.clusterId === cluster.id);
  return (
    <section className="inspector-section" aria-label={`Edit ${cluster.name}`}>
      <div className="field-grid">
        <DraftField
          key={`${cluster.id}-name`}
          label="Name"
          value={cluster.name}
          field="name"
          toEdit={requiredTextDraft(sid, cluster, 'name')}
          className="span-2"
        />
        <DraftField
          key={`${cluster.id}-width`}
          label="Width"
          value={formatPopulation(cluster.width)}
          field="width"
          inputMode="numeric"
          toEdit={numberFieldDraft(sid, cluster, 'width', { example: '720' })}
        />
        <DraftField
          key={`${cluster.id}-height`}
          label="Height"
          value={formatPopulation(cluster.height)}
          field="height"
          inputMode="numeric"
          toEdit={numberFieldDraft(sid, cluster, 'height', { example: '420' })}
        />
      </div>
      <h3>
        CCGs in this cluster <span className="h-figure">{members.length}</span>
      </h3>
      {members.length === 0 ? (
        <p className="muted">None yet: choose this cluster in a CCG’s details.</p>
      ) : (
        <ul className="ccg-list">
          {members.map((c) => (
            <li key={c.id}>
              <button type="button" className="ccg-list-item" onClick={() => editor.select(c.id)}>
                <span className="ccg-list-name">{c.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
