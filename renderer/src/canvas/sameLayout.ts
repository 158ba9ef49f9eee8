import type { HubEdge, HubLayout } from './buildScene';

// Equality checks for memoised canvas items. buildScene makes new layout objects on every edit
// and costing makes new results, so identity alone would re-render every card after any edit;
// these compare what is drawn, so a move re-renders only what moved or whose figures changed.

/** Same elements in the same order (by identity). */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a === b || (a.length === b.length && a.every((x, i) => x === b[i]));
}

function sameEdge(a: HubEdge, b: HubEdge): boolean {
  return (
    a.kind === b.kind &&
    a.targetId === b.targetId &&
    a.x1 === b.x1 &&
    a.y1 === b.y1 &&
    a.x2 === b.x2 &&
    a.y2 === b.y2
  );
}

/** Same arrangement, drawn at the same place with the same lines. */
export function sameHub(a: HubLayout, b: HubLayout): boolean {
  return (
    a === b ||
    (a.arrangement === b.arrangement &&
      a.cx === b.cx &&
      a.cy === b.cy &&
      a.edges.length === b.edges.length &&
      a.edges.every((e, i) => sameEdge(e, b.edges[i] as HubEdge)))
  );
}
