import type { CcgNode, Workspace } from '../../../shared/model/workspace';
import { assumptionsWith, buildWorkspace, ccg, fn } from './buildWorkspace';

// One function at £2.00 a head, no scale effect; default years 2013/14 £25.00 (index 1),
// 2014/15 £24.73 (1.01), 2015/16 £22.07 (1.02). Three ways to an allowance:
//   Ashby, 100,000, nothing published: £ per head × population; 2015/16: 22.07 × 100,000 = £2,207,000.
//   Barford, 200,000, allowance population 210,000: 2013/14: 25 × 210,000 = £5,250,000.
//   Carden, 150,000, £3,800,000 published for 2014/15 only: 2013/14 = 3,800,000 × 25 / 24.73
//     = £3,841,488.07; running 600,000 + 1,200,000 + 300,000 = 2,100,000, headroom £1,741,488.07.
//     2015/16 = 3,800,000 × 22.07 / 24.73 = £3,391,265.67; running 1.02 × 2,100,000 = 2,142,000,
//     headroom £1,249,265.67.
/** A workspace whose CCGs reach their allowance each of the three ways. */
export function yearsWorkspace(): Workspace {
  const barford: CcgNode = {
    ...ccg('ccg-b', 'Barford CCG', { population: 200_000 }),
    allowancePopulation: 210_000,
  };
  const carden: CcgNode = {
    ...ccg('ccg-c', 'Carden CCG', { population: 150_000 }),
    allowances: { '2014-15': 3_800_000 },
  };
  return buildWorkspace(
    [
      {
        id: 'now',
        name: 'Now',
        nodes: [ccg('ccg-a', 'Ashby CCG', { population: 100_000 }), barford, carden],
      },
    ],
    assumptionsWith([fn('bi', 2, 0)]),
  );
}
