import { newId } from '../../../shared/edits/newId';
import type {
  Arrangement,
  ArrangementModel,
  Node,
  Scenario,
} from '../../../shared/model/workspace';
import { CCG_CARD_WIDTH, ccgCardHeight } from '../canvas/canvasGeometry';
import { MODEL_RULES } from '../../../shared/model/arrangementModels';

/** What the "Create arrangement" form holds while it is filled in. */
export interface ArrangementDraft {
  readonly model: ArrangementModel;
  readonly name: string;
  readonly members: readonly string[];
  readonly hostCcgId: string;
  readonly laId: string;
  readonly providerId: string;
  readonly functions: readonly string[];
  readonly allocation: 'population' | 'equal';
  readonly riskShareAgreed: boolean;
}

/** "Ashby and Barford shared service", "Ashby, Barford and Cole CSU contract", "Ashby and 4 others …". */
export function defaultArrangementName(
  model: ArrangementModel,
  memberIds: readonly string[],
  nodes: readonly Node[],
): string {
  const names = memberIds.map((id) =>
    (nodes.find((n) => n.id === id)?.name ?? id).replace(/ CCG$/, ''),
  );
  const words = MODEL_RULES[model].nameWords;
  if (names.length === 0) return `New ${words}`;
  if (names.length > 3) return `${names[0] ?? ''} and ${names.length - 1} others ${words}`;
  const list =
    names.length === 1
      ? names[0]
      : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
  return `${list} ${words}`;
}

/**
 * Where a hub sits: the centroid of its member cards' centres, in whole canvas units (and where
 * a hub with no members on the canvas falls back to the origin).
 */
export function membersCentroid(
  scenario: Scenario,
  memberIds: readonly string[],
): { x: number; y: number } {
  const counts = new Map<string, number>();
  for (const n of scenario.nodes)
    if (n.kind === 'locality') counts.set(n.ccgId, (counts.get(n.ccgId) ?? 0) + 1);
  const centres = memberIds.flatMap((id) => {
    const n = scenario.nodes.find((m) => m.id === id);
    return n?.kind === 'ccg'
      ? [{ x: n.x + CCG_CARD_WIDTH / 2, y: n.y + ccgCardHeight(counts.get(n.id) ?? 0) / 2 }]
      : [];
  });
  if (centres.length === 0) return { x: 0, y: 0 };
  return {
    x: Math.round(centres.reduce((s, p) => s + p.x, 0) / centres.length),
    y: Math.round(centres.reduce((s, p) => s + p.y, 0) / centres.length),
  };
}

/**
 * The arrangement a draft describes, with a fresh id and its hub at the members' centroid. Only
 * the fields its model uses are set; a missing host, council or provider is left out for the
 * validator to name, so the form shows the same message a file import would.
 */
export function buildArrangement(draft: ArrangementDraft, scenario: Scenario): Arrangement {
  const taken = new Set<string>([
    ...scenario.nodes.map((n) => n.id),
    ...scenario.arrangements.map((a) => a.id),
  ]);
  const hub = membersCentroid(scenario, draft.members);
  const base = {
    id: newId('arr', taken),
    name: draft.name.trim(),
    model: draft.model,
    members: [...draft.members],
    functions: [...draft.functions],
    x: hub.x,
    y: hub.y,
  };
  const rules = MODEL_RULES[draft.model];
  const field = rules.partner.field;
  const partnerId = field === 'none' ? '' : draft[field];
  return {
    ...base,
    ...(field !== 'none' && partnerId ? { [field]: partnerId } : {}),
    ...(rules.memberSplit
      ? { allocation: draft.allocation, riskShareAgreed: draft.riskShareAgreed }
      : {}),
  };
}
