/**
 * applyEdit: the one pure function through which every user change reaches a workspace
 * (STYLE.md "Edits as data"). It never mutates its input. The result shares structure with the
 * input: other scenarios, and every node, arrangement and list the edit did not touch, keep
 * their identity, because the renderer memoises on identity. An edit that changes nothing
 * returns the very workspace it was given, so the caller records no undo step.
 */
import type { Arrangement, Node, Scenario, Workspace } from '../model/workspace';
import { located } from '../schema/locate';
import { validateWorkspace } from '../schema/validateWorkspace';
import { deleteItems } from './deleteItems';
import { reconcileRemainders } from './localityRemainder';
import type { AnyNodePatch, BatchEdit, Edit, EditResult, SlideEdit, WorkspaceEdit } from './edit';
import { pasteClipboard } from './pasteClipboard';
import {
  accept,
  doesNotExist,
  mapKeep,
  mergePatch,
  nodeOfKind,
  nodeWhere,
  refuse,
  replaceAt,
  scenarioWhere,
  withoutField,
  type EditContext,
  type ScenarioOutcome,
} from './scenarioEdit';
import { setCoverage } from './setCoverage';
import { setPopulations } from './setPopulations';
import { applyStructureEdit } from './structureEdits';
import { applyWorkspaceEdit, isWorkspaceEdit } from './workspaceEdits';
import { applySlideEdit, isSlideEdit, pruneSlides } from './slideEdits';

/**
 * Applies one edit to a workspace: the new workspace, or a refusal with located, human sentences
 * and the workspace unchanged. Every edit but moveItems is checked with validateWorkspace after
 * it is applied; moveItems (a drag commit, which must stay cheap on an England-scale workspace)
 * only checks that its ids exist and its coordinates are finite, which is all a move can break.
 * Slide edits change the workspace's slides, not a scenario (see slideEdits.ts).
 */
export function applyEdit(workspace: Workspace, edit: Edit): EditResult {
  if (edit.type === 'batch') {
    let current = workspace;
    for (const part of edit.edits) {
      const result = applyEdit(current, part);
      if (!result.ok) return result;
      current = result.workspace;
    }
    return { ok: true, workspace: current };
  }
  // Scenarios added, branched, renamed, moved or deleted, and base assumptions: see workspaceEdits.
  // Slides pointing at a deleted scenario are repaired in the same undo step.
  if (isWorkspaceEdit(edit)) {
    const result = applyWorkspaceEdit(workspace, edit);
    return result.ok ? { ok: true, workspace: pruneSlides(result.workspace) } : result;
  }
  if (isSlideEdit(edit)) return applySlideEdit(workspace, edit);
  const index = workspace.scenarios.findIndex((s) => s.id === edit.scenarioId);
  if (index < 0)
    return {
      ok: false,
      errors: [`Scenario "${edit.scenarioId}" does not exist in workspace "${workspace.name}"`],
    };
  const scenario = workspace.scenarios[index] as Scenario;

  const outcome = applyToScenario({ workspace, scenario }, edit);
  if (!outcome.ok) return outcome;
  if (outcome.scenario === scenario) return { ok: true, workspace };

  // A CCG's own population is kept when localities arrive or change (see localityRemainder).
  const changed =
    edit.type === 'moveItems' ? outcome.scenario : reconcileRemainders(scenario, outcome.scenario);
  const next: Workspace = {
    ...workspace,
    scenarios: replaceAt(workspace.scenarios, index, changed),
  };
  if (edit.type === 'moveItems') return { ok: true, workspace: next };
  const errors = problemsCausedBy(workspace, scenario, changed);
  // Slides pointing at what the edit deleted are repaired in the same undo step.
  return errors.length > 0 ? { ok: false, errors } : { ok: true, workspace: pruneSlides(next) };
}

