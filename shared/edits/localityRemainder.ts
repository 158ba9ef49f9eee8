/**
 * Keeping a CCG's own population when localities arrive. A CCG's population is the sum of its
 * localities if it has any, else its own figure; so adding a 20,000 locality to a CCG of 140,000
 * would silently make it a CCG of 20,000. Instead, when a CCG with its own figure gets its first
 * locality, the same edit adds a *remainder* locality, "<CCG> — not yet in a locality", holding
 * the difference (120,000), and later edits of the CCG's localities keep it at the CCG's own
 * figure minus the named localities. The user ends this by deleting the remainder ("Use the
 * localities' total"). The remainder is an ordinary locality recognised by its name, so the file
 * format is unchanged and the costing rule stays as it is; the CCG keeps its own `population`
 * field, which is what the remainder is worked out from.
 */
import type { CcgNode, LocalityNode, Node, Scenario } from '../model/workspace';
import { formatPopulation } from '../format/format';
import { isRemainderLocality, remainderName } from '../model/remainderLocality';

export { REMAINDER_SUFFIX, isRemainderLocality, remainderName } from '../model/remainderLocality';

/** How a CCG's population is made up while it has a remainder locality. */
export interface LocalityCoverage {
  /** The CCG's own figure. */
  readonly own: number;
  /** The sum of its named localities (every locality but the remainder). */
  readonly named: number;
  readonly remainder: LocalityNode;
  /** own − named: what the remainder should hold; 0 or less when the named localities reach the figure. */
  readonly notYetInALocality: number;
}

/** The coverage of a CCG that has its own figure and a remainder locality; null otherwise. */
export function localityCoverage(scenario: Scenario, ccgId: string): LocalityCoverage | null {
  const ccg = scenario.nodes.find((n): n is CcgNode => n.kind === 'ccg' && n.id === ccgId);
  if (!ccg || ccg.population === undefined) return null;
  let remainder: LocalityNode | undefined;
  let named = 0;
  for (const n of scenario.nodes) {
    if (n.kind !== 'locality' || n.ccgId !== ccgId) continue;
    if (!remainder && isRemainderLocality(n)) remainder = n;
    else named += n.population;
  }
  if (!remainder) return null;
  return { own: ccg.population, named, remainder, notYetInALocality: ccg.population - named };
}

function localitiesByCcg(scenario: Scenario): Map<string, LocalityNode[]> {
  const by = new Map<string, LocalityNode[]>();
  for (const n of scenario.nodes) {
    if (n.kind !== 'locality') continue;
    const list = by.get(n.ccgId);
    if (list) list.push(n);
    else by.set(n.ccgId, [n]);
  }
  return by;
}

function sameList<T>(a: readonly T[] | undefined, b: readonly T[] | undefined): boolean {
  const x = a ?? [];
  const y = b ?? [];
  return x.length === y.length && x.every((item, i) => item === y[i]);
}

/**
 * Whether a CCG counted its own figure before the edit: it had no localities, or they added up
 * to exactly that figure (a new first locality starts with the CCG's whole population, and is
 * then typed down to its real size). Only then is the figure kept by a remainder; a CCG already
 * counting a different localities' total (after "Use the localities' total") is left to it.
 */
function wasAtOwnFigure(
  ccg: CcgNode | undefined,
  localities: readonly LocalityNode[] | undefined,
): boolean {
  if (!ccg || ccg.population === undefined) return false;
  if (!localities || localities.length === 0) return true;
  // Its remainder was just deleted: the user chose the localities' total.
  if (localities.some(isRemainderLocality)) return false;
  return localities.reduce((s, l) => s + l.population, 0) === ccg.population;
}

