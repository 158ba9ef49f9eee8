import { MENU_COMMANDS, type MenuCommand } from '../../../shared/ipc/menuCommands';
import { appEditor } from '../editor/appEditor';
import { ZOOM_STEP } from '../editor/camera';
import { useUiStore } from '../state/uiStore';
import type { CommandHandlers } from './commandHandlers';
import { editorActions, type EditorActions } from './editorActions';
import type { KeySpec } from './keys';

/**
 * Where focus may be for a command's keys to act (see focusScope):
 * - `anywhere`: even in a text field;
 * - `notText`: anywhere but a text field (undo, redo, help also act from the side panel or a dialog);
 * - `editing`: on the canvas or the editing toolbar;
 * - `canvas`: on the canvas only (arrows on a toolbar button would surprise);
 * - `page`: outside text fields and dialogs, but a select, which keeps no Alt keys of its own;
 * - `notControl`: outside form controls, and Space and Enter stay with a focused button.
 */
export type Reach = 'anywhere' | 'notText' | 'editing' | 'canvas' | 'page' | 'notControl';

/** What a command runs against. */
export interface CommandContext {
  readonly handlers: Partial<CommandHandlers>;
  /** The key press that runs it, when a key does (menus and buttons have none). */
  readonly press?: {
    readonly key: string;
    readonly shiftKey: boolean;
    readonly target: EventTarget | null;
  };
}

export type HelpGroup =
  'Edit' | 'Select' | 'Move and view' | 'Scenarios' | 'Workshop mode' | 'File';

export interface Command {
  readonly id: string;
  /** The menu's or toolbar's name for it. */
  readonly label: string;
  /** Its shortcuts, shown wherever the command is offered. */
  readonly keys: readonly KeySpec[];
  /** Further keys that run it without being shown (`=` for `+` without Shift). */
  readonly alsoKeys?: readonly KeySpec[];
  /** Keys whose reach differs from the command's. */
  readonly keyReach?: Readonly<Record<KeySpec, Reach>>;
  readonly reach: Reach;
  /** Workshop commands are tried first, and only while presenting. */
  readonly layer: 'workshop' | 'editor';
  /** What the shortcuts help says it does; commands with the same text share a row. */
  readonly help?: { readonly group: HelpGroup; readonly does: string; readonly keysText?: string };
  /** The native menu's id for it, when the desktop menu offers it. */
  readonly menuId?: MenuCommand;
  /**
   * Where its key is held back (marked handled, nothing done): in the library it would act on
   * the document nobody can see; while presenting it would change or move the selection.
   */
  readonly heldIn?: readonly ('library' | 'workshop')[];
  enabled(ctx: CommandContext): boolean;
  /** Does it; false when there was nothing to do (the key is then left to the browser). */
  run(ctx: CommandContext): boolean | void;
}

/** Screen pixels an arrow key pans by when nothing is selected. */
const PAN_STEP = 80;
const NUDGE = 1;
const NUDGE_SHIFT = 10;
const ARROWS: Readonly<Record<string, readonly [number, number]>> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

const always = (): boolean => true;
/** Enabled while a component provides the handler. */
const has =
  (name: keyof CommandHandlers) =>
  (ctx: CommandContext): boolean =>
    ctx.handlers[name] !== undefined;

const LIBRARY_AND_WORKSHOP = ['library', 'workshop'] as const;

/** Runs one of the editing operations the editing feature provides; false (nothing done) before it has loaded. */
function act(run: (actions: EditorActions) => boolean): boolean {
  const actions = editorActions();
  return actions !== null && run(actions);
}

function editor(
  id: string,
  label: string,
  keys: readonly KeySpec[],
  reach: Reach,
  run: (ctx: CommandContext) => boolean,
  extra: Partial<Pick<Command, 'help' | 'alsoKeys' | 'menuId' | 'heldIn' | 'enabled'>> = {},
): Command {
  return { id, label, keys, reach, layer: 'editor', enabled: always, run, ...extra };
}

function zoom(by: 'in' | 'out' | 'fit'): boolean {
  const { camera } = appEditor();
  if (by === 'fit') return camera.zoomToFit();
  return camera.zoomBy(by === 'in' ? ZOOM_STEP : 1 / ZOOM_STEP);
}

