import type { DragEvent, ReactNode } from 'react';
import { layoutScenario } from '../../../shared/layout/layoutScenario';
import { useEditor } from '../editor/EditorContext';
import { useDocumentStore } from '../state/documentStore';
import { useUiStore } from '../state/uiStore';
import { currentScenario, useCurrentScenario } from '../state/useCurrentScenario';
import { addFromPalette } from './addFromPalette';
import type { Point } from './createPaletteNode';
import { PALETTE_MIME, isPaletteKind } from './paletteItems';
import { DROP_ZONE_ATTRIBUTE, clientToWorld } from './viewCentre';

/** The CCG whose card is under a canvas point, if any: where a dropped locality goes. */
function ccgAt(point: Point): string | undefined {
  const { workspace } = useDocumentStore.getState();
  const scenario = currentScenario(workspace, useUiStore.getState().scenarioId);
  for (const { id, kind, box } of layoutScenario(scenario).items.values()) {
    if (
      kind === 'ccg' &&
      point.x >= box.x &&
      point.x <= box.x + box.width &&
      point.y >= box.y &&
      point.y <= box.y + box.height
    )
      return id;
  }
  return undefined;
}

/**
 * Wraps the canvas to receive palette items dragged onto it (HTML5 drag and drop). The canvas
 * itself is left alone: the drop point is turned into canvas units with the committed viewport,
 * world = (client − top-left − (x, y)) / k.
 */
export function PaletteDropZone({ children }: { readonly children: ReactNode }) {
  const editor = useEditor();
  const isEmpty = useCurrentScenario().nodes.length === 0;

  const onDragOver = (event: DragEvent<HTMLDivElement>): void => {
    if (!event.dataTransfer.types.includes(PALETTE_MIME)) return;
    event.preventDefault(); // accept the drop
    event.dataTransfer.dropEffect = 'copy';
  };

  const onDrop = (event: DragEvent<HTMLDivElement>): void => {
    const kind = event.dataTransfer.getData(PALETTE_MIME);
    if (!isPaletteKind(kind)) return;
    event.preventDefault();
    const rect = event.currentTarget.getBoundingClientRect();
    const at = clientToWorld(
      { x: event.clientX, y: event.clientY },
      { x: rect.left, y: rect.top },
      useUiStore.getState().viewport,
    );
    const outcome = addFromPalette(kind, at, kind === 'locality' ? ccgAt(at) : undefined);
    if (outcome.ok) editor.paletteStatus.say(`Added ${outcome.name}.`);
    else editor.paletteStatus.say(outcome.message, true);
  };

  return (
    <div
      className="palette-drop-zone"
      {...{ [DROP_ZONE_ATTRIBUTE]: '' }}
      onDragOver={onDragOver}
      onDrop={onDrop}
    >
      {children}
      {isEmpty && (
        <p className="empty-canvas-hint">
          This scenario is empty. Add a CCG from the palette on the left — click it, or drag it
          here.
        </p>
      )}
    </div>
  );
}
