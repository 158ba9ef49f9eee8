/**
 * Ready-made structures a user can apply to a CCG and then edit post by post. Each says what it
 * is based on; post ids are the template's own and are replaced when a template is applied.
 */
import type { Post } from './staffingTypes';

export interface StructureTemplate {
  readonly id: string;
  readonly name: string;
  /** What the template is based on, shown beside its name. */
  readonly basis: string;
  readonly posts: readonly Post[];
}

type Row = readonly [title: string, band: string, wte: number, heading: Post['heading']];

function posts(prefix: string, rows: readonly Row[]): Post[] {
  return rows.map(([title, band, wte, heading], i) => ({
    id: `${prefix}-${i + 1}`,
    title,
    band,
    wte,
    heading,
  }));
}

/**
 * The DH ready reckoner (Sep 2011) for a typical CCG of 175,000: about £1.5m of corporate base,
 * £111k for the governing body's nurse and secondary-care doctor and £446k of clinical
 * leadership. Bands and WTE were chosen so that, at the default pay, on-costs and non-pay, each
 * heading lands within 1% of those figures.
 */
export const READY_RECKONER_175K: StructureTemplate = {
  id: 'ready-reckoner-175k',
  name: 'Ready reckoner — typical CCG of 175,000',
  basis:
    'DH "CCG running costs tool: a ready reckoner" (Sep 2011): about £1.5m corporate base, £111k governing body nurse and secondary-care doctor, £446k clinical leadership for a CCG of 175,000. The posts are a judgement fitted to those totals at the default pay bands, on-costs and non-pay.',
  posts: posts('rr', [
    ['Accountable officer', 'ao', 1, 'corporate'],
    ['Chief finance officer', 'cfo', 1, 'corporate'],
    ['Chief operating officer', '9', 1, 'corporate'],
    ['Chair (GP)', '9', 0.6, 'corporate'],
    ['GP members of the governing body (6 × 0.2)', '9', 1.2, 'corporate'],
    ['Lay members: audit; patient and public involvement (2 × 0.2)', '8c', 0.4, 'corporate'],
    ['Director of quality and nursing', '9', 1, 'corporate'],
    ['Head of corporate affairs and governance', '8c', 1, 'corporate'],
    ['Head of performance', '8b', 1, 'corporate'],
    ['Head of planning', '8b', 1, 'corporate'],
    ['Designated nurse, safeguarding', '8b', 1, 'corporate'],
    ['Governance and risk manager', '8a', 1, 'corporate'],
    ['Patient experience and equality manager', '7', 1, 'corporate'],
    ['Emergency planning and business continuity lead', '7', 1, 'corporate'],
    ['Board secretary', '6', 1, 'corporate'],
    ['Complaints and FOI officer', '6', 1, 'corporate'],
    ['Office manager', '5', 0.5, 'corporate'],
    ['Executive assistants', '4', 3, 'corporate'],
    ['Corporate administration', '3', 3, 'corporate'],
    ['Governing body registered nurse', '8c', 0.65, 'governingBody'],
    ['Governing body secondary-care doctor', '9', 0.5, 'governingBody'],
    ['GP clinical leads, programmes and localities (8 × 0.4)', '9', 3.2, 'clinicalLeadership'],
    ['Clinical quality and safety lead', '8a', 1, 'clinicalLeadership'],
    ['Clinical leadership support officer', '6', 0.5, 'clinicalLeadership'],
  ]),
};

/** A judgement: the least a CCG of about 100,000 could run its statutory core with. */
export const LEAN_SMALL_CCG: StructureTemplate = {
  id: 'lean-small-ccg',
  name: 'Lean small CCG (about 100,000)',
  basis:
    'Judgement, not a published structure: the statutory roles (accountable officer, chief finance officer, chair, lay members, governing body nurse and secondary-care doctor) with part-time GP members and leads and a small corporate team, for a CCG of about 100,000.',
  posts: posts('lean', [
    ['Accountable officer (also chief operating officer)', 'ao', 1, 'corporate'],
    ['Chief finance officer', 'cfo', 1, 'corporate'],
    ['Chair (GP)', '9', 0.4, 'corporate'],
    ['GP members of the governing body (4 × 0.15)', '9', 0.6, 'corporate'],
    ['Lay members (2 × 0.1)', '8c', 0.2, 'corporate'],
    ['Governance manager', '8a', 1, 'corporate'],
    ['Board secretary and executive assistant', '5', 1, 'corporate'],
    ['Corporate administration', '3', 1, 'corporate'],
    ['Governing body registered nurse', '8c', 0.3, 'governingBody'],
    ['Governing body secondary-care doctor', '9', 0.2, 'governingBody'],
    ['GP clinical leads (3 × 0.4)', '9', 1.2, 'clinicalLeadership'],
    ['Clinical quality and safety lead', '8a', 0.6, 'clinicalLeadership'],
  ]),
};

export const STRUCTURE_TEMPLATES: readonly StructureTemplate[] = [
  READY_RECKONER_175K,
  LEAN_SMALL_CCG,
];