/**
 * The validator's messages about the changed scenario that the edit caused. Only the changed
 * scenario is validated (with the workspace's assumptions): an edit cannot break another
 * scenario, and skipping them keeps a commit cheap. The document in the store was valid, so
 * normally every message is the edit's doing; if the scenario already had problems (a document
 * not loaded through the validator), those are left out, and an edit that adds none is allowed,
 * so the user can still repair such a document one edit at a time.
 */
function problemsCausedBy(
  workspace: Workspace,
  before: Scenario,
  after: Scenario,
): readonly string[] {
  // Slides are left out: they may name other scenarios, and pruneSlides repairs them afterwards.
  const base = withoutField(workspace, 'slides');
  // The other scenarios go in as empty stand-ins: a baseline may name one of them.
  const others = workspace.scenarios
    .filter((s) => s.id !== before.id)
    .map((s): Scenario => ({
      id: s.id,
      name: s.name,
      nodes: [],
      laOverlaps: [],
      arrangements: [],
    }));
  const result = validateWorkspace({ ...base, scenarios: [after, ...others] });
  if (result.ok) return [];
  const earlier = validateWorkspace({ ...base, scenarios: [before, ...others] });
  if (earlier.ok) return result.errors;
  const known = new Set(earlier.errors);
  return result.errors.filter((e) => !known.has(e));
}

function applyToScenario(
  ctx: EditContext,
  edit: Exclude<Edit, WorkspaceEdit | SlideEdit | BatchEdit>,
): ScenarioOutcome {
  const { scenario } = ctx;
  switch (edit.type) {
    case 'addNode':
      // Duplicate ids, missing fields and bad references are the validator's to report.
      return accept({ ...scenario, nodes: [...scenario.nodes, edit.node] });
    case 'updateNode':
      return updateNode(scenario, edit.id, edit.patch);
    case 'moveItems':
      return moveItems(scenario, edit.moves);
    case 'deleteItems':
      return deleteItems(scenario, edit.ids);
    case 'moveLocality':
      return moveLocality(scenario, edit.localityId, edit.toCcgId);
    case 'setCluster':
      return setCluster(scenario, edit.ccgId, edit.clusterId);
    case 'addArrangement':
      return accept({ ...scenario, arrangements: [...scenario.arrangements, edit.arrangement] });
    case 'updateArrangement':
      return updateArrangement(scenario, edit.id, edit.patch);
    case 'setLaOverlap':
      return setLaOverlap(scenario, edit.ccgId, edit.laId, edit.share);
    case 'setCoverage':
      return setCoverage(ctx, edit.ccgId, edit.functionId, edit.arrangementId);
    case 'paste':
      return pasteClipboard(scenario, edit.clipboard, edit.dx, edit.dy, edit.newIds);
    case 'setAssumptionOverrides':
      if (edit.overrides === null) {
        return accept(
          scenario.assumptionOverrides === undefined
            ? scenario
            : withoutField(scenario, 'assumptionOverrides'),
        );
      }
      return accept(
        edit.overrides === scenario.assumptionOverrides
          ? scenario
          : { ...scenario, assumptionOverrides: edit.overrides },
      );
    case 'setPopulations':
      return setPopulations(scenario, edit.updates, edit.addNodes);
    case 'setStructure':
    case 'addPosts':
    case 'updatePost':
    case 'deletePost':
    case 'movePost':
    case 'applyTemplate':
    case 'setBaseline':
      return applyStructureEdit(scenario, edit);
    default: {
      const unknown: never = edit;
      return refuse(
        `Unknown kind of edit: ${JSON.stringify((unknown as { type?: unknown }).type)}`,
      );
    }
  }
}

/**
 * Merges a patch into one node. `id` and `kind` cannot be changed through a patch (other records
 * refer to the id; a different kind is a different organisation), though repeating the current
 * value is harmless and allowed. Whether the result is a valid node is the validator's call.
 */
