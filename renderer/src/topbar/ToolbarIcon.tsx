/** The small drawings on the editing toolbar's buttons. Decorative: every button has a label. */
export type ToolbarIconName =
  | 'undo'
  | 'redo'
  | 'delete'
  | 'duplicate'
  | 'align-left'
  | 'align-centre'
  | 'align-right'
  | 'align-top'
  | 'align-middle'
  | 'align-bottom'
  | 'distribute-horizontally'
  | 'distribute-vertically'
  | 'minimap'
  | 'keyboard';

const PATHS: Record<ToolbarIconName, string> = {
  undo: 'M6 4 L2 8 L6 12 M2 8 H11 A4 4 0 0 1 11 16',
  redo: 'M12 4 L16 8 L12 12 M16 8 H7 A4 4 0 0 0 7 16',
  delete: 'M3 5 H15 M7 5 V3 H11 V5 M5 5 L6 16 H12 L13 5 M8 8 V13 M10 8 V13',
  duplicate: 'M6 6 H15 V15 H6 Z M3 12 V3 H12',
  'align-left': 'M2 1 V17 M5 4 H15 V7 H5 Z M5 11 H11 V14 H5 Z',
  'align-centre': 'M9 1 V17 M3 4 H15 V7 H3 Z M5 11 H13 V14 H5 Z',
  'align-right': 'M16 1 V17 M3 4 H13 V7 H3 Z M7 11 H13 V14 H7 Z',
  'align-top': 'M1 2 H17 M4 5 V15 H7 V5 Z M11 5 V11 H14 V5 Z',
  'align-middle': 'M1 9 H17 M4 3 V15 H7 V3 Z M11 5 V13 H14 V5 Z',
  'align-bottom': 'M1 16 H17 M4 3 V13 H7 V3 Z M11 7 V13 H14 V7 Z',
  'distribute-horizontally': 'M1 2 V16 M17 2 V16 M7 5 H11 V13 H7 Z',
  'distribute-vertically': 'M2 1 H16 M2 17 H16 M5 7 H13 V11 H5 Z',
  minimap: 'M1 3 H17 V15 H1 Z M9 9 H15 V13 H9 Z',
  keyboard: 'M1 4 H17 V14 H1 Z M4 7 H5 M7 7 H8 M10 7 H11 M13 7 H14 M5 11 H13',
};

export function ToolbarIcon({ name }: { readonly name: ToolbarIconName }) {
  return (
    <svg
      className="toolbar-icon"
      viewBox="0 0 18 18"
      width="18"
      height="18"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
