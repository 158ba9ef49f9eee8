/**
 * What JSON.parse drops without a word: a key that appears twice in one object (the last value
 * wins) and a "__proto__" key (kept as a field by JSON.parse, then lost by any code that copies
 * it onto an ordinary object). One pass over text JSON.parse has already accepted, linear in its
 * length, so a file of tens of megabytes is scanned in a fraction of a second.
 */

export type JsonPath = readonly (string | number)[];

export interface KeyFinding {
  /** "duplicate": the key appeared earlier in the same object; "proto": the key is "__proto__". */
  readonly kind: 'duplicate' | 'proto';
  readonly key: string;
  /** How many times the key has appeared in its object so far (2 for the first repeat). */
  readonly occurrence: number;
  /** 1-based line of the key in the text. */
  readonly line: number;
  /** The path to the object that holds the key. */
  readonly path: JsonPath;
}

export interface KeyScan {
  /** The first `limit` findings, in text order. */
  readonly findings: readonly KeyFinding[];
  /** How many more there were. */
  readonly more: number;
}

type Frame =
  | { readonly kind: 'object'; readonly seen: Map<string, number>; key: string | undefined }
  | { readonly kind: 'array'; index: number };

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;

/** Scans JSON text (already accepted by JSON.parse) for duplicate and "__proto__" keys. */
export function scanJsonKeys(text: string, limit = 100): KeyScan {
  const findings: KeyFinding[] = [];
  let more = 0;
  const stack: Frame[] = [];
  let expectKey = false;
  let line = 1;
  const record = (finding: Omit<KeyFinding, 'path'>): void => {
    if (findings.length >= limit) {
      more += 1;
      return;
    }
    // The path is built only for a finding, so a clean file costs no allocations for it.
    const path = stack.slice(0, -1).map((f) => (f.kind === 'object' ? (f.key ?? '') : f.index));
    findings.push({ ...finding, path });
  };

  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE) {
      line += 1;
    } else if (c === 0x7b /* { */) {
      stack.push({ kind: 'object', seen: new Map(), key: undefined });
      expectKey = true;
    } else if (c === 0x5b /* [ */) {
      stack.push({ kind: 'array', index: 0 });
      expectKey = false;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
      expectKey = false;
    } else if (c === 0x2c /* , */) {
      const top = stack[stack.length - 1];
      if (top?.kind === 'object') expectKey = true;
      else if (top) top.index += 1;
    } else if (c === QUOTE) {
      const end = closingQuote(text, i);
      const top = stack[stack.length - 1];
      if (expectKey && top?.kind === 'object') {
        const raw = text.slice(i + 1, end);
        const key = raw.includes('\\') ? (JSON.parse(text.slice(i, end + 1)) as string) : raw;
        const occurrence = (top.seen.get(key) ?? 0) + 1;
        top.seen.set(key, occurrence);
        top.key = key;
        if (occurrence > 1) record({ kind: 'duplicate', key, occurrence, line });
        if (key === '__proto__') record({ kind: 'proto', key, occurrence, line });
        expectKey = false;
      }
      i = end;
    }
  }
  return { findings, more };
}

/** The index of the quote that closes the string opening at `start`. */
function closingQuote(text: string, start: number): number {
  let j = text.indexOf('"', start + 1);
  while (j !== -1) {
    let backslashes = 0;
    for (let k = j - 1; text.charCodeAt(k) === BACKSLASH; k--) backslashes += 1;
    if (backslashes % 2 === 0) return j;
    j = text.indexOf('"', j + 1);
  }
  return text.length;
}
