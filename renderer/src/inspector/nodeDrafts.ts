import type { Edit, NodePatch } from '../../../shared/edits/edit';
import { nodePatchEdit, type NodeFieldOf, type NodeRef } from '../../../shared/edits/nodePatch';
import type { NodeKind } from '../../../shared/model/workspace';
import type { DraftOutcome } from './DraftField';
import { parseNumberInput } from './parseNumberInput';

/** updateNode for one field of one node: a text field's string, a number field's number, or null to remove it. */
function fieldEdit<K extends NodeKind>(
  scenarioId: string,
  node: NodeRef<K>,
  field: NodeFieldOf<K, string> | NodeFieldOf<K, number>,
  value: string | number | null,
): Edit {
  // NodeFieldOf says the field holds a value of that type; TypeScript cannot follow that through
  // a generic K, nor type a computed key of generic type, so the one-field patch is cast.
  return nodePatchEdit(scenarioId, node, { [field]: value } as NodePatch<K>);
}

/** A required text field (a name): trimmed, and left to the validator to refuse when empty. */
export function requiredTextDraft<K extends NodeKind>(
  scenarioId: string,
  node: NodeRef<K>,
  field: NodeFieldOf<K, string>,
): (text: string) => DraftOutcome {
  return (text) => ({ ok: true, edit: fieldEdit(scenarioId, node, field, text.trim()) });
}

/** An optional text field (a code): empty removes it. */
export function optionalTextDraft<K extends NodeKind>(
  scenarioId: string,
  node: NodeRef<K>,
  field: NodeFieldOf<K, string>,
): (text: string) => DraftOutcome {
  return (text) => ({
    ok: true,
    edit: fieldEdit(scenarioId, node, field, text.trim() === '' ? null : text.trim()),
  });
}

/**
 * A number field: "120,000" is read as 120000; empty removes an optional field (null) or, for a
 * required one, is refused here with an example of what to type.
 */
export function numberFieldDraft<K extends NodeKind>(
  scenarioId: string,
  node: NodeRef<K>,
  field: NodeFieldOf<K, number>,
  opts: { readonly optional?: boolean; readonly example?: string } = {},
): (text: string) => DraftOutcome {
  return (text) => {
    if (text.trim() === '' && opts.optional)
      return { ok: true, edit: fieldEdit(scenarioId, node, field, null) };
    const parsed = parseNumberInput(text, opts.example);
    return parsed.ok
      ? { ok: true, edit: fieldEdit(scenarioId, node, field, parsed.value) }
      : parsed;
  };
}
