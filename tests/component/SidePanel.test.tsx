// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '../../shared/assumptions/defaultAssumptions';
import { costScenario } from '../../shared/costing/costScenario';
import type { Arrangement, Node, Scenario } from '../../shared/model/workspace';
import { SidePanel } from '../../renderer/src/panel/SidePanel';
import { useUiStore } from '../../renderer/src/state/uiStore';
import { workspaceOf } from './fixtures';

afterEach(() => {
  cleanup();
  act(() => useUiStore.getState().select(null));
});

const nodes: Node[] = [
  {
    kind: 'ccg',
    id: 'ccg-ashby',
    name: 'Ashby CCG',
    population: 60_000,
    federated: false,
    x: 0,
    y: 0,
  },
  {
    kind: 'ccg',
    id: 'ccg-barford',
    name: 'Barford CCG',
    population: 140_000,
    federated: false,
    x: 300,
    y: 0,
  },
  { kind: 'provider', id: 'prov-csu', name: 'Midshire CSU', providerType: 'csu', x: 600, y: 0 },
];
const arrangements: Arrangement[] = [
  {
    id: 'arr-shared',
    name: 'Ashby and Barford shared service',
    model: 'shared-service',
    members: ['ccg-ashby', 'ccg-barford'],
    functions: ['bi', 'finance'],
    allocation: 'population',
    riskShareAgreed: false,
  },
  {
    id: 'arr-csu',
    name: 'Midshire CSU contract',
    model: 'csu',
    members: ['ccg-ashby'],
    providerId: 'prov-csu',
    functions: ['hr'],
  },
];

function setUp(selectedId: string | null) {
  const workspace = workspaceOf(nodes, arrangements);
  const scenario = workspace.scenarios[0] as Scenario;
  const result = costScenario(workspace, scenario.id);
  const onSelect = vi.fn();
  render(
    <SidePanel
      scenario={scenario}
      result={result}
      assumptions={DEFAULT_ASSUMPTIONS}
      selectedId={selectedId}
      onSelect={onSelect}
    />,
  );
  return { result, onSelect };
}

