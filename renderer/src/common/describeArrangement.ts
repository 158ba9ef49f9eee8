import { effectiveMembers } from '../../../shared/model/scenarioIndex';
import type { Arrangement, ArrangementModel } from '../../../shared/model/workspace';

/** The model in a sentence. */
export const MODEL_WORDS: Readonly<Record<ArrangementModel, string>> = {
  'shared-service': 'shared service',
  'host-ccg': 'host CCG arrangement',
  'la-partnership': 'local authority partnership',
  csu: 'CSU contract',
  external: 'external contract',
};

/** The organisation an arrangement is with, in words: "from Wexmoor and Fens CSU", "hosted by …". */
export function arrangementPartner(arr: Arrangement, nameOf: (id: string) => string): string | undefined {
  switch (arr.model) {
    case 'host-ccg': return arr.hostCcgId ? `hosted by ${nameOf(arr.hostCcgId)}` : undefined;
    case 'la-partnership': return arr.laId ? `with ${nameOf(arr.laId)}` : undefined;
    case 'csu':
    case 'external': return arr.providerId ? `from ${nameOf(arr.providerId)}` : undefined;
    case 'shared-service': return undefined;
  }
}

/** Accessible name of an arrangement hub: "Wexmoor shared support service, shared service, 4 member CCGs, 6 functions". */
export function describeArrangement(arr: Arrangement, nameOf: (id: string) => string): string {
  const members = effectiveMembers(arr).length;
  const partner = arrangementPartner(arr, nameOf);
  return [
    arr.name,
    MODEL_WORDS[arr.model],
    partner,
    `${members} member ${members === 1 ? 'CCG' : 'CCGs'}`,
    `${arr.functions.length} ${arr.functions.length === 1 ? 'function' : 'functions'}`,
  ].filter(Boolean).join(', ');
}
