import type { Edit } from '../../../shared/edits/edit';
import type { DraftOutcome } from './DraftField';
import { parseNumberInput } from './parseNumberInput';

/** updateNode for one field of one node. */
export function updateNodeEdit(scenarioId: string, id: string, patch: Readonly<Record<string, unknown>>): Edit {
  return { type: 'updateNode', scenarioId, id, patch };
}

/** A required text field (a name): trimmed, and left to the validator to refuse when empty. */
export function requiredTextDraft(scenarioId: string, id: string, field: string): (text: string) => DraftOutcome {
  return (text) => ({ ok: true, edit: updateNodeEdit(scenarioId, id, { [field]: text.trim() }) });
}

/** An optional text field (a code): empty removes it. */
export function optionalTextDraft(scenarioId: string, id: string, field: string): (text: string) => DraftOutcome {
  return (text) => ({ ok: true, edit: updateNodeEdit(scenarioId, id, { [field]: text.trim() === '' ? null : text.trim() }) });
}

/**
 * A number field: "120,000" is read as 120000; empty removes an optional field (null) or, for a
 * required one, is refused here with an example of what to type.
 */
export function numberFieldDraft(scenarioId: string, id: string, field: string, opts: { readonly optional?: boolean; readonly example?: string } = {}): (text: string) => DraftOutcome {
  return (text) => {
    if (text.trim() === '' && opts.optional) return { ok: true, edit: updateNodeEdit(scenarioId, id, { [field]: null }) };
    const parsed = parseNumberInput(text, opts.example);
    return parsed.ok ? { ok: true, edit: updateNodeEdit(scenarioId, id, { [field]: parsed.value }) } : parsed;
  };
}
