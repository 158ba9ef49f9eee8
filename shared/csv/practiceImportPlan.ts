/**
 * What a practice-list import does to a scenario that already has CCGs: each CCG of the file is
 * matched to an existing CCG — by ODS code first, then by name ignoring case, spacing, a leading
 * "NHS " and a trailing " CCG" — so its localities are added to that CCG instead of making a
 * second CCG of the same name (which would count its people twice). The plan says, per CCG, in
 * words what will happen; the edits apply it as one batch (one undo step).
 *
 * Two or more existing CCGs matching one CCG of the file is *ambiguous*: that CCG is skipped and
 * the plan says why. Making it new would duplicate a CCG (the very error matching prevents), and
 * picking one would add people to a CCG the user may not mean.
 */
import type { BatchEdit, Clipboard, Edit } from '../edits/edit';
import { newIdsFor } from '../edits/newId';
import { formatPopulation } from '../format/format';
import { isRemainderLocality, REMAINDER_SUFFIX } from '../model/remainderLocality';
import type { CcgNode, LocalityNode, Node, Scenario } from '../model/workspace';
import { CCG_CARD_WIDTH } from '../samples/sampleBuilders';
import type { ImportedCcg, PracticeImport } from './buildPracticeImport';
import { ccgMatchKey } from './ccgMatchKey';

export { ccgMatchKey } from './ccgMatchKey';
import { practiceImportClipboard } from './practiceImportNodes';

/** A locality name as matched: case and spacing ignored. */
function localityKey(name: string): string {
  return name.replace(/\s+/g, ' ').trim().toLowerCase();
}

export type CcgMatch =
  | { readonly kind: 'existing'; readonly ccg: CcgNode; readonly by: 'code' | 'name' }
  | { readonly kind: 'new' }
  | { readonly kind: 'ambiguous'; readonly candidates: readonly CcgNode[] };

export interface CcgPlanEntry {
  readonly imported: ImportedCcg;
  readonly match: CcgMatch;
  /** Names of the matched CCG's localities that the file also has (its remainder aside). */
  readonly clashes: readonly string[];
}

/** What to do with a matched CCG whose localities share names with the file's. */
export type ClashChoice = 'replace' | 'alongside' | 'skip';

