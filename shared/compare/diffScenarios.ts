/**
 * A configuration diff in words between two scenarios of one workspace ("Ashvale CCG leaves the
 * Wexmoor shared support service"). Ids are shared across a workspace's scenarios (branching
 * keeps them), so records are matched by id; a record with a new id reads as added.
 */
import { ownValue } from '../model/idRecord';
import { resolveAssumptions } from '../assumptions/resolveAssumptions';
import { assumptionValue } from '../assumptions/assumptionPaths';
import { formatPerHead, formatPercent, formatPopulation } from '../format/format';
import { assumptionInfos, formatAssumptionValue } from './assumptionDisplay';
import { deliveryMoves, listInWords, type DeliveryMove } from './deliveryMoves';
import { functionShortNames } from './functionLabels';
import { MODEL_RULES } from '../model/arrangementModels';
import {
  ccgPopulation,
  effectiveMembers,
  indexScenario,
  type ScenarioIndex,
} from '../model/scenarioIndex';
import type {
  Arrangement,
  Assumptions,
  LocalityNode,
  ProviderNode,
  Scenario,
  Workspace,
} from '../model/workspace';

export type DiffTopic =
  'ccg' | 'locality' | 'organisation' | 'delivery' | 'arrangement' | 'la-link' | 'assumption';

export interface DiffSentence {
  readonly topic: DiffTopic;
  /** The id of the record the sentence is about (for an assumption, its path). */
  readonly subject: string;
  readonly text: string;
}

export { listInWords };

/** What changes from scenario `fromId` to scenario `toId`, sentence by sentence. */
export function diffScenarios(
  workspace: Workspace,
  fromId: string,
  toId: string,
): readonly DiffSentence[] {
  const from = findScenario(workspace, fromId);
  const to = findScenario(workspace, toId);
  const a = indexScenario(from);
  const b = indexScenario(to);
  const out: DiffSentence[] = [];
  const say = (topic: DiffTopic, subject: string, text: string): void => {
    out.push({ topic, subject, text });
  };
  // Names as the reader last saw them: the later scenario's, else the earlier one's.
  const nameOf = (id: string): string => b.byId.get(id)?.name ?? a.byId.get(id)?.name ?? id;

  diffCcgs(a, b, say, nameOf);
  diffLocalities(a, b, say, nameOf);
  const before = resolveAssumptions(workspace.assumptions, from.assumptionOverrides);
  const after = resolveAssumptions(workspace.assumptions, to.assumptionOverrides);
  const functionNames = new Map(after.functions.map((f) => [f.id, f.name]));
  const functionName = (id: string): string => functionNames.get(id) ?? id;
  diffOrganisations(a, b, say, functionName);
  const shortNames = functionShortNames(after.functions);
  const inBoth = new Set(a.ccgs.map((c) => c.id));
  const moves = deliveryMoves(from, to, {
    nameOf,
    functionName: (id) => shortNames.get(id) ?? id,
    functionIds: after.functions.map((f) => f.id),
    ccgIds: b.ccgs.map((c) => c.id).filter((id) => inBoth.has(id)),
  });
  for (const m of moves) say('delivery', m.ccgIds.join(','), m.text);
  diffArrangements(from, to, say, nameOf, functionName, moves);
  diffLaLinks(from, to, say, nameOf);
  diffAssumptions(before, after, say);
  return out;
}

type Say = (topic: DiffTopic, subject: string, text: string) => void;

function findScenario(workspace: Workspace, id: string): Scenario {
  const s = workspace.scenarios.find((x) => x.id === id);
  if (!s) throw new Error(`Scenario "${id}" does not exist in workspace "${workspace.name}".`);
  return s;
}

