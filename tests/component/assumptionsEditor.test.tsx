// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ASSUMPTION_INFO } from '../../shared/assumptions/assumptionInfo';
import type { Node, Workspace } from '../../shared/model/workspace';
import { App } from '../../renderer/src/App';
import { useDocumentStore } from '../../renderer/src/state/documentStore';
import { appEditor } from '../../renderer/src/editor/appEditor';
import { useUiStore } from '../../renderer/src/state/uiStore';
import { workspaceOf } from './fixtures';

// The assumptions editor changes the document only through edits: a value out of range is
// refused beside its field and changes nothing; a scenario's own value is shown against the
// workspace's with a Reset; every change is one undo step and every figure follows at once.

/**
 * Solo CCG, 250,000 people, everything in-house, default assumptions (DESIGN.md §4):
 * core 600,000 + 8.00 × 250,000 = 2,600,000; functions at the reference population £14.00 a
 * head = 3,500,000; total 6,100,000 = £24.40 a head. Amber line at £25: 25 × 0.96 = £24.00, so
 * "tight"; at £35 (amber line £33.60) "within". Raising BI from £2.20 to £2.50 a head adds
 * £0.30: £24.70, still tight at £25.
 */
const nodes: Node[] = [
  {
    kind: 'ccg',
    id: 'ccg-solo',
    name: 'Solo CCG',
    population: 250_000,
    federated: false,
    x: 0,
    y: 0,
  },
];

function twoScenarios(): Workspace {
  const one = workspaceOf(nodes);
  const first = one.scenarios[0];
  if (!first) throw new Error('fixture has no scenario');
  return { ...one, scenarios: [first, { ...first, id: 's2', name: 'Second scenario' }] };
}

beforeEach(() => {
  void appEditor().open(twoScenarios(), { kind: 'file', fileName: 'test.ccgm' });
});
afterEach(cleanup);

const doc = () => useDocumentStore.getState().workspace;
const historyLength = () => useDocumentStore.temporal.getState().pastStates.length;
const cardLabel = () =>
  document
    .querySelector('[role="button"][aria-label^="Solo CCG, £"]')
    ?.getAttribute('aria-label') ?? '';

