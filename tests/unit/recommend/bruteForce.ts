/**
 * An exhaustive search written independently of shared/recommend: for the (CCG, function) cells
 * that vary, every partition of the CCGs into blocks per function, every allowed delivery of each
 * block, arrangements merged by identical model, members and partner (as any real configuration
 * would be), each whole scenario costed by the engine and checked against the rules here.
 */
import { costScenario } from '../../../shared/costing/costScenario';
import type {
  Arrangement,
  ArrangementModel,
  Scenario,
  Workspace,
} from '../../../shared/model/workspace';

export interface BruteRules {
  readonly ccgIds: readonly string[];
  readonly functionIds: readonly string[];
  readonly models: readonly ('in-house' | ArrangementModel)[];
  readonly maxMembers: number;
  readonly withinAllowance: boolean;
  readonly noExternalBi: boolean;
  readonly noDominantHost: boolean;
  /** CCG id → cluster id: when given, no block mixes clusters (sharing only within a cluster). */
  readonly clusterOf?: ReadonlyMap<string, string>;
}

export interface BruteBest {
  /** Σ over the varying CCGs of running cost in the first year. */
  readonly running: number;
  /** Largest running − allowance among them (≤ 0: every one within). */
  readonly worstOvershoot: number;
  readonly scenario: Scenario;
  readonly count: number;
}

type Delivery = { model: 'in-house' } | { model: ArrangementModel; partner?: string };

function partitions<T>(items: readonly T[]): T[][][] {
  if (items.length === 0) return [[]];
  const [first, ...rest] = items as [T, ...T[]];
  const out: T[][][] = [];
  for (const p of partitions(rest)) {
    out.push([[first], ...p]);
    p.forEach((_, i) => out.push(p.map((block, j) => (i === j ? [first, ...block] : block))));
  }
  return out;
}

function cartesian<T>(lists: readonly (readonly T[])[]): T[][] {
  return lists.reduce<T[][]>((acc, list) => acc.flatMap((a) => list.map((x) => [...a, x])), [[]]);
}

export function bruteForce(workspace: Workspace, scenarioId: string, rules: BruteRules): BruteBest {
  const base = workspace.scenarios.find((s) => s.id === scenarioId) as Scenario;
  const pop = new Map(
    base.nodes.flatMap((n) => (n.kind === 'ccg' ? [[n.id, n.population ?? 0] as const] : [])),
  );
  const councils = (block: readonly string[]): string[] => [
    ...new Set(
      base.laOverlaps.filter((o) => block.includes(o.ccgId) && o.share > 0).map((o) => o.laId),
    ),
  ];
  const csus = base.nodes
    .filter((n) => n.kind === 'provider' && n.providerType === 'csu')
    .map((n) => n.id);
  const privates = base.nodes
    .filter((n) => n.kind === 'provider' && n.providerType !== 'csu')
    .map((n) => n.id);
  const allowed = new Set(rules.models);

  const deliveriesFor = (block: readonly string[], f: string): Delivery[] => {
    const out: Delivery[] = [];
    if (block.length > rules.maxMembers) return out;
    if (block.length === 1 && allowed.has('in-house')) out.push({ model: 'in-house' });
    if (allowed.has('csu')) for (const c of csus) out.push({ model: 'csu', partner: c });
    if (block.length >= 2 && allowed.has('shared-service')) out.push({ model: 'shared-service' });
    if (block.length >= 2 && allowed.has('host-ccg')) {
      const total = block.reduce((s, m) => s + (pop.get(m) ?? 0), 0);
      for (const h of block)
        if (!rules.noDominantHost || (pop.get(h) ?? 0) <= total / 2)
          out.push({ model: 'host-ccg', partner: h });
    }
    if (allowed.has('la-partnership'))
      for (const la of councils(block)) out.push({ model: 'la-partnership', partner: la });
    if (allowed.has('external') && !(rules.noExternalBi && f === 'bi'))
      for (const p of privates) out.push({ model: 'external', partner: p });
    return out;
  };

  // Every way to deliver one function: a partition and a delivery per block.
  const oneCluster = (block: readonly string[]): boolean =>
    !rules.clusterOf || new Set(block.map((m) => rules.clusterOf?.get(m))).size === 1;
  const allowedPartitions = partitions(rules.ccgIds).filter((blocks) => blocks.every(oneCluster));
  const perFunction = rules.functionIds.map((f) =>
    allowedPartitions.flatMap((blocks) =>
      cartesian(blocks.map((b) => deliveriesFor(b, f))).map((ds) =>
        blocks.map((b, i) => ({ block: b, delivery: ds[i] as Delivery })),
      ),
    ),
  );

  let best: BruteBest | undefined;
  let count = 0;
  const ws = (s: Scenario): Workspace => ({ ...workspace, scenarios: [s] });
  for (const combo of cartesian(perFunction)) {
    const merged = new Map<string, Arrangement>();
    combo.forEach((assignment, fi) => {
      const f = rules.functionIds[fi] as string;
      for (const { block, delivery } of assignment) {
        if (delivery.model === 'in-house') continue;
        const members = [...block].sort();
        const key = `${delivery.model}|${delivery.partner ?? ''}|${members.join(',')}`;
        const existing = merged.get(key);
        if (existing) {
          merged.set(key, { ...existing, functions: [...existing.functions, f] });
          continue;
        }
        const partner = delivery.partner;
        merged.set(key, {
          id: `bf-${merged.size + 1}`,
          name: key,
          model: delivery.model,
          members,
          functions: [f],
          allocation: 'population',
          riskShareAgreed: true,
          ...(delivery.model === 'host-ccg' ? { hostCcgId: partner } : {}),
          ...(delivery.model === 'la-partnership' ? { laId: partner } : {}),
          ...(delivery.model === 'csu' || delivery.model === 'external'
            ? { providerId: partner }
            : {}),
        });
      }
    });
    const scenario: Scenario = {
      ...base,
      arrangements: [...base.arrangements, ...merged.values()],
    };
    const result = costScenario(ws(scenario), scenario.id);
    count += 1;
    let running = 0;
    let worst = -Infinity;
    for (const c of result.ccgs) {
      if (!rules.ccgIds.includes(c.id)) continue;
      running += c.running;
      worst = Math.max(worst, c.running - c.allowance);
    }
    const candidate = { running, worstOvershoot: worst, scenario, count: 0 };
    if (!best || better(candidate, best, rules.withinAllowance)) best = candidate;
  }
  if (!best) throw new Error('brute force found nothing');
  return { ...best, count };
}

/** Within the allowance first (least overshoot when none is), then least running cost. */
function better(a: BruteBest, b: BruteBest, withinAllowance: boolean): boolean {
  if (withinAllowance) {
    const ao = Math.max(0, a.worstOvershoot);
    const bo = Math.max(0, b.worstOvershoot);
    if (ao < bo - 0.01) return true;
    if (ao > bo + 0.01) return false;
  }
  return a.running < b.running - 1e-6;
}