function diffCcgs(
  a: ScenarioIndex,
  b: ScenarioIndex,
  say: Say,
  nameOf: (id: string) => string,
): void {
  const before = new Map(a.ccgs.map((c) => [c.id, c]));
  const after = new Map(b.ccgs.map((c) => [c.id, c]));
  for (const c of a.ccgs) {
    if (!after.has(c.id)) say('ccg', c.id, `${c.name} is removed.`);
  }
  for (const c of b.ccgs) {
    const old = before.get(c.id);
    if (!old) {
      const fed = c.federated ? 'federated ' : '';
      say(
        'ccg',
        c.id,
        `${c.name} is added as a ${fed}CCG of ${formatPopulation(ccgPopulation(c, b))} people.`,
      );
      continue;
    }
    if (old.name !== c.name) say('ccg', c.id, `${old.name} is renamed ${c.name}.`);
    const p0 = ccgPopulation(old, a);
    const p1 = ccgPopulation(c, b);
    if (p0 !== p1)
      say(
        'ccg',
        c.id,
        `${c.name}’s population changes from ${formatPopulation(p0)} to ${formatPopulation(p1)}.`,
      );
    if (old.federated !== c.federated) {
      say(
        'ccg',
        c.id,
        c.federated ? `${c.name} becomes federated.` : `${c.name} is no longer federated.`,
      );
    }
    if (old.clusterId !== c.clusterId) {
      const was = old.clusterId ? nameOf(old.clusterId) : undefined;
      const now = c.clusterId ? nameOf(c.clusterId) : undefined;
      const text =
        was && now
          ? `${c.name} moves from ${was} to ${now}.`
          : now
            ? `${c.name} joins ${now}.`
            : `${c.name} leaves ${was ?? 'its cluster'}.`;
      say('ccg', c.id, text);
    }
  }
}

/** "Wisbech locality", but "Hunts Care Partners" stays as it is when it already says what it is. */
function localityWords(l: LocalityNode): string {
  return /\b(locality|LCG|group|partners)\b/i.test(l.name) ? l.name : `${l.name} locality`;
}

function diffLocalities(
  a: ScenarioIndex,
  b: ScenarioIndex,
  say: Say,
  nameOf: (id: string) => string,
): void {
  const before = new Map(a.localities.map((l) => [l.id, l]));
  const after = new Set(b.localities.map((l) => l.id));
  for (const l of a.localities) {
    if (!after.has(l.id))
      say('locality', l.id, `${localityWords(l)} is removed from ${nameOf(l.ccgId)}.`);
  }
  for (const l of b.localities) {
    const old = before.get(l.id);
    if (!old) {
      say(
        'locality',
        l.id,
        `${localityWords(l)} (${formatPopulation(l.population)} people) is added to ${nameOf(l.ccgId)}.`,
      );
      continue;
    }
    if (old.name !== l.name) say('locality', l.id, `${localityWords(old)} is renamed ${l.name}.`);
    if (old.ccgId !== l.ccgId) {
      const was = a.byId.get(old.ccgId)?.name ?? old.ccgId;
      say('locality', l.id, `${localityWords(l)} moves from ${was} to ${nameOf(l.ccgId)}.`);
    }
    if (old.population !== l.population) {
      say(
        'locality',
        l.id,
        `${localityWords(l)}’s population changes from ${formatPopulation(old.population)} to ${formatPopulation(l.population)}.`,
      );
    }
  }
}

/** Local authorities, providers and clusters coming and going, and the figures they carry. */
function diffOrganisations(
  a: ScenarioIndex,
  b: ScenarioIndex,
  say: Say,
  functionName: (id: string) => string,
): void {
  const orgs = (i: ScenarioIndex) => [...i.clusters, ...i.localAuthorities, ...i.providers];
  const before = new Map(orgs(a).map((n) => [n.id, n]));
  const after = new Map(orgs(b).map((n) => [n.id, n]));
  for (const n of before.values())
    if (!after.has(n.id)) say('organisation', n.id, `${n.name} is removed.`);
  for (const n of after.values()) {
    const old = before.get(n.id);
    if (!old) say('organisation', n.id, `${n.name} is added.`);
    else if (old.name !== n.name) say('organisation', n.id, `${old.name} is renamed ${n.name}.`);
    else if (
      old.kind === 'localAuthority' &&
      n.kind === 'localAuthority' &&
      old.population !== n.population
    ) {
      say(
        'organisation',
        n.id,
        `${n.name}’s population changes from ${formatPopulation(old.population)} to ${formatPopulation(n.population)}.`,
      );
    } else if (old.kind === 'provider' && n.kind === 'provider') {
      diffProvider(old, n, say, functionName);
    }
  }
}

