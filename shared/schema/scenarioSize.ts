/**
 * The most a scenario may hold. England had 211 CCGs; a file with 100,000 froze the app for
 * minutes, so a file over these limits is refused before anything else looks at it. The check
 * reads only array lengths and each node's `kind`, so the refusal of a huge file stays fast.
 */
import { locate } from './locate';

export const MAX_CCGS_PER_SCENARIO = 2_000;
export const MAX_NODES_PER_SCENARIO = 20_000;

const count = (n: number): string => n.toLocaleString('en-GB');

/** One message per scenario over a limit; empty when every scenario is within them. */
export function scenarioSizeProblems(document: Readonly<Record<string, unknown>>): string[] {
  const scenarios = document.scenarios;
  if (!Array.isArray(scenarios)) return [];
  const problems: string[] = [];
  scenarios.forEach((scenario: unknown, i) => {
    const nodes =
      typeof scenario === 'object' && scenario !== null && Object.hasOwn(scenario, 'nodes')
        ? (scenario as { nodes: unknown }).nodes
        : undefined;
    if (!Array.isArray(nodes)) return;
    const { where } = locate(document, ['scenarios', i]);
    let ccgs = 0;
    for (const n of nodes as unknown[]) {
      if (typeof n === 'object' && n !== null && (n as { kind?: unknown }).kind === 'ccg')
        ccgs += 1;
    }
    if (ccgs > MAX_CCGS_PER_SCENARIO) {
      problems.push(
        `${where}: has ${count(ccgs)} CCGs; at most ${count(MAX_CCGS_PER_SCENARIO)} are allowed (England has 211)`,
      );
    }
    if (nodes.length > MAX_NODES_PER_SCENARIO) {
      problems.push(
        `${where}: has ${count(nodes.length)} organisations and localities; at most ${count(MAX_NODES_PER_SCENARIO)} are allowed`,
      );
    }
  });
  return problems;
}