function updateNode(scenario: Scenario, id: string, typed: AnyNodePatch): ScenarioOutcome {
  // Read as plain fields: an edit may come from outside the type checker (a test, a stored step).
  const patch: Readonly<Record<string, unknown>> = typed;
  const index = scenario.nodes.findIndex((n) => n.id === id);
  if (index < 0) return refuse(doesNotExist('organisation', id, scenario));
  const node = scenario.nodes[index] as Node;
  const errors: string[] = [];
  if ('id' in patch && patch.id !== undefined && patch.id !== node.id) {
    errors.push(
      located(
        nodeWhere(scenario, node),
        'id',
        'cannot be changed (other records refer to it); add a new organisation instead',
      ),
    );
  }
  if ('kind' in patch && patch.kind !== undefined && patch.kind !== node.kind) {
    errors.push(
      located(
        nodeWhere(scenario, node),
        'kind',
        'cannot be changed; delete it and add an organisation of the other kind',
      ),
    );
  }
  if (errors.length > 0) return refuse(...errors);
  const merged = mergePatch(node, patch);
  return accept(
    merged === node ? scenario : { ...scenario, nodes: replaceAt(scenario.nodes, index, merged) },
  );
}

/**
 * Sets positions of nodes (localities included) and arrangement hubs. The fast path: one pass
 * over the nodes and one over the arrangements, no validation, because a finite position is
 * the only thing a move can get wrong.
 */
function moveItems(
  scenario: Scenario,
  moves: readonly { readonly id: string; readonly x: number; readonly y: number }[],
): ScenarioOutcome {
  const wanted = new Map<string, { readonly x: number; readonly y: number }>();
  for (const m of moves) {
    if (!Number.isFinite(m.x) || !Number.isFinite(m.y)) {
      const name =
        scenario.nodes.find((n) => n.id === m.id)?.name ??
        scenario.arrangements.find((a) => a.id === m.id)?.name ??
        m.id;
      return refuse(
        `Cannot move "${name}" to (${m.x}, ${m.y}) in scenario "${scenario.name}": a position must be a pair of finite numbers`,
      );
    }
    wanted.set(m.id, m); // the last move of an id wins, as if the moves were applied in turn
  }
  if (wanted.size === 0) return accept(scenario);
  const found = new Set<string>();
  const place = <T extends Node | Arrangement>(item: T): T => {
    const to = wanted.get(item.id);
    if (!to) return item;
    found.add(item.id);
    return item.x === to.x && item.y === to.y ? item : { ...item, x: to.x, y: to.y };
  };
  const nodes = mapKeep(scenario.nodes, place);
  const arrangements = mapKeep(scenario.arrangements, place);
  const missing = [...wanted.keys()].filter((id) => !found.has(id));
  if (missing.length > 0) {
    return refuse(
      ...missing.map(
        (id) => `Cannot move "${id}": nothing with that id exists in scenario "${scenario.name}"`,
      ),
    );
  }
  if (nodes === scenario.nodes && arrangements === scenario.arrangements) return accept(scenario);
  return accept({ ...scenario, nodes, arrangements });
}

/**
 * Moves a locality to another CCG; its population goes with it (DESIGN.md §4.1: a CCG with
 * localities has their sum). Refused if the source CCG would be left with no localities and no
 * population of its own: giving it one would be inventing data, so the user must do that first.
 * Note that a CCG that had no localities stops using its own population once one arrives.
 */
function moveLocality(scenario: Scenario, localityId: string, toCcgId: string): ScenarioOutcome {
  const found = nodeOfKind(scenario, localityId, 'locality');
  if ('error' in found) return refuse(found.error);
  const locality = found.node;
  const target = nodeOfKind(scenario, toCcgId, 'ccg');
  if ('error' in target) return refuse(`Cannot move locality "${locality.name}": ${target.error}`);
  if (locality.ccgId === toCcgId) {
    return refuse(
      `Locality "${locality.name}" is already in ${target.node.name}; choose another CCG to move it to`,
    );
  }
  const source = scenario.nodes.find((n) => n.id === locality.ccgId);
  if (source?.kind === 'ccg' && source.population === undefined) {
    const othersLeft = scenario.nodes.some(
      (n) => n.kind === 'locality' && n.ccgId === source.id && n.id !== locality.id,
    );
    if (!othersLeft) {
      return refuse(
        located(
          nodeWhere(scenario, source),
          'population',
          `moving its last locality "${locality.name}" to ${target.node.name} would leave it with no population (it has no population of its own); give ${source.name} a population first`,
        ),
      );
    }
  }
  const index = scenario.nodes.indexOf(locality);
  return accept({
    ...scenario,
    nodes: replaceAt(scenario.nodes, index, { ...locality, ccgId: toCcgId }),
  });
}

