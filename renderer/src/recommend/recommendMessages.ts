/** What the window and the Recommend worker say to each other. */
import type { Workspace } from '../../../shared/model/workspace';
import type { RecommendOptions } from '../../../shared/recommend/options';
import type { RecommendOutcome, RecommendProgress } from '../../../shared/recommend/recommend';

export interface RecommendRequest {
  readonly workspace: Workspace;
  readonly scenarioId: string;
  readonly options: RecommendOptions;
}

export type RecommendWorkerMessage =
  | { readonly kind: 'progress'; readonly progress: RecommendProgress }
  | { readonly kind: 'done'; readonly outcome: RecommendOutcome }
  | { readonly kind: 'failed'; readonly error: string };