function freeId(base: string, taken: ReadonlySet<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/**
 * The scenario after an edit, with remainders kept right for every CCG whose localities the edit
 * changed (other CCGs are left exactly as they were):
 * - a CCG with its own figure that counted that figure before the edit (see wasAtOwnFigure) and
 *   whose localities now fall short of it gets a remainder holding the difference;
 * - a CCG's remainder is set to its own figure minus its named localities while that is above 0;
 * - when the named localities reach or pass the figure the remainder is removed: keeping it would
 *   count its people twice, and a locality of 0 is not valid. The CCG's population then changes,
 *   which populationNotices says in words (and Undo restores);
 * - a remainder left as a CCG's only locality is removed: the CCG then counts its own figure,
 *   which is the same number.
 * Returns `after` itself when nothing needs changing.
 */
export function reconcileRemainders(before: Scenario, after: Scenario): Scenario {
  const was = localitiesByCcg(before);
  const now = localitiesByCcg(after);
  const ccgsBefore = new Map(
    before.nodes.filter((n): n is CcgNode => n.kind === 'ccg').map((n) => [n.id, n]),
  );
  const replaced = new Map<string, Node | null>(); // locality id → new node, or null to remove
  const added: LocalityNode[] = [];
  let taken: Set<string> | undefined;

  for (const ccg of after.nodes) {
    if (ccg.kind !== 'ccg' || !ccgsBefore.has(ccg.id) || ccg.population === undefined) continue;
    const list = now.get(ccg.id) ?? [];
    if (sameList(was.get(ccg.id), list)) continue;
    const remainder = list.find(isRemainderLocality);
    const named = list.reduce((s, l) => (l === remainder ? s : s + l.population), 0);
    const missing = ccg.population - named;
    if (remainder) {
      if (list.length === 1 || missing <= 0) replaced.set(remainder.id, null);
      else if (missing > 0 && remainder.population !== missing)
        replaced.set(remainder.id, { ...remainder, population: missing });
    } else if (
      list.length > 0 &&
      missing > 0 &&
      wasAtOwnFigure(ccgsBefore.get(ccg.id), was.get(ccg.id))
    ) {
      taken ??= new Set(after.nodes.map((n) => n.id));
      const id = freeId(`${ccg.id}-not-yet-in-a-locality`, taken);
      taken.add(id);
      added.push({
        kind: 'locality',
        id,
        name: remainderName(ccg.name),
        ccgId: ccg.id,
        population: missing,
      });
    }
  }
  if (replaced.size === 0 && added.length === 0) return after;
  const nodes: Node[] = [];
  for (const n of after.nodes) {
    const r = replaced.get(n.id);
    if (r === undefined) nodes.push(n);
    else if (r !== null) nodes.push(r);
  }
  return { ...after, nodes: [...nodes, ...added] };
}

/** A CCG's population as costed: its localities' sum if it has any, else its own figure. */
function costedPopulation(
  ccg: CcgNode,
  localities: readonly LocalityNode[] | undefined,
): number | undefined {
  return localities && localities.length > 0
    ? localities.reduce((s, l) => s + l.population, 0)
    : ccg.population;
}

/**
 * What an edit did to CCGs' populations through their localities, in words, for a notice: a
 * remainder made or resized, or a CCG's population changed because localities arrived, left or
 * were deleted. Empty when no CCG's make-up changed (editing a name, say).
 */
export function populationNotices(before: Scenario, after: Scenario): string[] {
  const was = localitiesByCcg(before);
  const now = localitiesByCcg(after);
  const ccgsBefore = new Map(
    before.nodes.filter((n): n is CcgNode => n.kind === 'ccg').map((n) => [n.id, n]),
  );
  const said: string[] = [];
  for (const ccg of after.nodes) {
    if (ccg.kind !== 'ccg') continue;
    const old = ccgsBefore.get(ccg.id);
    if (!old || sameList(was.get(ccg.id), now.get(ccg.id))) continue;
    const oldList = was.get(ccg.id) ?? [];
    const list = now.get(ccg.id) ?? [];
    const oldRemainder = oldList.find(isRemainderLocality);
    const remainder = list.find(isRemainderLocality);
    const from = costedPopulation(old, oldList);
    const to = costedPopulation(ccg, list);
    if (remainder && !oldRemainder && ccg.population !== undefined) {
      const named = to === undefined ? 0 : to - remainder.population;
      said.push(
        `${ccg.name} keeps its population of ${formatPopulation(ccg.population)}: its localities total ${formatPopulation(named)}, so the other ${formatPopulation(remainder.population)} are in “${remainder.name}” until you add them to localities.`,
      );
    } else if (remainder && oldRemainder && remainder.population !== oldRemainder.population) {
      said.push(
        `“${remainder.name}” is now ${formatPopulation(remainder.population)} (was ${formatPopulation(oldRemainder.population)}), so ${ccg.name} stays at ${formatPopulation(to ?? 0)}.`,
      );
    } else if (
      oldRemainder &&
      !remainder &&
      from !== to &&
      to !== undefined &&
      from !== undefined
    ) {
      const more =
        ccg.population !== undefined && to > ccg.population
          ? `, more than its own figure of ${formatPopulation(ccg.population)}`
          : '';
      said.push(
        `${ccg.name}’s population is now ${formatPopulation(to)} (was ${formatPopulation(from)}): its localities total ${formatPopulation(to)}${more}, so “${oldRemainder.name}” was removed. Undo brings it back.`,
      );
    } else if (from !== to && from !== undefined && to !== undefined) {
      const why =
        oldList.length === 0 ? ' (the sum of its localities, no longer its own figure)' : '';
      said.push(
        `${ccg.name}’s population is now ${formatPopulation(to)} (was ${formatPopulation(from)})${why}.`,
      );
    }
  }
  return said;
}
