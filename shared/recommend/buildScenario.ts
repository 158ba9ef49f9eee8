/**
 * The recommended scenario: a copy of the current one whose arrangements are replaced for the
 * scope. Chosen deliveries with the same model, members and partner become one arrangement
 * covering all their functions; CSU purchases are gathered per CSU into one contract per set of
 * functions bought. Hubs sit under their members, clear of each other.
 */
import { listInWords } from '../compare/diffScenarios';
import { newId } from '../edits/newId';
import { newScenarioId } from '../edits/scenarioNames';
import type { Arrangement, Scenario } from '../model/workspace';
import { ccgCardCentre, ccgCardHeight } from '../samples/sampleBuilders';
import type { Candidate } from './candidates';
import type { RecommendProblem } from './problem';

/** Candidate index → the functions it delivers in the solution. */
export type Choice = ReadonlyMap<number, ReadonlySet<string>>;

/** How far under the lowest member card a hub sits, and how far apart two hubs must be. */
const HUB_DROP = 70;
const HUB_CLEARANCE = 56;

export function recommendedName(p: RecommendProblem, infeasible: boolean): string {
  const label = p.year.label;
  const stem = !p.options.withinAllowance
    ? `Recommended — least cost in ${label}`
    : infeasible
      ? `Recommended — least overshoot of the ${label} allowance`
      : `Recommended — least cost within the ${label} allowance`;
  const taken = new Set(p.workspace.scenarios.map((s) => s.name.trim().toLowerCase()));
  if (!taken.has(stem.toLowerCase())) return stem;
  for (let n = 2; ; n++) if (!taken.has(`${stem} ${n}`.toLowerCase())) return `${stem} ${n}`;
}

export function buildScenario(
  p: RecommendProblem,
  candidates: readonly Candidate[],
  choice: Choice,
  name: string,
  notes: string,
): Scenario {
  const fnOrder = p.a.functions.map((f) => f.id);
  const inOrder = (fns: Iterable<string>): string[] => {
    const set = new Set(fns);
    return fnOrder.filter((f) => set.has(f));
  };
  const scopeOrder = new Map(p.scope.map((c, i) => [c.id, i]));
  const byScope = (ids: Iterable<string>): string[] =>
    [...ids].sort((x, y) => (scopeOrder.get(x) ?? 0) - (scopeOrder.get(y) ?? 0));

  const kept: Arrangement[] = [];
  for (const arr of p.scenario.arrangements) {
    const keep = p.kept.get(arr.id);
    if (keep && keep.size > 0)
      kept.push(
        keep.size === arr.functions.length
          ? arr
          : { ...arr, functions: arr.functions.filter((f) => keep.has(f)) },
      );
  }

  type Draft = Omit<Arrangement, 'id' | 'name' | 'x' | 'y'>;
  const drafts: Draft[] = [];
  const csuBuys = new Map<string, Map<string, Set<string>>>(); // provider → CCG → functions
  const pooled = p.options.riskShareAgreed ? { riskShareAgreed: true } : {};
  for (const [i, fns] of choice) {
    const cand = candidates[i] as Candidate;
    if (cand.model === 'in-house' || fns.size === 0) continue;
    if (cand.model === 'csu') {
      const provider = cand.providerId ?? '';
      const buyers = csuBuys.get(provider) ?? new Map<string, Set<string>>();
      csuBuys.set(provider, buyers);
      for (const m of cand.members) {
        const set = buyers.get(m) ?? new Set<string>();
        for (const f of fns) set.add(f);
        buyers.set(m, set);
      }
      continue;
    }
    const functions = inOrder(fns);
    switch (cand.model) {
      case 'shared-service':
        drafts.push({
          model: cand.model,
          members: cand.members,
          functions,
          allocation: 'population',
          ...pooled,
        });
        break;
      case 'host-ccg':
        drafts.push({
          model: cand.model,
          members: cand.members,
          hostCcgId: cand.hostCcgId,
          functions,
          allocation: 'population',
          ...pooled,
        });
        break;
      case 'la-partnership':
        drafts.push({
          model: cand.model,
          members: cand.members,
          laId: cand.laId,
          functions,
          ...pooled,
        });
        break;
      case 'external':
        drafts.push({
          model: cand.model,
          members: cand.members,
          providerId: cand.providerId,
          functions,
        });
        break;
    }
  }
  for (const [providerId, buyers] of csuBuys) {
    const bySet = new Map<string, string[]>();
    for (const [ccgId, fns] of buyers) {
      const key = inOrder(fns).join(',');
      bySet.set(key, [...(bySet.get(key) ?? []), ccgId]);
    }
    for (const [key, members] of bySet)
      drafts.push({
        model: 'csu',
        members: byScope(members),
        providerId,
        functions: key.split(','),
      });
  }

  const taken = new Set<string>([...p.scenario.nodes.map((n) => n.id), ...kept.map((a) => a.id)]);
  const placed: { x: number; y: number }[] = kept
    .filter((a) => a.x !== undefined && a.y !== undefined)
    .map((a) => ({ x: a.x as number, y: a.y as number }));
  const made: Arrangement[] = drafts.map((d) => {
    const id = newId('arr', taken);
    taken.add(id);
    const { x, y } = hubPosition(p, d, placed);
    placed.push({ x, y });
    return { id, name: arrangementName(p, d), ...d, x, y };
  });

  return {
    ...p.scenario,
    id: newScenarioId(p.workspace.scenarios),
    name,
    notes,
    arrangements: [...kept, ...made],
  };
}