function diffProvider(
  old: ProviderNode,
  n: ProviderNode,
  say: Say,
  functionName: (id: string) => string,
): void {
  if (old.otherCustomersPopulation !== n.otherCustomersPopulation) {
    const words = (v: number | undefined): string =>
      v === undefined ? 'the model’s figure' : formatPopulation(v);
    say(
      'organisation',
      n.id,
      `The population ${n.name} serves outside the scenario changes from ${words(old.otherCustomersPopulation)} to ${words(n.otherCustomersPopulation)}.`,
    );
  }
  const ids = new Set([...Object.keys(old.prices ?? {}), ...Object.keys(n.prices ?? {})]);
  for (const id of ids) {
    const p0 = ownValue(old.prices, id);
    const p1 = ownValue(n.prices, id);
    if (p0 === p1) continue;
    const words = (v: number | undefined): string =>
      v === undefined ? 'the modelled price' : `${formatPerHead(v)} a head`;
    say(
      'organisation',
      n.id,
      `${n.name}’s price for ${functionName(id)} changes from ${words(p0)} to ${words(p1)}.`,
    );
  }
}

/**
 * What happens to the arrangements themselves. Members joining or leaving and functions added or
 * dropped are said by the delivery moves ("Finance moves from …"); only what no move says is said
 * here (a CCG new to the scenario joining, say).
 */
function diffArrangements(
  from: Scenario,
  to: Scenario,
  say: Say,
  nameOf: (id: string) => string,
  functionName: (id: string) => string,
  moves: readonly DeliveryMove[],
): void {
  const before = new Map(from.arrangements.map((x) => [x.id, x]));
  const after = new Set(to.arrangements.map((x) => x.id));
  // (arrangement, CCG) and (arrangement, function) pairs some move already names.
  const movedCcg = new Set<string>();
  const movedFunction = new Set<string>();
  for (const m of moves) {
    for (const arr of [m.from, m.to]) {
      for (const c of m.ccgIds) movedCcg.add(`${arr}\u0000${c}`);
      for (const f of m.functionIds) movedFunction.add(`${arr}\u0000${f}`);
    }
  }
  for (const arr of from.arrangements) {
    if (!after.has(arr.id))
      say('arrangement', arr.id, `The ${arr.name} (${MODEL_RULES[arr.model].inSentence}) ends.`);
  }
  for (const arr of to.arrangements) {
    const old = before.get(arr.id);
    if (!old) {
      const unsaid = effectiveMembers(arr).filter((m) => !movedCcg.has(`${arr.id}\u0000${m}`));
      if (unsaid.length === 0) continue;
      const partner = arrangementPartner(arr, nameOf);
      say(
        'arrangement',
        arr.id,
        `The ${arr.name} (${MODEL_RULES[arr.model].inSentence}${partner}) is set up for ${listInWords(unsaid.map(nameOf))}, covering ${listInWords(arr.functions.map(functionName))}.`,
      );
      continue;
    }
    const the = `The ${arr.name}`;
    if (old.name !== arr.name)
      say('arrangement', arr.id, `The ${old.name} is renamed the ${arr.name}.`);
    if (old.model !== arr.model)
      say(
        'arrangement',
        arr.id,
        `${the} changes from a ${MODEL_RULES[old.model].inSentence} to a ${MODEL_RULES[arr.model].inSentence}.`,
      );
    if (old.providerId !== arr.providerId)
      say(
        'arrangement',
        arr.id,
        `${the} changes provider from ${old.providerId ? nameOf(old.providerId) : 'none'} to ${arr.providerId ? nameOf(arr.providerId) : 'none'}.`,
      );
    if (old.hostCcgId !== arr.hostCcgId)
      say(
        'arrangement',
        arr.id,
        `${the} changes host from ${old.hostCcgId ? nameOf(old.hostCcgId) : 'none'} to ${arr.hostCcgId ? nameOf(arr.hostCcgId) : 'none'}.`,
      );
    if (old.laId !== arr.laId)
      say(
        'arrangement',
        arr.id,
        `${the} changes local authority from ${old.laId ? nameOf(old.laId) : 'none'} to ${arr.laId ? nameOf(arr.laId) : 'none'}.`,
      );
    const m0 = new Set(effectiveMembers(old));
    const m1 = new Set(effectiveMembers(arr));
    const unsaid = (m: string): boolean => !movedCcg.has(`${arr.id}\u0000${m}`);
    for (const m of m1)
      if (!m0.has(m) && unsaid(m))
        say('arrangement', arr.id, `${nameOf(m)} joins the ${arr.name}.`);
    for (const m of m0)
      if (!m1.has(m) && unsaid(m))
        say('arrangement', arr.id, `${nameOf(m)} leaves the ${arr.name}.`);
    const f0 = new Set(old.functions);
    const f1 = new Set(arr.functions);
    const quiet = (f: string): boolean => !movedFunction.has(`${arr.id}\u0000${f}`);
    const added = arr.functions.filter((f) => !f0.has(f) && quiet(f)).map(functionName);
    const removed = old.functions.filter((f) => !f1.has(f) && quiet(f)).map(functionName);
    if (added.length) say('arrangement', arr.id, `${the} now also covers ${listInWords(added)}.`);
    if (removed.length)
      say('arrangement', arr.id, `${the} no longer covers ${listInWords(removed)}.`);
    if ((old.allocation ?? 'population') !== (arr.allocation ?? 'population')) {
      say(
        'arrangement',
        arr.id,
        `${the} now splits its cost ${arr.allocation === 'equal' ? 'equally' : 'by population'}.`,
      );
    }
    if (Boolean(old.riskShareAgreed) !== Boolean(arr.riskShareAgreed)) {
      say(
        'arrangement',
        arr.id,
        arr.riskShareAgreed
          ? `${the} now has its HR, legal and financial risk sharing agreed.`
          : `${the} no longer has its risk sharing agreed.`,
      );
    }
  }
}

