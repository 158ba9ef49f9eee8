import type { CcgResult } from '../../../shared/costing/results';
import { formatPerHead, formatPopulation } from '../../../shared/format/format';
import type { Scenario } from '../../../shared/model/workspace';
import { StatusBadge } from '../common/StatusBadge';
import { useEditor } from '../editor/EditorContext';

export interface SelectionInspectorProps {
  readonly ids: readonly string[];
  readonly scenario: Scenario;
  readonly ccgs: ReadonlyMap<string, CcgResult>;
  readonly onCreateArrangement: (memberIds: readonly string[]) => void;
}

const KIND_WORDS = {
  cluster: 'cluster',
  ccg: 'CCG',
  locality: 'locality',
  localAuthority: 'local authority',
  provider: 'provider',
} as const;

/** Several items selected: what they are, their combined population, and "Create arrangement…" for the CCGs. */
export function SelectionInspector({
  ids,
  scenario,
  ccgs,
  onCreateArrangement,
}: SelectionInspectorProps) {
  const editor = useEditor();
  const items = ids.flatMap((id) => {
    const node = scenario.nodes.find((n) => n.id === id);
    if (node) return [{ id, name: node.name, kind: KIND_WORDS[node.kind] }];
    const arr = scenario.arrangements.find((a) => a.id === id);
    return arr ? [{ id, name: arr.name, kind: 'arrangement' }] : [];
  });
  const selectedCcgs = items.filter((i) => i.kind === 'CCG').map((i) => i.id);
  const population = selectedCcgs.reduce((s, id) => s + (ccgs.get(id)?.population ?? 0), 0);
  return (
    <article className="selection" aria-labelledby="selection-title">
      <header className="panel-header">
        <p className="eyebrow">Selection</p>
        <h2 id="selection-title">{items.length} selected</h2>
        {selectedCcgs.length > 0 && (
          <p className="notes">
            {selectedCcgs.length} {selectedCcgs.length === 1 ? 'CCG' : 'CCGs'} with{' '}
            {formatPopulation(population)} people between them.
          </p>
        )}
      </header>
      {selectedCcgs.length > 0 ? (
        <div className="inspector-actions">
          <button
            type="button"
            className="primary-button"
            onClick={() => onCreateArrangement(selectedCcgs)}
          >
            Create arrangement…
          </button>
        </div>
      ) : (
        <p className="muted">Select one or more CCGs to create an arrangement between them.</p>
      )}
      <ul className="ccg-list">
        {items.map((i) => {
          const c = ccgs.get(i.id);
          return (
            <li key={i.id}>
              <button type="button" className="ccg-list-item" onClick={() => editor.select(i.id)}>
                <span className="ccg-list-name">
                  {i.name} <span className="muted">· {i.kind}</span>
                </span>
                {c && <span className="ccg-list-figure">{formatPerHead(c.perHead)}</span>}
                {c && <StatusBadge status={c.status} />}
              </button>
            </li>
          );
        })}
      </ul>
    </article>
  );
}
