/**
 * Candidate deliveries: every way a group of CCGs in scope could deliver a function together,
 * under the rules. In-house and CSU purchases are per CCG (a CSU's price does not depend on who
 * buys alongside); pooled models and external contracts are per group of up to N CCGs, within a
 * cluster unless sharing across clusters is allowed.
 */
import type { ArrangementModel } from '../model/workspace';
import type { RecommendModel } from './options';
import type { RecommendProblem } from './problem';

export interface Candidate {
  /** Unique among the candidates: model, partner and members. */
  readonly key: string;
  readonly model: RecommendModel;
  /** In scope order. */
  readonly members: readonly string[];
  readonly hostCcgId?: string;
  readonly laId?: string;
  readonly providerId?: string;
  /** Functions this candidate may deliver: free for every member and allowed by the rules. */
  readonly functions: readonly string[];
}

/** More groups than this in one pool is refused: the model would not solve in reasonable time. */
export const MAX_GROUPS_PER_POOL = 20_000;

export type Candidates =
  | { readonly ok: true; readonly candidates: readonly Candidate[] }
  | { readonly ok: false; readonly errors: readonly string[] };

function binomial(n: number, k: number): number {
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return Math.round(r);
}

/** Subsets of `items` of size 1..max, each in the items' order. */
function subsets<T>(items: readonly T[], max: number): T[][] {
  const out: T[][] = [];
  const pick = (start: number, acc: T[]): void => {
    if (acc.length > 0) out.push(acc.slice());
    if (acc.length === max) return;
    for (let i = start; i < items.length; i++) {
      acc.push(items[i] as T);
      pick(i + 1, acc);
      acc.pop();
    }
  };
  pick(0, []);
  return out;
}

export function generateCandidates(p: RecommendProblem): Candidates {
  const { options } = p;
  const allowed = new Set<RecommendModel>(options.models);
  const scopeIds = p.scope.map((c) => c.id);
  const freeOf = (id: string): ReadonlySet<string> => p.free.get(id) ?? new Set();
  const popOf = (id: string): number => p.pop.get(id) ?? 0;

  // Pools of CCGs that may share.
  const pools: string[][] = [];
  if (options.withinCluster) {
    const byCluster = new Map<string, string[]>();
    for (const c of p.scope) {
      if (!c.clusterId) {
        pools.push([c.id]);
        continue;
      }
      let list = byCluster.get(c.clusterId);
      if (!list) byCluster.set(c.clusterId, (list = []));
      list.push(c.id);
    }
    pools.push(...byCluster.values());
  } else pools.push(scopeIds);

  const errors: string[] = [];
  for (const pool of pools) {
    let count = 0;
    for (let k = 2; k <= Math.min(options.maxMembers, pool.length); k++)
      count += binomial(pool.length, k);
    if (count > MAX_GROUPS_PER_POOL) {
      errors.push(
        `max members: sharing among ${pool.length} CCGs in groups of up to ${options.maxMembers} gives ${count.toLocaleString('en-GB')} groups, more than ${MAX_GROUPS_PER_POOL.toLocaleString('en-GB')}; lower the maximum, share only within clusters or narrow the scope`,
      );
    }
  }
  if (errors.length > 0) return { ok: false, errors };

  const csus = p.index.providers.filter((pr) => pr.providerType === 'csu');
  const externals = p.index.providers.filter((pr) => pr.providerType !== 'csu');
  const councilsOf = new Map<string, string[]>();
  for (const o of p.scenario.laOverlaps) {
    if (o.share <= 0) continue;
    const list = councilsOf.get(o.ccgId) ?? [];
    if (!list.includes(o.laId)) list.push(o.laId);
    councilsOf.set(o.ccgId, list);
  }

  const out: Candidate[] = [];
  const add = (
    model: RecommendModel,
    members: readonly string[],
    fns: readonly string[],
    partner: Partial<Pick<Candidate, 'hostCcgId' | 'laId' | 'providerId'>> = {},
  ): void => {
    let functions = fns;
    if (model === 'external' && options.noExternalBi)
      functions = functions.filter((f) => f !== 'bi');
    if (functions.length === 0) return;
    const partnerId = partner.hostCcgId ?? partner.laId ?? partner.providerId ?? '';
    out.push({
      key: `${model}|${partnerId}|${members.join(',')}`,
      model,
      members,
      functions,
      ...partner,
    });
  };

  const functionOrder = p.a.functions.map((f) => f.id);
  for (const pool of pools) {
    for (const group of subsets(pool, options.maxMembers)) {
      const fns = functionOrder.filter((f) => group.every((m) => freeOf(m).has(f)));
      if (fns.length === 0) continue;
      if (group.length === 1) {
        if (allowed.has('in-house')) add('in-house', group, fns);
        if (allowed.has('csu'))
          for (const csu of csus) add('csu', group, fns, { providerId: csu.id });
      }
      if (group.length >= 2 && allowed.has('shared-service')) add('shared-service', group, fns);
      if (group.length >= 2 && allowed.has('host-ccg')) {
        // Which member hosts changes no one's cost (the pool is split by population): offer the
        // largest member the rules allow.
        const total = group.reduce((s, m) => s + popOf(m), 0);
        const hosts = group.filter((h) => !options.noDominantHost || popOf(h) <= total / 2);
        const host = hosts.reduce<string | undefined>(
          (best, h) => (best === undefined || popOf(h) > popOf(best) ? h : best),
          undefined,
        );
        if (host !== undefined) add('host-ccg', group, fns, { hostCcgId: host });
      }
      if (allowed.has('la-partnership')) {
        const councils = new Set(group.flatMap((m) => councilsOf.get(m) ?? []));
        for (const laId of councils) add('la-partnership', group, fns, { laId });
      }
      if (allowed.has('external'))
        for (const ext of externals) add('external', group, fns, { providerId: ext.id });
    }
  }
  // With in-house unticked, a cell no ticked model can deliver still stays in-house rather than
  // leaving the CCG without the function.
  if (!allowed.has('in-house')) {
    const covered = new Set(
      out.flatMap((c) => c.members.flatMap((m) => c.functions.map((f) => `${m}|${f}`))),
    );
    for (const id of scopeIds) {
      const fns = functionOrder.filter((f) => freeOf(id).has(f) && !covered.has(`${id}|${f}`));
      if (fns.length > 0)
        out.push({ key: `in-house||${id}`, model: 'in-house', members: [id], functions: fns });
    }
  }
  return { ok: true, candidates: out };
}

/** Models whose members' costs depend on each other (the pool's scale or a shared procurement). */
export function isGroupModel(model: RecommendModel): model is Exclude<ArrangementModel, 'csu'> {
  return (
    model === 'shared-service' ||
    model === 'host-ccg' ||
    model === 'la-partnership' ||
    model === 'external'
  );
}
