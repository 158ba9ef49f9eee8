import { useId, useState } from 'react';
import { formatPercent } from '../../../shared/format/format';
import type { CcgNode, Scenario } from '../../../shared/model/workspace';
import { useEditor } from '../editor/EditorContext';
import { DraftField } from './DraftField';
import { parsePercentInput } from './parseNumberInput';
import { useEditError } from './useEditError';

export interface LaLinksEditorProps {
  readonly ccg: CcgNode;
  readonly scenario: Scenario;
}

/**
 * A CCG's links to local authorities (coterminosity): the share of its population living in each,
 * as a percentage, with "Add link" and "Remove". Each change is one setLaOverlap edit; a share
 * over 100% (alone or added up) is refused beside the field.
 */
export function LaLinksEditor({ ccg, scenario }: LaLinksEditorProps) {
  const id = useId();
  const editor = useEditor();
  const sid = scenario.id;
  const las = scenario.nodes.filter((n) => n.kind === 'localAuthority');
  const links = scenario.laOverlaps.filter((o) => o.ccgId === ccg.id);
  const unlinked = las.filter((la) => !links.some((o) => o.laId === la.id));
  const [toAdd, setToAdd] = useState('');
  const add = useEditError('laOverlaps');
  const remove = useEditError();
  const nameOf = (laId: string): string => las.find((l) => l.id === laId)?.name ?? laId;
  const chosen = unlinked.some((l) => l.id === toAdd) ? toAdd : (unlinked[0]?.id ?? '');
  const linkedShare = links.reduce((s, o) => s + o.share, 0);

  return (
    <section className="la-links" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        Local authorities <span className="h-figure">{links.length}</span>
      </h3>
      <p className="field-hint">
        Share of {ccg.name}’s population living in each council: it decides whether a local
        authority partnership is coterminous (80% or more).
      </p>
      {links.length > 0 && (
        <ul className="link-list">
          {links.map((o) => (
            <li key={o.laId} className="link-row">
              <DraftField
                key={`${ccg.id}-${o.laId}-share`}
                label={`Share in ${nameOf(o.laId)}`}
                value={formatPercent(o.share)}
                inputMode="decimal"
                field="laOverlaps"
                toEdit={(text) => {
                  const parsed = parsePercentInput(text);
                  return parsed.ok
                    ? {
                        ok: true,
                        edit: {
                          type: 'setLaOverlap',
                          scenarioId: sid,
                          ccgId: ccg.id,
                          laId: o.laId,
                          share: parsed.value,
                        },
                      }
                    : parsed;
                }}
              />
              <div className="link-actions">
                <button type="button" className="link-button" onClick={() => editor.select(o.laId)}>
                  Show
                </button>
                <button
                  type="button"
                  className="secondary-button small"
                  aria-label={`Remove the link to ${nameOf(o.laId)}`}
                  onClick={() =>
                    remove.run({
                      type: 'setLaOverlap',
                      scenarioId: sid,
                      ccgId: ccg.id,
                      laId: o.laId,
                      share: null,
                    })
                  }
                >
                  Remove
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {remove.error && (
        <p className="field-error" role="alert">
          {remove.error}
        </p>
      )}
      {las.length === 0 ? (
        <p className="muted">No local authorities yet: add one from the palette.</p>
      ) : (
        unlinked.length > 0 && (
          <div className="add-row">
            <label className="field-label" htmlFor={`${id}-add`}>
              Link to
            </label>
            <select
              id={`${id}-add`}
              className="field-input"
              value={chosen}
              onChange={(e) => setToAdd(e.target.value)}
              aria-describedby={add.error ? `${id}-add-error` : undefined}
              aria-invalid={add.error ? true : undefined}
            >
              {unlinked.map((la) => (
                <option key={la.id} value={la.id}>
                  {la.name}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="secondary-button"
              onClick={() => {
                // A new link starts with whatever share is not yet in another council.
                const share = Math.max(0, Math.round((1 - linkedShare) * 1000) / 1000);
                if (chosen)
                  add.run({
                    type: 'setLaOverlap',
                    scenarioId: sid,
                    ccgId: ccg.id,
                    laId: chosen,
                    share,
                  });
              }}
            >
              Add link
            </button>
            {add.error && (
              <p id={`${id}-add-error`} className="field-error">
                {add.error}
              </p>
            )}
          </div>
        )
      )}
    </section>
  );
}
