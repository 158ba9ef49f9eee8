/**
 * Edits of staffing structures (a CCG's or a pooled arrangement's posts) and of a scenario's
 * baseline. Each is one undo step; whether the result is valid (known bands and headings, WTE in
 * range, a structure only on a pooled arrangement) is the validator's call, as for every edit.
 */
import type { Arrangement, CcgNode, Scenario } from '../model/workspace';
import type { Post, Structure } from '../staffing/staffingTypes';
import { STRUCTURE_TEMPLATES } from '../staffing/structureTemplates';
import { newId } from './newId';
import {
  accept,
  doesNotExist,
  refuse,
  replaceAt,
  withoutField,
  type ScenarioOutcome,
} from './scenarioEdit';

/** Whose structure an edit changes. */
export interface StructureOwnerRef {
  readonly kind: 'ccg' | 'arrangement';
  readonly id: string;
}

/** A post's editable fields: everything but its id. */
export type PostPatch = Partial<Omit<Post, 'id'>>;

export type StructureEdit =
  /** Replaces a structure whole, or removes it (null): back to the estimate. */
  | {
      readonly type: 'setStructure';
      readonly scenarioId: string;
      readonly owner: StructureOwnerRef;
      readonly structure: Structure | null;
    }
  /** Inserts posts at `index` (default: the end): adding, duplicating and pasting rows. Ids must be new in the structure. */
  | {
      readonly type: 'addPosts';
      readonly scenarioId: string;
      readonly owner: StructureOwnerRef;
      readonly posts: readonly Post[];
      readonly index?: number;
    }
  | {
      readonly type: 'updatePost';
      readonly scenarioId: string;
      readonly owner: StructureOwnerRef;
      readonly postId: string;
      readonly patch: PostPatch;
    }
  | {
      readonly type: 'deletePost';
      readonly scenarioId: string;
      readonly owner: StructureOwnerRef;
      readonly postId: string;
    }
  /** Moves a post to position `toIndex` (0-based). */
  | {
      readonly type: 'movePost';
      readonly scenarioId: string;
      readonly owner: StructureOwnerRef;
      readonly postId: string;
      readonly toIndex: number;
    }
  /**
   * Applies a template: its posts replace the structure's posts under the template's headings;
   * posts under other headings (a CCG's own finance team, say) stay.
   */
  | {
      readonly type: 'applyTemplate';
      readonly scenarioId: string;
      readonly owner: StructureOwnerRef;
      readonly templateId: string;
    }
  /** Sets the scenario one-off transition costs are measured from, or clears it (null). */
  | {
      readonly type: 'setBaseline';
      readonly scenarioId: string;
      readonly baselineScenarioId: string | null;
    };

const STRUCTURE_EDIT_TYPES: ReadonlySet<string> = new Set([
  'setStructure',
  'addPosts',
  'updatePost',
  'deletePost',
  'movePost',
  'applyTemplate',
  'setBaseline',
]);

export function isStructureEdit(edit: { readonly type: string }): edit is StructureEdit {
  return STRUCTURE_EDIT_TYPES.has(edit.type);
}

type Owner = CcgNode | Arrangement;

function ownerWhere(scenario: Scenario, owner: Owner): string {
  return `scenario "${scenario.name}" › ${'kind' in owner ? 'CCG' : 'arrangement'} "${owner.name}"`;
}

/** The owner of a structure and a function that puts a changed owner back into the scenario. */
function findOwner(
  scenario: Scenario,
  ref: StructureOwnerRef,
): { readonly owner: Owner; readonly put: (next: Owner) => Scenario } | { readonly error: string } {
  if (ref.kind === 'ccg') {
    const index = scenario.nodes.findIndex((n) => n.id === ref.id && n.kind === 'ccg');
    if (index < 0) return { error: doesNotExist('CCG', ref.id, scenario) };
    return {
      owner: scenario.nodes[index] as CcgNode,
      put: (next) => ({ ...scenario, nodes: replaceAt(scenario.nodes, index, next as CcgNode) }),
    };
  }
  const index = scenario.arrangements.findIndex((a) => a.id === ref.id);
  if (index < 0) return { error: doesNotExist('arrangement', ref.id, scenario) };
  return {
    owner: scenario.arrangements[index] as Arrangement,
    put: (next) => ({
      ...scenario,
      arrangements: replaceAt(scenario.arrangements, index, next as Arrangement),
    }),
  };
}

