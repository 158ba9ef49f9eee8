import { useMemo } from 'react';
import { diffScenarios } from '../../../shared/compare/diffScenarios';
import type { Workspace } from '../../../shared/model/workspace';

export interface ScenarioDiffListProps {
  readonly workspace: Workspace;
  readonly scenarioIds: readonly string[];
}

/** What changes in the configuration, in words, from the baseline to each other picked scenario. */
export function ScenarioDiffList({ workspace, scenarioIds }: ScenarioDiffListProps) {
  const pairs = useMemo(() => {
    const [baseId, ...others] = scenarioIds;
    return baseId === undefined
      ? []
      : others.map((id) => ({
          id,
          from: workspace.scenarios.find((s) => s.id === baseId)?.name ?? baseId,
          to: workspace.scenarios.find((s) => s.id === id)?.name ?? id,
          sentences: diffScenarios(workspace, baseId, id),
        }));
  }, [workspace, scenarioIds]);
  return (
    <div className="compare-diffs">
      {pairs.map((p) => (
        <section
          key={p.id}
          className="compare-diff-pair"
          aria-label={`Changes from ${p.from} to ${p.to}`}
        >
          <h4>
            From {p.from} to {p.to}
          </h4>
          {p.sentences.length === 0 ? (
            <p className="muted">The two scenarios are configured the same.</p>
          ) : (
            <ul>
              {p.sentences.map((s, i) => (
                <li key={i}>{s.text}</li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
