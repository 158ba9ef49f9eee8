/**
 * Splits a category label into lines that fit a width, at spaces, so neighbouring labels never
 * overlap. Widths are estimated (0.58 em a character, a little wide for the UI fonts) because
 * measuring SVG text needs layout, which tests and the first render do not have.
 */
const EM_PER_CHAR = 0.58;

/** The estimated width of `text` set at `fontSize`. */
export function textWidth(text: string, fontSize: number): number {
  return [...text].length * fontSize * EM_PER_CHAR;
}

/** `text` cut with "…" to fit `maxWidth`; '' when not even one character and the ellipsis fit. */
export function truncateToWidth(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const chars = Math.floor(maxWidth / (fontSize * EM_PER_CHAR)) - 1;
  return chars < 1 ? '' : `${[...text].slice(0, chars).join('').trimEnd()}…`;
}

/**
 * The largest type from `wanted` down to `min` at which `text` fits `maxWidth` on one line, or
 * null when it does not fit even at `min` (the label is then left out: the bar's tooltip and the
 * chart's table still give the figure).
 */
export function fittingFontSize(
  text: string,
  maxWidth: number,
  wanted: number,
  min = 8,
): number | null {
  const size = Math.min(wanted, maxWidth / ([...text].length * EM_PER_CHAR));
  return size >= min ? size : null;
}

export function wrapLabel(
  text: string,
  maxWidth: number,
  fontSize: number,
  maxLines = 2,
): string[] {
  const fits = (s: string): boolean => textWidth(s, fontSize) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (fits(next) || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  const kept = lines.slice(0, maxLines);
  if (lines.length > maxLines) kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
  // A word too long for the width even at the smallest type is cut, never left to run into its neighbour.
  return kept.map((l) => truncateToWidth(l, maxWidth, fontSize)).filter((l) => l !== '');
}