/** The function table's row for a support function, found by the function's name. */
function functionRow(name: string): HTMLElement {
  const row = screen.getByRole('button', { name }).closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

describe("SidePanel against a CCG's own allowance", () => {
  it('names the published allowance for the year, not the £25 cap', () => {
    // Barford's published 2013/14 allowance: £3,100,000 (£22.14 a head of 140,000).
    const own = nodes.map((n) =>
      n.id === 'ccg-barford' ? { ...n, allowances: { '2013-14': 3_100_000 } } : n,
    );
    const workspace = workspaceOf(own, arrangements);
    const scenario = workspace.scenarios[0] as Scenario;
    const result = costScenario(workspace, scenario.id);
    const barford = result.ccgs.find((c) => c.id === 'ccg-barford');
    if (!barford) throw new Error('no Barford');
    render(
      <SidePanel
        scenario={scenario}
        result={result}
        assumptions={DEFAULT_ASSUMPTIONS}
        selectedId="ccg-barford"
        onSelect={vi.fn()}
      />,
    );
    const verb = { within: 'within', tight: 'tight against', over: 'over' }[barford.status];
    expect(screen.getByText(`${verb} its 2013/14 allowance of £3,100,000`)).toBeTruthy();
    expect(screen.queryByText(/£25 cap/)).toBeNull();
  });
});

describe('SidePanel', () => {
  it('breaks the selected CCG down by function, each with its mode and who delivers it', () => {
    setUp('ccg-ashby');
    expect(screen.getByRole('heading', { level: 2, name: 'Ashby CCG' })).toBeTruthy();
    const expected: Record<string, string> = {
      bi: 'Shared service',
      finance: 'Shared service',
      hr: 'CSU',
      contracting: 'In-house',
      procurement: 'In-house',
      it: 'In-house',
      comms: 'In-house',
      redesign: 'In-house',
      medicines: 'In-house',
      chc: 'In-house',
    };
    for (const fn of DEFAULT_ASSUMPTIONS.functions) {
      const row = functionRow(fn.name);
      expect(within(row).getByText(expected[fn.id] ?? 'missing')).toBeTruthy();
    }
    expect(
      within(functionRow('Business intelligence & population data')).getByText(
        'Ashby and Barford shared service',
      ),
    ).toBeTruthy();
    expect(
      within(functionRow('HR & organisational development')).getByText(
        'Midshire CSU contract, from Midshire CSU',
      ),
    ).toBeTruthy();
  });

  it('shows the core, the total against the cap and the headroom in British formats', () => {
    const { result } = setUp('ccg-ashby');
    const ashby = result.ccgs.find((c) => c.id === 'ccg-ashby');
    expect(ashby?.status).toBe('over');
    expect(screen.getByText('60,000')).toBeTruthy();
    // No published allowance: the national rate × the registered list is the test, and it says so.
    expect(
      screen.getByText('over the £25 cap (no published allowance: £25.00 × 60,000 registered)'),
    ).toBeTruthy();
    expect(screen.getByText('Governing body and statutory duties')).toBeTruthy();
    expect(screen.getByText('£600k')).toBeTruthy(); // fixed core
    expect(screen.getByText('£480k')).toBeTruthy(); // £8.00 × 60,000
    expect(screen.getByText('Total running cost')).toBeTruthy();
  });

  it('explains how a figure was worked out from its basis', () => {
    setUp('ccg-ashby');
    const toggle = screen.getByRole('button', { name: 'Contracting & contract performance' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    // u = 2.40 × 0.24^−0.20 = 3.1927…; × 60,000 = 191,563 → £192k
    expect(
      screen.getByText(
        'u = £2.40 × (60,000 / 250,000)^−0.20 = £3.19 a head at 60,000; × 60,000 = £192k',
      ),
    ).toBeTruthy();
    const shared = screen.getByRole('button', { name: 'Business intelligence & population data' });
    fireEvent.click(shared);
    expect(
      screen.getByText(
        /^u = £2\.20 × \(200,000 \/ 250,000\)\^−0\.30 = £2\.35 a head at 200,000 \(the arrangement's population\); pool = .* × \(1 \+ 4% overhead\) = .*; Ashby CCG pays 30% \(60,000 of 200,000\) = £\d+k$/,
      ),
    ).toBeTruthy();
  });

  it("lists the flags about the CCG and its arrangements, with severity in words, and not other CCGs' flags", () => {
    const { onSelect } = setUp('ccg-ashby');
    const flags = screen.getByRole('heading', { name: 'Risk flags' }).parentElement as HTMLElement;
    const items = within(flags).getAllByRole('button');
    const texts = items.map((b) => b.textContent ?? '');
    expect(texts.some((t) => t.includes('Breach') && t.includes('Ashby CCG runs at'))).toBe(true);
    expect(
      texts.some((t) => t.includes('Warning') && t.includes('Ashby CCG serves 60,000 people')),
    ).toBe(true);
    expect(
      texts.some(
        (t) =>
          t.includes('Warning') &&
          t.startsWith('! Warning') &&
          t.includes('Ashby and Barford shared service: the shared service has no agreement'),
      ),
    ).toBe(true);
    expect(texts.some((t) => t.includes('Barford CCG runs at'))).toBe(false);
    const riskShare = items.find((b) => b.textContent?.includes('has no agreement'));
    if (!riskShare) throw new Error('no risk-share flag');
    fireEvent.click(riskShare);
    expect(onSelect).toHaveBeenCalledWith('arr-shared');
  });

  it('with nothing selected shows the scenario totals and every flag; a flag selects its subject', () => {
    const { result, onSelect } = setUp(null);
    expect(screen.getByRole('heading', { level: 2, name: 'Test scenario' })).toBeTruthy();
    expect(screen.getByText('200,000')).toBeTruthy();
    expect(
      screen.getByText(
        `${result.totals.within} within · ${result.totals.tight} tight · ${result.totals.over} over`,
      ),
    ).toBeTruthy();
    const flagSection = screen.getByRole('heading', { name: /^Risk flags/ })
      .parentElement as HTMLElement;
    expect(within(flagSection).getAllByRole('button')).toHaveLength(result.flags.length);
    fireEvent.click(within(flagSection).getByRole('button', { name: /Barford CCG runs at/ }));
    expect(onSelect).toHaveBeenCalledWith('ccg-barford');
  });

  it('is the keyboard target for the canvas: id "inspector", focusable by script only', () => {
    setUp('ccg-ashby');
    const panel = screen.getByRole('complementary');
    expect(panel.id).toBe('inspector');
    expect(panel.getAttribute('tabindex')).toBe('-1');
  });

  it("shows the selected CCG's editable fields above its breakdown", () => {
    setUp('ccg-ashby');
    const panel = screen.getByRole('complementary');
    expect((within(panel).getByLabelText('Name') as HTMLInputElement).value).toBe('Ashby CCG');
    expect((within(panel).getByLabelText('Population') as HTMLInputElement).value).toBe('60,000');
    expect(within(panel).getByLabelText('Federated (devolved localities)')).toBeTruthy();
    expect(within(panel).getByRole('combobox', { name: 'PCT cluster' })).toBeTruthy();
    expect(within(panel).getByRole('button', { name: 'Create arrangement…' })).toBeTruthy();
  });

  it('with several items selected lists them and offers to create an arrangement of the CCGs', () => {
    act(() => useUiStore.getState().selectMany(['ccg-ashby', 'prov-csu', 'ccg-barford']));
    setUp('ccg-barford');
    expect(screen.getByRole('heading', { level: 2, name: '3 selected' })).toBeTruthy();
    expect(screen.getByText('2 CCGs with 200,000 people between them.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Create arrangement…' }));
    const form = within(screen.getByRole('form', { name: 'Create arrangement' }));
    expect((form.getByLabelText('Ashby CCG') as HTMLInputElement).checked).toBe(true);
    expect((form.getByLabelText('Barford CCG') as HTMLInputElement).checked).toBe(true);
  });

  it('choosing a flag selects its subject and asks the canvas to centre it', () => {
    const { onSelect } = setUp(null);
    const seq = useUiStore.getState().centreRequest?.seq ?? 0;
    fireEvent.click(screen.getByRole('button', { name: /Barford CCG runs at/ }));
    expect(onSelect).toHaveBeenCalledWith('ccg-barford');
    expect(useUiStore.getState().centreRequest).toEqual({ id: 'ccg-barford', seq: seq + 1 });
  });
});
