// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { costScenario } from '../../shared/costing/costScenario';
import type { CcgResult } from '../../shared/costing/results';
import type { CcgNode, LocalityNode } from '../../shared/model/workspace';
import { CcgCard } from '../../renderer/src/canvas/CcgCard';
import { workspaceOf } from './fixtures';

afterEach(cleanup);

const ashby: CcgNode = {
  kind: 'ccg',
  id: 'ccg-ashby',
  name: 'Ashby CCG',
  federated: false,
  x: 40,
  y: 60,
};
const localities: LocalityNode[] = [
  {
    kind: 'locality',
    id: 'loc-ashby-north',
    name: 'Ashby North',
    ccgId: 'ccg-ashby',
    population: 130_000,
  },
  {
    kind: 'locality',
    id: 'loc-ashby-south',
    name: 'Ashby South',
    ccgId: 'ccg-ashby',
    population: 120_000,
  },
];

/** One in-house CCG of 250,000 (the reference population) on the default assumptions. */
function ashbyResult(): CcgResult {
  const result = costScenario(workspaceOf([ashby, ...localities]), 's1');
  const ccg = result.ccgs[0];
  if (!ccg) throw new Error('no CCG costed');
  return ccg;
}

function renderCard(
  result: CcgResult,
  props: { selected?: boolean; onSelect?: (id: string) => void; locs?: LocalityNode[] } = {},
) {
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
    const card = screen.getByRole('button', {
      name: /^Ashby CCG, £\d+\.\d\d per head, (within|tight against|over) the £25 cap/,
    });
    expect(card.getAttribute('aria-label')).toMatch(
      /^Ashby CCG, £24\.40 per head, tight against the £25 cap \(no published allowance: £25\.00 × 250,000 registered\), headroom £150k/,
    );
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
    const card = screen.getByRole('button', {
      name: /^Ashby CCG, £\d+\.\d\d per head, over the £25 cap/,
    });
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
    const south = screen.getByRole('button', {
      name: 'Ashby South, locality of Ashby CCG, population 120,000',
    });
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

/**
 * Cards against the CCG's own allowance. The reference CCG of 250,000 costs £6.1m in 2013/14 (see
 * the first test) and 1.01 × 6,100,000 = £6,161,000 in 2014/15.
 */
describe("CcgCard against the CCG's own allowance", () => {
  function card(node: CcgNode, yearId: string, yearLabel: string, capPerHead: number): HTMLElement {
    const result = costScenario(workspaceOf([node, ...localities]), 's1', { yearId }).ccgs[0];
    if (!result) throw new Error('no CCG costed');
    render(
      <svg>
        <CcgCard
          ccg={node}
          result={result}
          localities={localities}
          capPerHead={capPerHead}
          yearLabel={yearLabel}
          selected={false}
          onSelect={vi.fn()}
        />
      </svg>,
    );
    return screen.getByRole('button', { name: /^Ashby CCG,/ });
  }

  it('a published £6.5m: within its 2013/14 allowance (6,100,000 ≤ 0.96 × 6,500,000 = 6,240,000), badge at £26 a head', () => {
    const el = card({ ...ashby, allowances: { '2013-14': 6_500_000 } }, '2013-14', '2013/14', 25);
    expect(el.getAttribute('aria-label')).toBe(
      'Ashby CCG, £24.40 per head, within its 2013/14 allowance of £6,500,000, headroom £400k, population 250,000, 2 localities',
    );
    // 6,500,000 ÷ 250,000 = £26 a head, not the national £25.
    expect(within(el).getByText('✓ Within £26')).toBeTruthy();
    expect(el.getAttribute('aria-label')).not.toContain('£25');
  });

  it('2014/15 scaled from it: 6,500,000 × 24.73 ÷ 25 = £6,429,800 (£25.72 a head)', () => {
    const el = card(
      { ...ashby, allowances: { '2013-14': 6_500_000 } },
      '2014-15',
      '2014/15',
      24.73,
    );
    // 6,161,000 ≤ 0.96 × 6,429,800 = 6,172,608: within; headroom 268,800.
    expect(el.getAttribute('aria-label')).toMatch(
      /^Ashby CCG, £24\.64 per head, within its 2014\/15 allowance of £6,429,800, headroom £269k/,
    );
    // "✓ Within £25.72" is too wide beside "£24.64 per head", so the badge keeps only the status.
    expect(within(el).getByText('✓ Within')).toBeTruthy();
    expect(within(el).queryByText(/£25\b/)).toBeNull();
  });

  it('an allowance population but no published figure: £25 × 240,000 = £6,000,000, so over, and it says how', () => {
    const el = card({ ...ashby, allowancePopulation: 240_000 }, '2013-14', '2013/14', 25);
    expect(el.getAttribute('aria-label')).toMatch(
      /^Ashby CCG, £24\.40 per head, over its 2013\/14 allowance of £6,000,000 \(no published figure: £25\.00 × 240,000 allowance population\), headroom −£100k/,
    );
    // 6,000,000 ÷ 250,000 = £24 a head.
    expect(within(el).getByText('✕ Over £24')).toBeTruthy();
  });
});
