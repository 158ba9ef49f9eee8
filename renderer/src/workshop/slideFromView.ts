import { newId } from '../../../shared/edits/newId';
import type { Scenario, Slide, SlideHighlight, Workspace } from '../../../shared/model/workspace';
import type { Viewport } from '../state/uiStore';
import { cameraOfViewport } from './slideCamera';

/** What a slide highlights, from the selection: a selected CCG or arrangement, else nothing. */
export function highlightOfSelection(
  scenario: Scenario,
  selectedId: string | null,
): SlideHighlight | undefined {
  if (selectedId === null) return undefined;
  if (scenario.nodes.some((n) => n.kind === 'ccg' && n.id === selectedId))
    return { kind: 'ccg', id: selectedId };
  if (scenario.arrangements.some((a) => a.id === selectedId))
    return { kind: 'arrangement', id: selectedId };
  return undefined;
}

/** "Option B — Ashby CCG": the scenario's name, and what is highlighted. */
export function defaultSlideTitle(
  scenario: Scenario,
  highlight: SlideHighlight | undefined,
): string {
  if (!highlight || highlight.kind === 'comparison') return scenario.name;
  const name =
    highlight.kind === 'ccg'
      ? scenario.nodes.find((n) => n.id === highlight.id)?.name
      : scenario.arrangements.find((a) => a.id === highlight.id)?.name;
  return name ? `${scenario.name} — ${name}` : scenario.name;
}

/**
 * A slide of the current view: its scenario, its camera (the point at the centre of a view of
 * `size` and the zoom), the selected CCG or arrangement as the highlight and the planning year
 * shown (so presenting it shows the same figures). Its id is new.
 */
export function slideFromView(
  workspace: Workspace,
  scenario: Scenario,
  viewport: Viewport,
  size: { width: number; height: number },
  selectedId: string | null,
  yearId?: string,
): Slide {
  const highlight = highlightOfSelection(scenario, selectedId);
  return {
    id: newId('slide', new Set((workspace.slides ?? []).map((s) => s.id))),
    title: defaultSlideTitle(scenario, highlight),
    scenarioId: scenario.id,
    camera: cameraOfViewport(viewport, size),
    ...(highlight ? { highlight } : {}),
    ...(yearId !== undefined && workspace.assumptions.years.some((y) => y.id === yearId)
      ? { yearId }
      : {}),
  };
}

/** In words, for the slides list: "Ashby CCG highlighted", "compares Option B, Option C". */
export function describeHighlight(workspace: Workspace, slide: Slide): string {
  const h = slide.highlight;
  if (!h) return 'nothing highlighted';
  if (h.kind === 'comparison') {
    return `compares ${h.scenarioIds.map((id) => workspace.scenarios.find((s) => s.id === id)?.name ?? id).join(', ')}`;
  }
  const scenario = workspace.scenarios.find((s) => s.id === slide.scenarioId);
  const name =
    h.kind === 'ccg'
      ? scenario?.nodes.find((n) => n.id === h.id)?.name
      : scenario?.arrangements.find((a) => a.id === h.id)?.name;
  return `${name ?? h.id} highlighted`;
}

/** The label of the year a slide shows: its own, else the first year's (the default). */
export function slideYearLabel(workspace: Workspace, slide: Slide): string {
  const years = workspace.assumptions.years;
  return (years.find((y) => y.id === slide.yearId) ?? years[0])?.label ?? '';
}
