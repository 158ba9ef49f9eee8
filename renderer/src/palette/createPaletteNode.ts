import { newId } from '../../../shared/edits/newId';
import { layoutScenario } from '../../../shared/layout/layoutScenario';
import type { Node, Scenario } from '../../../shared/model/workspace';
import {
  CCG_CARD_WIDTH,
  ORG_BOX_HEIGHT,
  ORG_BOX_WIDTH,
  ccgCardHeight,
} from '../canvas/canvasGeometry';
import { nextName } from './nextName';
import type { PaletteKind } from './paletteItems';

/**
 * Defaults a new organisation starts with, so it is valid (and costed) the moment it appears.
 * The inspector states each one beside its field.
 */
export const NEW_CCG_POPULATION = 100_000;
export const NEW_LOCALITY_POPULATION = 20_000;
export const NEW_LA_POPULATION = 300_000;
export const NEW_CLUSTER_SIZE = { width: 720, height: 420 } as const;

/** A point in canvas units. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Gap kept between a new organisation and what is already there when it is placed for the user. */
const GAP = 60;
/** Gap between CCGs placed side by side: room for an arrangement hub and its label between them. */
const HUB_ROOM = 200;

/** Size a new organisation of this kind is drawn at (localities are chips inside their CCG's card). */
export function paletteNodeSize(kind: PaletteKind): { width: number; height: number } {
  switch (kind) {
    case 'cluster':
      return NEW_CLUSTER_SIZE;
    case 'ccg':
      return { width: CCG_CARD_WIDTH, height: ccgCardHeight(0) };
    case 'locality':
      return { width: 0, height: 0 };
    default:
      return { width: ORG_BOX_WIDTH, height: ORG_BOX_HEIGHT };
  }
}

/** Boxes that a new organisation should not be dropped on top of. */
function occupiedBoxes(scenario: Scenario, kind: PaletteKind): Box[] {
  const boxes: Box[] = [];
  for (const item of layoutScenario(scenario).items.values()) {
    // A cluster is a region that contains cards: only another cluster is in its way, and it is in nothing's way.
    if (item.kind !== 'hub' && (item.kind === 'cluster') === (kind === 'cluster'))
      boxes.push(item.box);
  }
  if (kind !== 'cluster') {
    for (const a of scenario.arrangements)
      if (a.x !== undefined && a.y !== undefined)
        boxes.push({ x: a.x - 30, y: a.y - 30, width: 60, height: 60 });
  }
  return boxes;
}

function overlaps(a: Box, b: Box, gap: number): boolean {
  return (
    a.x < b.x + b.width + gap &&
    b.x < a.x + a.width + gap &&
    a.y < b.y + b.height + gap &&
    b.y < a.y + a.height + gap
  );
}

/** Whether a box lies wholly inside another. */
function inside(a: Box, outer: Box): boolean {
  return (
    a.x >= outer.x &&
    a.y >= outer.y &&
    a.x + a.width <= outer.x + outer.width &&
    a.y + a.height <= outer.y + outer.height
  );
}

/**
 * The top-left of a free spot for a box of this size, as close as possible to `wanted`: tried at
 * the spot itself, then in rings of neighbouring slots, the same row first and to the right
 * before the left, so new CCGs line up left to right. `gapX` is the room kept between slots in a
 * row (wider for CCGs, so an arrangement hub between two of them has room for its label).
 * With `within` (the part of the canvas on screen), a spot wholly inside it is preferred: the
 * nearest one there if any, else the nearest anywhere.
 */
export function findFreeSpot(
  wanted: Point,
  size: { width: number; height: number },
  taken: readonly Box[],
  gapX = GAP,
  within?: Box,
): Point {
  const stepX = size.width + gapX;
  const stepY = size.height + GAP;
  const free = (p: Point): boolean => !taken.some((b) => overlaps({ ...p, ...size }, b, GAP / 2));
  const search = (accept: (p: Point) => boolean): Point | null => {
    if (accept(wanted)) return wanted;
    for (let ring = 1; ring <= 12; ring++) {
      const slots: { dx: number; dy: number }[] = [];
      for (let dy = -ring; dy <= ring; dy++) {
        for (let dx = -ring; dx <= ring; dx++) {
          if (Math.max(Math.abs(dx), Math.abs(dy)) === ring) slots.push({ dx, dy });
        }
      }
      slots.sort(
        (p, q) =>
          Math.abs(p.dy) - Math.abs(q.dy) ||
          q.dy - p.dy ||
          Math.abs(p.dx) - Math.abs(q.dx) ||
          q.dx - p.dx,
      );
      for (const { dx, dy } of slots) {
        const p = { x: wanted.x + dx * stepX, y: wanted.y + dy * stepY };
        if (accept(p)) return p;
      }
    }
    return null;
  };
  const visible = within
    ? (search((p) => free(p) && inside({ ...p, ...size }, within)) ??
      scan(wanted, size, within, free))
    : null;
  return visible ?? search(free) ?? wanted;
}

