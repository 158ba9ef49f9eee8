import type { ReactNode } from 'react';
import { useStore } from 'zustand';
import type { AlignMode } from '../../../shared/edits/arrange';
import { ariaKeys, keyLabel } from '../commands/keys';
import { runCommand } from '../commands/keyDispatcher';
import { command, type Command } from '../commands/registry';
import { alignSelection, distributeSelection } from '../keyboard/editorCommands';
import { ShortcutsHelp } from '../keyboard/ShortcutsHelp';
import { useEditor } from '../editor/EditorContext';
import { useUiStore } from '../state/uiStore';
import { EditNotice } from './EditNotice';
import { ToolbarIcon, type ToolbarIconName } from './ToolbarIcon';
import '../styles/editor.css';

interface ToolProps {
  readonly icon: ToolbarIconName;
  readonly label: string;
  /** The command whose shortcuts are shown on hover and announced. */
  readonly shortcutOf?: Command;
  readonly disabled?: boolean;
  readonly pressed?: boolean;
  readonly showLabel?: boolean;
  readonly onClick: () => void;
}

function Tool({ icon, label, shortcutOf, disabled, pressed, showLabel, onClick }: ToolProps) {
  const keys = shortcutOf?.keys ?? [];
  const shortcut = keys.map((k) => keyLabel(k)).join(' or ');
  return (
    <button
      type="button"
      className={`tool${showLabel ? ' has-label' : ''}`}
      aria-label={showLabel ? undefined : label}
      title={shortcut ? `${label} (${shortcut})` : label}
      aria-keyshortcuts={keys.length > 0 ? ariaKeys(keys) : undefined}
      aria-pressed={pressed}
      disabled={disabled}
      onClick={onClick}
    >
      <ToolbarIcon name={icon} />
      {showLabel && <span>{label}</span>}
    </button>
  );
}

function Group({ label, children }: { readonly label: string; readonly children: ReactNode }) {
  return (
    <div className="tool-group" role="group" aria-label={label}>
      <span className="tool-group-label" aria-hidden="true">
        {label}
      </span>
      {children}
    </div>
  );
}

const ALIGN: readonly { mode: AlignMode; icon: ToolbarIconName; label: string }[] = [
  { mode: 'left', icon: 'align-left', label: 'Align left edges' },
  { mode: 'centre-x', icon: 'align-centre', label: 'Align centres on a vertical line' },
  { mode: 'right', icon: 'align-right', label: 'Align right edges' },
  { mode: 'top', icon: 'align-top', label: 'Align top edges' },
  { mode: 'centre-y', icon: 'align-middle', label: 'Align middles on a horizontal line' },
  { mode: 'bottom', icon: 'align-bottom', label: 'Align bottom edges' },
];
const DISTRIBUTE: readonly { axis: 'x' | 'y'; icon: ToolbarIconName; label: string }[] = [
  { axis: 'x', icon: 'distribute-horizontally', label: 'Distribute horizontally' },
  { axis: 'y', icon: 'distribute-vertically', label: 'Distribute vertically' },
];

/**
 * The editing toolbar under the scenario bar: undo and redo, delete and duplicate, align and
 * distribute (enabled for 2+ and 3+ selected), the minimap and the shortcuts help (zoom is on
 * the canvas's own controls); and the notice area where refused edits say why. Every button is
 * labelled and says its shortcut.
 */
const HELP = command('shortcuts-help');

export function EditToolbar() {
  const editor = useEditor();
  const canUndo = useStore(editor.document.temporal, (s) => s.pastStates.length > 0);
  const canRedo = useStore(editor.document.temporal, (s) => s.futureStates.length > 0);
  const count = useUiStore((s) => s.selectedIds.length);
  const minimapVisible = useUiStore((s) => s.minimapVisible);
  const helpOpen = useUiStore((s) => s.shortcutsHelpOpen);
  const undo = command('undo');
  const redo = command('redo');
  const duplicate = command('duplicate');
  const del = command('delete');

  return (
    <div className="edit-toolbar-row">
      <div className="edit-toolbar" role="toolbar" aria-label="Edit" data-editor-toolbar="">
        <Group label="History">
          <Tool
            icon="undo"
            label={undo.label}
            shortcutOf={undo}
            disabled={!canUndo}
            onClick={() => runCommand(undo)}
          />
          <Tool
            icon="redo"
            label={redo.label}
            shortcutOf={redo}
            disabled={!canRedo}
            onClick={() => runCommand(redo)}
          />
        </Group>
        <Group label="Selection">
          <span className="selection-count" aria-live="polite">
            {count === 0 ? 'Nothing selected' : `${count} selected`}
          </span>
          <Tool
            icon="duplicate"
            label={duplicate.label}
            shortcutOf={duplicate}
            disabled={count === 0}
            onClick={() => runCommand(duplicate)}
          />
          <Tool
            icon="delete"
            label={del.label}
            shortcutOf={del}
            disabled={count === 0}
            onClick={() => runCommand(del)}
          />
        </Group>
        <Group label="Align">
          {ALIGN.map((a) => (
            <Tool
              key={a.mode}
              icon={a.icon}
              label={a.label}
              disabled={count < 2}
              onClick={() => alignSelection(a.mode)}
            />
          ))}
        </Group>
        <Group label="Distribute">
          {DISTRIBUTE.map((d) => (
            <Tool
              key={d.axis}
              icon={d.icon}
              label={d.label}
              disabled={count < 3}
              onClick={() => distributeSelection(d.axis)}
            />
          ))}
        </Group>
        <Group label="View">
          <Tool
            icon="minimap"
            label="Minimap"
            pressed={minimapVisible}
            onClick={() => editor.showMinimap(!minimapVisible)}
          />
          <Tool
            icon="keyboard"
            label={HELP.label}
            shortcutOf={HELP}
            pressed={helpOpen}
            showLabel
            onClick={() => editor.showShortcutsHelp(!helpOpen)}
          />
        </Group>
      </div>
      <EditNotice />
      <ShortcutsHelp />
    </div>
  );
}
