/**
 * Posts from rows pasted out of a spreadsheet: title, band, WTE, heading, one post a row. The
 * renderer splits the clipboard text into cells; here each row is read, and a row that cannot be
 * read is explained by its number rather than guessed at.
 */
import { CORE_HEADINGS, CORE_HEADING_LABELS, type PayBand, type Post } from './staffingTypes';
import { MAX_POST_WTE } from './validateStaffing';

export interface RowsContext {
  readonly bands: readonly PayBand[];
  readonly functions: readonly { readonly id: string; readonly name: string }[];
}

export interface RowsResult {
  /** Posts without ids, in the order pasted; the caller gives them ids. */
  readonly posts: readonly Omit<Post, 'id'>[];
  /** `Row 3: band "10" is not a pay band …`, one for each row left out. */
  readonly errors: readonly string[];
}

const norm = (s: string): string => s.trim().toLowerCase().replace(/\s+/g, ' ');

function bandOf(cell: string, bands: readonly PayBand[]): string | undefined {
  const key = norm(cell).replace(/^(afc )?band /, '');
  return bands.find(
    (b) =>
      norm(b.id) === key ||
      norm(b.label) === norm(cell) ||
      norm(b.label).startsWith(`${norm(cell)} (`),
  )?.id;
}

function headingOf(cell: string, ctx: RowsContext): string | undefined {
  const key = norm(cell);
  for (const h of CORE_HEADINGS)
    if (norm(h) === key || norm(CORE_HEADING_LABELS[h]) === key) return h;
  return ctx.functions.find((f) => norm(f.id) === key || norm(f.name) === key)?.id;
}

const clip = (s: string): string => (s.length > 40 ? `${s.slice(0, 39)}…` : s);

export function postsFromRows(rows: readonly (readonly string[])[], ctx: RowsContext): RowsResult {
  const posts: Omit<Post, 'id'>[] = [];
  const errors: string[] = [];
  rows.forEach((cells, i) => {
    if (cells.every((c) => c.trim() === '')) return;
    const [title = '', band = '', wte = '', heading = ''] = cells.map((c) => c.trim());
    // A header row copied with the table is skipped, not reported.
    if (i === 0 && /^title$/i.test(title) && /wte/i.test(wte)) return;
    const problems: string[] = [];
    if (title === '') problems.push('the title is empty');
    const bandId = bandOf(band, ctx.bands);
    if (bandId === undefined)
      problems.push(
        `band "${clip(band)}" is not a pay band (${ctx.bands.map((b) => b.id).join(', ')})`,
      );
    const w = Number(wte.replace(/,/g, ''));
    if (wte === '' || !Number.isFinite(w) || w <= 0 || w > MAX_POST_WTE) {
      problems.push(`WTE "${clip(wte)}" must be a number more than 0 and at most ${MAX_POST_WTE}`);
    }
    const headingId = headingOf(heading, ctx);
    if (headingId === undefined)
      problems.push(`heading "${clip(heading)}" is not a core heading or a support function`);
    if (problems.length > 0 || bandId === undefined || headingId === undefined) {
      errors.push(`Row ${i + 1}: ${problems.join('; ')}`);
      return;
    }
    posts.push({ title, band: bandId, wte: w, heading: headingId });
  });
  return { posts, errors };
}
