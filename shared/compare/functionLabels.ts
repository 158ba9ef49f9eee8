/**
 * Short names for support functions, for sentences ("Finance, HR and IT move …") and the codes
 * drawn inside chart segments. Both are unique within a workspace's functions: a short form two
 * functions would share falls back to something longer, so no label can name two functions.
 */
import type { SupportFunction } from '../model/workspace';

/**
 * Codes for the default functions, chosen so none is a word of its own that misleads
 * ("Red" read as a warning, not service redesign).
 */
const KNOWN_CODES: Readonly<Record<string, string>> = {
  bi: 'BI',
  contracting: 'Contr',
  procurement: 'Procure',
  finance: 'Fin',
  hr: 'HR',
  it: 'IT',
  comms: 'Comms',
  redesign: 'Redesign',
  medicines: 'Meds',
  chc: 'CHC',
};

/** A name's first part, before " & ", " (" or ", ": "Finance (transactional & management)" → "Finance". */
function leadingPart(name: string): string {
  const head = name.split(/ & | \(|, /)[0]?.trim();
  return head || name;
}

/**
 * Function id → the short name used in sentences: the name's first part, or the whole name when
 * another function's first part is the same (ignoring case).
 */
export function functionShortNames(
  functions: readonly SupportFunction[],
): ReadonlyMap<string, string> {
  const counts = new Map<string, number>();
  for (const f of functions) {
    const key = leadingPart(f.name).toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return new Map(
    functions.map((f) => {
      const short = leadingPart(f.name);
      return [f.id, (counts.get(short.toLowerCase()) ?? 0) > 1 ? f.name : short];
    }),
  );
}

/**
 * Function id → a code of at most a word, unique among `functions` and never "Core" (the core
 * segment's code): the default functions' own codes, else the short name's first word, made
 * longer (more words, then the id) until no other function has it.
 */
export function functionCodes(functions: readonly SupportFunction[]): ReadonlyMap<string, string> {
  const shortNames = functionShortNames(functions);
  const candidates = (f: SupportFunction): string[] => {
    const words = (shortNames.get(f.id) ?? f.name).split(/\s+/).filter(Boolean);
    const known = Object.hasOwn(KNOWN_CODES, f.id) ? [KNOWN_CODES[f.id] as string] : [];
    return [
      ...known,
      ...words.map((_, i) => words.slice(0, i + 1).join(' ')),
      f.name,
      `${f.name} (${f.id})`,
    ];
  };
  const taken = new Set(['core']);
  const out = new Map<string, string>();
  // Each code must not be any other function's first choice either, so one function's code cannot
  // read as another's; check every choice against the others' first choices up front.
  const firstChoices = functions.map((f) => candidates(f)[0]?.toLowerCase() ?? '');
  functions.forEach((f, i) => {
    const others = new Set(firstChoices.filter((_, j) => j !== i));
    const code =
      candidates(f).find((c) => !taken.has(c.toLowerCase()) && !others.has(c.toLowerCase())) ??
      `${f.name} (${f.id})`;
    taken.add(code.toLowerCase());
    out.set(f.id, code);
  });
  return out;
}
