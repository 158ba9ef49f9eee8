import { useId, useState, type KeyboardEvent } from 'react';
import type { Edit } from '../../../shared/edits/edit';
import { newId } from '../../../shared/edits/newId';
import type { StructureOwnerRef } from '../../../shared/edits/structureEdits';
import { formatPounds } from '../../../shared/format/format';
import type { Assumptions } from '../../../shared/model/workspace';
import { postsFromRows } from '../../../shared/staffing/postsFromRows';
import { staffingOf } from '../../../shared/staffing/resolveStaffing';
import { costStructure } from '../../../shared/staffing/structureCost';
import { STRUCTURE_TEMPLATES } from '../../../shared/staffing/structureTemplates';
import { CORE_HEADINGS, CORE_HEADING_LABELS, type Post, type Structure } from '../../../shared/staffing/staffingTypes';
import { parseNumberInput } from '../inspector/parseNumberInput';
import { useEditError } from '../inspector/useEditError';
import { splitPastedRows } from './splitPastedRows';
import '../styles/staffing.css';

export interface StructureEditorProps {
  readonly scenarioId: string;
  readonly owner: StructureOwnerRef;
  /** The owner's name, for labels ("Posts of Ashby CCG"). */
  readonly ownerName: string;
  readonly structure: Structure | undefined;
  readonly assumptions: Assumptions;
  /**
   * WTE working for the owner: for a CCG its own posts plus its share of pooled posts, worked out
   * by the costing engine; absent where not known.
   */
  readonly wteNote?: string;
}

const fmtWte = (n: number): string => `${+n.toFixed(2)}`;

/**
 * A CCG's or pooled arrangement's posts as an editable table: add, duplicate, delete, reorder
 * (buttons, or Alt+↑/↓ in a row), band from a list showing its pay, WTE, heading; totals by
 * heading; a template applied in one step; rows pasted from Excel. Every change is one undoable
 * edit; a refused one is explained beside the table.
 */
