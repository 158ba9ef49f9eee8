/**
 * Edits as data (STYLE.md, after xyflow's NodeChange): every change a user makes to a workspace
 * is one of these small objects, applied by the pure function applyEdit. Undo, tests without a
 * UI and scenario diffs all build on them. Each edit names the scenario it changes.
 */
import type {
  Arrangement,
  AssumptionOverrides,
  Assumptions,
  Node,
  NodeKind,
  PlanningYear,
  Scenario,
  Slide,
  Workspace,
} from '../model/workspace';
import type { CcgPopulationUpdate } from './setPopulations';
import type { StructureEdit } from './structureEdits';

/** An arrangement's editable fields: everything but its id. `null` removes an optional field. */
export type ArrangementPatch = {
  readonly [K in Exclude<keyof Arrangement, 'id'>]?: Arrangement[K] | null;
};

/** The node record of one kind: NodeOfKind<'ccg'> is CcgNode. */
export type NodeOfKind<K extends NodeKind> = Extract<Node, { readonly kind: K }>;

/** The fields a patch of a node of kind K may set: all but its id and kind, which never change. */
export type NodePatchField<K extends NodeKind> = Exclude<keyof NodeOfKind<K>, 'id' | 'kind'>;

/**
 * Changes to a node of kind K: NodePatch<'ccg'> takes only a CCG's fields, so a misspelt or
 * foreign field is a type error. `null` removes an optional field.
 */
export type NodePatch<K extends NodeKind> = {
  readonly [F in NodePatchField<K>]?: NodeOfKind<K>[F] | null;
};

/** A patch of a node of any kind (distributed over the kinds, so it is still one kind's fields). */
export type AnyNodePatch = { [K in NodeKind]: NodePatch<K> }[NodeKind];

/** What copy puts on the clipboard: nodes and arrangements of one scenario, self-contained. */
export interface Clipboard {
  readonly nodes: readonly Node[];
  readonly arrangements: readonly Arrangement[];
}

export type Edit =
  /** Adds a node (a palette drop). Its id must be new in the scenario. */
  | { readonly type: 'addNode'; readonly scenarioId: string; readonly node: Node }
  /**
   * Changes fields of one node; `null` removes an optional field (e.g. a CCG's population). Build
   * it with nodePatchEdit to have the patch checked against the node's kind.
   */
  | {
      readonly type: 'updateNode';
      readonly scenarioId: string;
      readonly id: string;
      readonly patch: AnyNodePatch;
    }
  /** Moves nodes (or arrangement hubs) to new positions: a whole drag is one edit. */
  | {
      readonly type: 'moveItems';
      readonly scenarioId: string;
      readonly moves: readonly { readonly id: string; readonly x: number; readonly y: number }[];
    }
  /** Deletes nodes and arrangements, with what depends on them (see applyEdit). */
  | { readonly type: 'deleteItems'; readonly scenarioId: string; readonly ids: readonly string[] }
  /** Moves a locality to another CCG; its population goes with it. */
  | {
      readonly type: 'moveLocality';
      readonly scenarioId: string;
      readonly localityId: string;
      readonly toCcgId: string;
    }
  /** Puts a CCG into a cluster, or takes it out (clusterId null). */
  | {
      readonly type: 'setCluster';
      readonly scenarioId: string;
      readonly ccgId: string;
      readonly clusterId: string | null;
    }
  | {
      readonly type: 'addArrangement';
      readonly scenarioId: string;
      readonly arrangement: Arrangement;
    }
  | {
      readonly type: 'updateArrangement';
      readonly scenarioId: string;
      readonly id: string;
      readonly patch: ArrangementPatch;
    }
  /** Links a CCG to a local authority with the share of its population living there; null unlinks. */
  | {
      readonly type: 'setLaOverlap';
      readonly scenarioId: string;
      readonly ccgId: string;
      readonly laId: string;
      readonly share: number | null;
    }
  /**
   * One matrix cell: who delivers function f to CCG c. An arrangement id adds the CCG as a member
   * (if needed) and the function to it; null ("in-house") takes the function out of whatever
   * arrangement covers the pair (removing the CCG from it when it covers nothing else for it).
   */
  | {
      readonly type: 'setCoverage';
      readonly scenarioId: string;
      readonly ccgId: string;
      readonly functionId: string;
      readonly arrangementId: string | null;
    }
  /** Pastes copied items with fresh ids, offset by (dx, dy); references inside the clipboard are remapped. */
  | {
      readonly type: 'paste';
      readonly scenarioId: string;
      readonly clipboard: Clipboard;
      readonly dx: number;
      readonly dy: number;
      readonly newIds: Readonly<Record<string, string>>;
    }
  | {
      readonly type: 'setAssumptionOverrides';
      readonly scenarioId: string;
      readonly overrides: AssumptionOverrides | null;
    }
  /** CCGs' populations (or localities) replaced from a practice list, and CCGs it adds: one step. */
  | {
      readonly type: 'setPopulations';
      readonly scenarioId: string;
      readonly updates: readonly CcgPopulationUpdate[];
      readonly addNodes: readonly Node[];
    }
  /** Staffing structures and a scenario's baseline (shared/edits/structureEdits.ts). */
  | StructureEdit
  | WorkspaceEdit
  | SlideEdit
  | BatchEdit;

