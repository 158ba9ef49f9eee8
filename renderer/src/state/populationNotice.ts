import { populationNotices } from '../../../shared/edits/localityRemainder';
import type { Workspace } from '../../../shared/model/workspace';

/**
 * What an edit did to CCGs' populations through their localities, in words (a remainder made or
 * resized, a population changed), over every scenario the edit changed; null when nothing.
 * A CCG's population never changes without the user being told.
 */
export function populationNotice(before: Workspace, after: Workspace): string | null {
  if (before === after) return null;
  const old = new Map(before.scenarios.map((s) => [s.id, s]));
  const said: string[] = [];
  for (const scenario of after.scenarios) {
    const was = old.get(scenario.id);
    if (!was || was === scenario) continue;
    const notices = populationNotices(was, scenario);
    if (notices.length === 0) continue;
    const prefix =
      after.scenarios.length > 1 && after.scenarios.filter((s) => old.get(s.id) !== s).length > 1
        ? `In “${scenario.name}”: `
        : '';
    said.push(`${prefix}${notices.join(' ')}`);
  }
  return said.length > 0 ? said.join(' ') : null;
}