function withStructure(owner: Owner, structure: Structure | null): Owner {
  if (structure === null)
    return owner.structure === undefined ? owner : (withoutField(owner, 'structure') as Owner);
  return { ...owner, structure };
}

export function applyStructureEdit(scenario: Scenario, edit: StructureEdit): ScenarioOutcome {
  if (edit.type === 'setBaseline') {
    if ((scenario.baselineScenarioId ?? null) === edit.baselineScenarioId) return accept(scenario);
    // Whether the baseline exists and is another scenario is the validator's to say.
    return accept(
      edit.baselineScenarioId === null
        ? (withoutField(scenario, 'baselineScenarioId') as Scenario)
        : { ...scenario, baselineScenarioId: edit.baselineScenarioId },
    );
  }
  const found = findOwner(scenario, edit.owner);
  if ('error' in found) return refuse(found.error);
  const { owner, put } = found;
  const structure: Structure = owner.structure ?? { posts: [] };
  const posts = structure.posts;
  const where = ownerWhere(scenario, owner);
  const postIndex = (postId: string): number => posts.findIndex((p) => p.id === postId);
  const noPost = (postId: string): ScenarioOutcome =>
    refuse(`${where}: post "${postId}" does not exist`);

  switch (edit.type) {
    case 'setStructure':
      return accept(
        edit.structure === owner.structure ? scenario : put(withStructure(owner, edit.structure)),
      );
    case 'addPosts': {
      if (edit.posts.length === 0) return accept(scenario);
      const at = Math.max(0, Math.min(edit.index ?? posts.length, posts.length));
      return accept(
        put(
          withStructure(owner, {
            ...structure,
            posts: [...posts.slice(0, at), ...edit.posts, ...posts.slice(at)],
          }),
        ),
      );
    }
    case 'updatePost': {
      const i = postIndex(edit.postId);
      if (i < 0) return noPost(edit.postId);
      const post = posts[i] as Post;
      const next: Post = { ...post, ...edit.patch, id: post.id };
      const same =
        next.title === post.title &&
        next.band === post.band &&
        next.wte === post.wte &&
        next.heading === post.heading;
      return accept(
        same
          ? scenario
          : put(withStructure(owner, { ...structure, posts: replaceAt(posts, i, next) })),
      );
    }
    case 'deletePost': {
      const i = postIndex(edit.postId);
      if (i < 0) return noPost(edit.postId);
      return accept(
        put(withStructure(owner, { ...structure, posts: posts.filter((_, k) => k !== i) })),
      );
    }
    case 'movePost': {
      const i = postIndex(edit.postId);
      if (i < 0) return noPost(edit.postId);
      const to = Math.max(0, Math.min(edit.toIndex, posts.length - 1));
      if (to === i) return accept(scenario);
      const next = posts.slice();
      const [moved] = next.splice(i, 1);
      next.splice(to, 0, moved as Post);
      return accept(put(withStructure(owner, { ...structure, posts: next })));
    }
    case 'applyTemplate': {
      const template = STRUCTURE_TEMPLATES.find((t) => t.id === edit.templateId);
      if (!template) return refuse(`${where}: there is no structure template "${edit.templateId}"`);
      const headings = new Set(template.posts.map((p) => p.heading));
      const kept = posts.filter((p) => !headings.has(p.heading));
      const taken = new Set(kept.map((p) => p.id));
      const added = template.posts.map((p) => {
        const id = taken.has(p.id) ? newId(p.id, taken) : p.id;
        taken.add(id);
        return { ...p, id };
      });
      return accept(put(withStructure(owner, { ...structure, posts: [...kept, ...added] })));
    }
  }
}
