/**
 * The built-in sample workspaces: the app opens on one the first time, and the CLI can cost them
 * by id (`npm run cost -- --sample four-small-ccgs`). Each `create` returns a fresh workspace.
 */
import type { Workspace } from '../model/workspace';
import { cambsPeterboroughSample } from './cambsPeterboroughSample';
import { englandSample } from './england/englandSample';
import { fourSmallCcgsSample } from './fourSmallCcgsSample';

export interface SampleInfo {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly create: () => Workspace;
}

export const SAMPLES: readonly SampleInfo[] = [
  {
    id: 'cambs-pboro',
    name: 'Cambridgeshire & Peterborough (illustrative)',
    description: 'One federated CCG of 856,000 with eight local commissioning groups, in-house support or transactional support bought from the CSU; the split between groups is illustrative.',
    create: cambsPeterboroughSample,
  },
  {
    id: 'four-small-ccgs',
    name: 'Four small CCGs — do, share or buy?',
    description: 'Four small fictional CCGs compare in-house, shared service, host CCG, local authority partnership, CSU, external provider and a merger into one federated CCG.',
    create: fourSmallCcgsSample,
  },
  {
    id: 'england-synthetic',
    name: 'England, synthetic',
    description: 'A generated England-scale workspace: 211 invented CCGs with populations shaped like the real ones, about 1,000 localities, 152 councils, 51 clusters, 20 providers and about 300 arrangements.',
    create: () => englandSample(),
  },
];

/**
 * The sample a new user sees first: the four small CCGs, because it shows every model, all three
 * statuses and every risk flag at once (the Cambridgeshire sample is one green card).
 */
export const DEFAULT_SAMPLE_ID = 'four-small-ccgs';

/** The sample with this id, or undefined. */
export function findSample(id: string): SampleInfo | undefined {
  return SAMPLES.find((s) => s.id === id);
}
