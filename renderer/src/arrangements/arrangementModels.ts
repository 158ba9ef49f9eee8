import type { ArrangementModel } from '../../../shared/model/workspace';

export interface ModelChoice {
  readonly model: ArrangementModel;
  readonly label: string;
  /** One line on what it means, in the briefing's words (DESIGN.md §1). */
  readonly description: string;
}

export const MODEL_CHOICES: readonly ModelChoice[] = [
  { model: 'shared-service', label: 'Shared service', description: 'The CCGs set up and share a support service, pooling its cost.' },
  { model: 'host-ccg', label: 'Host CCG', description: 'One member runs the service and sells it to the others.' },
  { model: 'la-partnership', label: 'Local authority partnership', description: 'The CCGs share support with a council, which pays its part.' },
  { model: 'csu', label: 'CSU', description: 'Buy from the cluster’s commissioning support unit.' },
  { model: 'external', label: 'External provider', description: 'Buy from a private, social enterprise or third-sector provider.' },
];

/** Shared service and host CCG pool the cost among members, so they choose a split and agree risk sharing. */
export function isPooled(model: ArrangementModel): boolean {
  return model === 'shared-service' || model === 'host-ccg';
}

/** The words used to name a new arrangement of this model: "Ashby and Barford shared service". */
export const MODEL_NAME_WORDS: Readonly<Record<ArrangementModel, string>> = {
  'shared-service': 'shared service',
  'host-ccg': 'hosted service',
  'la-partnership': 'LA partnership',
  csu: 'CSU contract',
  external: 'external contract',
};
