import { describe, expect, it } from 'vitest';
import type { Post } from '../../../shared/staffing/staffingTypes';
import { READY_RECKONER_175K } from '../../../shared/staffing/structureTemplates';
import { validateWorkspace } from '../../../shared/schema/validateWorkspace';
import {
  applyOk,
  applyRefused,
  arrangementOf,
  B,
  C,
  fixtureWorkspace,
  nodeOf,
  scenarioOf,
} from '../edits/editFixtures';

const ashby = { kind: 'ccg', id: 'ashby' } as const;
const post = (id: string, over: Partial<Post> = {}): Post => ({
  id,
  title: `Post ${id}`,
  band: '7',
  wte: 1,
  heading: 'finance',
  ...over,
});
const postsOf = (ws: ReturnType<typeof fixtureWorkspace>): readonly Post[] => {
  const n = nodeOf(ws, 'ashby');
  return n?.kind === 'ccg' ? (n.structure?.posts ?? []) : [];
};

describe('structure edits', () => {
  const base = fixtureWorkspace();
  const two = applyOk(base, {
    type: 'addPosts',
    scenarioId: B,
    owner: ashby,
    posts: [post('p1'), post('p2', { band: '5' })],
  });

  it('adds, duplicates at a place, updates, moves and deletes posts, each as one edit', () => {
    expect(postsOf(two).map((p) => p.id)).toEqual(['p1', 'p2']);
    const dup = applyOk(two, {
      type: 'addPosts',
      scenarioId: B,
      owner: ashby,
      posts: [post('p3')],
      index: 1,
    });
    expect(postsOf(dup).map((p) => p.id)).toEqual(['p1', 'p3', 'p2']);
    const banded = applyOk(dup, {
      type: 'updatePost',
      scenarioId: B,
      owner: ashby,
      postId: 'p1',
      patch: { band: '8a' },
    });
    expect(postsOf(banded)[0]).toEqual(post('p1', { band: '8a' }));
    const moved = applyOk(banded, {
      type: 'movePost',
      scenarioId: B,
      owner: ashby,
      postId: 'p2',
      toIndex: 0,
    });
    expect(postsOf(moved).map((p) => p.id)).toEqual(['p2', 'p1', 'p3']);
    const deleted = applyOk(moved, {
      type: 'deletePost',
      scenarioId: B,
      owner: ashby,
      postId: 'p1',
    });
    expect(postsOf(deleted).map((p) => p.id)).toEqual(['p2', 'p3']);
  });

  it('refuses an unknown band or a WTE over 50 with a located message, changing nothing', () => {
    expect(
      applyRefused(two, {
        type: 'updatePost',
        scenarioId: B,
        owner: ashby,
        postId: 'p1',
        patch: { band: '8z' },
      }),
    ).toEqual([
      expect.stringMatching(
        /^scenario "Option B" › CCG "Ashby CCG" › post "Post p1": band: "8z" is not a pay band/,
      ),
    ]);
    expect(
      applyRefused(two, {
        type: 'updatePost',
        scenarioId: B,
        owner: ashby,
        postId: 'p1',
        patch: { wte: 60 },
      })[0],
    ).toMatch(/wte: must be more than 0 and at most 50/);
  });

  it('applies a template in one step, replacing only the posts under its headings', () => {
    const withCore = applyOk(two, {
      type: 'addPosts',
      scenarioId: B,
      owner: ashby,
      posts: [post('old-chair', { heading: 'corporate' })],
    });
    const applied = applyOk(withCore, {
      type: 'applyTemplate',
      scenarioId: B,
      owner: ashby,
      templateId: READY_RECKONER_175K.id,
    });
    const ids = postsOf(applied).map((p) => p.id);
    // The finance posts stay, the old corporate post goes, the template's posts follow.
    expect(ids.slice(0, 2)).toEqual(['p1', 'p2']);
    expect(ids).not.toContain('old-chair');
    expect(ids.length).toBe(2 + READY_RECKONER_175K.posts.length);
  });

  it('refuses a structure on a CSU arrangement but keeps one on a shared service', () => {
    expect(
      applyRefused(base, {
        type: 'setStructure',
        scenarioId: B,
        owner: { kind: 'arrangement', id: 'csu-c' },
        structure: { posts: [post('c1', { heading: 'contracting' })] },
      })[0],
    ).toMatch(/arrangement "CSU contract": structure: a csu arrangement cannot carry a structure/);
    const pooled = applyOk(base, {
      type: 'setStructure',
      scenarioId: B,
      owner: { kind: 'arrangement', id: 'north' },
      structure: { posts: [post('h1', { heading: 'hr' })] },
    });
    expect(arrangementOf(pooled, 'north')?.structure?.posts).toHaveLength(1);
    const removed = applyOk(pooled, {
      type: 'setStructure',
      scenarioId: B,
      owner: { kind: 'arrangement', id: 'north' },
      structure: null,
    });
    expect(arrangementOf(removed, 'north')).not.toHaveProperty('structure');
  });

  it('sets a baseline to another scenario, refuses the scenario itself or one that does not exist, and clears it', () => {
    const ws = fixtureWorkspace({ withOptionC: true });
    const set = applyOk(ws, { type: 'setBaseline', scenarioId: C, baselineScenarioId: B });
    expect(scenarioOf(set, C).baselineScenarioId).toBe(B);
    expect(applyRefused(ws, { type: 'setBaseline', scenarioId: C, baselineScenarioId: C })).toEqual(
      [
        'scenario "Option C": baselineScenarioId: a scenario cannot be its own baseline; choose another scenario',
      ],
    );
    expect(
      applyRefused(ws, { type: 'setBaseline', scenarioId: C, baselineScenarioId: 'nope' }),
    ).toEqual(['scenario "Option C": baselineScenarioId: baseline scenario "nope" does not exist']);
    const cleared = applyOk(set, { type: 'setBaseline', scenarioId: C, baselineScenarioId: null });
    expect(scenarioOf(cleared, C)).not.toHaveProperty('baselineScenarioId');
  });

  it('a file with a post of non-finite WTE is refused, located at the post', () => {
    const doc = JSON.parse(JSON.stringify(two)) as {
      scenarios: { nodes: { id: string; structure?: { posts: { wte: unknown }[] } }[] }[];
    };
    doc.scenarios[0]!.nodes.find((n) => n.id === 'ashby')!.structure!.posts[1]!.wte = 'one';
    const result = validateWorkspace(doc);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors).toEqual([
        'scenario "Option B" › CCG "Ashby CCG": structure.posts[1].wte: must be a number, not text "one"',
      ]);
  });
});

describe('deleting a baseline scenario', () => {
  it('clears the baseline of the scenarios measured from it, in the same step', () => {
    const ws = applyOk(fixtureWorkspace({ withOptionC: true }), {
      type: 'setBaseline',
      scenarioId: C,
      baselineScenarioId: B,
    });
    const after = applyOk(ws, { type: 'deleteScenario', scenarioId: B });
    expect(scenarioOf(after, C)).not.toHaveProperty('baselineScenarioId');
  });
});