/**
 * Several edits applied in turn as ONE step (one undo): all of them, or — if any is refused —
 * none, with that edit's errors. For changes made of parts, such as a practice-list import that
 * adds to some CCGs, replaces localities of others, in one or every scenario.
 */
export interface BatchEdit {
  readonly type: 'batch';
  readonly edits: readonly Edit[];
}

/**
 * Edits of the workspace as a whole: its list of scenarios and its base assumptions. applyEdit
 * handles them apart from the edits above, which each change one existing scenario.
 */
export type WorkspaceEdit =
  /** Adds a blank scenario (no organisations) with a new id, at `index` (default: the end). */
  | {
      readonly type: 'addScenario';
      readonly scenarioId: string;
      readonly name: string;
      readonly index?: number;
    }
  /**
   * A whole scenario made elsewhere (a recommendation), placed just after scenario `afterScenarioId`.
   * Refused unless the workspace with it is valid.
   */
  | {
      readonly type: 'insertScenario';
      readonly scenario: Scenario;
      readonly afterScenarioId: string;
    }
  /**
   * A full copy of scenario `scenarioId` as a new scenario `newScenarioId`, placed just after it.
   * Node and arrangement ids are kept, so comparing the two matches organisations by id.
   */
  | {
      readonly type: 'branchScenario';
      readonly scenarioId: string;
      readonly newScenarioId: string;
      readonly name: string;
    }
  /** Renames a scenario; the name is trimmed and must be non-empty and not another scenario's. */
  | { readonly type: 'renameScenario'; readonly scenarioId: string; readonly name: string }
  /** Moves a scenario to position `toIndex` (0-based) in the list. */
  | { readonly type: 'moveScenario'; readonly scenarioId: string; readonly toIndex: number }
  /** Deletes a scenario; the last one cannot be deleted (a workspace has at least one). */
  | { readonly type: 'deleteScenario'; readonly scenarioId: string }
  /** Replaces the workspace's base assumptions (every scenario's, where it does not override them). */
  | { readonly type: 'setWorkspaceAssumptions'; readonly assumptions: Assumptions }
  /** Adds a planning year at the end of the horizon (at most ten). */
  | { readonly type: 'addYear'; readonly year: PlanningYear }
  /**
   * Removes a planning year (not the last one) with every reference to it: scenarios' overrides
   * of it, CCGs' published allowances for it and slides' choice of it.
   */
  | { readonly type: 'removeYear'; readonly yearId: string }
  /** Renames the workspace; the name is trimmed and checked like the file's own name. */
  | { readonly type: 'renameWorkspace'; readonly name: string }
  /**
   * Replaces the document with an earlier version of the same workspace (a History snapshot),
   * as one step Undo takes back. Refused unless it is this workspace's and valid.
   */
  | { readonly type: 'restoreVersion'; readonly workspace: Workspace };

/** A slide's editable fields: everything but its id. `null` removes an optional field (highlight, notes). */
export type SlidePatch = { readonly [K in Exclude<keyof Slide, 'id'>]?: Slide[K] | null };

/** Edits of the workshop slides: workspace-level, so they name no scenario (shared/edits/slideEdits.ts). */
export type SlideEdit =
  /** Adds a slide at `index` (default: the end). Its id must be new. */
  | { readonly type: 'addSlide'; readonly slide: Slide; readonly index?: number }
  | { readonly type: 'updateSlide'; readonly id: string; readonly patch: SlidePatch }
  /** Moves a slide to position `toIndex` (0-based) of the presentation order. */
  | { readonly type: 'moveSlide'; readonly id: string; readonly toIndex: number }
  | { readonly type: 'deleteSlide'; readonly id: string };

export type EditResult =
  | { readonly ok: true; readonly workspace: Workspace }
  /** The edit was refused; the workspace is unchanged. Errors are located, human sentences. */
  | { readonly ok: false; readonly errors: readonly string[] };
