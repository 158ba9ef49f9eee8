import type { DeliveryMode } from '../../../shared/costing/results';
import type { ArrangementModel, ProviderType } from '../../../shared/model/workspace';

/** How a function is delivered, in the users' words (DESIGN.md §1). */
export const MODE_LABEL: Readonly<Record<DeliveryMode, string>> = {
  'in-house': 'In-house',
  'shared-service': 'Shared service',
  'host-ccg': 'Host CCG',
  'la-partnership': 'LA partnership',
  csu: 'CSU',
  external: 'External',
};

/** Short code drawn inside an arrangement hub. */
export const MODEL_CODE: Readonly<Record<ArrangementModel, string>> = {
  'shared-service': 'SS',
  'host-ccg': 'H',
  'la-partnership': 'LA',
  csu: 'CSU',
  external: 'EXT',
};

export const PROVIDER_TYPE_LABEL: Readonly<Record<ProviderType, string>> = {
  csu: 'Commissioning support unit',
  private: 'Private provider',
  'social-enterprise': 'Social enterprise',
  'third-sector': 'Third-sector provider',
};

/** Whether a model buys support (a diamond hub) rather than sharing it (a circle). */
export function isBuyModel(model: ArrangementModel): boolean {
  return model === 'csu' || model === 'external';
}
