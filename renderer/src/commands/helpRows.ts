import { keyLabel } from './keys';
import { command, type HelpGroup } from './registry';

/** A row of the shortcuts help: the keys as the user presses them, and what they do. */
export interface HelpRow {
  readonly keys: readonly string[];
  readonly does: string;
}

/** Pointer and focus gestures the canvas's own elements handle: in the help, not commands. */
interface GestureRow {
  readonly gesture: readonly string[];
  readonly does: string;
}

/** The help's groups in order: command ids (those sharing a text share a row) and gestures. */
const LAYOUT: readonly {
  readonly group: HelpGroup;
  readonly rows: readonly (string | GestureRow)[];
}[] = [
  { group: 'Edit', rows: ['undo', 'redo', 'delete', 'duplicate', 'copy', 'paste', 'nudge'] },
  {
    group: 'Select',
    rows: [
      { gesture: ['Click'], does: 'Select an organisation, hub or locality' },
      { gesture: ['Shift+click', 'Shift+Space'], does: 'Add to or take out of the selection' },
      { gesture: ['Shift+drag'], does: 'On empty canvas: select everything the box touches' },
      'select-all',
      'escape',
      { gesture: ['Tab', 'Shift+Tab'], does: 'Move between organisations' },
      { gesture: ['Space'], does: 'Select the focused organisation' },
      { gesture: ['Enter'], does: 'Select it and go to its details' },
    ],
  },
  {
    group: 'Move and view',
    rows: [
      {
        gesture: ['Drag'],
        does: 'Move (the whole selection if it is selected); snaps to a 10-unit grid and lines up with neighbours',
      },
      { gesture: ['Alt+drag'], does: 'Move without snapping' },
      {
        gesture: ['Drag a locality'],
        does: 'Onto another CCG card: move it and its population there',
      },
      { gesture: ['Drag empty canvas'], does: 'Pan' },
      'zoom-in',
      'zoom-out',
      'zoom-to-fit',
      'shortcuts-help',
    ],
  },
  {
    group: 'Scenarios',
    rows: [
      'new-scenario',
      'branch-scenario',
      'rename-scenario',
      'scenario-earlier',
      'scenario-later',
      'assumptions',
      'next-year',
      'previous-year',
      'recommend',
    ],
  },
  {
    group: 'Workshop mode',
    rows: [
      'present',
      'next-slide',
      'previous-slide',
      'first-slide',
      'last-slide',
      'presenter-view',
      'what-if-bar',
      'live-canvas',
      'leave-workshop',
    ],
  },
];

/** The command ids the help lists, in its order. */
export const HELP_COMMAND_IDS: readonly string[] = LAYOUT.flatMap((g) =>
  g.rows.filter((r): r is string => typeof r === 'string'),
);

/** The help's rows, keys rendered for the platform; consecutive commands with one text share a row. */
export function helpGroups(
  mac?: boolean,
): readonly { readonly group: HelpGroup; readonly rows: readonly HelpRow[] }[] {
  return LAYOUT.map(({ group, rows }) => {
    const out: HelpRow[] = [];
    let lastCommandDoes: string | null = null;
    for (const row of rows) {
      if (typeof row !== 'string') {
        out.push({ keys: row.gesture, does: row.does });
        lastCommandDoes = null;
        continue;
      }
      const c = command(row);
      const help = c.help;
      if (!help) throw new Error(`Command "${row}" has no help text`);
      const keys = help.keysText ? [help.keysText] : c.keys.map((k) => keyLabel(k, mac));
      const previous = out[out.length - 1];
      if (previous && lastCommandDoes === help.does)
        out[out.length - 1] = { keys: [...previous.keys, ...keys], does: help.does };
      else out.push({ keys, does: help.does });
      lastCommandDoes = help.does;
    }
    return { group, rows: out };
  });
}
