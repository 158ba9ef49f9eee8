import type { CcgResult, ScenarioResult } from '../../../shared/costing/results';
import type { Arrangement, Scenario, SlideHighlight } from '../../../shared/model/workspace';
import { MODEL_RULES } from '../../../shared/model/arrangementModels';
import { arrangementPartner } from '../common/describeArrangement';

/** A CCG card of the presentation rendering: bright (the slide's subject) or faint (context). */
export interface PresentedCard {
  readonly result: CcgResult;
  readonly bright: boolean;
  readonly highlighted: boolean;
}

/** An arrangement hub of the presentation rendering, placed under its members. */
export interface PresentedHub {
  readonly id: string;
  readonly name: string;
  /** "shared service", "CSU contract from Wexmoor and Fens CSU". */
  readonly what: string;
  /** Indices into the shown cards of its members. */
  readonly members: readonly number[];
  /** Centre across the diagram's width, 0–100 (%). */
  readonly at: number;
  readonly highlighted: boolean;
}

export interface PresentationLayout {
  readonly cards: readonly PresentedCard[];
  readonly columns: number;
  /** CCGs left out for want of room (said as "+N more"). */
  readonly moreCcgs: number;
  readonly hubs: readonly PresentedHub[];
  /** Arrangements left out for want of room. */
  readonly moreHubs: number;
  /** Whether member lines can be drawn (one row of cards: hubs sit under their members). */
  readonly lines: boolean;
}

/** Room available, in how many cards and hubs fit at projector size. */
export interface PresentationRoom {
  readonly columns: number;
  readonly rows: number;
  readonly hubs: number;
}

/** The arrangements a slide shows: its highlighted one, a highlighted CCG's, or (no highlight) all. */
function shownArrangements(
  scenario: Scenario,
  highlight: SlideHighlight | undefined,
): Arrangement[] {
  if (!highlight || highlight.kind === 'comparison') return [...scenario.arrangements];
  if (highlight.kind === 'arrangement')
    return scenario.arrangements.filter((a) => a.id === highlight.id);
  return scenario.arrangements.filter((a) => a.members.includes(highlight.id));
}

/**
 * What the presented canvas draws for a slide, and where: every CCG as a card at projector size
 * (the subject bright, the rest faint), in the canvas's reading order (rows top to bottom, then
 * left to right), and the subject's arrangement hubs labelled beneath their members. When the
 * cards do not fit the room, the subject's come first and the rest are counted, never squeezed.
 */
export function presentationLayout(
  scenario: Scenario,
  result: ScenarioResult,
  highlight: SlideHighlight | undefined,
  room: PresentationRoom,
): PresentationLayout {
  const position = new Map(scenario.nodes.map((n) => [n.id, n]));
  const arrangements = shownArrangements(scenario, highlight);
  const brightIds = new Set<string>();
  if (!highlight || highlight.kind === 'comparison')
    for (const c of result.ccgs) brightIds.add(c.id);
  else if (highlight.kind === 'ccg') brightIds.add(highlight.id);
  else for (const a of arrangements) for (const m of a.members) brightIds.add(m);
  const highlightedId = highlight && highlight.kind !== 'comparison' ? highlight.id : undefined;

  // Reading order on the canvas: bands of 200 canvas units (about a card's height with its gap), then x.
  const place = (id: string): [number, number] => {
    const n = position.get(id);
    return n && 'x' in n && 'y' in n && typeof n.x === 'number' && typeof n.y === 'number'
      ? [Math.round(n.y / 200), n.x]
      : [0, 0];
  };
  const ordered = [...result.ccgs].sort((a, b) => {
    const [ar, ax] = place(a.id);
    const [br, bx] = place(b.id);
    return ar - br || ax - bx;
  });
  const capacity = Math.max(1, room.columns * room.rows);
  let shown = ordered;
  if (ordered.length > capacity) {
    // The subject first, keeping reading order within each group.
    const subject = ordered.filter((c) => brightIds.has(c.id));
    const rest = ordered.filter((c) => !brightIds.has(c.id));
    const kept = new Set([...subject, ...rest].slice(0, capacity).map((c) => c.id));
    shown = ordered.filter((c) => kept.has(c.id));
  }
  const cards: PresentedCard[] = shown.map((c) => ({
    result: c,
    bright: brightIds.has(c.id),
    highlighted: c.id === highlightedId,
  }));
  const columns = Math.max(1, Math.min(room.columns, cards.length));
  const lines = cards.length <= columns;

  const index = new Map(cards.map((c, i) => [c.result.id, i]));
  const nameOf = (id: string): string => position.get(id)?.name ?? id;
  const candidates = arrangements
    .map((a) => ({
      a,
      members: a.members.map((m) => index.get(m)).filter((i): i is number => i !== undefined),
    }))
    .filter((h) => h.members.length > 0);
  const kept = candidates.slice(0, Math.max(0, room.hubs));
  // A hub sits under the middle of its members; several are spread evenly in that order, so
  // two hubs over the same members never sit on each other.
  const centre = (members: readonly number[]): number => {
    const columnOf = (i: number): number => (lines ? i : i % columns);
    return (
      members.reduce((sum, i) => sum + ((columnOf(i) + 0.5) / columns) * 100, 0) / members.length
    );
  };
  const byCentre = kept
    .map((h) => ({ ...h, want: centre(h.members) }))
    .sort((x, y) => x.want - y.want);
  const hubs: PresentedHub[] = byCentre.map((h, j) => {
    const partner = arrangementPartner(h.a, nameOf);
    return {
      id: h.a.id,
      name: h.a.name,
      what: partner
        ? `${MODEL_RULES[h.a.model].inSentence} ${partner}`
        : MODEL_RULES[h.a.model].inSentence,
      members: h.members,
      at: byCentre.length === 1 ? h.want : ((j + 0.5) / byCentre.length) * 100,
      highlighted: h.a.id === highlightedId,
    };
  });
  return {
    cards,
    columns,
    moreCcgs: ordered.length - cards.length,
    hubs,
    moreHubs: candidates.length - kept.length,
    lines,
  };
}

/** The centre of the shown card `i` across the diagram's width, 0–100 (%), when the cards are in one row. */
export function cardCentre(i: number, columns: number): number {
  return ((i + 0.5) / columns) * 100;
}
