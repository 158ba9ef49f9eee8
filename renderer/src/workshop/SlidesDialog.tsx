import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Edit } from '../../../shared/edits/edit';
import type { Slide, SlideHighlight } from '../../../shared/model/workspace';
import { getBridge } from '../bridge/getBridge';
import { useEditor } from '../editor/EditorContext';
import { ModalDialog } from '../dialogs/ModalDialog';
import { dispatchEdit, undo } from '../state/dispatchEdit';
import { useDocumentStore } from '../state/documentStore';
import { useUiStore } from '../state/uiStore';
import { useCurrentScenario } from '../state/useCurrentScenario';
import { printHandout } from './handout/printHandout';
import { enterWorkshop } from './presenter';
import { DEFAULT_VIEW_SIZE } from './slideCamera';
import {
  describeHighlight,
  highlightOfSelection,
  slideFromView,
  slideYearLabel,
} from './slideFromView';
import { resolvedAssumptionsCached, shownYearId } from '../state/costScenarioCached';
import './slidesDialog.css';
import { appEditor } from '../editor/appEditor';

/** Shows a slide in the editor: its scenario and year, camera and highlighted item selected. */
function jumpTo(slide: Slide): void {
  const editor = appEditor();
  editor.showScenario(slide.scenarioId);
  editor.showYear(slide.yearId ?? null);
  const h = slide.highlight;
  if (h && h.kind !== 'comparison') editor.select(h.id);
  editor.requestCamera(slide.camera);
}

/** The highlight choices of a slide: nothing, the selection it was made with, or a comparison of 2–4 scenarios. */
type HighlightChoice = 'none' | 'item' | 'comparison';

/** A comparison slide compares two to four scenarios: more would not fit a projector's width. */
export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;

/**
 * Which scenarios a comparison slide compares, in the workspace's order: a box per scenario. At
 * four the unticked boxes are disabled, at two the ticked ones, so the choice is always 2–4.
 */
function ComparedScenarios({
  slideNumber,
  chosen,
  onChange,
}: {
  readonly slideNumber: number;
  readonly chosen: readonly string[];
  onChange(ids: string[]): void;
}) {
  const scenarios = useDocumentStore((s) => s.workspace.scenarios);
  const picked = new Set(chosen);
  return (
    <fieldset className="slides-compared">
      <legend>Scenarios compared on slide {slideNumber} (2 to 4)</legend>
      {scenarios.map((sc) => {
        const on = picked.has(sc.id);
        const locked = on ? picked.size <= MIN_COMPARED : picked.size >= MAX_COMPARED;
        return (
          <label key={sc.id}>
            <input
              type="checkbox"
              checked={on}
              disabled={locked}
              onChange={() =>
                onChange(
                  scenarios
                    .filter((x) => (x.id === sc.id ? !on : picked.has(x.id)))
                    .map((x) => x.id),
                )
              }
            />{' '}
            {sc.name}
          </label>
        );
      })}
    </fieldset>
  );
}

/**
 * The slides of the workspace, outside workshop mode: add one from the current view, rename,
 * add notes, choose what it highlights, reorder (buttons, or Alt+↑/↓ on a slide), delete
 * (undoable), show it in the editor, or present from it. Every change is one undoable edit.
 */
