/**
 * A cheap look at a CSV's header line before the whole file is parsed: a file with millions of
 * columns, or a heading of megabytes, is not a practice list, and building the column mapping
 * for it (a choice per column, a preview cell per column) would freeze the window. One pass
 * over the header line's characters, nothing else allocated, so a 10 MB header is refused in
 * milliseconds.
 */

/** Most columns a practice list may have: real ones have a handful, exports from systems a few dozen. */
export const MAX_CSV_COLUMNS = 200;
/** Longest heading a practice list may have. */
export const MAX_HEADING_LENGTH = 200;

function count(n: number): string {
  return n.toLocaleString('en-GB');
}

/**
 * Why the header line of `text` (lines ended by \n, \r\n or \r) cannot be a practice list's, or null.
 * The header is the first line that is not blank. Separators considered: comma, semicolon, tab
 * (Excel writes one of these by locale) and bar. Columns are counted for the separator that
 * occurs most often outside quotes, which is the one a parser would pick for such a line.
 */
export function headerLineProblem(text: string): string | null {
  // Blank lines (and a byte-order mark) above the header are skipped, as the table builder does.
  let start = 0;
  while (start < text.length && (text.charCodeAt(start) <= 32 || text.charCodeAt(start) === 0xfeff))
    start++;

  // Per separator: how many, where the last one was, and the longest cell between two of them.
  const counts = [0, 0, 0, 0];
  const last = [start - 1, start - 1, start - 1, start - 1];
  const longest = [0, 0, 0, 0];
  let inQuotes = false;
  let end = text.length;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      inQuotes = !inQuotes;
      continue;
    }
    if (inQuotes) continue;
    const k =
      c === 44 ? 0 : c === 59 ? 1 : c === 9 ? 2 : c === 124 ? 3 : c === 10 || c === 13 ? 4 : -1;
    if (k < 0) continue;
    if (k === 4) {
      end = i;
      break;
    }
    counts[k] = (counts[k] as number) + 1;
    longest[k] = Math.max(longest[k] as number, i - (last[k] as number) - 1);
    last[k] = i;
  }
  let best = 0;
  for (let k = 1; k < counts.length; k++)
    if ((counts[k] as number) > (counts[best] as number)) best = k;
  const columns = (counts[best] as number) + 1;
  const longestHeading = Math.max(longest[best] as number, end - (last[best] as number) - 1);

  if (columns > MAX_CSV_COLUMNS) {
    return `This file has ${count(columns)} columns; a practice list has at most ${MAX_CSV_COLUMNS}. Check it is the right file.`;
  }
  if (longestHeading > MAX_HEADING_LENGTH) {
    return `A heading in the first line is ${count(longestHeading)} characters long; a practice list’s headings are at most ${MAX_HEADING_LENGTH}. Check it is the right file.`;
  }
  return null;
}
