/**
 * What a recommendation changes, in words: for each CCG in scope, which functions move from
 * which delivery to which, and what it saves in the year; then the rules, each checked on the
 * scenario produced (not on the solver's say-so).
 */
import { listInWords } from '../compare/diffScenarios';
import type { ScenarioResult } from '../costing/results';
import { MODEL_RULES } from '../model/arrangementModels';
import { indexScenario } from '../model/scenarioIndex';
import type { Scenario } from '../model/workspace';
import { formatPerHead, formatPounds } from '../format/format';
import type { RecommendProblem } from './problem';
import { runningInYear } from './yearBasis';

export interface CcgChange {
  readonly ccgId: string;
  readonly name: string;
  /** Running cost in the year, before and after, £. */
  readonly before: number;
  readonly after: number;
  readonly saving: number;
  readonly allowance: number;
  /** "Finance and HR: in-house → Ashvale and Brackenford shared service". */
  readonly moves: readonly string[];
  /** "Ashvale CCG saves £123,456 a year in 2013/14 (£27.10 → £24.90 a head)". */
  readonly summary: string;
}

export interface RuleCheck {
  readonly rule: string;
  readonly met: boolean;
  readonly detail: string;
}

function deliveryWords(
  scenario: Scenario,
  result: ScenarioResult,
  ccgId: string,
  fid: string,
): string {
  const fc = result.ccgs.find((c) => c.id === ccgId)?.functions[fid];
  if (!fc || fc.mode === 'in-house') return 'in-house';
  return scenario.arrangements.find((a) => a.id === fc.arrangementId)?.name ?? fc.mode;
}

export function changeList(
  p: RecommendProblem,
  after: Scenario,
  afterResult: ScenarioResult,
): CcgChange[] {
  const fnName = new Map(p.a.functions.map((f) => [f.id, f.name]));
  return p.scope.map((ccg) => {
    const b = p.current.ccgs.find((c) => c.id === ccg.id);
    const a = afterResult.ccgs.find((c) => c.id === ccg.id);
    const before = b ? runningInYear(b) : 0;
    const now = a ? runningInYear(a) : 0;
    const moves = new Map<string, string[]>();
    for (const f of p.a.functions) {
      const from = deliveryWords(p.scenario, p.current, ccg.id, f.id);
      const to = deliveryWords(after, afterResult, ccg.id, f.id);
      if (from === to) continue;
      const key = `${from} → ${to}`;
      moves.set(key, [...(moves.get(key) ?? []), fnName.get(f.id) ?? f.id]);
    }
    const population = p.pop.get(ccg.id) ?? 1;
    const saving = before - now;
    const verb =
      Math.round(saving) > 0
        ? `saves ${formatPounds(saving)}`
        : Math.round(saving) < 0
          ? `costs ${formatPounds(-saving)} more`
          : 'costs the same';
    return {
      ccgId: ccg.id,
      name: ccg.name,
      before,
      after: now,
      saving,
      allowance: p.year.allowance(ccg.id),
      moves: [...moves].map(
        ([key, fns]) =>
          `${fns.length === p.a.functions.length ? 'Every function' : listInWords(fns)}: ${key}`,
      ),
      summary: `${ccg.name} ${verb} a year in ${p.year.label} (${formatPerHead(before / population)} → ${formatPerHead(now / population)} a head)`,
    };
  });
}

/** Each rule asked for, checked on the scenario produced. */
export function checkRules(
  p: RecommendProblem,
  after: Scenario,
  afterResult: ScenarioResult,
): RuleCheck[] {
  const { options } = p;
  const checks: RuleCheck[] = [];
  const index = indexScenario(after);
  const keptIds = new Set(p.kept.keys());
  const made = after.arrangements.filter((a) => !keptIds.has(a.id));
  const label = p.year.label;

  if (options.withinAllowance) {
    const over = p.scope.flatMap((c) => {
      const r = afterResult.ccgs.find((x) => x.id === c.id);
      const excess = r ? runningInYear(r) - p.year.allowance(c.id) : 0;
      return excess > 0.005 ? [`${c.name} (${formatPounds(excess)} over)`] : [];
    });
    checks.push({
      rule: `Every CCG within its ${label} allowance`,
      met: over.length === 0,
      detail:
        over.length === 0
          ? `all ${p.scope.length} CCGs in scope`
          : `not possible under these rules: ${listInWords(over)}`,
    });
  }
  const clusterOf = (id: string): string | undefined => {
    const n = index.byId.get(id);
    return n && n.kind === 'ccg' ? n.clusterId : undefined;
  };
  const pooledOrContracted = made.filter((a) => a.model !== 'csu');
  if (options.withinCluster) {
    const across = pooledOrContracted.filter((a) => {
      const first = clusterOf(a.members[0] ?? '');
      return first === undefined
        ? a.members.length > 1
        : a.members.some((m) => clusterOf(m) !== first);
    });
    checks.push({
      rule: 'Sharing only within a cluster',
      met: across.length === 0,
      detail:
        across.length === 0
          ? 'every new shared arrangement is within one cluster'
          : `crosses clusters: ${listInWords(across.map((a) => a.name))}`,
    });
  }
  const largest = Math.max(0, ...pooledOrContracted.map((a) => a.members.length));
  checks.push({
    rule: `At most ${options.maxMembers} members per pooled arrangement`,
    met: largest <= options.maxMembers,
    detail: largest === 0 ? 'no new pooled arrangement' : `the largest has ${largest}`,
  });
  const models = new Set<string>(options.models);
  const other = made.filter((a) => !models.has(a.model));
  checks.push({
    rule: `Only the models allowed (${[...options.models].join(', ')})`,
    met: other.length === 0,
    detail:
      other.length === 0
        ? `${made.length} new arrangement${made.length === 1 ? '' : 's'}`
        : `not allowed: ${listInWords(other.map((a) => a.name))}`,
  });
  if (options.noExternalBi) {
    const bad = made.filter((a) => a.model === 'external' && a.functions.includes('bi'));
    checks.push({
      rule: 'No external contract for business intelligence',
      met: bad.length === 0,
      detail:
        bad.length === 0 ? 'patient data stays in the NHS' : listInWords(bad.map((a) => a.name)),
    });
  }
  if (options.noDominantHost) {
    const pop = (id: string): number => p.pop.get(id) ?? 0;
    const bad = made.filter(
      (a) =>
        a.model === 'host-ccg' &&
        a.hostCcgId !== undefined &&
        pop(a.hostCcgId) > a.members.reduce((s, m) => s + pop(m), 0) / 2,
    );
    checks.push({
      rule: 'No dominant host',
      met: bad.length === 0,
      detail:
        bad.length === 0
          ? 'no host has over half its arrangement\u2019s population'
          : listInWords(bad.map((a) => a.name)),
    });
  }
  if (options.riskShareAgreed) {
    const bad = made.filter((a) => MODEL_RULES[a.model].pooled && a.riskShareAgreed !== true);
    checks.push({
      rule: 'Risk sharing agreed on every new pooled arrangement',
      met: bad.length === 0,
      detail: bad.length === 0 ? 'marked as agreed' : listInWords(bad.map((a) => a.name)),
    });
  }
  const kept = [...p.kept.values()].reduce((s, f) => s + f.size, 0);
  if (options.pinned.length > 0 || p.scope.length < p.index.ccgs.length) {
    checks.push({
      rule: 'Pinned cells and CCGs out of scope kept as they are',
      met: true,
      detail: `${kept} arrangement function${kept === 1 ? '' : 's'} kept`,
    });
  }
  return checks;
}