export function SlidesDialog({ onClose }: { readonly onClose: () => void }) {
  const workspace = useDocumentStore((s) => s.workspace);
  const slides = workspace.slides ?? [];
  const scenario = useCurrentScenario();
  const { camera } = useEditor();
  const dialogRef = useRef<HTMLDivElement>(null);
  const id = useId();
  const [status, setStatus] = useState<{ text: string; canUndo: boolean } | null>(null);
  const [errors, setErrors] = useState<readonly string[]>([]);

  const run = (edit: Edit, said: string, canUndo = false): boolean => {
    const outcome = dispatchEdit(edit);
    if (!outcome.ok) {
      setErrors(outcome.errors);
      return false;
    }
    setErrors([]);
    setStatus({ text: said, canUndo });
    return true;
  };

  const addFromView = (): void => {
    const { viewport, selectedId, yearId } = useUiStore.getState();
    const slide = slideFromView(
      workspace,
      scenario,
      camera.viewport ?? viewport,
      camera.size ?? DEFAULT_VIEW_SIZE,
      selectedId,
      shownYearId(resolvedAssumptionsCached(workspace, scenario.id), yearId),
    );
    run({ type: 'addSlide', slide }, `Added slide ${slides.length + 1}, “${slide.title}”.`);
  };

  const [printing, setPrinting] = useState(false);
  const exportHandout = async (): Promise<void> => {
    setPrinting(true);
    try {
      const result = await printHandout(getBridge(), useDocumentStore.getState().workspace);
      if (result.canceled) return;
      if ('error' in result) setErrors([result.error]);
      else if ('fileName' in result)
        setStatus({ text: `Saved the handout as “${result.fileName}”.`, canUndo: false });
      else
        setStatus({
          text: 'The handout is in the print dialog: choose “Save as PDF” there.',
          canUndo: false,
        });
    } catch (err) {
      setErrors([
        `Could not make the handout: ${err instanceof Error ? err.message : String(err)}`,
      ]);
    } finally {
      setPrinting(false);
    }
  };

  const move = (slide: Slide, to: number): void => {
    if (to < 0 || to >= slides.length) return;
    if (
      run(
        { type: 'moveSlide', id: slide.id, toIndex: to },
        `Moved “${slide.title}” to position ${to + 1} of ${slides.length}.`,
      )
    ) {
      // Keep the moved slide's row focused, so repeated Alt+arrows keep moving it.
      requestAnimationFrame(() =>
        dialogRef.current
          ?.querySelector<HTMLElement>(`[data-slide-row="${CSS.escape(slide.id)}"]`)
          ?.focus(),
      );
    }
  };

  const onRowKeyDown = (event: KeyboardEvent, slide: Slide, index: number): void => {
    if (!event.altKey || event.target !== event.currentTarget) return;
    if (event.key === 'ArrowUp') move(slide, index - 1);
    else if (event.key === 'ArrowDown') move(slide, index + 1);
    else return;
    event.preventDefault();
  };

  const highlightFor = (slide: Slide, choice: HighlightChoice): SlideHighlight | null => {
    if (choice === 'none') return null;
    if (choice === 'comparison')
      return {
        kind: 'comparison',
        scenarioIds: workspace.scenarios.slice(0, MAX_COMPARED).map((s) => s.id),
      };
    const own = workspace.scenarios.find((s) => s.id === slide.scenarioId);
    return (own && highlightOfSelection(own, useUiStore.getState().selectedId)) ?? null;
  };

  return (
    <ModalDialog
      className="slides-dialog"
      labelledBy={`${id}-title`}
      onClose={onClose}
      dialogRef={dialogRef}
    >
      <h2 id={`${id}-title`}>Slides</h2>
      <p className="muted">
        A slide saves a view for workshop mode: the scenario, where the canvas is looking and the
        selected CCG or arrangement. Slides are saved in the workspace file. Alt+↑ and Alt+↓ move
        the focused slide.
      </p>
      <div className="slides-actions">
        <button type="button" className="button-primary" data-autofocus onClick={addFromView}>
          Add slide from current view
        </button>
        <button
          type="button"
          onClick={() => {
            onClose();
            enterWorkshop(0);
          }}
        >
          Present{slides.length > 0 ? ' from the start' : ''}
        </button>
        <button type="button" onClick={() => void exportHandout()} disabled={printing}>
          Export handout (PDF)
        </button>
      </div>
      {errors.length > 0 && (
        <ul className="slides-errors" role="alert">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
      <p className="slides-status" role="status">
        {status?.text}
        {status?.canUndo && (
          <>
            {' '}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                undo();
                setStatus({ text: 'Undone.', canUndo: false });
              }}
            >
              Undo
            </button>
          </>
        )}
      </p>
      {slides.length === 0 ? (
        <p>
          No slides yet. Arrange the canvas, select a CCG or arrangement to highlight, then add a
          slide.
        </p>
      ) : (
        <ol className="slides-list" aria-label="Slides in order">
          {slides.map((slide, i) => {
            const scenarioName =
              workspace.scenarios.find((s) => s.id === slide.scenarioId)?.name ?? slide.scenarioId;
            const choice: HighlightChoice = !slide.highlight
              ? 'none'
              : slide.highlight.kind === 'comparison'
                ? 'comparison'
                : 'item';
            return (
              <li
                key={slide.id}
                className="slides-row"
                tabIndex={0}
                data-slide-row={slide.id}
                aria-label={`Slide ${i + 1} of ${slides.length}: ${slide.title}`}
                onKeyDown={(e) => onRowKeyDown(e, slide, i)}
              >
                <span className="slides-number" aria-hidden="true">
                  {i + 1}
                </span>
                <div className="slides-fields">
                  <label htmlFor={`${id}-t-${slide.id}`} className="visually-hidden">
                    Title of slide {i + 1}
                  </label>
                  <input
                    id={`${id}-t-${slide.id}`}
                    key={`t-${slide.title}`}
                    className="slides-title"
                    defaultValue={slide.title}
                    onBlur={(e) => {
                      const title = e.target.value.trim();
                      if (title === slide.title) return;
                      if (
                        !run(
                          { type: 'updateSlide', id: slide.id, patch: { title } },
                          `Renamed slide ${i + 1} “${title}”.`,
                        )
                      )
                        e.target.value = slide.title;
                    }}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter') e.currentTarget.blur();
                    }}
                  />
                  <p className="slides-meta">
                    {scenarioName} · {slideYearLabel(workspace, slide)} ·{' '}
                    {describeHighlight(workspace, slide)}
                  </p>
                  <label htmlFor={`${id}-h-${slide.id}`}>Highlight</label>
                  <select
                    id={`${id}-h-${slide.id}`}
                    value={choice}
                    onChange={(e) => {
                      const highlight = highlightFor(slide, e.target.value as HighlightChoice);
                      if (e.target.value === 'item' && !highlight) {
                        setErrors([
                          `Select a CCG or arrangement of ${scenarioName} on the canvas first, then choose “The selected CCG or arrangement”.`,
                        ]);
                        return;
                      }
                      run(
                        { type: 'updateSlide', id: slide.id, patch: { highlight } },
                        `Slide ${i + 1}: ${highlight ? describeHighlight(workspace, { ...slide, highlight }) : 'nothing highlighted'}.`,
                      );
                    }}
                  >
                    <option value="none">Nothing</option>
                    <option value="item">
                      {choice === 'item'
                        ? describeHighlight(workspace, slide)
                        : 'The selected CCG or arrangement'}
                    </option>
                    {workspace.scenarios.length >= 2 && (
                      <option value="comparison">A comparison of scenarios</option>
                    )}
                  </select>
                  {slide.highlight?.kind === 'comparison' && (
                    <ComparedScenarios
                      slideNumber={i + 1}
                      chosen={slide.highlight.scenarioIds}
                      onChange={(scenarioIds) =>
                        run(
                          {
                            type: 'updateSlide',
                            id: slide.id,
                            patch: { highlight: { kind: 'comparison', scenarioIds } },
                          },
                          `Slide ${i + 1}: ${describeHighlight(workspace, { ...slide, highlight: { kind: 'comparison', scenarioIds } })}.`,
                        )
                      }
                    />
                  )}
                  <label htmlFor={`${id}-n-${slide.id}`}>Notes</label>
                  <textarea
                    id={`${id}-n-${slide.id}`}
                    key={`n-${slide.notes ?? ''}`}
                    rows={2}
                    defaultValue={slide.notes ?? ''}
                    onBlur={(e) => {
                      const notes = e.target.value.trim();
                      if (notes === (slide.notes ?? '')) return;
                      run(
                        {
                          type: 'updateSlide',
                          id: slide.id,
                          patch: { notes: notes === '' ? null : notes },
                        },
                        `Saved the notes of slide ${i + 1}.`,
                      );
                    }}
                  />
                </div>
                <div className="slides-row-actions">
                  <button
                    type="button"
                    onClick={() => {
                      jumpTo(slide);
                      onClose();
                    }}
                    aria-label={`Show slide ${i + 1} in the editor`}
                  >
                    Show
                  </button>
                  <button
                    type="button"
                    onClick={() => {
                      onClose();
                      enterWorkshop(i);
                    }}
                    aria-label={`Present from slide ${i + 1}`}
                  >
                    Present
                  </button>
                  <button
                    type="button"
                    onClick={() => move(slide, i - 1)}
                    disabled={i === 0}
                    aria-label={`Move slide ${i + 1} up`}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    onClick={() => move(slide, i + 1)}
                    disabled={i === slides.length - 1}
                    aria-label={`Move slide ${i + 1} down`}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    onClick={() =>
                      run(
                        { type: 'deleteSlide', id: slide.id },
                        `Deleted slide “${slide.title}”.`,
                        true,
                      )
                    }
                    aria-label={`Delete slide ${i + 1}, ${slide.title}`}
                  >
                    Delete
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </ModalDialog>
  );
}
