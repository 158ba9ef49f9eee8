/**
 * The workshop slides' edits (add, update, move, delete) and the cascade that keeps slides
 * pointing at things that exist when a scenario edit deletes what they highlight. Slides live at
 * the workspace level, so these edits name no scenario; each is one undo step.
 */
import type { Scenario, Slide, Workspace } from '../model/workspace';
import { located } from '../schema/locate';
import { checkSlides } from '../schema/validateWorkspace';
import { slideSchema } from '../schema/workspaceSchema';
import type { Edit, EditResult, SlideEdit } from './edit';
import { mergePatch, withoutField } from './scenarioEdit';

const SLIDE_EDIT_TYPES: ReadonlySet<Edit['type']> = new Set([
  'addSlide',
  'updateSlide',
  'moveSlide',
  'deleteSlide',
]);

/** Whether an edit changes the slides (and so names no scenario). */
export function isSlideEdit(edit: Edit): edit is SlideEdit {
  return SLIDE_EDIT_TYPES.has(edit.type);
}

/** Applies a slide edit: the new workspace, or a refusal in located sentences, the workspace unchanged. */
export function applySlideEdit(workspace: Workspace, edit: SlideEdit): EditResult {
  const slides = workspace.slides ?? [];
  if (edit.type === 'addSlide') {
    if (slides.some((s) => s.id === edit.slide.id)) {
      return refused(
        located(`slide "${edit.slide.title}"`, 'id', `"${edit.slide.id}" is used by another slide`),
      );
    }
    const at = clampIndex(edit.index ?? slides.length, slides.length);
    return checked(
      workspace,
      [...slides.slice(0, at), edit.slide, ...slides.slice(at)],
      edit.slide,
    );
  }
  const index = slides.findIndex((s) => s.id === edit.id);
  if (index < 0)
    return refused(`Slide "${edit.id}" does not exist in workspace "${workspace.name}"`);
  const slide = slides[index] as Slide;
  switch (edit.type) {
    case 'updateSlide': {
      if ('id' in edit.patch)
        return refused(
          located(`slide "${slide.title}"`, 'id', 'cannot be changed; add a new slide instead'),
        );
      const merged = mergePatch(slide, edit.patch);
      if (merged === slide) return { ok: true, workspace };
      return checked(
        workspace,
        slides.map((s, i) => (i === index ? merged : s)),
        merged,
      );
    }
    case 'moveSlide': {
      if (!Number.isInteger(edit.toIndex))
        return refused(
          `Cannot move slide "${slide.title}" to position ${edit.toIndex}: a position is a whole number`,
        );
      const to = clampIndex(edit.toIndex, slides.length - 1);
      if (to === index) return { ok: true, workspace };
      const rest = slides.filter((_, i) => i !== index);
      return {
        ok: true,
        workspace: { ...workspace, slides: [...rest.slice(0, to), slide, ...rest.slice(to)] },
      };
    }
    case 'deleteSlide':
      return {
        ok: true,
        workspace: withSlides(
          workspace,
          slides.filter((_, i) => i !== index),
        ),
      };
  }
}

/**
 * The cascade after a scenario edit (deleteItems, or a scenario removed): slides of a scenario
 * that no longer exists go; a highlighted CCG or arrangement that no longer exists is cleared
 * (the slide keeps its scenario and camera); a comparison loses missing scenarios and is cleared
 * when fewer than two remain. Returns the very workspace when nothing needed repair.
 */
export function pruneSlides(workspace: Workspace): Workspace {
  const slides = workspace.slides;
  if (!slides || slides.length === 0) return workspace;
  const scenarios = new Map(workspace.scenarios.map((s) => [s.id, s]));
  let changed = false;
  const next: Slide[] = [];
  for (const slide of slides) {
    const scenario = scenarios.get(slide.scenarioId);
    if (!scenario) {
      changed = true;
      continue;
    }
    const repaired = repairHighlight(slide, scenario, scenarios);
    if (repaired !== slide) changed = true;
    next.push(repaired);
  }
  return changed ? withSlides(workspace, next) : workspace;
}

function repairHighlight(
  slide: Slide,
  scenario: Scenario,
  scenarios: ReadonlyMap<string, Scenario>,
): Slide {
  const h = slide.highlight;
  if (!h) return slide;
  if (h.kind === 'comparison') {
    const kept = h.scenarioIds.filter((id) => scenarios.has(id));
    if (kept.length === h.scenarioIds.length) return slide;
    return kept.length >= 2
      ? { ...slide, highlight: { kind: 'comparison', scenarioIds: kept } }
      : withoutField(slide, 'highlight');
  }
  const exists =
    h.kind === 'ccg'
      ? scenario.nodes.some((n) => n.kind === 'ccg' && n.id === h.id)
      : scenario.arrangements.some((a) => a.id === h.id);
  return exists ? slide : withoutField(slide, 'highlight');
}

function withSlides(workspace: Workspace, slides: readonly Slide[]): Workspace {
  return slides.length > 0 ? { ...workspace, slides } : withoutField(workspace, 'slides');
}

function clampIndex(i: number, max: number): number {
  return Math.max(0, Math.min(max, Math.trunc(i)));
}

function refused(...errors: string[]): EditResult {
  return { ok: false, errors };
}

/** The workspace with these slides, if `changed` is a well-formed slide and no reference is broken by the edit. */
function checked(workspace: Workspace, slides: readonly Slide[], changed: Slide): EditResult {
  const shape = slideSchema.safeParse(changed);
  if (!shape.success) {
    const where = `slide "${typeof changed.title === 'string' && changed.title.trim() ? changed.title : changed.id}"`;
    return refused(
      ...shape.error.issues.map((i) => located(where, i.path.map(String).join('.'), i.message)),
    );
  }
  const next = withSlides(workspace, slides);
  const before = new Set(checkSlides(workspace));
  const errors = checkSlides(next).filter((e) => !before.has(e));
  return errors.length > 0 ? refused(...errors) : { ok: true, workspace: next };
}
