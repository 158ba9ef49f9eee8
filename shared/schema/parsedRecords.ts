/**
 * The parsed form of every node, local authority link and arrangement that has passed its
 * schema, kept per record. Documents are never changed in place — an edit makes new records for
 * what it changes and shares the rest — so a record checked once need not be checked again: an
 * edit to one CCG of England parses that CCG, not the scenario's two thousand records.
 */
import type { z } from 'zod';
import type { Arrangement, LaOverlap, Node, Workspace } from '../model/workspace';
import { arrangementSchema, laOverlapSchema, nodeSchema, workspaceSchema } from './workspaceSchema';

/** Record → what its schema made of it. Weak, so records of dropped documents are let go. */
const parsedForms = new WeakMap<object, unknown>();

/** Notes a validated workspace's records as parsed: parsing a parsed record gives it back unchanged. */
export function rememberParsed(workspace: Workspace): void {
  for (const s of workspace.scenarios) {
    for (const r of s.nodes) parsedForms.set(r, r);
    for (const r of s.laOverlaps) parsedForms.set(r, r);
    for (const r of s.arrangements) parsedForms.set(r, r);
  }
}

/** Each record's parsed form, or undefined if any of them breaks its schema. */
function parseAll<T>(schema: z.ZodType<T>, records: readonly unknown[]): T[] | undefined {
  const out: T[] = [];
  for (const record of records) {
    const isObject = typeof record === 'object' && record !== null;
    const known = isObject ? parsedForms.get(record) : undefined;
    if (known !== undefined) {
      out.push(known as T);
      continue;
    }
    const result = schema.safeParse(record);
    if (!result.success) return undefined;
    if (isObject) parsedForms.set(record, result.data);
    out.push(result.data);
  }
  return out;
}

/**
 * What workspaceSchema.safeParse(document) gives when it succeeds, reusing the parsed form of
 * records seen before; undefined when anything breaks the schema (ask workspaceSchema for the
 * located issues then). The scenarios' other fields and the assumptions are parsed every time.
 */
export function parseReusingRecords(document: Readonly<Record<string, unknown>>): Workspace | undefined {
  const scenarios = document.scenarios;
  if (!Array.isArray(scenarios)) return undefined;
  const lists: { nodes: Node[]; laOverlaps: LaOverlap[]; arrangements: Arrangement[] }[] = [];
  const outlines: unknown[] = [];
  for (const scenario of scenarios as unknown[]) {
    if (typeof scenario !== 'object' || scenario === null) return undefined;
    const { nodes, laOverlaps, arrangements } = scenario as Readonly<Record<string, unknown>>;
    if (!Array.isArray(nodes) || !Array.isArray(laOverlaps) || !Array.isArray(arrangements)) return undefined;
    const list = {
      nodes: parseAll(nodeSchema, nodes),
      laOverlaps: parseAll(laOverlapSchema, laOverlaps),
      arrangements: parseAll(arrangementSchema, arrangements),
    };
    if (!list.nodes || !list.laOverlaps || !list.arrangements) return undefined;
    lists.push({ nodes: list.nodes, laOverlaps: list.laOverlaps, arrangements: list.arrangements });
    // The records' lists carry no rule of their own (no length limit), so the rest of the
    // scenario can be checked with them empty.
    outlines.push({ ...scenario, nodes: [], laOverlaps: [], arrangements: [] });
  }
  const outline = workspaceSchema.safeParse({ ...document, scenarios: outlines });
  if (!outline.success) return undefined;
  return {
    ...outline.data,
    scenarios: outline.data.scenarios.map((s, i) => ({ ...s, ...lists[i] })),
  };
}
