/**
 * Columns of the programme that no optimum uses, dropped before HiGHS sees them: HiGHS's time
 * grows quickly with the columns, and most groups lose to a cheaper way for their members.
 *
 * Per round (CSU prices change between rounds): a group's delivery of a function is dropped when
 * every member could do at least as well on its own — in-house or buying from a CSU at the
 * round's price — and the members together strictly better. Swapping the group for those single
 * deliveries lowers the objective and no member's running cost, so every allowance row stays met
 * and the largest overshoot cannot rise: no optimum uses the group. Single deliveries are never
 * dropped, so every cell keeps a delivery. An external contract is never the alternative (its
 * procurement would come on top), but a group's external contract can be dropped.
 */
import type { CandidateCost } from './candidateCosts';
import type { Candidate } from './candidates';
import type { RecommendProblem } from './problem';

/** Candidate index → the functions it may still deliver this round (empty: none). */
export function undominatedFunctions(
  candidates: readonly Candidate[],
  costs: readonly CandidateCost[],
): (readonly string[])[] {
  const alone = new Map<string, number>();
  const key = (ccgId: string, functionId: string): string => `${ccgId}\u0000${functionId}`;
  candidates.forEach((cand, i) => {
    const member = cand.members[0];
    if (cand.members.length !== 1 || member === undefined || cand.model === 'external') return;
    for (const f of cand.functions) {
      const cost = costs[i]?.byFunction.get(f)?.[0];
      if (cost === undefined) continue;
      const k = key(member, f);
      const known = alone.get(k);
      if (known === undefined || cost < known) alone.set(k, cost);
    }
  });
  return candidates.map((cand, i) => {
    if (cand.members.length === 1) return cand.functions;
    return cand.functions.filter((f) => {
      const own = costs[i]?.byFunction.get(f);
      if (!own) return true;
      let groupTotal = 0;
      let aloneTotal = 0;
      for (let k = 0; k < cand.members.length; k++) {
        const single = alone.get(key(cand.members[k] as string, f));
        const inGroup = own[k] as number;
        if (single === undefined || single > inGroup) return true;
        groupTotal += inGroup;
        aloneTotal += single;
      }
      return aloneTotal >= groupTotal;
    });
  });
}

/**
 * Once, before the rounds: drops options no optimum needs. Every pooled model and in-house charges each member the same
 * rate a head for a function (the pool is split by population), so for one group and function
 * only the lowest rate can be chosen; an external contract also needs a rate below it, its
 * procurement coming on top. CSU prices change between rounds and are kept.
 */
export function pruneDominated(
  p: RecommendProblem,
  all: readonly Candidate[],
  costs: readonly CandidateCost[],
): { candidates: Candidate[]; fixedCosts: (CandidateCost | undefined)[] } {
  const popOf = (m: string): number => p.pop.get(m) ?? 0;
  const rate = (i: number, f: string): number => {
    const c = all[i] as Candidate;
    const total = (costs[i]?.byFunction.get(f) ?? []).reduce((s, v) => s + v, 0);
    return total / c.members.reduce((s, m) => s + popOf(m), 0);
  };
  const best = new Map<string, { i: number; rate: number }>();
  all.forEach((c, i) => {
    if (c.model === 'csu' || c.model === 'external') return;
    for (const f of c.functions) {
      const key = `${c.members.join(',')}|${f}`;
      const r = rate(i, f);
      const known = best.get(key);
      if (!known || r < known.rate) best.set(key, { i, rate: r });
    }
  });
  const candidates: Candidate[] = [];
  const fixedCosts: (CandidateCost | undefined)[] = [];
  all.forEach((c, i) => {
    const functions =
      c.model === 'csu'
        ? c.functions
        : c.functions.filter((f) => {
            const known = best.get(`${c.members.join(',')}|${f}`);
            return c.model === 'external' ? !known || rate(i, f) < known.rate : known?.i === i;
          });
    if (functions.length === 0) return;
    candidates.push(functions.length === c.functions.length ? c : { ...c, functions });
    fixedCosts.push(c.model === 'csu' ? undefined : costs[i]);
  });
  return { candidates, fixedCosts };
}