/** Puts a CCG into a cluster, or takes it out of its cluster (null). */
function setCluster(scenario: Scenario, ccgId: string, clusterId: string | null): ScenarioOutcome {
  const found = nodeOfKind(scenario, ccgId, 'ccg');
  if ('error' in found) return refuse(found.error);
  const ccg = found.node;
  if (clusterId !== null) {
    const cluster = nodeOfKind(scenario, clusterId, 'cluster');
    if ('error' in cluster)
      return refuse(`Cannot put ${ccg.name} into a cluster: ${cluster.error}`);
  }
  if ((ccg.clusterId ?? null) === clusterId) return accept(scenario);
  const next = clusterId === null ? withoutField(ccg, 'clusterId') : { ...ccg, clusterId };
  return accept({
    ...scenario,
    nodes: replaceAt(scenario.nodes, scenario.nodes.indexOf(ccg), next as Node),
  });
}

/**
 * Merges a patch into one arrangement (`null` removes an optional field). Model-specific rules —
 * a csu arrangement must name a CSU, a host-ccg one its host — are the validator's to check.
 */
function updateArrangement(
  scenario: Scenario,
  id: string,
  patch: Readonly<Record<string, unknown>>,
): ScenarioOutcome {
  const index = scenario.arrangements.findIndex((a) => a.id === id);
  if (index < 0) return refuse(doesNotExist('arrangement', id, scenario));
  const arrangement = scenario.arrangements[index] as Arrangement;
  if ('id' in patch && patch.id !== undefined && patch.id !== arrangement.id) {
    return refuse(
      located(
        `${scenarioWhere(scenario)} › arrangement "${arrangement.name}"`,
        'id',
        'cannot be changed; add a new arrangement instead',
      ),
    );
  }
  const merged = mergePatch(arrangement, patch);
  return accept(
    merged === arrangement
      ? scenario
      : { ...scenario, arrangements: replaceAt(scenario.arrangements, index, merged) },
  );
}

/**
 * Links a CCG to a local authority with the share (0..1) of its population living there,
 * replacing an existing link of the same pair, or unlinks them (null). The validator checks
 * the share's range and that a CCG's shares add up to no more than 100%.
 */
function setLaOverlap(
  scenario: Scenario,
  ccgId: string,
  laId: string,
  share: number | null,
): ScenarioOutcome {
  const ccg = nodeOfKind(scenario, ccgId, 'ccg');
  if ('error' in ccg) return refuse(ccg.error);
  const la = nodeOfKind(scenario, laId, 'localAuthority');
  if ('error' in la) return refuse(la.error);
  const index = scenario.laOverlaps.findIndex((o) => o.ccgId === ccgId && o.laId === laId);
  if (share === null) {
    return accept(
      index < 0
        ? scenario
        : { ...scenario, laOverlaps: scenario.laOverlaps.filter((_, i) => i !== index) },
    );
  }
  if (index < 0)
    return accept({ ...scenario, laOverlaps: [...scenario.laOverlaps, { ccgId, laId, share }] });
  const current = scenario.laOverlaps[index];
  if (current?.share === share) return accept(scenario);
  return accept({
    ...scenario,
    laOverlaps: replaceAt(scenario.laOverlaps, index, { ccgId, laId, share }),
  });
}
