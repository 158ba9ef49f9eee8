/**
 * Who delivers each CCG's support functions, before and after, in the words a finance lead would
 * use: "Finance, HR and IT move from the North CSU contract to a new shared service (Northshire
 * shared service) for Ashby CCG and Barford CCG." Functions moving together for the same CCGs are
 * one sentence; a CCG joining or leaving an arrangement says so.
 */
import { MODEL_RULES } from '../model/arrangementModels';
import { effectiveMembers } from '../model/scenarioIndex';
import type { Arrangement, Scenario } from '../model/workspace';

const IN_HOUSE = '';

const COUNT_WORDS: Readonly<Record<number, string>> = {
  3: 'three',
  4: 'four',
  5: 'five',
  6: 'six',
  7: 'seven',
  8: 'eight',
  9: 'nine',
  10: 'ten',
};

export interface DeliveryMove {
  /** CCG ids, in the later scenario's order. */
  readonly ccgIds: readonly string[];
  /** Function ids, in the workspace's order. */
  readonly functionIds: readonly string[];
  /** Arrangement ids; '' for in-house. */
  readonly from: string;
  readonly to: string;
  readonly text: string;
}

export interface MoveContext {
  readonly nameOf: (id: string) => string;
  /** The short name of a function ("Finance"). */
  readonly functionName: (id: string) => string;
  /** Every function id in the workspace's order. */
  readonly functionIds: readonly string[];
  /** CCG ids in both scenarios, in the later scenario's order. */
  readonly ccgIds: readonly string[];
}

/** CCG id → function id → the arrangement id delivering it (first in scenario order, as the engine). */
function deliveries(scenario: Scenario): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const arr of scenario.arrangements) {
    for (const m of effectiveMembers(arr)) {
      let fns = out.get(m);
      if (!fns) out.set(m, (fns = new Map()));
      for (const f of arr.functions) if (!fns.has(f)) fns.set(f, arr.id);
    }
  }
  return out;
}