/** Moves the selection, or pans when nothing is selected and focus is on the canvas's own frame. */
function arrow(ctx: CommandContext): boolean {
  const press = ctx.press;
  const dir = press ? ARROWS[press.key] : undefined;
  if (!press || !dir) return false;
  const step = press.shiftKey ? NUDGE_SHIFT : NUDGE;
  if (useUiStore.getState().selectedIds.length > 0)
    return act((a) => a.nudgeSelection(dir[0] * step, dir[1] * step));
  const onCanvasItself =
    press.target instanceof Element && press.target.classList.contains('canvas-svg');
  if (!onCanvasItself) return false;
  // Arrow left shows what is to the left: the drawing moves right.
  return appEditor().camera.panBy(-dir[0] * PAN_STEP, -dir[1] * PAN_STEP);
}

/** A command the app provides a handler for, run with no arguments. */
function provided(
  id: string,
  label: string,
  name: {
    [K in keyof CommandHandlers]: CommandHandlers[K] extends () => void ? K : never;
  }[keyof CommandHandlers],
  extra: Partial<Pick<Command, 'keys' | 'reach' | 'help' | 'menuId' | 'keyReach'>> = {},
): Command {
  return {
    id,
    label,
    keys: [],
    reach: 'page',
    layer: 'editor',
    ...extra,
    enabled: has(name),
    run: (ctx) => {
      const handler = ctx.handlers[name] as (() => void) | undefined;
      if (!handler) return false;
      handler();
      return true;
    },
  };
}

/** A scenario-bar command that moves one way or the other (the scenario in the list, the year shown). */
function step(
  id: string,
  label: string,
  key: KeySpec,
  name: 'moveScenario' | 'stepYear',
  by: -1 | 1,
  does: string,
): Command {
  return {
    id,
    label,
    keys: [key],
    reach: 'page',
    layer: 'editor',
    help: { group: 'Scenarios', does },
    enabled: has(name),
    run: (ctx) => {
      const handler = ctx.handlers[name];
      if (!handler) return false;
      handler(by);
      return true;
    },
  };
}

function exportCommand(
  id: string,
  label: string,
  command: Parameters<CommandHandlers['runExport']>[0],
  menuId?: MenuCommand,
): Command {
  return {
    id,
    label,
    keys: [],
    reach: 'page',
    layer: 'editor',
    ...(menuId ? { menuId } : {}),
    enabled: has('runExport'),
    run: (ctx) => {
      if (!ctx.handlers.runExport) return false;
      ctx.handlers.runExport(command);
      return true;
    },
  };
}

function slide(
  id: string,
  label: string,
  keys: readonly KeySpec[],
  key: Parameters<CommandHandlers['stepSlide']>[0],
  does: string,
  reach: Reach = 'notControl',
): Command {
  return {
    id,
    label,
    keys,
    reach,
    layer: 'workshop',
    help: { group: 'Workshop mode', does },
    enabled: has('stepSlide'),
    run: (ctx) => ctx.handlers.stepSlide?.(key) ?? false,
  };
}

function toggle(
  id: string,
  label: string,
  key: KeySpec,
  part: Parameters<CommandHandlers['toggleWorkshopPart']>[0],
  does: string,
): Command {
  return {
    id,
    label,
    keys: [key],
    reach: 'notControl',
    layer: 'workshop',
    help: { group: 'Workshop mode', does },
    enabled: has('toggleWorkshopPart'),
    run: (ctx) => {
      if (!ctx.handlers.toggleWorkshopPart) return false;
      ctx.handlers.toggleWorkshopPart(part);
      return true;
    },
  };
}

const COPY_PASTE = 'Copy, and paste into the scenario shown (switch scenario to paste there)';

/**
 * Every command of the app: what the keyboard, the native menu, the File and Scenario menus,
 * the editing toolbar and the shortcuts help offer. Keys are tried in this order. (Functions of
 * other modules are called through arrows, so an import cycle through the canvas cannot catch
 * them unset while this list is built.)
 */
