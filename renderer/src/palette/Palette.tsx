import type { DragEvent } from 'react';
import { useEditor } from '../editor/EditorContext';
import { useUiStore } from '../state/uiStore';
import { useCurrentScenario } from '../state/useCurrentScenario';
import { addFromPalette } from './addFromPalette';
import '../styles/palette.css';
import { PALETTE_ITEMS, PALETTE_MIME, type PaletteItem } from './paletteItems';
import { PaletteIcon } from './PaletteIcon';
import { usePaletteStatus } from './paletteStatus';

/**
 * The palette down the left edge: a new blank workspace, and one button per kind of organisation.
 * Click adds it in free space in view, clear of cards and the minimap (and selects it); drag drops it where it is let go on
 * the canvas. "Locality" adds to the selected CCG, so it says so until a CCG is selected.
 */
export function Palette() {
  const editor = useEditor();
  const scenario = useCurrentScenario();
  const selectedId = useUiStore((s) => s.selectedId);
  const statusMessage = usePaletteStatus((s) => s.message);
  const statusIsError = usePaletteStatus((s) => s.isError);
  const selected = selectedId ? scenario.nodes.find((n) => n.id === selectedId) : undefined;
  const localityTarget =
    selected?.kind === 'ccg'
      ? selected
      : selected?.kind === 'locality'
        ? scenario.nodes.find((n) => n.id === selected.ccgId)
        : undefined;

  const newWorkspace = (): void => {
    // Only ask when there is work to lose: an untouched sample or file can be reopened.
    if (
      editor.canUndo() &&
      !window.confirm('Discard the current workspace? Changes you have not saved will be lost.')
    )
      return;
    void editor.createBlank();
    editor.paletteStatus.say('New workspace with one empty scenario: add CCGs from the palette.');
  };

  const add = (item: PaletteItem): void => {
    const outcome = addFromPalette(item.kind);
    if (outcome.ok)
      editor.paletteStatus.say(`Added ${outcome.name}. Its details are in the panel on the right.`);
    else editor.paletteStatus.say(outcome.message, true);
  };

  const onDragStart = (event: DragEvent<HTMLButtonElement>, item: PaletteItem): void => {
    event.dataTransfer.setData(PALETTE_MIME, item.kind);
    event.dataTransfer.setData('text/plain', item.label);
    event.dataTransfer.effectAllowed = 'copy';
  };

  return (
    <nav className="palette" aria-label="Palette">
      <button
        type="button"
        className="palette-new"
        onClick={newWorkspace}
        title="Start a blank workspace with the default assumptions"
      >
        <PaletteIcon kind="new" />
        New workspace
      </button>
      <h2 className="palette-heading" id="palette-add-heading">
        Add
      </h2>
      <ul className="palette-items" aria-labelledby="palette-add-heading">
        {PALETTE_ITEMS.map((item) => {
          const unavailable = item.kind === 'locality' && !localityTarget;
          const description =
            item.kind === 'locality'
              ? localityTarget
                ? `Add a locality to ${localityTarget.name}`
                : 'Add a locality: select a CCG first, or drag this onto a CCG card'
              : `${item.description}: click to add in free space in view, or drag onto the canvas`;
          return (
            <li key={item.kind}>
              <button
                type="button"
                className={`palette-item palette-${item.kind}`}
                // A locality can always be dragged: dropped on a card, it joins that CCG.
                draggable
                onDragStart={(e) => onDragStart(e, item)}
                onClick={() => add(item)}
                aria-label={description}
                // Still focusable and clickable when unavailable, so a click can say why.
                aria-disabled={unavailable || undefined}
                title={description}
              >
                <PaletteIcon kind={item.kind} />
                <span className="palette-label">{item.label}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {/* A live region, not role="status": the scenario bar already has the page's status line. */}
      <p
        className={`palette-status${statusIsError ? ' is-error' : ''}`}
        aria-live="polite"
        data-testid="palette-status"
      >
        {statusIsError && <span aria-hidden="true">✕ </span>}
        {statusMessage}
      </p>
    </nav>
  );
}
