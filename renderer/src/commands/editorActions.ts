/**
 * The editing operations the editor's commands run (undo, the selection's copy, delete, nudge…).
 * They act on the canvas's scene, a feature above the command registry in the layer order, so the
 * editing feature provides them when it loads rather than the registry importing them; until
 * then the commands they back are disabled.
 */
export interface EditorActions {
  canUndo(): boolean;
  canRedo(): boolean;
  undoEdit(): boolean;
  redoEdit(): boolean;
  deleteSelection(): boolean;
  duplicateSelection(): boolean;
  copySelection(): boolean;
  pasteClipboard(): boolean;
  selectAll(): boolean;
  clearSelection(): boolean;
  nudgeSelection(dx: number, dy: number): boolean;
}

let provided: EditorActions | null = null;

/** Installs the editing operations (the last call wins). */
export function provideEditorActions(actions: EditorActions): void {
  provided = actions;
}

/** The editing operations, or null before the editing feature has loaded. */
export function editorActions(): EditorActions | null {
  return provided;
}
