import { MODEL_RULES } from '../../../shared/model/arrangementModels';
import { effectiveMembers } from '../../../shared/model/scenarioIndex';
import type { Arrangement } from '../../../shared/model/workspace';

const PARTNER_WORDS = { hostCcgId: 'hosted by', laId: 'with', providerId: 'from' } as const;

/** The organisation an arrangement is with, in words: "from Wexmoor and Fens CSU", "hosted by …". */
export function arrangementPartner(
  arr: Arrangement,
  nameOf: (id: string) => string,
): string | undefined {
  const partner = MODEL_RULES[arr.model].partner;
  if (partner.field === 'none') return undefined;
  const id = arr[partner.field];
  return id ? `${PARTNER_WORDS[partner.field]} ${nameOf(id)}` : undefined;
}

/** Accessible name of an arrangement hub: "Wexmoor shared support service, shared service, 4 member CCGs, 6 functions". */
export function describeArrangement(arr: Arrangement, nameOf: (id: string) => string): string {
  const members = effectiveMembers(arr).length;
  const partner = arrangementPartner(arr, nameOf);
  return [
    arr.name,
    MODEL_RULES[arr.model].inSentence,
    partner,
    `${members} member ${members === 1 ? 'CCG' : 'CCGs'}`,
    `${arr.functions.length} ${arr.functions.length === 1 ? 'function' : 'functions'}`,
  ]
    .filter(Boolean)
    .join(', ');
}
