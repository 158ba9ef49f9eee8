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
  if (clean.trim() === '') return { ok: false, errors: ['file: is empty; a workspace file is JSON text'], warnings: [] };
  let data: unknown;
  try {
    data = JSON.parse(clean);
  } catch (err) {
    return { ok: false, errors: [`file: not valid JSON: ${jsonErrorWhere(clean, err)}`], warnings: [] };
  }
  const result = validateWorkspace(data);
  // Only a file that opens needs its warnings; a refused (perhaps huge) one is not scanned.
  return { ...result, warnings: result.ok ? keyWarnings(clean, data) : [] };
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
  if (f.kind === 'proto') return `line ${f.line}: ${place}${field || 'the object'} has a key "__proto__", which was ignored`;
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