/** Matches each CCG of the file to the scenario's CCGs (see the module comment). */
export function matchImportedCcgs(imported: PracticeImport, scenario: Scenario): CcgPlanEntry[] {
  const ccgs = scenario.nodes.filter((n): n is CcgNode => n.kind === 'ccg');
  const byCode = new Map<string, CcgNode[]>();
  const byName = new Map<string, CcgNode[]>();
  for (const c of ccgs) {
    if (c.code !== undefined && c.code.trim() !== '') push(byCode, c.code.trim().toLowerCase(), c);
    push(byName, ccgMatchKey(c.name), c);
  }
  return imported.ccgs.map((ccg) => {
    const code = byCode.get(ccg.name.trim().toLowerCase()) ?? [];
    const named = byName.get(ccgMatchKey(ccg.name)) ?? [];
    let match: CcgMatch;
    if (code.length === 1 && code[0]) match = { kind: 'existing', ccg: code[0], by: 'code' };
    else if (code.length > 1) match = { kind: 'ambiguous', candidates: code };
    else if (named.length === 1 && named[0])
      match = { kind: 'existing', ccg: named[0], by: 'name' };
    else if (named.length > 1) match = { kind: 'ambiguous', candidates: named };
    else match = { kind: 'new' };
    const clashes =
      match.kind === 'existing' ? clashingLocalities(scenario, match.ccg.id, ccg) : [];
    return { imported: ccg, match, clashes };
  });
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function localitiesOf(scenario: Scenario, ccgId: string): LocalityNode[] {
  return scenario.nodes.filter(
    (n): n is LocalityNode => n.kind === 'locality' && n.ccgId === ccgId,
  );
}

function clashingLocalities(scenario: Scenario, ccgId: string, imported: ImportedCcg): string[] {
  const wanted = new Set(imported.localities.map((l) => localityKey(l.name)));
  return localitiesOf(scenario, ccgId)
    .filter((l) => !isRemainderLocality(l) && wanted.has(localityKey(l.name)))
    .map((l) => l.name);
}

function count(n: number, one: string, many: string): string {
  return `${formatPopulation(n)} ${n === 1 ? one : many}`;
}

/** The choice that applies to an entry: only a CCG with clashing localities has one to make. */
export function choiceFor(
  entry: CcgPlanEntry,
  choices: Readonly<Record<string, ClashChoice>>,
): ClashChoice | null {
  return entry.clashes.length > 0 ? (choices[entry.imported.name] ?? null) : null;
}

/**
 * What the import will do with one CCG of the file, in words:
 * "adds 3 localities to Northvale CCG (existing)", "creates Southmoor CCG (new) with 4 localities".
 * With clashing localities and no choice made yet, it says a choice is needed.
 */
export function describePlanEntry(
  entry: CcgPlanEntry,
  scenario: Scenario,
  choice: ClashChoice | null,
): string {
  const { imported, match } = entry;
  if (match.kind === 'new') {
    return imported.localities.length > 0
      ? `creates ${imported.name} (new) with ${count(imported.localities.length, 'locality', 'localities')}: ${formatPopulation(imported.population)} people`
      : `creates ${imported.name} (new) of ${formatPopulation(imported.population)} people`;
  }
  if (match.kind === 'ambiguous') {
    return `skips ${imported.name}: ${match.candidates.length} CCGs match it (${match.candidates.map((c) => c.name).join(', ')}); give them different ODS codes or names first`;
  }
  const ccg = match.ccg;
  const how = match.by === 'code' ? ` (existing, ODS code ${ccg.code ?? ''})` : ' (existing)';
  const own = localitiesOf(scenario, ccg.id);
  if (imported.localities.length === 0) {
    if (own.length > 0) {
      return `skips ${ccg.name}${how}: the file has no localities, and its population comes from its ${count(own.length, 'locality', 'localities')}`;
    }
    return ccg.population === imported.population
      ? `leaves ${ccg.name}${how} at ${formatPopulation(imported.population)} (the same figure)`
      : `sets ${ccg.name}${how} to ${formatPopulation(imported.population)} people (was ${formatPopulation(ccg.population ?? 0)})`;
  }
  if (entry.clashes.length > 0 && choice === null) {
    return `${ccg.name}${how} already has ${count(entry.clashes.length, 'locality', 'localities')} of the same name (${entry.clashes.join(', ')}): choose below`;
  }
  if (choice === 'skip') return `skips ${ccg.name}${how}, as chosen`;
  const replaced = choice === 'replace' ? entry.clashes.length : 0;
  const added = imported.localities.length;
  const parts = [`adds ${count(added, 'locality', 'localities')} to ${ccg.name}${how}`];
  if (replaced > 0)
    parts.push(`replacing ${count(replaced, 'locality', 'localities')} of the same name`);
  const addedPeople = imported.population;
  if (own.length === 0 && ccg.population !== undefined) {
    if (addedPeople < ccg.population) {
      parts.push(
        `its own ${formatPopulation(ccg.population)} is kept: ${formatPopulation(ccg.population - addedPeople)} stay in “${ccg.name}${REMAINDER_SUFFIX}”`,
      );
    } else if (addedPeople > ccg.population) {
      parts.push(
        `its population becomes ${formatPopulation(addedPeople)} (was ${formatPopulation(ccg.population)})`,
      );
    }
  }
  return parts.join('; ');
}

/** Where new CCG cards go: to the right of everything already in the scenario. */
export function importOrigin(scenario: Scenario): { readonly x: number; readonly y: number } {
  let right = -Infinity;
  let top = Infinity;
  for (const n of scenario.nodes) {
    if (n.x === undefined || n.y === undefined) continue;
    const width = 'width' in n && typeof n.width === 'number' ? n.width : CCG_CARD_WIDTH;
    right = Math.max(right, n.x + width);
    top = Math.min(top, n.y);
  }
  return Number.isFinite(right)
    ? { x: Math.round(right + 120), y: Math.round(top) }
    : { x: 0, y: 0 };
}

export interface ScenarioImport {
  /** The edits for this scenario, in order (empty when nothing changes). */
  readonly edits: readonly Edit[];
  /** Ids the new CCGs get in the scenario. */
  readonly newCcgIds: readonly string[];
  readonly created: number;
  readonly addedTo: number;
  readonly localities: number;
}

/**
 * The edits that apply the import to one scenario: new CCGs with their localities and the
 * localities of matched CCGs pasted in one go (a locality of a matched CCG points at that CCG),
 * then the localities being replaced deleted, then own figures set. A matched CCG whose clash
 * has no choice yet is skipped, like an ambiguous one (the dialog asks before importing).
 */
export function scenarioImportEdits(
  imported: PracticeImport,
  scenario: Scenario,
  choices: Readonly<Record<string, ClashChoice>>,
  origin: { readonly x: number; readonly y: number } = importOrigin(scenario),
): ScenarioImport {
  const plan = matchImportedCcgs(imported, scenario);
  const fresh = plan.filter((e) => e.match.kind === 'new').map((e) => e.imported);
  const clipboard = practiceImportClipboard({ ...imported, ccgs: fresh }, origin);
  // The new cards' ids must not be the scenario's own ids: a pasted locality pointing at an
  // existing CCG would otherwise be taken to point at the new card of the same id.
  const used = new Set(scenario.nodes.map((n) => n.id));
  const renamed = new Map<string, string>();
  for (const n of clipboard.nodes) {
    if (!used.has(n.id)) continue;
    let id = `${n.id}-imported`;
    for (let k = 2; used.has(id) || clipboard.nodes.some((m) => m.id === id); k++)
      id = `${n.id}-imported-${k}`;
    renamed.set(n.id, id);
    used.add(id);
  }
  const nodes: Node[] = clipboard.nodes.map((n) => {
    const id = renamed.get(n.id) ?? n.id;
    if (n.kind === 'locality') return { ...n, id, ccgId: renamed.get(n.ccgId) ?? n.ccgId };
    return id === n.id ? n : { ...n, id };
  });
  const deletions: string[] = [];
  const updates: Edit[] = [];
  let addedTo = 0;
  let localities = nodes.filter((n) => n.kind === 'locality').length;
  const taken = new Set(nodes.map((n) => n.id));
  for (const entry of plan) {
    if (entry.match.kind !== 'existing') continue;
    const ccg = entry.match.ccg;
    if (entry.imported.localities.length === 0) {
      if (
        localitiesOf(scenario, ccg.id).length === 0 &&
        ccg.population !== entry.imported.population
      ) {
        updates.push({
          type: 'updateNode',
          scenarioId: scenario.id,
          id: ccg.id,
          patch: { population: entry.imported.population },
        });
        addedTo += 1;
      }
      continue;
    }
    const choice = choiceFor(entry, choices);
    if (entry.clashes.length > 0 && (choice === null || choice === 'skip')) continue;
    addedTo += 1;
    entry.imported.localities.forEach((loc, j) => {
      let id = `import-${ccg.id}-${j + 1}`;
      for (let n = 2; taken.has(id); n++) id = `import-${ccg.id}-${j + 1}-${n}`;
      taken.add(id);
      nodes.push({
        kind: 'locality',
        id,
        name: loc.name,
        ccgId: ccg.id,
        population: loc.population,
        practices: loc.practices,
      });
      localities += 1;
    });
    if (choice === 'replace') {
      const clash = new Set(entry.clashes.map(localityKey));
      for (const l of localitiesOf(scenario, ccg.id))
        if (!isRemainderLocality(l) && clash.has(localityKey(l.name))) deletions.push(l.id);
    }
  }
  const edits: Edit[] = [];
  const paste: Clipboard = { nodes, arrangements: [] };
  const newIds = newIdsFor(paste, scenario);
  if (nodes.length > 0)
    edits.push({ type: 'paste', scenarioId: scenario.id, clipboard: paste, dx: 0, dy: 0, newIds });
  if (deletions.length > 0)
    edits.push({ type: 'deleteItems', scenarioId: scenario.id, ids: deletions });
  edits.push(...updates);
  const newCcgIds = nodes
    .filter((n) => n.kind === 'ccg')
    .map((n) => newIds[n.id])
    .filter((id): id is string => id !== undefined);
  return { edits, newCcgIds, created: fresh.length, addedTo, localities };
}

/** The whole import, over the given scenarios (each matched on its own), as ONE edit. */
export function practiceImportEdit(
  imported: PracticeImport,
  scenarios: readonly Scenario[],
  choices: Readonly<Record<string, ClashChoice>>,
  originOf: (scenario: Scenario) => { readonly x: number; readonly y: number } = importOrigin,
): BatchEdit {
  return {
    type: 'batch',
    edits: scenarios.flatMap((s) => scenarioImportEdits(imported, s, choices, originOf(s)).edits),
  };
}