/** Spots this far apart are tried across the view when the slots round the wanted spot are all taken. */
const SCAN_STEP = 16;

/**
 * The free spot wholly inside `within` nearest to `wanted`, tried on a fine grid: free space on
 * screen that the slots (a card's width apart) step over, such as a gap between two rows.
 */
function scan(
  wanted: Point,
  size: { width: number; height: number },
  within: Box,
  free: (p: Point) => boolean,
): Point | null {
  let best: Point | null = null;
  let bestDistance = Infinity;
  for (let y = within.y; y + size.height <= within.y + within.height; y += SCAN_STEP) {
    for (let x = within.x; x + size.width <= within.x + within.width; x += SCAN_STEP) {
      const distance = (x - wanted.x) ** 2 + (y - wanted.y) ** 2;
      if (distance < bestDistance && free({ x, y })) {
        best = { x: Math.round(x), y: Math.round(y) };
        bestDistance = distance;
      }
    }
  }
  return best;
}

export interface PaletteNodeRequest {
  readonly kind: PaletteKind;
  /** Where the new organisation's centre should be, in canvas units. */
  readonly centre: Point;
  /** 'drop': exactly where the user let go; 'place': the nearest free spot to it. */
  readonly placement: 'drop' | 'place';
  /** For a locality: the CCG it belongs to. */
  readonly ccgId?: string;
  /** For 'place': the part of the canvas on screen, where a spot is preferred. */
  readonly visible?: Box;
  /** For 'place': more boxes to keep clear of (what floats over the canvas: the minimap, the zoom buttons). */
  readonly avoid?: readonly Box[];
}

/**
 * A new organisation of the palette's kind with a readable id (newId), a default name ("New CCG
 * 1") and the defaults above. A CCG dropped inside a cluster joins it; a locality added to a CCG
 * that has none takes over the CCG's own population, so the CCG's figures do not jump.
 */
export function createPaletteNode(scenario: Scenario, request: PaletteNodeRequest): Node {
  const taken = new Set<string>([
    ...scenario.nodes.map((n) => n.id),
    ...scenario.arrangements.map((a) => a.id),
  ]);
  const size = paletteNodeSize(request.kind);
  const wanted = {
    x: Math.round(request.centre.x - size.width / 2),
    y: Math.round(request.centre.y - size.height / 2),
  };
  const at =
    request.placement === 'drop'
      ? wanted
      : findFreeSpot(
          wanted,
          size,
          [...occupiedBoxes(scenario, request.kind), ...(request.avoid ?? [])],
          request.kind === 'ccg' ? HUB_ROOM : GAP,
          request.visible,
        );
  const namesOf = (kind: Node['kind']): string[] =>
    scenario.nodes.filter((n) => n.kind === kind).map((n) => n.name);

  switch (request.kind) {
    case 'cluster':
      return {
        kind: 'cluster',
        id: newId('cluster', taken),
        name: nextName('New cluster', namesOf('cluster')),
        x: at.x,
        y: at.y,
        ...NEW_CLUSTER_SIZE,
      };
    case 'ccg': {
      const cx = at.x + size.width / 2;
      const cy = at.y + size.height / 2;
      const cluster = scenario.nodes.find(
        (n) =>
          n.kind === 'cluster' &&
          cx >= n.x &&
          cx <= n.x + n.width &&
          cy >= n.y &&
          cy <= n.y + n.height,
      );
      return {
        kind: 'ccg',
        id: newId('ccg', taken),
        name: nextName('New CCG', namesOf('ccg')),
        population: NEW_CCG_POPULATION,
        federated: false,
        x: at.x,
        y: at.y,
        ...(cluster ? { clusterId: cluster.id } : {}),
      };
    }
    case 'locality': {
      const ccgId = request.ccgId ?? '';
      const ccg = scenario.nodes.find((n) => n.id === ccgId);
      const hasLocalities = scenario.nodes.some((n) => n.kind === 'locality' && n.ccgId === ccgId);
      const population =
        !hasLocalities && ccg?.kind === 'ccg' && ccg.population !== undefined
          ? ccg.population
          : NEW_LOCALITY_POPULATION;
      return {
        kind: 'locality',
        id: newId('locality', taken),
        name: nextName('New locality', namesOf('locality')),
        ccgId,
        population,
      };
    }
    case 'localAuthority':
      return {
        kind: 'localAuthority',
        id: newId('la', taken),
        name: nextName('New local authority', namesOf('localAuthority')),
        population: NEW_LA_POPULATION,
        x: at.x,
        y: at.y,
      };
    case 'csu':
      return {
        kind: 'provider',
        id: newId('csu', taken),
        name: nextName('New CSU', namesOf('provider')),
        providerType: 'csu',
        x: at.x,
        y: at.y,
      };
    case 'provider':
      return {
        kind: 'provider',
        id: newId('provider', taken),
        name: nextName('New provider', namesOf('provider')),
        providerType: 'private',
        x: at.x,
        y: at.y,
      };
  }
}
