// SVG text does not wrap or truncate, so labels are fitted to their shapes here. Widths come
// from an OffscreenCanvas in the page's own font (no layout, no DOM), cached; where there is no
// canvas (jsdom in component tests) from rough glyph widths of system sans fonts.

const NARROW = new Set([..."iljtfrI.,:;!|'’()[] "]);
const WIDE = new Set([...'mwMW@%—']);

let context: OffscreenCanvasRenderingContext2D | null | undefined;
let fontFamily = 'sans-serif';
const widths = new Map<string, number>();

function measuringContext(): OffscreenCanvasRenderingContext2D | null {
  if (context === undefined) {
    context =
      typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1).getContext('2d') : null;
    // The canvas draws in the font the stylesheet gives the document (base.css), whatever it is.
    if (context && typeof getComputedStyle === 'function') {
      fontFamily = getComputedStyle(document.documentElement).fontFamily || fontFamily;
    }
  }
  return context;
}

/** Width in pixels of `text` at `fontSize` (bold = weight 700) in the app's font. */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  const ctx = measuringContext();
  if (!ctx) return glyphEstimate(text, fontSize, bold);
  const key = `${fontSize}|${bold ? 'b' : 'r'}|${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    ctx.font = `${bold ? 700 : 400} ${fontSize}px ${fontFamily}`;
    width = ctx.measureText(text).width;
    if (widths.size > 20_000) widths.clear(); // a bound, not an LRU: labels repeat, so this is rare
    widths.set(key, width);
  }
  return width;
}

function glyphEstimate(text: string, fontSize: number, bold: boolean): number {
  let em = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) em += 0.3;
    else if (WIDE.has(ch)) em += 0.86;
    else if (ch >= 'A' && ch <= 'Z') em += 0.66;
    else if (ch >= '0' && ch <= '9') em += 0.56;
    else em += 0.54;
  }
  return em * fontSize * (bold ? 1.07 : 1);
}

/** `text`, cut with an ellipsis if needed to fit `maxWidth`. */
export function fitText(text: string, maxWidth: number, fontSize: number, bold = false): string {
  if (estimateTextWidth(text, fontSize, bold) <= maxWidth) return text;
  let cut = text;
  while (cut.length > 1 && estimateTextWidth(`${cut}…`, fontSize, bold) > maxWidth)
    cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** `text` broken at spaces into at most `maxLines` lines of `maxWidth`; the last one cut if needed. */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  bold = false,
  maxLines = 2,
): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const candidate = line ? `${line} ${word}` : word;
    if (estimateTextWidth(candidate, fontSize, bold) <= maxWidth || !line) {
      line = candidate;
      continue;
    }
    if (lines.length === maxLines - 1) {
      line = `${line} ${words.slice(i).join(' ')}`;
      break;
    }
    lines.push(line);
    line = word;
  }
  if (line) lines.push(line);
  return lines.map((l, i) => (i === lines.length - 1 ? fitText(l, maxWidth, fontSize, bold) : l));
}
