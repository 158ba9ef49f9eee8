import type { ProviderType } from '../../../shared/model/workspace';

// Arrangement models' labels and codes are in shared/model/arrangementModels.ts.
export const PROVIDER_TYPE_LABEL: Readonly<Record<ProviderType, string>> = {
  csu: 'Commissioning support unit',
  private: 'Private provider',
  'social-enterprise': 'Social enterprise',
  'third-sector': 'Third-sector provider',
};
