/**
 * The remainder locality: "<CCG> — not yet in a locality", the part of a CCG's own population
 * that is in none of its named localities (kept by shared/edits/localityRemainder.ts). It is an
 * ordinary locality in the file, recognised by its name, so the format needs no new field.
 */
import type { Node } from './workspace';
import { MAX_NAME_LENGTH } from '../schema/workspaceSchema';

/** Ends the name of a remainder locality. */
export const REMAINDER_SUFFIX = ' — not yet in a locality';

/** Whether a node is a CCG's remainder locality. */
export function isRemainderLocality(node: Node): boolean {
  return node.kind === 'locality' && node.name.endsWith(REMAINDER_SUFFIX);
}

/** The remainder's name for a CCG, the CCG's name cut short if the whole would be too long. */
export function remainderName(ccgName: string): string {
  const room = MAX_NAME_LENGTH - REMAINDER_SUFFIX.length;
  const base = ccgName.length > room ? `${ccgName.slice(0, room - 1)}…` : ccgName;
  return `${base}${REMAINDER_SUFFIX}`;
}
