/**
 * updateNode edits with patches checked against the node's kind: nodePatchEdit(s, ccg,
 * { populaton: 1 }) does not compile. Whether the values are valid is still the validator's call
 * when the edit is applied, which names the node and field in its message.
 */
import type { NodeKind } from '../model/workspace';
import type { AnyNodePatch, Edit, NodeOfKind, NodePatch, NodePatchField } from './edit';

/** Enough of a node to patch it: its id, and its kind to type the patch. */
export interface NodeRef<K extends NodeKind> {
  readonly id: string;
  readonly kind: K;
}

/** The updateNode edit of one node. */
export function nodePatchEdit<K extends NodeKind>(
  scenarioId: string,
  node: NodeRef<K>,
  patch: NodePatch<K>,
): Edit {
  // NodePatch<K> of a generic K does not reduce to one member of the union AnyNodePatch; for every
  // concrete K it is one, so widening it loses nothing.
  return { type: 'updateNode', scenarioId, id: node.id, patch: patch as AnyNodePatch };
}

/** The fields of a node of kind K that hold a V (a string, a number): what a text or number field can edit. */
export type NodeFieldOf<K extends NodeKind, V> = {
  [F in NodePatchField<K>]-?: V extends NonNullable<NodeOfKind<K>[F]> ? F : never;
}[NodePatchField<K>];
