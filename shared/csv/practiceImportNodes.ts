/**
 * Places an imported practice list on the canvas: one CCG card per CCG in a grid, each with its
 * localities as chips, either as a clipboard to paste into a scenario (one undoable edit) or as
 * the only scenario of a new workspace.
 */
import { DEFAULT_ASSUMPTIONS } from '../assumptions/defaultAssumptions';
import type { Clipboard } from '../edits/edit';
import { WORKSPACE_FORMAT, WORKSPACE_VERSION, type Node, type Workspace } from '../model/workspace';
import { CCG_CARD_WIDTH, ccgCardHeight } from '../samples/sampleBuilders';
import type { PracticeImport } from './buildPracticeImport';

/** Canvas units between cards. */
const GAP_X = 40;
const GAP_Y = 48;
/** Most cards in a row: beyond this the grid grows downwards. */
const MAX_COLUMNS = 6;

/** A readable id from a name: "Ashby CCG" → "ashby-ccg"; '' when the name has no letters or digits. */
export function slugId(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** `base`, or `base-2`, `base-3`… whichever is not yet in `taken` (which it is then added to). */
function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/**
 * The imported CCGs and localities as a clipboard: ids from their names (unique among
 * themselves; a paste gives a fresh id to any that the scenario already uses), CCG cards laid
 * out in a grid whose top-left is `origin`. Imported CCGs are not federated: marking one is the
 * user's decision, since it adds a cost per devolved locality.
 */
export function practiceImportClipboard(
  imported: PracticeImport,
  origin: { readonly x: number; readonly y: number } = { x: 0, y: 0 },
): Clipboard {
  const taken = new Set<string>();
  const nodes: Node[] = [];
  const columns = Math.max(1, Math.min(MAX_COLUMNS, Math.ceil(Math.sqrt(imported.ccgs.length))));
  let rowTop = origin.y;
  let rowHeight = 0;
  imported.ccgs.forEach((ccg, i) => {
    const column = i % columns;
    if (column === 0 && i > 0) {
      rowTop += rowHeight + GAP_Y;
      rowHeight = 0;
    }
    rowHeight = Math.max(rowHeight, ccgCardHeight(ccg.localities.length));
    const ccgId = uniqueId(slugId(ccg.name) || `ccg-${i + 1}`, taken);
    nodes.push({
      kind: 'ccg',
      id: ccgId,
      name: ccg.name,
      // A CCG with localities counts theirs; its own population is only for a CCG without any.
      ...(ccg.localities.length === 0 ? { population: ccg.population } : {}),
      federated: false,
      x: Math.round(origin.x + column * (CCG_CARD_WIDTH + GAP_X)),
      y: Math.round(rowTop),
    });
    ccg.localities.forEach((loc, j) => {
      nodes.push({
        kind: 'locality',
        id: uniqueId(`${ccgId}-${slugId(loc.name) || `locality-${j + 1}`}`, taken),
        name: loc.name,
        ccgId,
        population: loc.population,
        practices: loc.practices,
      });
    });
  });
  return { nodes, arrangements: [] };
}

export interface PracticeWorkspaceOptions {
  readonly id: string;
  readonly name: string;
  /** createdAt and updatedAt. */
  readonly now: Date;
}

/**
 * A new workspace holding the imported CCGs and localities in one scenario, with the default
 * assumptions (a deep copy, so nothing can reach back into the shared defaults).
 */
export function practiceImportWorkspace(
  imported: PracticeImport,
  options: PracticeWorkspaceOptions,
): Workspace {
  const stamp = options.now.toISOString();
  return {
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    id: options.id,
    name: options.name,
    createdAt: stamp,
    updatedAt: stamp,
    assumptions: JSON.parse(JSON.stringify(DEFAULT_ASSUMPTIONS)) as Workspace['assumptions'],
    scenarios: [
      {
        id: 'scenario-1',
        name: 'Imported practices',
        nodes: practiceImportClipboard(imported).nodes,
        laOverlaps: [],
        arrangements: [],
      },
    ],
  };
}
