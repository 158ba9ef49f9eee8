/** Whether the platform's command key is ⌘ (macOS) rather than Ctrl. */
export function isMac(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}

/** The modifier's name as the user's keyboard shows it. */
export function modKey(): string {
  return isMac() ? '⌘' : 'Ctrl';
}

export interface ShortcutRow {
  /** Key combinations, each written as the user presses it (`Ctrl+Z`). */
  readonly keys: readonly string[];
  readonly does: string;
}

/**
 * Every editor shortcut, as the help lists them. Kept beside matchShortcut (which implements
 * them): change one, change the other.
 */
export function shortcutTable(mod = modKey()): readonly { readonly group: string; readonly rows: readonly ShortcutRow[] }[] {
  return [
    {
      group: 'Edit',
      rows: [
        { keys: [`${mod}+Z`], does: 'Undo' },
        { keys: [`${mod}+Shift+Z`, `${mod}+Y`], does: 'Redo' },
        { keys: ['Delete', 'Backspace'], does: 'Delete the selection' },
        { keys: [`${mod}+D`], does: 'Duplicate the selection' },
        { keys: [`${mod}+C`, `${mod}+V`], does: 'Copy, and paste into the scenario shown (switch scenario to paste there)' },
        { keys: ['Arrow keys'], does: 'Move the selection by 1 (with Shift: 10); with nothing selected, pan' },
      ],
    },
    {
      group: 'Select',
      rows: [
        { keys: ['Click'], does: 'Select an organisation, hub or locality' },
        { keys: ['Shift+click', 'Shift+Space'], does: 'Add to or take out of the selection' },
        { keys: ['Shift+drag'], does: 'On empty canvas: select everything the box touches' },
        { keys: [`${mod}+A`], does: 'Select everything in the scenario' },
        { keys: ['Esc'], does: 'Cancel a drag; clear the selection' },
        { keys: ['Tab', 'Shift+Tab'], does: 'Move between organisations' },
        { keys: ['Space'], does: 'Select the focused organisation' },
        { keys: ['Enter'], does: 'Select it and go to its details' },
      ],
    },
    {
      group: 'Move and view',
      rows: [
        { keys: ['Drag'], does: 'Move (the whole selection if it is selected); snaps to a 10-unit grid and lines up with neighbours' },
        { keys: ['Alt+drag'], does: 'Move without snapping' },
        { keys: ['Drag a locality'], does: 'Onto another CCG card: move it and its population there' },
        { keys: ['Drag empty canvas'], does: 'Pan' },
        { keys: ['+', '−'], does: 'Zoom in, out' },
        { keys: ['0'], does: 'Zoom to fit' },
        { keys: ['?'], does: 'Show these shortcuts' },
      ],
    },
    {
      group: 'Scenarios',
      rows: [
        { keys: ['Alt+Shift+N'], does: 'New blank scenario' },
        { keys: ['Alt+Shift+B'], does: 'Branch: copy the scenario shown' },
        { keys: ['Alt+Shift+R'], does: 'Rename the scenario shown (Enter to keep, Esc to cancel)' },
        { keys: ['Alt+Shift+←', 'Alt+Shift+→'], does: 'Move the scenario earlier, later in the list' },
        { keys: ['Alt+Shift+A'], does: 'Assumptions: the workspace’s and this scenario’s' },
        // Implemented by renderer/src/topbar/useYearShortcuts.
        { keys: ['Alt+Y', 'Alt+Shift+Y'], does: 'Show the next, previous planning year' },
        { keys: ['Alt+Shift+M'], does: 'Recommend: the cheapest configuration within the allowances, as a new scenario' },
      ],
    },
    {
      // Implemented by renderer/src/workshop (usePresentShortcut, slideStepping, useWorkshopKeys).
      group: 'Workshop mode',
      rows: [
        { keys: ['F5', `${mod}+Enter`], does: 'Present: full screen from the first slide' },
        { keys: ['→', 'Page Down', 'Space'], does: 'Next slide' },
        { keys: ['←', 'Page Up'], does: 'Previous slide' },
        { keys: ['Home', 'End'], does: 'First, last slide' },
        { keys: ['N'], does: 'Show or hide the presenter view: notes, next slide, clock' },
        { keys: ['W'], does: 'Show or hide the what-if bar' },
        { keys: ['D'], does: 'Switch between the presentation rendering and the live canvas' },
        { keys: ['Esc'], does: 'Leave workshop mode (what-ifs are dropped)' },
      ],
    },
  ];
}
