/**
 * setCoverage: one cell of the coverage matrix — who delivers support function f to CCG c.
 *
 * An arrangement covers every (member × function) pair of its lists (DESIGN.md §4.4), so a
 * single cell cannot always change alone. This file does what one cell can honestly mean and
 * refuses, with the reason, what it cannot; it never quietly changes other CCGs' cells to make
 * a change fit, except where the model itself makes that unavoidable (adding f to B, below).
 */
import { resolveAssumptions } from '../assumptions/resolveAssumptions';
import { effectiveMembers } from '../model/scenarioIndex';
import type { Arrangement, CcgNode } from '../model/workspace';
import {
  accept,
  doesNotExist,
  nodeOfKind,
  refuse,
  replaceAt,
  type EditContext,
  type ScenarioOutcome,
} from './scenarioEdit';

/**
 * Sets who delivers function f to CCG c: in-house (arrangementId null) or arrangement B.
 *
 * Step 1, leaving the arrangement A that covers (c, f) now, if any:
 * - c gets only f from A: c leaves A's members; if nobody is left, A (which then covers
 *   nothing) is deleted. A host CCG cannot leave the arrangement it hosts, so that is refused
 *   unless it is A's only member (then A is deleted).
 * - c gets other functions from A too: if c is A's only member, f is taken off A's functions
 *   (that changes nobody else); otherwise refused, because A covers f for all its members alike
 *   ("North shared service covers HR for all its members; remove Ashby CCG from it or remove HR
 *   from it for everyone").
 * Step 2, joining B (when not in-house): c becomes a member of B if it is not one (a host counts
 * as a member), and f is added to B's functions if missing. Inherent to the model: adding f to
 * B covers f for B's other members too, and joining B gives c B's other functions too. If that
 * makes any pair covered twice, the validator refuses the whole edit with its message.
 */
export function setCoverage(
  ctx: EditContext,
  ccgId: string,
  functionId: string,
  arrangementId: string | null,
): ScenarioOutcome {
  const { scenario, workspace } = ctx;
  const found = nodeOfKind(scenario, ccgId, 'ccg');
  if ('error' in found) return refuse(found.error);
  const ccg = found.node;
  const functions = resolveAssumptions(
    workspace.assumptions,
    scenario.assumptionOverrides,
  ).functions;
  const fn = functions.find((f) => f.id === functionId);
  if (!fn)
    return refuse(
      `Support function "${functionId}" does not exist in this workspace's assumptions`,
    );

  const targetIndex =
    arrangementId === null ? -1 : scenario.arrangements.findIndex((a) => a.id === arrangementId);
  if (arrangementId !== null && targetIndex < 0)
    return refuse(doesNotExist('arrangement', arrangementId, scenario));

  const currentIndex = scenario.arrangements.findIndex(
    (a) => a.functions.includes(functionId) && effectiveMembers(a).includes(ccgId),
  );
  if (currentIndex === targetIndex) return accept(scenario); // already so: nothing to do

  let arrangements = scenario.arrangements;
  if (currentIndex >= 0) {
    const left = leave(
      arrangements[currentIndex] as Arrangement,
      ccg,
      fn.name,
      functionId,
      (id) => functions.find((f) => f.id === id)?.name ?? id,
    );
    if ('error' in left) return refuse(left.error);
    arrangements =
      left.arrangement === undefined
        ? arrangements.filter((_, i) => i !== currentIndex)
        : replaceAt(arrangements, currentIndex, left.arrangement);
  }
  if (arrangementId !== null) {
    // Found again by id: leaving A may have removed it from the list and shifted the indices.
    const index = arrangements.findIndex((a) => a.id === arrangementId);
    const target = arrangements[index] as Arrangement;
    let joined = target;
    if (!effectiveMembers(joined).includes(ccgId))
      joined = { ...joined, members: [...joined.members, ccgId] };
    if (!joined.functions.includes(functionId))
      joined = { ...joined, functions: [...joined.functions, functionId] };
    arrangements = replaceAt(arrangements, index, joined);
  }
  return accept({ ...scenario, arrangements });
}

/** A after c stops getting f from it (undefined: A is deleted), or why that cannot be done alone. */
function leave(
  a: Arrangement,
  ccg: CcgNode,
  fnName: string,
  functionId: string,
  nameOf: (functionId: string) => string,
): { readonly arrangement: Arrangement | undefined } | { readonly error: string } {
  const members = effectiveMembers(a);
  const onlyMember = members.length === 1;
  const hosts = a.model === 'host-ccg' && a.hostCcgId === ccg.id;
  const onlyFunction = a.functions.every((f) => f === functionId);

  if (onlyMember) {
    // A serves nobody else, so narrowing it changes no other CCG's cells.
    return {
      arrangement: onlyFunction
        ? undefined
        : { ...a, functions: a.functions.filter((f) => f !== functionId) },
    };
  }
  if (hosts) {
    // The host is always a member (effectiveMembers), so it cannot step out of what it hosts.
    const remedy = onlyFunction ? `delete "${a.name}"` : `remove ${fnName} from it for everyone`;
    return {
      error: `${ccg.name} hosts "${a.name}", so it gets everything the arrangement covers, including ${fnName}; choose another host for it or ${remedy}`,
    };
  }
  if (onlyFunction)
    return { arrangement: { ...a, members: a.members.filter((m) => m !== ccg.id) } };
  const others = a.functions
    .filter((f) => f !== functionId)
    .map(nameOf)
    .join(', ');
  return {
    error: `"${a.name}" covers ${fnName} for all its members; remove ${ccg.name} from it (it also gets ${others} from it) or remove ${fnName} from it for everyone`,
  };
}
