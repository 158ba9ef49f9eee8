/**
 * Interaction latency at England scale: input event → the next painted frame that shows its
 * result, for the five things a finance lead does all the time — select a card, drop a dragged
 * card, commit an inspector field, switch scenario, undo. Each is repeated and reported as a p95.
 */
import type { Page } from '@playwright/test';
import type { Workspace } from '../../shared/model/workspace';
import { timeInteraction } from './interactionTimer';
import { percentile } from './stats';
import { withTimeout } from './withTimeout';

export const INTERACTIONS = ['select', 'drop', 'commit', 'scenario', 'undo'] as const;
export type Interaction = (typeof INTERACTIONS)[number];

export interface InteractionFigures {
  /** p95 over every sample of the five interactions together. */
  readonly interactionP95Ms: number;
  readonly interactionSelectP95Ms: number;
  readonly interactionDropP95Ms: number;
  readonly interactionCommitP95Ms: number;
  readonly interactionScenarioP95Ms: number;
  readonly interactionUndoP95Ms: number;
  readonly interactionRepetitions: number;
}

/** The interaction budget: a response within a tenth of a second feels immediate. */
export const INTERACTION_BUDGET_MS = 100;

/** A human pause between repetitions: autosave and other idle work finish, as they would. */
const PAUSE_MS = 500;

/** The scenario the bench switches to: the same England with every CCG supporting itself. */
export const IN_HOUSE_SCENARIO_ID = 'bench-in-house';

/**
 * `workspace` with a second scenario to switch to: its first scenario without arrangements, so
 * the canvas, the totals and every card differ between the two.
 */
export function withSecondScenario(workspace: Workspace): Workspace {
  const first = workspace.scenarios[0];
  if (!first) throw new Error('The workspace has no scenario.');
  return {
    ...workspace,
    scenarios: [
      first,
      { ...first, id: IN_HOUSE_SCENARIO_ID, name: `${first.name}, all in-house`, arrangements: [] },
    ],
  };
}

interface Card {
  readonly id: string;
  readonly x: number;
  readonly y: number;
}

/**
 * CCG cards drawn in full whose name strip can be pressed (not under the minimap or the zoom
 * controls) with room for a short drag below and to the right, nearest the middle first.
 */
async function pressableCards(page: Page): Promise<Card[]> {
  return page.evaluate(() => {
    const svg = document.querySelector('svg.canvas-svg');
    if (!svg) return [];
    const view = svg.getBoundingClientRect();
    const mid = { x: view.left + view.width / 2, y: view.top + view.height / 2 };
    const found: { id: string; x: number; y: number; d: number }[] = [];
    document.querySelectorAll('.ccg-card .card-frame').forEach((frame) => {
      const id = frame.closest('[data-node-id]')?.getAttribute('data-node-id');
      if (!id) return;
      const r = frame.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + 20;
      if (x - 40 < view.left || x + 120 > view.right || y < view.top || y + 120 > view.bottom)
        return;
      const hit = document.elementFromPoint(x, y);
      if (!hit || hit.closest('[data-node-id]')?.getAttribute('data-node-id') !== id) return;
      found.push({ id, x, y, d: Math.hypot(x - mid.x, y - mid.y) });
    });
    return found.sort((a, b) => a.d - b.d).map(({ id, x, y }) => ({ id, x, y }));
  });
}

const cardSelector = (id: string): string => `[data-node-id="${id}"]`;

export interface InteractionBenchOptions {
  readonly repetitions: number;
  readonly log: (line: string) => void;
}

/** Measures the five interactions on the canvas `page` shows (England open, at a working zoom). */
export async function benchInteractions(
  page: Page,
  options: InteractionBenchOptions,
): Promise<InteractionFigures> {
  const samples: Record<Interaction, number[]> = {
    select: [],
    drop: [],
    commit: [],
    scenario: [],
    undo: [],
  };
  const time = (
    kind: Interaction,
    ...args: Parameters<typeof timeInteraction> extends [Page, ...infer R] ? R : never
  ) =>
    withTimeout(timeInteraction(page, ...args), 15_000, `waiting for "${kind}" to be drawn`).then(
      async (ms) => {
        samples[kind].push(ms);
        await page.waitForTimeout(PAUSE_MS);
      },
    );

  const cards = await pressableCards(page);
  const [a, b] = cards;
  if (!a || !b) throw new Error('Found fewer than two CCG cards to press at the working zoom.');

  options.log('  select');
  // The card is highlighted on the press and its details fill the panel on release: done when the
  // panel shows the other card's fields.
  const panelShows = {
    kind: 'changed',
    selector: '#inspector section.inspector-section',
    attribute: 'aria-label',
  } as const;
  for (let i = 0; i < options.repetitions; i++) {
    const card = i % 2 === 0 ? a : b;
    await time('select', 'pointerdown', panelShows, () => page.mouse.click(card.x, card.y));
  }

  options.log('  drop and undo');
  for (let i = 0; i < options.repetitions; i++) {
    const original = await page.locator(cardSelector(a.id)).getAttribute('transform');
    if (original === null) throw new Error(`Card ${a.id} has no position.`);
    await page.mouse.move(a.x, a.y);
    await time(
      'drop',
      'pointerup',
      { kind: 'changed', selector: cardSelector(a.id), attribute: 'transform' },
      async () => {
        await page.mouse.down();
        await page.mouse.move(a.x + 30, a.y + 20, { steps: 4 });
        await page.mouse.move(a.x + 60, a.y + 40, { steps: 4 });
        await page.mouse.up();
      },
    );
    await time(
      'undo',
      'keydown',
      { kind: 'equals', selector: cardSelector(a.id), attribute: 'transform', value: original },
      () => page.keyboard.press('Control+z'),
    );
  }

  options.log('  commit an inspector field');
  await page.mouse.click(a.x, a.y);
  const nameField = page
    .locator('#inspector section.inspector-section')
    .getByLabel('Name', { exact: true });
  const originalName = await nameField.inputValue();
  const cardLabel = {
    kind: 'changed',
    selector: `${cardSelector(a.id)} > .ccg-card`,
    attribute: 'aria-label',
  } as const;
  for (let i = 0; i < options.repetitions; i++) {
    await nameField.fill(i % 2 === 0 ? `${originalName} North` : originalName);
    await time('commit', 'keydown', cardLabel, () => nameField.press('Enter'));
  }

  options.log('  switch scenario');
  const picker = page.locator('#scenario-select');
  await picker.focus();
  for (let i = 0; i < options.repetitions; i++) {
    await time('scenario', 'keydown', { kind: 'changed', selector: 'dl.totals' }, () =>
      picker.press(i % 2 === 0 ? 'ArrowDown' : 'ArrowUp'),
    );
  }

  const all = INTERACTIONS.flatMap((k) => samples[k]);
  return {
    interactionP95Ms: percentile(all, 95),
    interactionSelectP95Ms: percentile(samples.select, 95),
    interactionDropP95Ms: percentile(samples.drop, 95),
    interactionCommitP95Ms: percentile(samples.commit, 95),
    interactionScenarioP95Ms: percentile(samples.scenario, 95),
    interactionUndoP95Ms: percentile(samples.undo, 95),
    interactionRepetitions: options.repetitions,
  };
}
