import Papa from 'papaparse';

/** Cells of rows copied from Excel: tab-separated, one row a line, quoted where a cell has a tab or line break. */
export function splitPastedRows(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text.replace(/\r\n?/g, '\n').replace(/\n+$/, ''), {
    delimiter: '\t',
    skipEmptyLines: false,
  });
  return parsed.data;
}
