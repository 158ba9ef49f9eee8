/**
 * Splitting the programme into independent parts. Two CCGs belong to one part when some
 * candidate has them both as members (directly or through a chain of candidates); with sharing
 * only within a cluster a part is at most a cluster. Each part has its own cover rows, allowance
 * rows and contracts, and the objective is a sum over parts, so solving the parts one by one gives
 * the optimum of the whole: HiGHS solves many small programmes far faster than one large one.
 * A CSU's price links parts only through its scale, which is fixed within a round.
 */
export interface Part {
  /** The CCGs whose cells this part decides, in the candidates' order of first appearance. */
  readonly ccgIds: readonly string[];
  /** Index of each candidate in this part, ascending. */
  readonly candidates: readonly number[];
}

/**
 * The connected parts of the candidates, given as each candidate's members (an empty list: the
 * candidate takes no part), largest first so the slowest solve is met early.
 */
export function splitIntoParts(members: readonly (readonly string[])[]): Part[] {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    let at = id;
    while (at !== root) {
      const next = parent.get(at) ?? root;
      parent.set(at, root);
      at = next;
    }
    return root;
  };
  for (const group of members) {
    for (const m of group) if (!parent.has(m)) parent.set(m, m);
    const first = group[0];
    if (first === undefined) continue;
    for (const m of group) {
      const a = find(first);
      const b = find(m);
      if (a !== b) parent.set(b, a);
    }
  }
  const byRoot = new Map<string, { ccgIds: string[]; candidates: number[] }>();
  const partOf = (id: string): { ccgIds: string[]; candidates: number[] } => {
    const root = find(id);
    let part = byRoot.get(root);
    if (!part) byRoot.set(root, (part = { ccgIds: [], candidates: [] }));
    return part;
  };
  for (const id of parent.keys()) partOf(id).ccgIds.push(id);
  members.forEach((group, i) => {
    const first = group[0];
    if (first !== undefined) partOf(first).candidates.push(i);
  });
  return [...byRoot.values()].sort((x, y) => y.candidates.length - x.candidates.length);
}