function describedText(input: HTMLElement): string {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

/**
 * Opens the editor in a scope. Label and text queries, not role queries: the whole App is
 * rendered, and role queries over it are slow enough in jsdom to time out on a busy machine.
 */
function openEditor(scope: 'Workspace (base)' | 'This scenario'): HTMLElement {
  render(<App />);
  // The command sits in the header's Scenario menu.
  fireEvent.click(screen.getByRole('button', { name: 'Scenario' }));
  fireEvent.click(screen.getByText('Assumptions…'));
  const dialog = document.querySelector<HTMLElement>('[role="dialog"]');
  if (!dialog) throw new Error('the assumptions editor did not open');
  expect(
    dialog.getAttribute('aria-labelledby') &&
      document.getElementById(dialog.getAttribute('aria-labelledby') ?? '')?.textContent,
  ).toBe('Assumptions');
  fireEvent.click(within(dialog).getByLabelText(new RegExp(`^${scope.replace(/[()]/g, '\\$&')}`)));
  return dialog;
}

// Each test renders the whole App with some forty fields; generous time for a shared CI machine.
describe('assumptions editor', { timeout: 30_000 }, () => {
  it('lists every parameter of DESIGN.md §4, each with its unit and range, and the rationale', () => {
    const dialog = openEditor('Workspace (base)');
    const fields = dialog.querySelectorAll('input[type="text"]');
    // Each planning year has a label, an allowance per head and a cost index.
    expect(fields).toHaveLength(
      ASSUMPTION_INFO.length +
        3 * doc().assumptions.years.length +
        2 * doc().assumptions.functions.length,
    );
    const cap = within(dialog).getByLabelText('2013/14: running cost allowance per head');
    expect((cap as HTMLInputElement).value).toBe('£25.00');
    expect(describedText(cap)).toContain('£ per head a year; valid £5.00 to £60.00');
    expect(
      within(dialog).getAllByText(
        /Up to £25 a head from 2013\/14: the Operating Framework 2012\/13/,
      ).length,
    ).toBeGreaterThan(0);
    expect(
      (
        within(dialog).getByLabelText(
          '2015/16: running cost allowance per head',
        ) as HTMLInputElement
      ).value,
    ).toBe('£22.07');
    const margin = within(dialog).getByLabelText('Amber margin below the cap') as HTMLInputElement;
    expect(margin.value).toBe('4%');
    expect(describedText(margin)).toContain('Per cent (%); valid 0% to 100%');
    expect(
      (
        within(dialog).getByLabelText(
          'IT & information governance: scale elasticity',
        ) as HTMLInputElement
      ).value,
    ).toBe('0.35');
  });

  it('refuses a value out of range with a message beside the field, and changes nothing', () => {
    const dialog = openEditor('Workspace (base)');
    const before = doc();
    const margin = within(dialog).getByLabelText('Amber margin below the cap');
    fireEvent.change(margin, { target: { value: '150%' } });
    expect(margin.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(margin)).toContain('Must be 0% to 100%, not 150%');
    fireEvent.keyDown(margin, { key: 'Enter' });
    fireEvent.blur(margin);
    expect(doc()).toBe(before);
    expect(historyLength()).toBe(0);

    const cap = within(dialog).getByLabelText('2013/14: running cost allowance per head');
    fireEvent.change(cap, { target: { value: 'twenty' } });
    expect(describedText(cap)).toContain('“twenty” is not a number: type digits, such as £2.10');
    fireEvent.keyDown(cap, { key: 'Escape' });
    expect((cap as HTMLInputElement).value).toBe('£25.00');
    expect(cap.getAttribute('aria-invalid')).toBeNull();
  });

  it('accepts British input for the base ("5%", "£1.5m"), one undo step each, and every scenario follows', () => {
    const dialog = openEditor('Workspace (base)');
    const margin = within(dialog).getByLabelText('Amber margin below the cap');
    fireEvent.change(margin, { target: { value: '5%' } });
    fireEvent.keyDown(margin, { key: 'Enter' });
    expect(doc().assumptions.amberMargin).toBe(0.05);
    const other = within(dialog).getByLabelText('CSU: population of other customers');
    fireEvent.change(other, { target: { value: '£1.5m' } });
    fireEvent.blur(other);
    expect(doc().assumptions.models.csu.otherCustomersPopulation).toBe(1_500_000); // the default: no change
    fireEvent.change(other, { target: { value: '2,000,000' } });
    fireEvent.blur(other);
    expect(doc().assumptions.models.csu.otherCustomersPopulation).toBe(2_000_000);
    expect(historyLength()).toBe(2);
    expect(doc().scenarios.every((s) => s.assumptionOverrides === undefined)).toBe(true);
  });

  it("shows a scenario's own value against the workspace's, with a Reset per override and Reset all", () => {
    const dialog = openEditor('This scenario');
    expect(cardLabel()).toContain('£24.40 per head, tight against the £25 cap');
    const bi = within(dialog).getByLabelText(
      'Business intelligence & population data: £ per head at the reference population',
    ) as HTMLInputElement;
    expect(bi.value).toBe('£2.20');
    fireEvent.change(bi, { target: { value: '£2.50' } });
    fireEvent.keyDown(bi, { key: 'Enter' });

    expect(doc().scenarios[0]?.assumptionOverrides).toEqual({
      functions: [{ id: 'bi', costPerHead: 2.5 }],
    });
    expect(doc().scenarios[1]?.assumptionOverrides).toBeUndefined();
    expect(doc().assumptions.functions.find((f) => f.id === 'bi')?.costPerHead).toBe(2.2);
    expect(bi.value).toBe('£2.50');
    expect(describedText(bi)).toContain('changed from £2.20 (workspace)');
    expect(bi.closest('.assumption')?.classList.contains('is-overridden')).toBe(true);
    expect(within(dialog).getByText('1 value differs from the workspace (marked ●).')).toBeTruthy();
    expect(cardLabel()).toContain('£24.70 per head, tight against the £25 cap');

    const cap = within(dialog).getByLabelText('2013/14: running cost allowance per head');
    fireEvent.change(cap, { target: { value: '35' } });
    fireEvent.keyDown(cap, { key: 'Enter' });
    expect(cardLabel()).toContain('within the £35 cap');
    expect(within(dialog).getByText('2 values differ from the workspace (marked ●).')).toBeTruthy();

    fireEvent.click(
      within(dialog).getByLabelText(
        'Reset Business intelligence & population data: £ per head at the reference population to the workspace value, £2.20',
      ),
    );
    expect(bi.value).toBe('£2.20');
    expect(doc().scenarios[0]?.assumptionOverrides).toEqual({
      years: [{ id: '2013-14', allowancePerHead: 35 }],
    });
    expect(historyLength()).toBe(3);

    fireEvent.click(within(dialog).getByText('Reset all to the workspace values'));
    expect(doc().scenarios[0]?.assumptionOverrides).toBeUndefined();
    expect(cardLabel()).toContain('£24.40 per head, tight against the £25 cap');
    expect(historyLength()).toBe(4);
  });

  it('typing the workspace value into a scenario field is no override', () => {
    const dialog = openEditor('This scenario');
    const years = within(dialog).getByLabelText('External provider: contract length');
    fireEvent.change(years, { target: { value: '3' } });
    fireEvent.blur(years);
    expect(doc().scenarios[0]?.assumptionOverrides).toBeUndefined();
    expect(historyLength()).toBe(0);
  });

  it('in the workspace scope, says which scenarios keep their own value', () => {
    act(() => {
      useDocumentStore.getState().commitWorkspace({
        ...doc(),
        scenarios: doc().scenarios.map((s) =>
          s.id === 's2'
            ? { ...s, assumptionOverrides: { years: [{ id: '2013-14', allowancePerHead: 30 }] } }
            : s,
        ),
      });
    });
    const dialog = openEditor('Workspace (base)');
    expect(
      describedText(within(dialog).getByLabelText('2013/14: running cost allowance per head')),
    ).toContain('“Second scenario” has its own value.');
  });
});

describe('cap switch', { timeout: 30_000 }, () => {
  it('£35 for this scenario re-evaluates the card at once; undo puts £25 back', () => {
    render(<App />);
    expect(cardLabel()).toContain('tight against the £25 cap');
    fireEvent.click(screen.getByText('£35', { selector: 'button' }));
    expect(cardLabel()).toContain('within the £35 cap');
    expect(doc().scenarios[0]?.assumptionOverrides).toEqual({
      years: [{ id: '2013-14', allowancePerHead: 35 }],
    });
    expect(doc().assumptions.years[0]?.allowancePerHead).toBe(25);
    expect(screen.getByText('£35', { selector: 'button' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(screen.getByText(/This scenario’s own cap;\s*workspace £25/)).toBeTruthy();
    act(() => useDocumentStore.temporal.getState().undo());
    expect(cardLabel()).toContain('tight against the £25 cap');
  });

  it("for all scenarios: sets the workspace cap and removes scenarios' own caps, in one undo step", () => {
    render(<App />);
    fireEvent.click(screen.getByText('£35', { selector: 'button' })); // this scenario only
    fireEvent.change(screen.getByLabelText('Apply the cap to'), { target: { value: 'all' } });
    fireEvent.click(screen.getByText('Other…', { selector: 'button' }));
    const other = screen.getByLabelText('Other 2013/14 allowance per head, £, for all scenarios');
    fireEvent.change(other, { target: { value: '-3' } });
    expect(describedText(other)).toContain('Must be £5.00 to £60.00, not −£3.00');
    fireEvent.change(other, { target: { value: '£24' } });
    fireEvent.keyDown(other, { key: 'Enter' });
    expect(doc().assumptions.years[0]?.allowancePerHead).toBe(24);
    expect(doc().scenarios.map((s) => s.assumptionOverrides)).toEqual([undefined, undefined]);
    expect(cardLabel()).toContain('over the £24 cap');
    expect(historyLength()).toBe(2);
    act(() => useUiStore.getState().selectScenario('s2'));
    expect(cardLabel()).toContain('over the £24 cap');
  });
});
