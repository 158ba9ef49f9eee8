/**
 * File names for exports: "Northshire – Option B results.csv". Built only from characters every
 * file system accepts (the bridge refuses the others in a suggested name), without anything that
 * makes the name display as something it is not.
 */

/**
 * Characters a suggested file name never keeps: those Windows, macOS or Linux forbid
 * (\ / : * ? " < > |), control characters (C0, DEL, C1, the Unicode line and paragraph
 * separators), and the bidirectional marks, embeddings, overrides and isolates (U+200E/F,
 * U+202A–E, U+2066–9) — with those, "Q3 budget \u202Egpj.csv" displays as "Q3 budget vsc.jpg".
 */
const UNSAFE_IN_FILE_NAME =
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  /[\\/:*?"<>|\u0000-\u001F\u007F-\u009F\u2028\u2029\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Whether `text` holds a bidirectional control character (so could display as another name). */
export function hasBidiControl(text: string): boolean {
  return /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/.test(text);
}

/**
 * `text` shortened to at most `max` characters (code points, so an emoji is never halved) at a
 * word break, so no word is cut in two; a single word longer than `max` is all that is ever cut.
 */
export function shortenAtWord(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const head = chars.slice(0, max + 1).join('');
  // The last space at or before position max (the character after the cut may itself be a space).
  const cut = head.lastIndexOf(' ');
  return cut > 0 ? head.slice(0, cut).trimEnd() : chars.slice(0, max).join('');
}

/**
 * `text` without characters unsafe in a file name (UNSAFE_IN_FILE_NAME), spaces collapsed,
 * shortened at a word break to `max`, and without the trailing dots or spaces Windows drops.
 */
export function safeFileNamePart(text: string, max = 80): string {
  const cleaned = text.replace(UNSAFE_IN_FILE_NAME, '').replace(/\s+/g, ' ').trim();
  return shortenAtWord(cleaned, max).replace(/[. ]+$/, '');
}

/**
 * "<workspace> – <scenario> <what>.<extension>", or "<workspace> <what>.<extension>" without a
 * scenario; "export" when nothing usable is left.
 */
export function exportFileName(parts: {
  readonly workspace: string;
  readonly scenario?: string;
  readonly what: string;
  readonly extension: string;
}): string {
  const workspace = safeFileNamePart(parts.workspace, 80);
  const scenario = parts.scenario !== undefined ? safeFileNamePart(parts.scenario, 60) : '';
  const what = safeFileNamePart(parts.what, 40);
  const head = [workspace, scenario].filter(Boolean).join(' – ');
  const base = [head, what].filter(Boolean).join(' ') || 'export';
  return `${base}.${parts.extension}`;
}

/**
 * Scenario names for a comparison's file name, "A vs B vs C", within `max` characters: when the
 * whole list is too long, each name keeps as many whole words as the room allows (shared out
 * word by word, at least its first) and is marked with "…", so every scenario is still named and
 * no word is cut.
 */
export function scenarioNamesForFileName(names: readonly string[], max = 60): string {
  const words = names.map((n) => safeFileNamePart(n, max).split(' ').filter(Boolean));
  const piece = (w: readonly string[], k: number): string =>
    k >= w.length ? w.join(' ') : `${w.slice(0, k).join(' ')}…`;
  const length = (ks: readonly number[]): number =>
    ks.reduce((sum, k, i) => sum + [...piece(words[i] ?? [], k)].length, 0) + 4 * (ks.length - 1);
  const kept = words.map((w) => w.length);
  if (length(kept) <= max) return words.map((w) => w.join(' ')).join(' vs ');
  const ks = words.map((w) => Math.min(1, w.length));
  for (let grew = true; grew;) {
    grew = false;
    ks.forEach((k, i) => {
      if (k >= (words[i]?.length ?? 0)) return;
      const next = ks.map((x, j) => (j === i ? x + 1 : x));
      if (length(next) <= max) {
        ks[i] = k + 1;
        grew = true;
      }
    });
  }
  return ks.map((k, i) => piece(words[i] ?? [], k)).join(' vs ');
}