function arrangementPartner(arr: Arrangement, nameOf: (id: string) => string): string {
  if (arr.providerId) return ` with ${nameOf(arr.providerId)}`;
  if (arr.laId) return ` with ${nameOf(arr.laId)}`;
  if (arr.hostCcgId) return ` hosted by ${nameOf(arr.hostCcgId)}`;
  return '';
}

function diffLaLinks(from: Scenario, to: Scenario, say: Say, nameOf: (id: string) => string): void {
  const key = (o: { ccgId: string; laId: string }): string => `${o.ccgId}\u0000${o.laId}`;
  const before = new Map(from.laOverlaps.map((o) => [key(o), o]));
  const after = new Map(to.laOverlaps.map((o) => [key(o), o]));
  // A removed CCG's links go with it: "X is removed" already says so.
  const remaining = new Set(indexScenario(to).ccgs.map((c) => c.id));
  for (const [k, o] of before) {
    if (!after.has(k) && remaining.has(o.ccgId))
      say('la-link', k, `${nameOf(o.ccgId)} is no longer linked to ${nameOf(o.laId)}.`);
  }
  for (const [k, o] of after) {
    const old = before.get(k);
    if (!old)
      say(
        'la-link',
        k,
        `${nameOf(o.ccgId)} is linked to ${nameOf(o.laId)}, where ${formatPercent(o.share)} of its population lives.`,
      );
    else if (old.share !== o.share) {
      say(
        'la-link',
        k,
        `The share of ${nameOf(o.ccgId)}’s population living in ${nameOf(o.laId)} changes from ${formatPercent(old.share)} to ${formatPercent(o.share)}.`,
      );
    }
  }
}

function diffAssumptions(a: Assumptions, b: Assumptions, say: Say): void {
  for (const info of assumptionInfos(b)) {
    const v0 = assumptionValue(a, info.path);
    const v1 = assumptionValue(b, info.path);
    if (v0 === undefined || v1 === undefined || v0 === v1) continue;
    say(
      'assumption',
      info.path,
      `${info.label} changes from ${formatAssumptionValue(v0, info.unit)} to ${formatAssumptionValue(v1, info.unit)}.`,
    );
  }
}
