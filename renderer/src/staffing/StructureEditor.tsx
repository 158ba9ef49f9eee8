import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import type { Edit } from '../../../shared/edits/edit';
import { newId } from '../../../shared/edits/newId';
import type { StructureOwnerRef } from '../../../shared/edits/structureEdits';
import { formatPounds } from '../../../shared/format/format';
import type { Assumptions } from '../../../shared/model/workspace';
import { postsFromRows } from '../../../shared/staffing/postsFromRows';
import { staffingOf } from '../../../shared/staffing/resolveStaffing';
import { costStructure } from '../../../shared/staffing/structureCost';
import { STRUCTURE_TEMPLATES } from '../../../shared/staffing/structureTemplates';
import {
  CORE_HEADINGS,
  CORE_HEADING_LABELS,
  type Post,
  type Structure,
} from '../../../shared/staffing/staffingTypes';
import { parseNumberInput } from '../inspector/parseNumberInput';
import { useEditError } from '../inspector/useEditError';
import { moveActiveCell, type CellPosition } from '../matrix/moveActiveCell';
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

/** The grid's columns, in order; the cost is worked out, so it cannot be edited. */
const GRID_COLUMNS = ['title', 'band', 'wte', 'heading', 'cost'] as const;
const COLUMN_HEADERS: Readonly<Record<(typeof GRID_COLUMNS)[number], string>> = {
  title: 'Post',
  band: 'Band',
  wte: 'WTE',
  heading: 'Heading',
  cost: 'Cost a year',
};

/**
 * A CCG's or pooled arrangement's posts as an editable grid, driven like the matrix: arrows move
 * between cells, Enter or F2 edits one, Esc cancels, Delete removes the post; add, duplicate,
 * delete, reorder (buttons, or Alt+↑/↓ on a cell), band from a list showing its pay, WTE, heading; totals by
 * heading; a template applied in one step; rows pasted from Excel. Every change is one undoable
 * edit; a refused one is explained beside the table.
 */
