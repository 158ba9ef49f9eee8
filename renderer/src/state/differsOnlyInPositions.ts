import type { Workspace } from '../../../shared/model/workspace';

type Fields = Readonly<Record<string, unknown>>;

/** Whether two records hold the same values (by identity) in every field but those in `aside`. */
function sameExcept(a: Fields, b: Fields, aside: ReadonlySet<string>): boolean {
  for (const k of Object.keys(a)) if (!aside.has(k) && a[k] !== b[k]) return false;
  for (const k of Object.keys(b)) if (!aside.has(k) && !Object.hasOwn(a, k)) return false;
  return true;
}

const POSITION = new Set(['x', 'y']);
const SCENARIO_LISTS = new Set(['nodes', 'arrangements']);
const SCENARIOS = new Set(['scenarios']);

/** Same length, and each record the same one or the same but for its position. */
function sameListButPositions(a: readonly Fields[], b: readonly Fields[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const p = a[i] as Fields;
    const q = b[i] as Fields;
    if (p !== q && !sameExcept(p, q, POSITION)) return false;
  }
  return true;
}

/**
 * Whether `after` is `before` with only organisations or arrangement hubs moved (a drag, an
 * arrow-key nudge): nothing the costing reads has changed, so its figures still hold. Edits share
 * every record they leave alone, so this compares by identity and stays cheap at England scale.
 */
export function differsOnlyInPositions(before: Workspace, after: Workspace): boolean {
  if (!sameExcept(before as unknown as Fields, after as unknown as Fields, SCENARIOS)) return false;
  if (before.scenarios.length !== after.scenarios.length) return false;
  return before.scenarios.every((s, i) => {
    const t = after.scenarios[i];
    if (!t) return false;
    if (s === t) return true;
    return (
      sameExcept(s as unknown as Fields, t as unknown as Fields, SCENARIO_LISTS) &&
      sameListButPositions(s.nodes as unknown as Fields[], t.nodes as unknown as Fields[]) &&
      sameListButPositions(
        s.arrangements as unknown as Fields[],
        t.arrangements as unknown as Fields[],
      )
    );
  });
}