function shortName(p: RecommendProblem, id: string): string {
  const n = p.index.byId.get(id)?.name ?? id;
  return n.replace(/ CCG$/, '');
}

function membersInWords(p: RecommendProblem, members: readonly string[]): string {
  const names = members.map((m) => shortName(p, m));
  return names.length <= 3
    ? listInWords(names)
    : `${names[0] ?? ''}, ${names[1] ?? ''} and ${names.length - 2} more`;
}

function arrangementName(p: RecommendProblem, d: Omit<Arrangement, 'id' | 'name'>): string {
  const who = membersInWords(p, d.members);
  const partner = (id: string | undefined): string =>
    id ? (p.index.byId.get(id)?.name ?? id) : '';
  switch (d.model) {
    case 'shared-service':
      return `${who} shared service`;
    case 'host-ccg':
      return `${who} service hosted by ${shortName(p, d.hostCcgId ?? '')}`;
    case 'la-partnership':
      return `${who} partnership with ${partner(d.laId)}`;
    case 'csu':
      return `${partner(d.providerId)} contract: ${who}`;
    case 'external':
      return `${partner(d.providerId)} contract: ${who}`;
  }
}

/** Under the member cards, leaning to the partner, nudged down until clear of hubs already placed. */
function hubPosition(
  p: RecommendProblem,
  d: Omit<Arrangement, 'id' | 'name'>,
  placed: readonly { x: number; y: number }[],
): { x: number; y: number } {
  const xs: number[] = [];
  let bottom = -Infinity;
  for (const m of d.members) {
    const node = p.index.byId.get(m);
    if (!node || node.kind !== 'ccg') continue;
    const localities = p.index.localitiesByCcg.get(m)?.length ?? 0;
    xs.push(ccgCardCentre(node, localities).x);
    bottom = Math.max(bottom, node.y + ccgCardHeight(localities));
  }
  const partner = p.index.byId.get(d.providerId ?? d.laId ?? '');
  if (partner && (partner.kind === 'provider' || partner.kind === 'localAuthority'))
    xs.push(partner.x + 100);
  const x = Math.round(xs.reduce((s, v) => s + v, 0) / Math.max(1, xs.length));
  let y = Math.round((Number.isFinite(bottom) ? bottom : 0) + HUB_DROP);
  while (
    placed.some((q) => Math.abs(q.x - x) < HUB_CLEARANCE * 2 && Math.abs(q.y - y) < HUB_CLEARANCE)
  )
    y += HUB_CLEARANCE;
  return { x, y };
}
