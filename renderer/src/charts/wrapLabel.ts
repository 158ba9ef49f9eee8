/**
 * Splits a category label into lines that fit a width, at spaces, so neighbouring labels never
 * overlap. Widths are estimated (0.58 em a character, a little wide for the UI fonts) because
 * measuring SVG text needs layout, which tests and the first render do not have.
 */
export function wrapLabel(text: string, maxWidth: number, fontSize: number, maxLines = 2): string[] {
  const fits = (s: string): boolean => s.length * fontSize * 0.58 <= maxWidth;
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
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
  return kept;
}