export function StructureEditor({
  scenarioId,
  owner,
  ownerName,
  structure,
  assumptions,
  wteNote,
}: StructureEditorProps) {
  const staffing = staffingOf(assumptions);
  const posts = structure?.posts ?? [];
  const { error, run } = useEditError();
  const [pasteText, setPasteText] = useState('');
  const [pasteErrors, setPasteErrors] = useState<readonly string[]>([]);
  const [template, setTemplate] = useState(STRUCTURE_TEMPLATES[0]?.id ?? '');
  const ids = { paste: useId(), template: useId(), table: useId() };
  const [active, setActive] = useState<CellPosition>({ row: 0, col: 0 });
  const [editing, setEditing] = useState<CellPosition | null>(null);
  const [cellError, setCellError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const cellRefs = useRef(new Map<string, HTMLTableCellElement>());
  // Focus follows the active cell only after a key or an edit in the grid, never on first render.
  const wantFocus = useRef(false);
  // Set by Esc so the blur that closes the editor does not commit what was typed.
  const cancelled = useRef(false);

  let cost: ReturnType<typeof costStructure> | null = null;
  try {
    cost = costStructure({ posts, nonPay: structure?.nonPay }, staffing);
  } catch {
    cost = null; // an unknown band: the validator has already said so
  }
  const fnName = new Map(assumptions.functions.map((f) => [f.id, f.name]));
  const headingLabel = (h: string): string =>
    (CORE_HEADINGS as readonly string[]).includes(h)
      ? CORE_HEADING_LABELS[h as (typeof CORE_HEADINGS)[number]]
      : (fnName.get(h) ?? h);
  const headingOptions = [
    ...(owner.kind === 'ccg'
      ? CORE_HEADINGS.map((h) => ({ value: h, label: CORE_HEADING_LABELS[h] }))
      : []),
    ...assumptions.functions.map((f) => ({ value: f.id, label: f.name })),
  ];
  const bandLabel = new Map(
    staffing.bands.map((b) => [b.id, `${b.label} — ${formatPounds(b.annualPay)}`]),
  );
  const bandOptions = staffing.bands.map((b) => ({
    value: b.id,
    label: `${b.label} — ${formatPounds(b.annualPay)}`,
  }));

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
    edit({
      type: 'addPosts',
      ...base,
      posts: [{ id: freshId(taken), title: 'New post', band, wte: 1, heading }],
    });
  };
  const duplicate = (post: Post, index: number): void => {
    const taken = new Set(posts.map((p) => p.id));
    edit({
      type: 'addPosts',
      ...base,
      posts: [{ ...post, id: freshId(taken), title: `${post.title} (copy)` }],
      index: index + 1,
    });
  };
  const move = (post: Post, toIndex: number): void => {
    if (toIndex < 0 || toIndex >= posts.length) return;
    edit({ type: 'movePost', ...base, postId: post.id, toIndex });
  };
  const remove = (post: Post): void => {
    if (edit({ type: 'deletePost', ...base, postId: post.id }))
      setAnnouncement(`Deleted ${post.title}. Undo brings it back.`);
  };

  // The table is a grid driven like the matrix: one Tab stop (roving tabindex) on the active cell.
  const at: CellPosition = {
    row: Math.min(active.row, Math.max(0, posts.length - 1)),
    col: Math.min(active.col, GRID_COLUMNS.length - 1),
  };
  const isEditing = (row: number, col: number): boolean =>
    editing?.row === row && editing.col === col;
  useEffect(() => {
    if (!wantFocus.current || editing) return;
    wantFocus.current = false;
    cellRefs.current.get(`${at.row}:${at.col}`)?.focus();
  }, [at.row, at.col, editing, posts.length]);

  /** Leaves the cell editor: runs `commit` unless Esc cancelled it; focus goes back to the cell. */
  const finish = (commit: () => void, returnFocus = false): void => {
    if (!cancelled.current) {
      setCellError(null);
      commit();
    }
    cancelled.current = false;
    if (returnFocus) wantFocus.current = true;
    setEditing(null);
  };

  /**
   * A cell's list editor (band, heading): choosing commits and returns focus to the grid; a value
   * the list lacks (from a file) stays shown as "(unknown)" rather than silently changing.
   */
  const choiceEditor = (
    label: string,
    value: string,
    options: readonly { readonly value: string; readonly label: string }[],
    commit: (chosen: string) => void,
  ) => (
    <select
      autoFocus
      aria-label={label}
      value={value}
      onBlur={() => finish(() => undefined)}
      onKeyDown={(e) => editorKey(e)}
      onChange={(e) => {
        const chosen = e.target.value;
        finish(() => commit(chosen), true);
      }}
    >
      {!options.some((o) => o.value === value) && <option value={value}>{value} (unknown)</option>}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
  const editorKey = (e: KeyboardEvent<HTMLInputElement | HTMLSelectElement>): void => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      cancelled.current = true;
      wantFocus.current = true;
      e.currentTarget.blur();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      wantFocus.current = true;
      e.currentTarget.blur();
    }
  };
  const onCellKey = (
    e: KeyboardEvent<HTMLTableCellElement>,
    post: Post,
    row: number,
    col: number,
  ): void => {
    if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault();
      const to = row + (e.key === 'ArrowUp' ? -1 : 1);
      if (to < 0 || to >= posts.length) return;
      move(post, to);
      wantFocus.current = true;
      setActive({ row: to, col });
      return;
    }
    if ((e.key === 'Enter' || e.key === 'F2') && GRID_COLUMNS[col] !== 'cost') {
      e.preventDefault();
      setActive({ row, col });
      setEditing({ row, col });
      return;
    }
    if (e.key === 'Delete') {
      e.preventDefault();
      wantFocus.current = true;
      remove(post);
      return;
    }
    const next = moveActiveCell(
      { row, col },
      e.key,
      e.ctrlKey || e.metaKey,
      posts.length,
      GRID_COLUMNS.length,
    );
    if (!next) return;
    e.preventDefault();
    wantFocus.current = true;
    setActive(next);
  };
  const pasteRows = (): void => {
    const read = postsFromRows(splitPastedRows(pasteText), {
      bands: staffing.bands,
      functions: assumptions.functions,
    });
    setPasteErrors(read.errors);
    if (read.posts.length === 0) return;
    const taken = new Set(posts.map((p) => p.id));
    if (
      edit({
        type: 'addPosts',
        ...base,
        posts: read.posts.map((p) => ({ ...p, id: freshId(taken) })),
      }) &&
      read.errors.length === 0
    ) {
      setPasteText('');
    }
  };

  return (
    <section className="structure-editor" aria-labelledby={`${ids.table}-h`}>
      <h3 id={`${ids.table}-h`}>
        Staffing structure{' '}
        <span className="h-figure">
          {cost ? `${formatPounds(cost.cost)} · ${fmtWte(cost.wte)} WTE` : `${posts.length} posts`}
        </span>
      </h3>
      <p className="muted">
        Posts replace the estimate for exactly what they cover:{' '}
        {owner.kind === 'ccg' ? 'posts under the core headings make up the core; ' : ''}
        posts headed by a function cost that function
        {owner.kind === 'arrangement' ? ' for the whole pool' : ' when it is done in-house'}. Pay ×
        WTE × (1 + {Math.round(staffing.onCostRate * 100)}% on-costs), plus non-pay shared by WTE.
      </p>
      {wteNote && (
        <p className="structure-wte" data-testid="structure-wte">
          {wteNote}
        </p>
      )}

      {owner.kind === 'ccg' && (
        <div className="structure-template">
          <label htmlFor={ids.template}>Template</label>
          <select id={ids.template} value={template} onChange={(e) => setTemplate(e.target.value)}>
            {STRUCTURE_TEMPLATES.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="secondary-button"
            onClick={() => edit({ type: 'applyTemplate', ...base, templateId: template })}
          >
            Apply template
          </button>
          <p className="field-hint">
            {STRUCTURE_TEMPLATES.find((t) => t.id === template)?.basis} Applying replaces the posts
            under the template’s headings; undo restores them.
          </p>
        </div>
      )}

      {posts.length > 0 && (
        <div
          className="structure-scroll"
          role="region"
          aria-label={`Posts of ${ownerName}, scrolls sideways`}
        >
          <p className="field-hint" id={`${ids.table}-help`}>
            Arrow keys move between cells; Enter or F2 edits one, Enter keeps it, Esc cancels;
            Delete removes the post (Undo brings it back); Alt+↑/↓ moves it.
          </p>
          <table
            className="structure-table"
            role="grid"
            aria-label={`Posts of ${ownerName}`}
            aria-describedby={`${ids.table}-help`}
            aria-rowcount={posts.length + 1}
            aria-colcount={GRID_COLUMNS.length + 1}
          >
            <thead>
              <tr role="row">
                {GRID_COLUMNS.map((c) => (
                  <th key={c} role="columnheader" scope="col">
                    {COLUMN_HEADERS[c]}
                  </th>
                ))}
                <th role="columnheader" scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {posts.map((post, r) => {
                const pc = cost?.posts[r];
                const cellProps = (c: number) => {
                  const isActive = at.row === r && at.col === c;
                  return {
                    role: 'gridcell',
                    tabIndex: isActive && !isEditing(r, c) ? 0 : -1,
                    'aria-selected': isActive,
                    className: isActive ? 'is-active' : undefined,
                    ref: (el: HTMLTableCellElement | null) => {
                      if (el) cellRefs.current.set(`${r}:${c}`, el);
                      else cellRefs.current.delete(`${r}:${c}`);
                    },
                    onKeyDown: (e: KeyboardEvent<HTMLTableCellElement>) => {
                      if (e.target === e.currentTarget) onCellKey(e, post, r, c);
                    },
                    onFocus: (e: FocusEvent<HTMLTableCellElement>) => {
                      if (e.target === e.currentTarget && !isActive) setActive({ row: r, col: c });
                    },
                    onDoubleClick: () => {
                      if (GRID_COLUMNS[c] !== 'cost') {
                        setActive({ row: r, col: c });
                        setEditing({ row: r, col: c });
                      }
                    },
                  } as const;
                };
                return (
                  <tr key={post.id} role="row" data-post-id={post.id}>
                    <td {...cellProps(0)}>
                      {isEditing(r, 0) ? (
                        <input
                          autoFocus
                          aria-label={`Title of post ${r + 1}`}
                          defaultValue={post.title}
                          onBlur={(e) =>
                            finish(() => {
                              if (e.target.value.trim() !== post.title)
                                edit({
                                  type: 'updatePost',
                                  ...base,
                                  postId: post.id,
                                  patch: { title: e.target.value.trim() },
                                });
                            })
                          }
                          onKeyDown={(e) => editorKey(e)}
                        />
                      ) : (
                        post.title
                      )}
                    </td>
                    <td {...cellProps(1)}>
                      {isEditing(r, 1)
                        ? choiceEditor(`Band of ${post.title}`, post.band, bandOptions, (band) =>
                            edit({ type: 'updatePost', ...base, postId: post.id, patch: { band } }),
                          )
                        : (bandLabel.get(post.band) ?? `${post.band} (unknown)`)}
                    </td>
                    <td
                      {...cellProps(2)}
                      className={`num${at.row === r && at.col === 2 ? ' is-active' : ''}`}
                    >
                      {isEditing(r, 2) ? (
                        <input
                          autoFocus
                          className="structure-wte-input"
                          inputMode="decimal"
                          aria-label={`WTE of ${post.title}`}
                          defaultValue={fmtWte(post.wte)}
                          onBlur={(e) => {
                            const input = e.target;
                            finish(() => {
                              const parsed = parseNumberInput(input.value, '0.5');
                              if (!parsed.ok) {
                                setCellError(`WTE of ${post.title}: ${parsed.message}`);
                                return;
                              }
                              if (parsed.value !== post.wte)
                                edit({
                                  type: 'updatePost',
                                  ...base,
                                  postId: post.id,
                                  patch: { wte: parsed.value },
                                });
                            });
                          }}
                          onKeyDown={(e) => editorKey(e)}
                        />
                      ) : (
                        fmtWte(post.wte)
                      )}
                    </td>
                    <td {...cellProps(3)}>
                      {isEditing(r, 3)
                        ? choiceEditor(
                            `Heading of ${post.title}`,
                            post.heading,
                            headingOptions,
                            (heading) =>
                              edit({
                                type: 'updatePost',
                                ...base,
                                postId: post.id,
                                patch: { heading },
                              }),
                          )
                        : headingLabel(post.heading)}
                    </td>
                    <td
                      {...cellProps(4)}
                      className={`num${at.row === r && at.col === 4 ? ' is-active' : ''}`}
                      data-testid="post-cost"
                    >
                      {pc ? formatPounds(pc.cost) : '—'}
                    </td>
                    <td className="structure-actions">
                      <button
                        type="button"
                        aria-label={`Move ${post.title} up`}
                        disabled={r === 0}
                        onClick={() => move(post, r - 1)}
                      >
                        ↑
                      </button>
                      <button
                        type="button"
                        aria-label={`Move ${post.title} down`}
                        disabled={r === posts.length - 1}
                        onClick={() => move(post, r + 1)}
                      >
                        ↓
                      </button>
                      <button
                        type="button"
                        aria-label={`Duplicate ${post.title}`}
                        onClick={() => duplicate(post, r)}
                        title="Duplicate"
                      >
                        ⧉
                      </button>
                      <button
                        type="button"
                        aria-label={`Delete ${post.title}`}
                        onClick={() => remove(post)}
                        title="Delete"
                      >
                        ✕
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {cellError && (
        <p className="field-error" role="alert">
          <span aria-hidden="true" className="field-error-icon">
            ✕
          </span>{' '}
          {cellError}
        </p>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      <div className="inspector-actions">
        <button type="button" className="secondary-button" onClick={addPost}>
          + Add post
        </button>
        {structure && (
          <button
            type="button"
            className="secondary-button"
            onClick={() => edit({ type: 'setStructure', ...base, structure: null })}
          >
            Remove structure (use the estimate)
          </button>
        )}
      </div>
      {error && (
        <p className="field-error" role="alert">
          <span aria-hidden="true" className="field-error-icon">
            ✕
          </span>{' '}
          {error}
        </p>
      )}

      {cost && cost.byHeading.size > 0 && (
        <table className="structure-totals" aria-label={`Totals by heading of ${ownerName}`}>
          <thead>
            <tr>
              <th scope="col">Heading</th>
              <th scope="col">WTE</th>
              <th scope="col">Cost a year</th>
            </tr>
          </thead>
          <tbody>
            {[...cost.byHeading.values()].map((h) => (
              <tr key={h.heading}>
                <th scope="row">{headingLabel(h.heading)}</th>
                <td className="num">{fmtWte(h.wte)}</td>
                <td className="num">{formatPounds(h.cost)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <div className="structure-paste">
        <label htmlFor={ids.paste}>Paste rows from Excel (title, band, WTE, heading)</label>
        <textarea
          id={ids.paste}
          rows={3}
          value={pasteText}
          onChange={(e) => setPasteText(e.target.value)}
        />
        <button
          type="button"
          className="secondary-button"
          disabled={pasteText.trim() === ''}
          onClick={pasteRows}
        >
          Add pasted rows
        </button>
        {pasteErrors.length > 0 && (
          <ul className="field-error" role="alert" aria-label="Rows not added">
            {pasteErrors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
