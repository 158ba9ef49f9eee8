import { validateWorkspace, type ValidationResult } from './validateWorkspace';

/** Parses the text of a `.ccgm` file and validates it; JSON syntax errors say where they are. */
export function parseWorkspaceText(text: string): ValidationResult {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (clean.trim() === '') return { ok: false, errors: ['file: is empty; a workspace file is JSON text'] };
  let data: unknown;
  try {
    data = JSON.parse(clean);
  } catch (err) {
    return { ok: false, errors: [`file: not valid JSON: ${jsonErrorWhere(clean, err)}`] };
  }
  return validateWorkspace(data);
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
