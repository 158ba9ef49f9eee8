import { describe, expect, it } from 'vitest';
import {
  baselineProblem,
  checkStructure,
  checkTransitionAssumptions,
  structureModelProblem,
} from '../../../shared/staffing/validateStaffing';

const bands = new Set(['5', '7', 'ao']);
const fns = new Set(['finance', 'hr']);
const where = 'scenario "Option B" › CCG "Ashby CCG"';

describe('structure checks', () => {
  it('names unknown bands, WTE out of range and unknown headings, post by post', () => {
    const errors = checkStructure(
      {
        posts: [
          { id: 'p1', title: 'Finance manager', band: '8z', wte: 1, heading: 'finance' },
          { id: 'p2', title: 'Clerk', band: '5', wte: 0, heading: 'corporate' },
          { id: 'p3', title: 'Team', band: '5', wte: 51, heading: 'estates' },
        ],
      },
      { where, kind: 'ccg' },
      bands,
      fns,
    );
    expect(errors).toEqual([
      'scenario "Option B" › CCG "Ashby CCG" › post "Finance manager": band: "8z" is not a pay band (the bands are 5, 7, ao)',
      'scenario "Option B" › CCG "Ashby CCG" › post "Clerk": wte: must be more than 0 and at most 50 whole-time equivalents, not 0',
      'scenario "Option B" › CCG "Ashby CCG" › post "Team": wte: must be more than 0 and at most 50 whole-time equivalents, not 51',
      'scenario "Option B" › CCG "Ashby CCG" › post "Team": heading: "estates" is not a heading: it must be one of corporate, governingBody, clinicalLeadership, commissioning or a support function id',
    ]);
  });

  it('refuses core headings on an arrangement', () => {
    const errors = checkStructure(
      { posts: [{ id: 'p', title: 'Chair', band: '7', wte: 1, heading: 'corporate' }] },
      { where: 'scenario "Option B" › arrangement "North"', kind: 'arrangement' },
      bands,
      fns,
    );
    expect(errors[0]).toMatch(
      /heading: "corporate" is not a heading: it must be a support function id/,
    );
  });

  it('refuses a structure on a CSU or external arrangement', () => {
    expect(structureModelProblem('csu', 'scenario "B" › arrangement "CSU contract"')).toMatch(
      /^scenario "B" › arrangement "CSU contract": structure: a csu arrangement cannot carry a structure/,
    );
    expect(structureModelProblem('external', 'x')).toMatch(
      /external arrangement cannot carry a structure/,
    );
    expect(structureModelProblem('host-ccg', 'x')).toBeUndefined();
  });
});

describe('baseline checks', () => {
  const ids = new Set(['a', 'b']);
  it('refuses a scenario as its own baseline and a baseline that does not exist', () => {
    expect(baselineProblem('a', 'a', ids, 'scenario "A"')).toBe(
      'scenario "A": baselineScenarioId: a scenario cannot be its own baseline; choose another scenario',
    );
    expect(baselineProblem('a', 'zz', ids, 'scenario "A"')).toBe(
      'scenario "A": baselineScenarioId: baseline scenario "zz" does not exist',
    );
    expect(baselineProblem('a', 'b', ids, 'scenario "A"')).toBeUndefined();
  });

  it('checks transition rates are in range', () => {
    expect(checkTransitionAssumptions({ tupeShare: 1.5 }, 'assumptions')).toEqual([
      'assumptions: transition.tupeShare: Share transferring under TUPE must be 0 or more and at most 1, not 1.5',
    ]);
  });
});
