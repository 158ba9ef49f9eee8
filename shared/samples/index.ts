/**
 * The built-in sample workspaces: the app opens on one the first time, and the CLI can cost them
 * by id (`npm run cost -- --sample four-small-ccgs`). Each `create` returns a fresh workspace.
 */
import type { Workspace } from '../model/workspace';
import { cambsPeterboroughSample } from './cambsPeterboroughSample';
import { englandSample } from './england/englandSample';
import {
  ENGLAND_2013_NAME,
  ENGLAND_2013_SAMPLE_ID,
  england2013Sample,
} from './england2013/england2013Sample';
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
    description:
      'One federated CCG of 856,000 with eight local commissioning groups and its published 2013/14 allowance of £20.80m; in-house support, or transactional support bought from an illustrative CSU. The split between groups and the council figures are illustrative.',
    create: cambsPeterboroughSample,
  },
  {
    id: 'four-small-ccgs',
    name: 'Four small CCGs — do, share or buy?',
    description:
      'Four small fictional CCGs compare in-house, shared service, host CCG, local authority partnership, CSU, external provider and a merger into one federated CCG.',
    create: fourSmallCcgsSample,
  },
  {
    id: 'england-synthetic',
    name: 'England, synthetic',
    description:
      'A generated England-scale workspace: 211 invented CCGs with populations shaped like the real ones, about 1,000 localities, 152 councils, 51 clusters, 20 providers and about 300 arrangements.',
    create: () => englandSample(),
  },
  {
    id: ENGLAND_2013_SAMPLE_ID,
    name: ENGLAND_2013_NAME,
    description:
      'The 211 real CCGs of April 2013 with their published codes, registered lists and 2013/14 running cost allowances, in their 49 PCT clusters and 4 regions (NHS Commissioning Board, November 2012; ONS). No support, councils or localities are invented: model them from here.',
    create: england2013Sample,
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