/** "A", "A and B", "A, B and C". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "Finance" → "finance" mid-sentence, but "HR", "IT" and "CHC" stay as they are. */
function midSentence(name: string): string {
  return /^[A-Z][a-z]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The CCGs' changes of delivery from `from` to `to`, grouped, each with its sentence. */
export function deliveryMoves(
  from: Scenario,
  to: Scenario,
  ctx: MoveContext,
): readonly DeliveryMove[] {
  const before = deliveries(from);
  const after = deliveries(to);
  const arrBefore = new Map(from.arrangements.map((a) => [a.id, a]));
  const arrAfter = new Map(to.arrangements.map((a) => [a.id, a]));

  // (from, to, functions) → CCGs, in the order first met.
  const groups = new Map<
    string,
    { from: string; to: string; functionIds: string[]; ccgIds: string[] }
  >();
  for (const ccgId of ctx.ccgIds) {
    const perPair = new Map<string, { from: string; to: string; functionIds: string[] }>();
    for (const f of ctx.functionIds) {
      const was = before.get(ccgId)?.get(f) ?? IN_HOUSE;
      const now = after.get(ccgId)?.get(f) ?? IN_HOUSE;
      if (was === now) continue;
      const key = `${was}\u0000${now}`;
      const entry = perPair.get(key) ?? { from: was, to: now, functionIds: [] };
      entry.functionIds.push(f);
      perPair.set(key, entry);
    }
    for (const p of perPair.values()) {
      const key = `${p.from}\u0000${p.to}\u0000${p.functionIds.join('\u0000')}`;
      const g = groups.get(key) ?? { ...p, ccgIds: [] };
      g.ccgIds.push(ccgId);
      groups.set(key, g);
    }
  }

  const introduced = new Set<string>();
  const joinsSaid = new Set<string>();
  const leavesSaid = new Set<string>();
  const isMember = (arr: Arrangement | undefined, ccgId: string): boolean =>
    !!arr && effectiveMembers(arr).includes(ccgId);
  const partner = (arr: Arrangement): string => {
    if (arr.providerId) return ` with ${ctx.nameOf(arr.providerId)}`;
    if (arr.laId) return ` with ${ctx.nameOf(arr.laId)}`;
    if (arr.hostCcgId) return ` hosted by ${ctx.nameOf(arr.hostCcgId)}`;
    return '';
  };
  /** An arrangement as a destination or source; a new one is introduced once with what it is. */
  const arrangementWords = (id: string, side: 'from' | 'to'): string => {
    const arr = side === 'to' ? arrAfter.get(id) : arrBefore.get(id);
    if (!arr) return id;
    const isNew = side === 'to' && !arrBefore.has(id);
    if (isNew && !introduced.has(id)) {
      introduced.add(id);
      return `a new ${MODEL_RULES[arr.model].inSentence}${partner(arr)} (${arr.name})`;
    }
    return `the ${arr.name}`;
  };

  const out: DeliveryMove[] = [];
  for (const g of groups.values()) {
    const fns = listInWords(g.functionIds.map((f) => midSentence(ctx.functionName(f))));
    const all = g.functionIds.length === ctx.functionIds.length && ctx.functionIds.length > 1;
    const what = all ? 'every support function' : fns;
    const plural = all ? false : g.functionIds.length > 1;
    // Every CCG of the scenario, when there are several, reads better as a count than a roll call.
    const ccgs =
      g.ccgIds.length >= 3 && g.ccgIds.length === ctx.ccgIds.length
        ? `all ${COUNT_WORDS[g.ccgIds.length] ?? String(g.ccgIds.length)} CCGs`
        : listInWords(g.ccgIds.map(ctx.nameOf));
    const ccgPlural = g.ccgIds.length > 1;
    const target = arrAfter.get(g.to);
    const source = arrBefore.get(g.from);
    const pairKey = (arrId: string): string[] => g.ccgIds.map((c) => `${arrId}\u0000${c}`);
    // A CCG joining an arrangement that both scenarios have, for these functions.
    const joins =
      g.to !== IN_HOUSE &&
      arrBefore.has(g.to) &&
      g.ccgIds.every((c) => !isMember(arrBefore.get(g.to), c)) &&
      pairKey(g.to).every((k) => !joinsSaid.has(k));
    // A CCG leaving an arrangement that both scenarios have.
    const leaves =
      g.from !== IN_HOUSE &&
      arrAfter.has(g.from) &&
      g.ccgIds.every((c) => !isMember(arrAfter.get(g.from), c)) &&
      pairKey(g.from).every((k) => !leavesSaid.has(k));
    const fromWords = g.from === IN_HOUSE ? 'in-house delivery' : arrangementWords(g.from, 'from');
    const toWords = g.to === IN_HOUSE ? 'back in-house' : `to ${arrangementWords(g.to, 'to')}`;
    let text: string;
    if (joins && leaves && target && source) {
      pairKey(g.to).forEach((k) => joinsSaid.add(k));
      pairKey(g.from).forEach((k) => leavesSaid.add(k));
      const s = ccgPlural ? '' : 's';
      text = `${capitalised(ccgs)} leave${s} the ${source.name} and join${s} the ${target.name} for ${what}.`;
    } else if (joins && target) {
      pairKey(g.to).forEach((k) => joinsSaid.add(k));
      const them = all || plural ? 'them' : 'it';
      text = `${capitalised(ccgs)} join${ccgPlural ? '' : 's'} the ${target.name} for ${what}, moving ${them} from ${fromWords}.`;
    } else if (leaves && source) {
      pairKey(g.from).forEach((k) => leavesSaid.add(k));
      text = `${capitalised(ccgs)} leave${ccgPlural ? '' : 's'} the ${source.name}: ${what} move${plural ? '' : 's'} ${toWords}.`;
    } else {
      text = `${capitalised(what)} move${plural ? '' : 's'} from ${fromWords} ${toWords} for ${ccgs}.`;
    }
    out.push({ ccgIds: g.ccgIds, functionIds: g.functionIds, from: g.from, to: g.to, text });
  }
  return out;
}
