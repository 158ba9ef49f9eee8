/** A data cell of the matrix: row (CCG) and column (function), from 0. */
export interface CellPosition {
  readonly row: number;
  readonly col: number;
}

/** Rows moved by Page Up / Page Down. */
const PAGE = 5;

/**
 * Where a key moves the active cell in a rows × cols grid, as in a spreadsheet: arrows by one
 * (stopping at the edges), Home/End to the row's ends, Ctrl+Home/End to the grid's corners, Page
 * Up/Down by five rows. Null when the key is not a movement key.
 */
export function moveActiveCell(
  at: CellPosition,
  key: string,
  ctrl: boolean,
  rows: number,
  cols: number,
): CellPosition | null {
  if (rows === 0 || cols === 0) return null;
  const clamp = (row: number, col: number): CellPosition => ({
    row: Math.min(rows - 1, Math.max(0, row)),
    col: Math.min(cols - 1, Math.max(0, col)),
  });
  switch (key) {
    case 'ArrowUp':
      return clamp(at.row - 1, at.col);
    case 'ArrowDown':
      return clamp(at.row + 1, at.col);
    case 'ArrowLeft':
      return clamp(at.row, at.col - 1);
    case 'ArrowRight':
      return clamp(at.row, at.col + 1);
    case 'Home':
      return ctrl ? clamp(0, 0) : clamp(at.row, 0);
    case 'End':
      return ctrl ? clamp(rows - 1, cols - 1) : clamp(at.row, cols - 1);
    case 'PageUp':
      return clamp(at.row - PAGE, at.col);
    case 'PageDown':
      return clamp(at.row + PAGE, at.col);
    default:
      return null;
  }
}
