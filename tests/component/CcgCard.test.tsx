// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { costScenario } from '../../shared/costing/costScenario';
import type { CcgResult } from '../../shared/costing/results';
import type { CcgNode, LocalityNode } from '../../shared/model/workspace';
import { CcgCard } from '../../renderer/src/canvas/CcgCard';
import { workspaceOf } from './fixtures';

afterEach(cleanup);

const ashby: CcgNode = { kind: 'ccg', id: 'ccg-ashby', name: 'Ashby CCG', federated: false, x: 40, y: 60 };
const localities: LocalityNode[] = [
  { kind: 'locality', id: 'loc-ashby-north', name: 'Ashby North', ccgId: 'ccg-ashby', population: 130_000 },
  { kind: 'locality', id: 'loc-ashby-south', name: 'Ashby South', ccgId: 'ccg-ashby', population: 120_000 },
];

/** One in-house CCG of 250,000 (the reference population) on the default assumptions. */
function ashbyResult(): CcgResult {
  const result = costScenario(workspaceOf([ashby, ...localities]), 's1');
  const ccg = result.ccgs[0];
  if (!ccg) throw new Error('no CCG costed');
  return ccg;
}

function renderCard(result: CcgResult, props: { selected?: boolean; onSelect?: (id: string) => void; locs?: LocalityNode[] } = {}) {
  const onSelect = props.onSelect ?? vi.fn();
  render(
    <svg>
      <CcgCard
        ccg={ashby}
        result={result}
        localities={props.locs ?? localities}
        capPerHead={25}
        selected={props.selected ?? false}
        onSelect={onSelect}
      />
    </svg>,
  );
  return { onSelect };
}

describe('CcgCard', () => {
  it('costs the hand-worked case: 600,000 + 8·250,000 + 14.00·250,000 = £6.1m, £24.40 a head, tight', () => {
    const r = ashbyResult();
    expect(r.population).toBe(250_000);
    expect(r.total).toBeCloseTo(6_100_000, 2);
    expect(r.perHead).toBeCloseTo(24.4, 10);
    expect(r.status).toBe('tight'); // 24.40 > 25 × 0.96 = 24.00, and ≤ 25
  });

  it('has an accessible name that starts with the CCG, its figure and its status', () => {
    renderCard(ashbyResult());
    const card = screen.getByRole('button', { name: /^Ashby CCG, £\d+\.\d\d per head, (within|tight against|over) the £25 cap/ });
    expect(card.getAttribute('aria-label')).toMatch(/^Ashby CCG, £24\.40 per head, tight against the £25 cap, headroom £150k/);
    expect(card.getAttribute('tabindex')).toBe('0');
  });

  it('shows status as text with an icon, not only as colour', () => {
    renderCard(ashbyResult());
    const card = screen.getByRole('button', { name: /^Ashby CCG,/ });
    expect(within(card).getByText('! Tight £25')).toBeTruthy();
    expect(card.getAttribute('class')).toContain('status-tight');
  });

  it('shows an over-cap CCG as over in words', () => {
    const small: CcgNode = { ...ashby, population: 62_000 };
    const result = costScenario(workspaceOf([small]), 's1').ccgs[0];
    if (!result) throw new Error('no CCG costed');
    renderCard(result, { locs: [] });
    const card = screen.getByRole('button', { name: /^Ashby CCG, £\d+\.\d\d per head, over the £25 cap/ });
    expect(within(card).getByText('✕ Over £25')).toBeTruthy();
    expect(within(card).getByText('62,000 people')).toBeTruthy();
  });

  it('uses British number formats for figures and populations', () => {
    renderCard(ashbyResult());
    const card = screen.getByRole('button', { name: /^Ashby CCG,/ });
    expect(within(card).getByText('£24.40')).toBeTruthy();
    expect(within(card).getByText('250,000 people')).toBeTruthy();
    expect(within(card).getByText('£150k')).toBeTruthy();
    // Locality chips: buttons of their own beside the card's (not nested in it), name and population.
    const south = screen.getByRole('button', { name: 'Ashby South, locality of Ashby CCG, population 120,000' });
    expect(within(south).getByText('Ashby South')).toBeTruthy();
    expect(within(south).getByText('120,000')).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Ashby North, / })).toBeTruthy();
    expect(within(card).queryByText('Ashby South')).toBeNull();
  });

  it('calls onSelect on click, Enter and Space', () => {
    const { onSelect } = renderCard(ashbyResult());
    const card = screen.getByRole('button', { name: /^Ashby CCG,/ });
    fireEvent.click(card);
    fireEvent.keyDown(card, { key: 'Enter' });
    fireEvent.keyDown(card, { key: ' ' });
    fireEvent.keyDown(card, { key: 'a' });
    expect(onSelect).toHaveBeenCalledTimes(3);
    expect(onSelect).toHaveBeenCalledWith('ccg-ashby');
  });

  it('marks the selected card as pressed', () => {
    renderCard(ashbyResult(), { selected: true });
    const card = screen.getByRole('button', { name: /^Ashby CCG,/, pressed: true });
    expect(card.getAttribute('class')).toContain('is-selected');
  });
});
