import { getCanvasHandle, ZOOM_STEP } from '../canvas/canvasHandle';
import { useUiStore } from '../state/uiStore';
import {
  clearSelection, copySelection, deleteSelection, duplicateSelection, nudgeSelection, pasteClipboard,
  redoEdit, selectAll, undoEdit,
} from './editorCommands';
import type { ShortcutAction } from './matchShortcut';

/** Screen pixels an arrow key pans by when nothing is selected. */
const PAN_STEP = 80;

/**
 * Carries out a shortcut. Returns whether it did something, so the key press is marked handled
 * (and the browser's own action suppressed) only then.
 * `onCanvasItself`: focus is on the canvas's own frame rather than on an item in it.
 */
export function runShortcut(action: ShortcutAction, onCanvasItself = false): boolean {
  const canvas = getCanvasHandle();
  switch (action.type) {
    case 'undo': return undoEdit();
    case 'redo': return redoEdit();
    case 'delete': return deleteSelection();
    case 'duplicate': return duplicateSelection();
    case 'copy': return copySelection();
    case 'paste': return pasteClipboard();
    case 'selectAll': return selectAll();
    case 'escape': return (canvas?.cancelGesture() ?? false) || clearSelection();
    case 'help':
      useUiStore.getState().setShortcutsHelpOpen(true);
      return true;
    case 'zoomIn': canvas?.zoomBy(ZOOM_STEP); return canvas !== null;
    case 'zoomOut': canvas?.zoomBy(1 / ZOOM_STEP); return canvas !== null;
    case 'zoomToFit': canvas?.zoomToFit(); return canvas !== null;
    case 'arrow': {
      if (useUiStore.getState().selectedIds.length > 0) return nudgeSelection(action.dx, action.dy);
      if (!onCanvasItself || !canvas) return false;
      // Arrow left shows what is to the left: the drawing moves right.
      canvas.panBy(-Math.sign(action.dx) * PAN_STEP, -Math.sign(action.dy) * PAN_STEP);
      return true;
    }
  }
}
