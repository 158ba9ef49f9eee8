import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../shared/edits/applyEdit';
import type { NodePatch } from '../../../shared/edits/edit';
import { nodePatchEdit } from '../../../shared/edits/nodePatch';
import { B, applyOk, fixtureWorkspace, nodeOf } from './editFixtures';

const ashby = { id: 'ashby', kind: 'ccg' } as const;
const la = { id: 'la', kind: 'localAuthority' } as const;

describe('typed node patches', () => {
  it('a CCG patch takes a CCG’s fields and changes them', () => {
    const next = applyOk(
      fixtureWorkspace(),
      nodePatchEdit(B, ashby, { population: 150_000, code: '04X', federated: true }),
    );
    expect(nodeOf(next, 'ashby')).toMatchObject({
      population: 150_000,
      code: '04X',
      federated: true,
    });
  });

  it('null removes an optional field', () => {
    const next = applyOk(fixtureWorkspace(), nodePatchEdit(B, ashby, { clusterId: null }));
    expect(nodeOf(next, 'ashby')).not.toHaveProperty('clusterId');
  });

  it('a misspelt field, another kind’s field, the id or a wrong type is a type error', () => {
    // @ts-expect-error "populaton" is not a field of a CCG
    const misspelt: NodePatch<'ccg'> = { populaton: 150_000 };
    // @ts-expect-error a CCG has no width (a cluster does)
    const foreign: NodePatch<'ccg'> = { width: 300 };
    // @ts-expect-error the id never changes through a patch
    const renamed: NodePatch<'ccg'> = { id: 'ash' };
    // @ts-expect-error a population is a number
    const wrongType: NodePatch<'locality'> = { population: '150000' };
    // @ts-expect-error a council is not federated
    nodePatchEdit(B, la, { federated: true });
    expect([misspelt, foreign, renamed, wrongType]).toHaveLength(4);
  });

  it('a bad value is still refused when the edit is applied, with where it is and why', () => {
    const result = applyEdit(fixtureWorkspace(), nodePatchEdit(B, la, { population: -1 }));
    expect(result).toEqual({
      ok: false,
      errors: [
        'scenario "Option B" › local authority "Northshire County Council": population: must be a positive number of people',
      ],
    });
  });
});
