import { effectiveMembers } from '../model/scenarioIndex';
import type { Scenario } from '../model/workspace';

/**
 * The part of a scenario that one CCG's cost depends on (DESIGN.md §4): the CCG, every
 * arrangement it is in with all their members, every CSU arrangement with the same providers
 * (their customers make the CSU's scale), and the localities, local authorities and providers
 * those name. Costing this instead of the whole scenario gives the CCG exactly the same figures,
 * and makes the many costings of sensitivity and break-even cheap in an England-sized workspace.
 */
export function scenarioForCcg(scenario: Scenario, ccgId: string): Scenario {
  const own = scenario.arrangements.filter((a) => effectiveMembers(a).includes(ccgId));
  const csuProviders = new Set(
    own.flatMap((a) => (a.model === 'csu' && a.providerId ? [a.providerId] : [])),
  );
  const kept = scenario.arrangements.filter(
    (a) =>
      own.includes(a) ||
      (a.model === 'csu' && a.providerId !== undefined && csuProviders.has(a.providerId)),
  );
  const ccgs = new Set([ccgId, ...kept.flatMap((a) => effectiveMembers(a))]);
  const named = new Set(
    kept.flatMap((a) => [a.laId, a.providerId].filter((id): id is string => id !== undefined)),
  );
  return {
    ...scenario,
    nodes: scenario.nodes.filter(
      (n) =>
        (n.kind === 'ccg' && ccgs.has(n.id)) ||
        (n.kind === 'locality' && ccgs.has(n.ccgId)) ||
        ((n.kind === 'localAuthority' || n.kind === 'provider') && named.has(n.id)),
    ),
    laOverlaps: scenario.laOverlaps.filter((o) => ccgs.has(o.ccgId)),
    arrangements: kept,
  };
}
