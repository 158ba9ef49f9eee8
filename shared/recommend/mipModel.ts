/**
 * The set-partitioning programme: a binary per (candidate, function) it may deliver, one row per
 * free (CCG, function) cell choosing exactly one delivery, an allowance row per CCG in scope, and
 * a binary per pooled or contracted group that any of its functions switches on — carrying the
 * external procurement cost (paid once per contract) and a tiny penalty so that, between equal
 * costs, fewer arrangements win. Written as CPLEX LP text for HiGHS, one independent part (see
 * parts.ts) at a time.
 */
import type { Candidate } from './candidates';
import { isGroupModel } from './candidates';
import type { CandidateCost } from './candidateCosts';
import type { RecommendProblem } from './problem';

/** £ added per arrangement so that ties go to fewer arrangements; far below any real saving. */
export const ARRANGEMENT_PENALTY = 0.01;
/** Weight of programme (non-running) costs: they do not count, but the cheaper is still preferred. */
export const PROGRAMME_WEIGHT = 1e-6;

export type AllowanceMode =
  | { readonly kind: 'none' }
  | { readonly kind: 'hard' }
  /** Minimise the largest overshoot s of any CCG over its allowance, known to be at least atLeast. */
  | { readonly kind: 'min-overshoot'; readonly atLeast: number }
  /** Least cost with no CCG over its allowance by more than this. */
  | { readonly kind: 'overshoot-at-most'; readonly overshoot: number };

export interface FixedCosts {
  /** Scope CCG id → its year-free running cost that Recommend cannot change (core, kept cells). */
  readonly running: ReadonlyMap<string, number>;
}

export interface MipModel {
  readonly text: string;
  /** Column name → what it chooses. */
  readonly xColumns: ReadonlyMap<
    string,
    { readonly candidate: number; readonly functionId: string }
  >;
  readonly zColumns: ReadonlyMap<string, number>;
}

/** What one programme decides: a part's CCGs, and the functions each of its candidates may deliver. */
export interface MipPart {
  readonly ccgIds: ReadonlySet<string>;
  /** Candidate index → functions it may deliver; candidates absent are not in this programme. */
  readonly columns: ReadonlyMap<number, readonly string[]>;
}

/**
 * The largest overshoot of a CCG in scope that no free cell can change (in no part): a floor
 * under the overshoot whatever is chosen.
 */
export function fixedOvershoot(
  p: RecommendProblem,
  decided: ReadonlySet<string>,
  fixed: FixedCosts,
): number {
  let worst = -Infinity;
  for (const c of p.scope) {
    if (decided.has(c.id)) continue;
    worst = Math.max(worst, (fixed.running.get(c.id) ?? 0) - p.year.allowance(c.id));
  }
  return worst;
}

const num = (v: number): string => (Number.isFinite(v) ? String(v) : '0');
const term = (coef: number, name: string): string =>
  `${coef < 0 ? '-' : '+'} ${num(Math.abs(coef))} ${name}`;

export function buildMip(
  p: RecommendProblem,
  candidates: readonly Candidate[],
  costs: readonly CandidateCost[],
  fixed: FixedCosts,
  mode: AllowanceMode,
  part: MipPart,
): MipModel {
  const { year } = p;
  const fnIndex = new Map(p.a.functions.map((f, i) => [f.id, i]));
  const ccgIndex = new Map(p.scope.map((c, i) => [c.id, i]));
  const objective: string[] = [];
  const cover = new Map<string, string[]>();
  const allowance = new Map<string, string[]>();
  const links: string[] = [];
  const binaries: string[] = [];
  const xColumns = new Map<string, { candidate: number; functionId: string }>();
  const zColumns = new Map<string, number>();

  for (const [i, functions] of part.columns) {
    const cand = candidates[i] as Candidate;
    const cost = costs[i] as CandidateCost;
    // Only a contract needs a column of its own: it carries the procurement, paid once.
    const z = cand.model === 'external' ? `z${i}` : undefined;
    const pooled = isGroupModel(cand.model);
    if (z) {
      zColumns.set(z, i);
      binaries.push(z);
      const proc = cost.procurement ?? [];
      const procTotal = proc.reduce((s, v) => s + v, 0);
      objective.push(term(ARRANGEMENT_PENALTY + procTotal, z));
      cand.members.forEach((m, k) => {
        const share = proc[k] ?? 0;
        if (share === 0) return;
        const row = allowance.get(m);
        if (row) row.push(term(share, z));
        else allowance.set(m, [term(share, z)]);
      });
    }
    for (const f of functions) {
      const x = `x${i}_${fnIndex.get(f) ?? 0}`;
      xColumns.set(x, { candidate: i, functionId: f });
      binaries.push(x);
      const perMember = cost.byFunction.get(f) ?? [];
      const total = perMember.reduce((s, v) => s + v, 0);
      const running = year.isRunning(f);
      objective.push(
        term(
          (running ? total : PROGRAMME_WEIGHT * total) + (pooled && !z ? ARRANGEMENT_PENALTY : 0),
          x,
        ),
      );
      cand.members.forEach((m, k) => {
        const key = `c${ccgIndex.get(m) ?? 0}_${fnIndex.get(f) ?? 0}`;
        const row = cover.get(key);
        if (row) row.push(`+ ${x}`);
        else cover.set(key, [`+ ${x}`]);
        if (running) {
          const t = term(perMember[k] ?? 0, x);
          const arow = allowance.get(m);
          if (arow) arow.push(t);
          else allowance.set(m, [t]);
        }
      });
      if (z) links.push(` l${i}_${fnIndex.get(f) ?? 0}: ${x} - ${z} <= 0`);
    }
  }

  const lines: string[] = ['Minimize', ' obj:'];
  if (mode.kind === 'min-overshoot') lines.push('  + 1 s');
  else for (const t of objective) lines.push(`  ${t}`);
  lines.push('Subject To');
  for (const [name, terms] of cover) {
    lines.push(` ${name}:`);
    for (const t of terms) lines.push(`  ${t}`);
    lines.push('  = 1');
  }
  lines.push(...links);
  if (mode.kind !== 'none') {
    for (const c of p.scope) {
      if (!part.ccgIds.has(c.id)) continue;
      const terms = allowance.get(c.id);
      if (!terms) continue;
      const rhs = year.allowance(c.id) - (fixed.running.get(c.id) ?? 0);
      lines.push(` a${ccgIndex.get(c.id) ?? 0}:`);
      for (const t of terms) lines.push(`  ${t}`);
      if (mode.kind === 'min-overshoot') lines.push('  - 1 s');
      const limit = mode.kind === 'overshoot-at-most' ? rhs + mode.overshoot : rhs;
      lines.push(`  <= ${num(limit)}`);
    }
  }
  lines.push('Bounds');
  // A floor known in advance lets HiGHS stop as soon as it finds an answer on it.
  if (mode.kind === 'min-overshoot') lines.push(` s >= ${num(Math.max(0, mode.atLeast))}`);
  lines.push('Binary');
  for (let i = 0; i < binaries.length; i += 20)
    lines.push(` ${binaries.slice(i, i + 20).join(' ')}`);
  lines.push('End', '');
  return { text: lines.join('\n'), xColumns, zColumns };
}
