import type { KeyboardEvent, MouseEvent } from 'react';

/** What a canvas item does when clicked or activated from the keyboard. */
export interface NodeCallbacks {
  /** Click, Space: select this item alone. */
  readonly onSelect: (id: string) => void;
  /** Shift-click, Shift+Space: add to or take out of the selection. */
  readonly onToggle?: (id: string) => void;
  /** Enter: select and open the inspector. */
  readonly onOpen?: (id: string) => void;
}

/**
 * Click and key handlers for one canvas item. Enter and Space are handled here (and marked
 * handled, so the editor's shortcuts skip them); everything else is left to useEditorShortcuts.
 */
export function nodeHandlers(
  id: string,
  { onSelect, onToggle, onOpen }: NodeCallbacks,
): {
  onClick: (event: MouseEvent<SVGGElement>) => void;
  onKeyDown: (event: KeyboardEvent<SVGGElement>) => void;
} {
  return {
    onClick(event) {
      // A chip inside a card handles its own click.
      event.stopPropagation();
      if (event.shiftKey && onToggle) onToggle(id);
      else onSelect(id);
    },
    onKeyDown(event) {
      if (event.key === 'Enter') {
        event.preventDefault();
        onSelect(id);
        onOpen?.(id);
      } else if (event.key === ' ') {
        event.preventDefault(); // Space would otherwise scroll
        if (event.shiftKey && onToggle) onToggle(id);
        else onSelect(id);
      }
    },
  };
}