export const COMMANDS: readonly Command[] = [
  // Workshop mode, ahead of the editor while presenting.
  slide(
    'next-slide',
    'Next slide',
    ['ArrowRight', 'PageDown', 'Space'],
    'ArrowRight',
    'Next slide',
  ),
  slide('previous-slide', 'Previous slide', ['ArrowLeft', 'PageUp'], 'ArrowLeft', 'Previous slide'),
  slide('first-slide', 'First slide', ['Home'], 'Home', 'First, last slide'),
  slide('last-slide', 'Last slide', ['End'], 'End', 'First, last slide'),
  toggle(
    'presenter-view',
    'Presenter view',
    'N',
    'presenterView',
    'Show or hide the presenter view: notes, next slide, clock',
  ),
  toggle('what-if-bar', 'What-if bar', 'W', 'whatIfsHidden', 'Show or hide the what-if bar'),
  toggle(
    'live-canvas',
    'Live canvas',
    'D',
    'liveCanvas',
    'Switch between the presentation rendering and the live canvas',
  ),
  slide(
    'leave-workshop',
    'Leave workshop mode',
    ['Escape'],
    'Escape',
    'Leave workshop mode (what-ifs are dropped)',
    'anywhere',
  ),

  // The editor.
  editor('undo', 'Undo', ['Mod+Z'], 'notText', () => act((a) => a.undoEdit()), {
    menuId: MENU_COMMANDS.undo,
    heldIn: ['library'],
    enabled: () => act((a) => a.canUndo()),
    help: { group: 'Edit', does: 'Undo' },
  }),
  editor('redo', 'Redo', ['Mod+Shift+Z', 'Mod+Y'], 'notText', () => act((a) => a.redoEdit()), {
    menuId: MENU_COMMANDS.redo,
    heldIn: ['library'],
    enabled: () => act((a) => a.canRedo()),
    help: { group: 'Edit', does: 'Redo' },
  }),
  editor(
    'delete',
    'Delete',
    ['Delete', 'Backspace'],
    'editing',
    () => act((a) => a.deleteSelection()),
    {
      heldIn: LIBRARY_AND_WORKSHOP,
      help: { group: 'Edit', does: 'Delete the selection' },
    },
  ),
  editor('duplicate', 'Duplicate', ['Mod+D'], 'editing', () => act((a) => a.duplicateSelection()), {
    heldIn: LIBRARY_AND_WORKSHOP,
    help: { group: 'Edit', does: 'Duplicate the selection' },
  }),
  editor('copy', 'Copy', ['Mod+C'], 'editing', () => act((a) => a.copySelection()), {
    heldIn: LIBRARY_AND_WORKSHOP,
    help: { group: 'Edit', does: COPY_PASTE },
  }),
  editor('paste', 'Paste', ['Mod+V'], 'editing', () => act((a) => a.pasteClipboard()), {
    heldIn: LIBRARY_AND_WORKSHOP,
    help: { group: 'Edit', does: COPY_PASTE },
  }),
  editor(
    'nudge',
    'Move the selection',
    ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'],
    'canvas',
    arrow,
    {
      heldIn: ['workshop'],
      help: {
        group: 'Edit',
        does: 'Move the selection by 1 (with Shift: 10); with nothing selected, pan',
        keysText: 'Arrow keys',
      },
    },
  ),
  editor('select-all', 'Select all', ['Mod+A'], 'editing', () => act((a) => a.selectAll()), {
    heldIn: LIBRARY_AND_WORKSHOP,
    help: { group: 'Select', does: 'Select everything in the scenario' },
  }),
  editor(
    'escape',
    'Cancel or clear the selection',
    ['Escape'],
    'editing',
    () => appEditor().camera.cancelGesture() || act((a) => a.clearSelection()),
    { help: { group: 'Select', does: 'Cancel a drag; clear the selection' } },
  ),
  editor('zoom-in', 'Zoom in', ['+'], 'editing', () => zoom('in'), {
    alsoKeys: ['='],
    help: { group: 'Move and view', does: 'Zoom in, out' },
  }),
  editor('zoom-out', 'Zoom out', ['-'], 'editing', () => zoom('out'), {
    alsoKeys: ['_', '−'],
    help: { group: 'Move and view', does: 'Zoom in, out' },
  }),
  editor('zoom-to-fit', 'Zoom to fit', ['0'], 'editing', () => zoom('fit'), {
    help: { group: 'Move and view', does: 'Zoom to fit' },
  }),
  editor(
    'shortcuts-help',
    'Keyboard shortcuts',
    ['?'],
    'notText',
    () => {
      appEditor().showShortcutsHelp(true);
      return true;
    },
    { heldIn: ['library'], help: { group: 'Move and view', does: 'Show these shortcuts' } },
  ),

  // Scenarios (the Scenario menu provides them while it shows).
  provided('new-scenario', 'New', 'newScenario', {
    keys: ['Alt+Shift+N'],
    help: { group: 'Scenarios', does: 'New blank scenario' },
  }),
  provided('branch-scenario', 'Branch (copy this scenario)', 'branchScenario', {
    keys: ['Alt+Shift+B'],
    help: { group: 'Scenarios', does: 'Branch: copy the scenario shown' },
  }),
  provided('rename-scenario', 'Rename', 'renameScenario', {
    keys: ['Alt+Shift+R'],
    help: { group: 'Scenarios', does: 'Rename the scenario shown (Enter to keep, Esc to cancel)' },
  }),
  step(
    'scenario-earlier',
    'Move scenario earlier',
    'Alt+Shift+ArrowLeft',
    'moveScenario',
    -1,
    'Move the scenario earlier, later in the list',
  ),
  step(
    'scenario-later',
    'Move scenario later',
    'Alt+Shift+ArrowRight',
    'moveScenario',
    1,
    'Move the scenario earlier, later in the list',
  ),
  provided('delete-scenario', 'Delete scenario', 'deleteScenario'),
  provided('assumptions', 'Assumptions…', 'showAssumptions', {
    keys: ['Alt+Shift+A'],
    help: { group: 'Scenarios', does: 'Assumptions: the workspace’s and this scenario’s' },
  }),
  step(
    'next-year',
    'Next planning year',
    'Alt+Y',
    'stepYear',
    1,
    'Show the next, previous planning year',
  ),
  step(
    'previous-year',
    'Previous planning year',
    'Alt+Shift+Y',
    'stepYear',
    -1,
    'Show the next, previous planning year',
  ),
  // M for "minimise": Ctrl+Shift+R is the browser's and Electron's hard reload.
  provided('recommend', 'Recommend…', 'recommend', {
    keys: ['Alt+Shift+M'],
    help: {
      group: 'Scenarios',
      does: 'Recommend: the cheapest configuration within the allowances, as a new scenario',
    },
  }),
  // F5 as in presentation software (it would otherwise reload the page); text fields keep Ctrl+Enter.
  provided('present', 'Present', 'present', {
    keys: ['F5', 'Mod+Enter'],
    reach: 'notText',
    keyReach: { F5: 'anywhere' },
    help: { group: 'Workshop mode', does: 'Present: full screen from the first slide' },
  }),

  // The File menu and the native menu.
  provided('open-workspace', 'Open…', 'openWorkspace', { menuId: MENU_COMMANDS.openWorkspace }),
  provided('save-workspace-as', 'Save as…', 'saveWorkspaceAs', {
    menuId: MENU_COMMANDS.saveWorkspaceAs,
  }),
  provided('new-workspace', 'New workspace', 'newWorkspace', {
    menuId: MENU_COMMANDS.newWorkspace,
  }),
  provided('library', 'Library', 'toggleLibrary', { menuId: MENU_COMMANDS.showLibrary }),
  provided('history', 'History…', 'showHistory', { menuId: MENU_COMMANDS.showHistory }),
  provided('import-csv', 'Import CSV…', 'importCsv', { menuId: MENU_COMMANDS.importCsv }),
  exportCommand(
    'export-results-csv',
    'Results (CSV)',
    'results-csv',
    MENU_COMMANDS.exportResultsCsv,
  ),
  exportCommand('export-workbook', 'Workbook (XLSX)', 'workbook', MENU_COMMANDS.exportWorkbook),
  exportCommand(
    'export-canvas-svg',
    'Canvas picture (SVG)',
    'canvas-svg',
    MENU_COMMANDS.exportCanvasSvg,
  ),
  exportCommand(
    'export-canvas-png',
    'Canvas picture (PNG)…',
    'canvas-png',
    MENU_COMMANDS.exportCanvasPng,
  ),
  exportCommand('export-report-pdf', 'Report (PDF)…', 'report-pdf', MENU_COMMANDS.exportReportPdf),
  exportCommand('export-comparison-pdf', 'Comparison report (PDF)…', 'comparison-pdf'),
];

const BY_ID = new Map(COMMANDS.map((c) => [c.id, c]));

/** The command of this id; throws on a misspelt id, which is a programming error. */
export function command(id: string): Command {
  const found = BY_ID.get(id);
  if (!found) throw new Error(`No command "${id}"`);
  return found;
}

/** The command the native menu's id names, if any. */
export function commandForMenu(menuId: string): Command | undefined {
  return COMMANDS.find((c) => c.menuId === menuId);
}
