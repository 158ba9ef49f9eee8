/**
 * Which of a CCG's figures are worked out from staffing posts rather than the estimate: the core
 * and each function whose source is a structure, in function order.
 */
import type { CcgSources } from '../costing/results';

/** Ids of what comes from posts: "core" first, then function ids; empty when all is estimated. */
export function fromPostsIds(sources: CcgSources): string[] {
  const ids: string[] = sources.core === 'structure' ? ['core'] : [];
  for (const id in sources.functions) if (sources.functions[id] === 'structure') ids.push(id);
  return ids;
}

/** The same in words: "Core; Finance" or "None (all estimated)". */
export function fromPostsText(sources: CcgSources, functionName: (id: string) => string): string {
  const ids = fromPostsIds(sources);
  if (ids.length === 0) return 'None (all estimated)';
  return ids.map((id) => (id === 'core' ? 'Core' : functionName(id))).join('; ');
}
