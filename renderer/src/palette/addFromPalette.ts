import { useDocumentStore } from '../state/documentStore';
import { dispatchEdit } from '../state/dispatchEdit';
import { useUiStore } from '../state/uiStore';
import { currentScenario } from '../state/useCurrentScenario';
import { createPaletteNode, paletteNodeSize, type Point } from './createPaletteNode';
import type { PaletteKind } from './paletteItems';
import { floatingWorldBoxes, viewCentre, visibleWorldRect } from './viewCentre';
import { appEditor } from '../editor/appEditor';

/**
 * Screen pixels kept between a placed item and the canvas's edge: the canvas scrolls a new
 * selection into view when it is closer than that, and a placed item must not move the view.
 */
const EDGE_ROOM = 36;

function insetRect(r: { x: number; y: number; width: number; height: number }, by: number) {
  return {
    x: r.x + by,
    y: r.y + by,
    width: Math.max(0, r.width - 2 * by),
    height: Math.max(0, r.height - 2 * by),
  };
}

export type AddOutcome =
  | { readonly ok: true; readonly id: string; readonly name: string }
  | { readonly ok: false; readonly message: string };

/** The CCG a new locality should join: the selected CCG, or the CCG of the selected locality. */
export function selectedCcgId(): string | null {
  const { workspace } = useDocumentStore.getState();
  const { scenarioId, selectedId } = useUiStore.getState();
  if (!selectedId) return null;
  const node = currentScenario(workspace, scenarioId).nodes.find((n) => n.id === selectedId);
  if (node?.kind === 'ccg') return node.id;
  if (node?.kind === 'locality') return node.ccgId;
  return null;
}

/**
 * Adds a palette item to the shown scenario as one undoable edit and selects it. `at` is the
 * canvas point for its centre: where it was dropped, or (when omitted) the middle of the view,
 * moved to the nearest free spot. A locality needs its CCG (`ccgId`, else the selected CCG).
 * Side effect: changes the document and the selection.
 */
export function addFromPalette(kind: PaletteKind, at?: Point, ccgId?: string): AddOutcome {
  const { workspace } = useDocumentStore.getState();
  const { scenarioId, viewport } = useUiStore.getState();
  const editor = appEditor();
  const scenario = currentScenario(workspace, scenarioId);
  const forCcg = kind === 'locality' ? (ccgId ?? selectedCcgId()) : undefined;
  if (kind === 'locality' && !forCcg) {
    return {
      ok: false,
      message:
        'Select a CCG first: a locality is added to the selected CCG (or drop it on a CCG card).',
    };
  }
  const node = createPaletteNode(scenario, {
    kind,
    centre: at ?? viewCentre(viewport),
    placement: at ? 'drop' : 'place',
    // Placed for the user: in free space on screen, clear of cards and of the minimap.
    ...(at
      ? {}
      : {
          visible: insetRect(visibleWorldRect(viewport), EDGE_ROOM / viewport.k),
          avoid: floatingWorldBoxes(viewport),
        }),
    ...(forCcg ? { ccgId: forCcg } : {}),
  });
  const result = dispatchEdit({ type: 'addNode', scenarioId: scenario.id, node });
  if (!result.ok)
    return { ok: false, message: result.errors[0] ?? 'The organisation could not be added.' };
  editor.select(node.id);
  // Placed for the user but not wholly on screen (the middle was taken): bring it into view.
  if (!at && 'x' in node && node.x !== undefined && node.y !== undefined) {
    const size = paletteNodeSize(kind);
    const view = visibleWorldRect(viewport);
    const inView =
      node.x >= view.x &&
      node.y >= view.y &&
      node.x + size.width <= view.x + view.width &&
      node.y + size.height <= view.y + view.height;
    if (!inView) editor.requestCentre(node.id);
  }
  return { ok: true, id: node.id, name: node.name };
}

/** Adds a new locality to a CCG (the inspector's "Add locality"). */
export function addLocalityTo(ccgId: string): AddOutcome {
  return addFromPalette('locality', undefined, ccgId);
}
