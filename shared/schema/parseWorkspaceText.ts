import { cleanStrings, replacementWords, type TextReplacement } from '../text/cleanStrings';
import { scanJsonKeys, type KeyFinding } from './jsonKeyScan';
import { locate } from './locate';
import { validateWorkspace, type ValidationResult } from './validateWorkspace';

/**
 * A parsed `.ccgm` file: valid or refused, as validateWorkspace says, plus warnings about what the
 * file holds that was ignored (it still opens; the user is told).
 */
export type WorkspaceParseResult = ValidationResult & { readonly warnings: readonly string[] };

/** At most this many warnings are listed, then one line saying how many more there were. */
export const MAX_WARNINGS = 50;

/** Parses the text of a `.ccgm` file and validates it; JSON syntax errors say where they are. */
export function parseWorkspaceText(text: string): WorkspaceParseResult {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (clean.trim() === '')
    return { ok: false, errors: ['file: is empty; a workspace file is JSON text'], warnings: [] };
  let data: unknown;
  try {
    data = JSON.parse(clean);
  } catch (err) {
    return {
      ok: false,
      errors: [`file: not valid JSON: ${jsonErrorWhere(clean, err)}`],
      warnings: [],
    };
  }
  // Text XML cannot hold would break every export later: it is replaced on the way in, and said.
  const cleaned = cleanStrings(data);
  const result = validateWorkspace(cleaned.value);
  // Only a file that opens needs its warnings; a refused (perhaps huge) one is not scanned.
  if (!result.ok) return { ...result, warnings: [] };
  const warnings = [
    ...textWarnings(cleaned.replaced, cleaned.value),
    ...keyWarnings(clean, cleaned.value),
  ];
  return { ...result, warnings: capped(warnings) };
}

/** Located warnings for text whose characters were replaced, e.g. `scenario "A" › CCG "B": name: …`. */
function textWarnings(replaced: readonly TextReplacement[], data: unknown): string[] {
  const listed = replaced.slice(0, MAX_WARNINGS).map(({ path, count }) => {
    const { where, field } = locate(data, path);
    const place = [where, field].filter(Boolean).join(': ');
    return `${place || 'file'}: ${replacementWords(count)}`;
  });
  const rest = replaced.length - listed.length;
  return rest > 0 ? [...listed, `…and ${rest} more warnings`] : listed;
}

function capped(warnings: string[]): string[] {
  const summary = /^…and (\d+) more warnings$/;
  let more = 0;
  const listed = warnings.filter((w) => {
    const m = summary.exec(w);
    if (m) more += Number(m[1]);
    return !m;
  });
  if (listed.length <= MAX_WARNINGS && more === 0) return listed;
  more += Math.max(0, listed.length - MAX_WARNINGS);
  return [...listed.slice(0, MAX_WARNINGS), `…and ${more} more warnings`];
}

/** Duplicate keys and "__proto__" keys, which JSON.parse and the schema drop without a word. */
function keyWarnings(text: string, data: unknown): string[] {
  const { findings, more } = scanJsonKeys(text, MAX_WARNINGS);
  const warnings = findings.map((f) => keyWarning(f, data));
  if (more > 0) warnings.push(`…and ${more} more warnings`);
  return warnings;
}

function keyWarning(f: KeyFinding, data: unknown): string {
  const { where, field } = locate(data, f.path);
  const place = where ? `${where}: ` : '';
  if (f.kind === 'proto')
    return `line ${f.line}: ${place}${field || 'the object'} has a key "__proto__", which was ignored`;
  const times = f.occurrence === 2 ? 'twice' : `${f.occurrence} times`;
  const key = f.key.length > 60 ? `${f.key.slice(0, 57)}…` : f.key;
  return `line ${f.line}: ${place}${field ? `${field}: ` : ''}key ${JSON.stringify(key)} appears ${times}; the last value was used`;
}

function jsonErrorWhere(text: string, err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const m = /at position (\d+)/.exec(message);
  if (!m) return message;
  const pos = Number(m[1]);
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  const column = pos - before.lastIndexOf('\n');
  const reason = message.replace(/\s*(in JSON )?at position \d+.*$/, '');
  return `${reason} at line ${line}, column ${column}`;
}