export function StructureEditor({ scenarioId, owner, ownerName, structure, assumptions, wteNote }: StructureEditorProps) {
  const staffing = staffingOf(assumptions);
  const posts = structure?.posts ?? [];
  const { error, run } = useEditError();
  const [pasteText, setPasteText] = useState('');
  const [pasteErrors, setPasteErrors] = useState<readonly string[]>([]);
  const [template, setTemplate] = useState(STRUCTURE_TEMPLATES[0]?.id ?? '');
  const ids = { paste: useId(), template: useId(), table: useId() };

  let cost: ReturnType<typeof costStructure> | null = null;
  try {
    cost = costStructure({ posts, nonPay: structure?.nonPay }, staffing);
  } catch {
    cost = null; // an unknown band: the validator has already said so
  }
  const fnName = new Map(assumptions.functions.map((f) => [f.id, f.name]));
  const headingLabel = (h: string): string => (CORE_HEADINGS as readonly string[]).includes(h)
    ? CORE_HEADING_LABELS[h as (typeof CORE_HEADINGS)[number]]
    : fnName.get(h) ?? h;
  const headingOptions = [
    ...(owner.kind === 'ccg' ? CORE_HEADINGS.map((h) => ({ value: h, label: CORE_HEADING_LABELS[h] })) : []),
    ...assumptions.functions.map((f) => ({ value: f.id, label: f.name })),
  ];
  const bandOptions = staffing.bands.map((b) => ({ value: b.id, label: `${b.label} — ${formatPounds(b.annualPay)}` }));

  const base = { scenarioId, owner } as const;
  const edit = (e: Edit): boolean => run(e);
  const freshId = (taken: Set<string>): string => {
    const id = newId('post', taken);
    taken.add(id);
    return id;
  };
  const addPost = (): void => {
    const taken = new Set(posts.map((p) => p.id));
    const heading = headingOptions[0]?.value ?? '';
    const band = staffing.bands.find((b) => b.id === '7')?.id ?? staffing.bands[0]?.id ?? '';
    edit({ type: 'addPosts', ...base, posts: [{ id: freshId(taken), title: 'New post', band, wte: 1, heading }] });
  };
  const duplicate = (post: Post, index: number): void => {
    const taken = new Set(posts.map((p) => p.id));
    edit({ type: 'addPosts', ...base, posts: [{ ...post, id: freshId(taken), title: `${post.title} (copy)` }], index: index + 1 });
  };
  const move = (post: Post, toIndex: number): void => {
    if (toIndex < 0 || toIndex >= posts.length) return;
    edit({ type: 'movePost', ...base, postId: post.id, toIndex });
  };
  const onRowKey = (e: KeyboardEvent, post: Post, index: number): void => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    move(post, index + (e.key === 'ArrowUp' ? -1 : 1));
  };
  const pasteRows = (): void => {
    const read = postsFromRows(splitPastedRows(pasteText), { bands: staffing.bands, functions: assumptions.functions });
    setPasteErrors(read.errors);
    if (read.posts.length === 0) return;
    const taken = new Set(posts.map((p) => p.id));
    if (edit({ type: 'addPosts', ...base, posts: read.posts.map((p) => ({ ...p, id: freshId(taken) })) }) && read.errors.length === 0) {
      setPasteText('');
    }
  };

  return (
    <section className="structure-editor" aria-labelledby={`${ids.table}-h`}>
      <h3 id={`${ids.table}-h`}>Staffing structure{' '}
        <span className="h-figure">{cost ? `${formatPounds(cost.cost)} · ${fmtWte(cost.wte)} WTE` : `${posts.length} posts`}</span>
      </h3>
      <p className="muted">
        Posts replace the estimate for exactly what they cover: {owner.kind === 'ccg' ? 'posts under the core headings make up the core; ' : ''}
        posts headed by a function cost that function{owner.kind === 'arrangement' ? ' for the whole pool' : ' when it is done in-house'}.
        Pay × WTE × (1 + {Math.round(staffing.onCostRate * 100)}% on-costs), plus non-pay shared by WTE.
      </p>
      {wteNote && <p className="structure-wte" data-testid="structure-wte">{wteNote}</p>}

      {owner.kind === 'ccg' && (
        <div className="structure-template">
          <label htmlFor={ids.template}>Template</label>
          <select id={ids.template} value={template} onChange={(e) => setTemplate(e.target.value)}>
            {STRUCTURE_TEMPLATES.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
          </select>
          <button type="button" className="secondary-button" onClick={() => edit({ type: 'applyTemplate', ...base, templateId: template })}>Apply template</button>
          <p className="field-hint">{STRUCTURE_TEMPLATES.find((t) => t.id === template)?.basis} Applying replaces the posts under the template’s headings; undo restores them.</p>
        </div>
      )}

      {posts.length > 0 && (
        <div className="structure-scroll" role="region" aria-label={`Posts of ${ownerName}, scrolls sideways`} tabIndex={0}>
        <table className="structure-table" aria-label={`Posts of ${ownerName}`}>
          <thead>
            <tr><th scope="col">Post</th><th scope="col">Band</th><th scope="col">WTE</th><th scope="col">Heading</th><th scope="col">Cost a year</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr>
          </thead>
          <tbody>
            {posts.map((post, i) => {
              const pc = cost?.posts[i];
              return (
                <tr key={post.id} onKeyDown={(e) => onRowKey(e, post, i)} data-post-id={post.id}>
                  <td>
                    <input
                      key={`${post.id}-title-${post.title}`}
                      aria-label={`Title of post ${i + 1}`}
                      defaultValue={post.title}
                      onBlur={(e) => { if (e.target.value.trim() !== post.title) edit({ type: 'updatePost', ...base, postId: post.id, patch: { title: e.target.value.trim() } }); }}
                      onKeyDown={(e) => { if (e.key === 'Enter') e.currentTarget.blur(); }}
                    />
                  </td>
                  <td>
                    <select aria-label={`Band of ${post.title}`} value={post.band}
                      onChange={(e) => edit({ type: 'updatePost', ...base, postId: post.id, patch: { band: e.target.value } })}>
                      {!staffing.bands.some((b) => b.id === post.band) && <option value={post.band}>{post.band} (unknown)</option>}
                      {bandOptions.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
                    </select>
                  </td>
                  <td>
                    <input
                      key={`${post.id}-wte-${post.wte}`}
                      className="structure-wte-input"
                      inputMode="decimal"
                      aria-label={`WTE of ${post.title}`}
                      defaultValue={fmtWte(post.wte)}
                      onBlur={(e) => {
                        const parsed = parseNumberInput(e.target.value, '0.5');
                        if (!parsed.ok) { e.target.setCustomValidity(parsed.message); e.target.reportValidity(); return; }
                        e.target.setCustomValidity('');
                        if (parsed.value !== post.wte) edit({ type: 'updatePost', ...base, postId: post.id, patch: { wte: parsed.value } });
                      }}
                      onKeyDown={(e) => { if (e.key === 'Enter') e.currentTarget.blur(); }}
                    />
                  </td>
                  <td>
                    <select aria-label={`Heading of ${post.title}`} value={post.heading}
                      onChange={(e) => edit({ type: 'updatePost', ...base, postId: post.id, patch: { heading: e.target.value } })}>
                      {!headingOptions.some((o) => o.value === post.heading) && <option value={post.heading}>{post.heading} (unknown)</option>}
                      {headingOptions.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
                    </select>
                  </td>
                  <td className="num" data-testid="post-cost">{pc ? formatPounds(pc.cost) : '—'}</td>
                  <td className="structure-actions">
                    <button type="button" aria-label={`Move ${post.title} up`} disabled={i === 0} onClick={() => move(post, i - 1)}>↑</button>
                    <button type="button" aria-label={`Move ${post.title} down`} disabled={i === posts.length - 1} onClick={() => move(post, i + 1)}>↓</button>
                    <button type="button" aria-label={`Duplicate ${post.title}`} onClick={() => duplicate(post, i)} title="Duplicate">⧉</button>
                    <button type="button" aria-label={`Delete ${post.title}`} onClick={() => edit({ type: 'deletePost', ...base, postId: post.id })} title="Delete">✕</button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        </div>
      )}
      <div className="inspector-actions">
        <button type="button" className="secondary-button" onClick={addPost}>+ Add post</button>
        {structure && (
          <button type="button" className="secondary-button" onClick={() => edit({ type: 'setStructure', ...base, structure: null })}>Remove structure (use the estimate)</button>
        )}
      </div>
      {error && <p className="field-error" role="alert"><span aria-hidden="true" className="field-error-icon">✕</span> {error}</p>}

      {cost && cost.byHeading.size > 0 && (
        <table className="structure-totals" aria-label={`Totals by heading of ${ownerName}`}>
          <thead><tr><th scope="col">Heading</th><th scope="col">WTE</th><th scope="col">Cost a year</th></tr></thead>
          <tbody>
            {[...cost.byHeading.values()].map((h) => (
              <tr key={h.heading}><th scope="row">{headingLabel(h.heading)}</th><td className="num">{fmtWte(h.wte)}</td><td className="num">{formatPounds(h.cost)}</td></tr>
            ))}
          </tbody>
        </table>
      )}

      <div className="structure-paste">
        <label htmlFor={ids.paste}>Paste rows from Excel (title, band, WTE, heading)</label>
        <textarea id={ids.paste} rows={3} value={pasteText} onChange={(e) => setPasteText(e.target.value)} />
        <button type="button" className="secondary-button" disabled={pasteText.trim() === ''} onClick={pasteRows}>Add pasted rows</button>
        {pasteErrors.length > 0 && (
          <ul className="field-error" role="alert" aria-label="Rows not added">
            {pasteErrors.map((e) => <li key={e}>{e}</li>)}
          </ul>
        )}
      </div>
    </section>
  );
}
