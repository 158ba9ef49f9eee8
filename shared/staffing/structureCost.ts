/**
 * What a structure's posts cost: Σ annualPay(band) × wte × (1 + onCostRate) for pay, and non-pay
 * (the structure's own figure, else nonPayPerWte × Σ wte) shared over the posts by WTE.
 */
import type { Post, PostHeading, StaffingAssumptions, Structure } from './staffingTypes';

export interface PostCost {
  readonly post: Post;
  /** annualPay(band) × wte × (1 + onCostRate), £ a year. */
  readonly pay: number;
  /** This post's WTE share of the structure's non-pay, £ a year. */
  readonly nonPay: number;
  /** pay + nonPay. */
  readonly cost: number;
}

export interface HeadingCost {
  readonly heading: PostHeading;
  /** Pay plus non-pay share of the posts under the heading, £ a year. */
  readonly cost: number;
  readonly pay: number;
  readonly nonPay: number;
  readonly wte: number;
  /** Ids of the posts under the heading, in the structure's order. */
  readonly postIds: readonly string[];
}

export interface StructureCost {
  readonly posts: readonly PostCost[];
  readonly pay: number;
  readonly nonPay: number;
  readonly cost: number;
  readonly wte: number;
  /** By heading, in order of first appearance. */
  readonly byHeading: ReadonlyMap<PostHeading, HeadingCost>;
}

/** A band's annual pay; throws for a band the assumptions do not have (the validator reports it first). */
export function bandPay(bandId: string, staffing: StaffingAssumptions): number {
  const band = staffing.bands.find((b) => b.id === bandId);
  if (!band) throw new Error(`Pay band "${bandId}" does not exist.`);
  return band.annualPay;
}

/** annualPay(band) × wte × (1 + onCostRate). */
export function postPay(post: Post, staffing: StaffingAssumptions): number {
  return bandPay(post.band, staffing) * post.wte * (1 + staffing.onCostRate);
}

/** Costs every post of a structure and sums them by heading. */
export function costStructure(structure: Structure, staffing: StaffingAssumptions): StructureCost {
  const pays = new Map<string, number>();
  for (const b of staffing.bands) pays.set(b.id, b.annualPay);
  let wte = 0;
  for (const p of structure.posts) wte += p.wte;
  const nonPayTotal = structure.nonPay ?? staffing.nonPayPerWte * wte;

  const posts: PostCost[] = [];
  const byHeading = new Map<
    PostHeading,
    { cost: number; pay: number; nonPay: number; wte: number; postIds: string[] }
  >();
  let pay = 0;
  let nonPay = 0;
  for (const post of structure.posts) {
    const annual = pays.get(post.band);
    if (annual === undefined) throw new Error(`Pay band "${post.band}" does not exist.`);
    const postPayCost = annual * post.wte * (1 + staffing.onCostRate);
    // Shared by WTE; with no WTE at all there is nothing to share it over.
    const share = wte > 0 ? nonPayTotal * (post.wte / wte) : 0;
    posts.push({ post, pay: postPayCost, nonPay: share, cost: postPayCost + share });
    pay += postPayCost;
    nonPay += share;
    let h = byHeading.get(post.heading);
    if (!h) byHeading.set(post.heading, (h = { cost: 0, pay: 0, nonPay: 0, wte: 0, postIds: [] }));
    h.cost += postPayCost + share;
    h.pay += postPayCost;
    h.nonPay += share;
    h.wte += post.wte;
    h.postIds.push(post.id);
  }
  const headings = new Map<PostHeading, HeadingCost>();
  for (const [heading, h] of byHeading) headings.set(heading, { heading, ...h });
  return { posts, pay, nonPay, cost: pay + nonPay, wte, byHeading: headings };
}

/** The cost of the posts under the given headings (with their non-pay share), and their WTE and ids. */
export function costOfHeadings(
  cost: StructureCost,
  headings: readonly PostHeading[],
): { cost: number; wte: number; postIds: string[] } {
  let total = 0;
  let wte = 0;
  const postIds: string[] = [];
  for (const heading of headings) {
    const h = cost.byHeading.get(heading);
    if (!h) continue;
    total += h.cost;
    wte += h.wte;
    postIds.push(...h.postIds);
  }
  return { cost: total, wte, postIds };
}
