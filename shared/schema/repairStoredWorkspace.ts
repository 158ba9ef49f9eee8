/**
 * Repairs a stored workspace document can take without anyone deciding anything: today, names
 * (and slide titles) longer than the name limit, shortened at a word boundary. A document saved
 * by an older build, or pushed past the limit by a suffix, is then openable again. Every repair
 * is listed in located words, so the user sees exactly what changed; the document passed in is
 * never modified.
 */
import { withSuffix } from '../edits/suffixedName';
import { locate, located } from './locate';
import { MAX_NAME_LENGTH } from './workspaceSchema';

export interface RepairOutcome {
  /** A repaired copy of the document (the same value when there was nothing to repair). */
  readonly document: unknown;
  /** One located sentence per repair; empty when nothing could be repaired. */
  readonly repairs: readonly string[];
}

type Path = (string | number)[];
type Loose = Record<string, unknown>;

const isObject = (v: unknown): v is Loose =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Every name-like text field the schema limits, with its path in the document. */
function nameFields(doc: Loose): { readonly path: Path; readonly field: string }[] {
  const fields: { path: Path; field: string }[] = [{ path: [], field: 'name' }];
  list(doc.scenarios).forEach((scenario, s) => {
    if (!isObject(scenario)) return;
    fields.push({ path: ['scenarios', s], field: 'name' });
    list(scenario.nodes).forEach((_n, n) =>
      fields.push({ path: ['scenarios', s, 'nodes', n], field: 'name' }),
    );
    list(scenario.arrangements).forEach((_a, a) =>
      fields.push({ path: ['scenarios', s, 'arrangements', a], field: 'name' }),
    );
  });
  list(doc.slides).forEach((_slide, i) => fields.push({ path: ['slides', i], field: 'title' }));
  return fields;
}

function objectAt(root: unknown, path: Path): Loose | undefined {
  let value: unknown = root;
  for (const key of path)
    value =
      isObject(value) || Array.isArray(value)
        ? (value as Record<string | number, unknown>)[key]
        : undefined;
  return isObject(value) ? value : undefined;
}

export function repairStoredWorkspace(input: unknown): RepairOutcome {
  if (!isObject(input)) return { document: input, repairs: [] };
  // Stored documents are plain JSON, so a JSON round trip is a faithful deep copy.
  const copy = JSON.parse(JSON.stringify(input)) as Loose;
  const repairs: string[] = [];
  for (const { path, field } of nameFields(copy)) {
    const target = objectAt(copy, path);
    const value = target?.[field];
    if (!target || typeof value !== 'string' || value.trim().length <= MAX_NAME_LENGTH) continue;
    const shortened = withSuffix(value, '', MAX_NAME_LENGTH);
    // Located in the original document, where the long name is what the user recognises.
    const { where } = locate(input, path);
    repairs.push(
      located(
        where || 'workspace',
        field,
        `shortened from ${value.trim().length} to ${shortened.length} characters`,
      ),
    );
    target[field] = shortened;
  }
  return repairs.length === 0 ? { document: input, repairs } : { document: copy, repairs };
}
