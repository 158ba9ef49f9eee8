// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Node } from '../../shared/model/workspace';
import { App } from '../../renderer/src/App';
import { useDocumentStore } from '../../renderer/src/state/documentStore';
import { appEditor } from '../../renderer/src/editor/appEditor';
import { useUiStore } from '../../renderer/src/state/uiStore';
import { workspaceOf } from './fixtures';

// The inspector edits the document through dispatchEdit: a refused value changes nothing and is
// explained beside its field; an accepted one is one undo step, whatever was typed on the way.

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
  { kind: 'ccg', id: 'ccg-barford', name: 'Barford CCG', federated: false, x: 320, y: 0 },
  {
    kind: 'locality',
    id: 'loc-b1',
    name: 'Barford North',
    ccgId: 'ccg-barford',
    population: 130_000,
  },
  {
    kind: 'locality',
    id: 'loc-b2',
    name: 'Barford South',
    ccgId: 'ccg-barford',
    population: 100_000,
  },
  {
    kind: 'localAuthority',
    id: 'la-shire',
    name: 'Shire County Council',
    population: 500_000,
    x: 0,
    y: 300,
  },
  {
    kind: 'provider',
    id: 'prov-acme',
    name: 'Acme Support Ltd',
    providerType: 'private',
    x: 400,
    y: 300,
  },
];

beforeEach(() => {
  void appEditor().open(workspaceOf(nodes), { kind: 'file', fileName: 'test.ccgm' });
});
afterEach(cleanup);

function renderWithSelection(id: string) {
  act(() => useUiStore.getState().select(id));
  return render(<App />);
}

function cardLabel(name: string): string {
  return (
    screen.getByRole('button', { name: new RegExp(`^${name}, £`) }).getAttribute('aria-label') ?? ''
  );
}

function panel(): HTMLElement {
  return screen.getByRole('complementary');
}

function historyLength(): number {
  return useDocumentStore.temporal.getState().pastStates.length;
}

/** The text an input's aria-describedby points at. */
function describedText(input: HTMLElement): string {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

describe('inspector', () => {
  it('the side panel is the focus target for the canvas (id "inspector", tabIndex −1)', () => {
    renderWithSelection('ccg-ashby');
    expect(panel().id).toBe('inspector');
    expect(panel().getAttribute('tabindex')).toBe('-1');
  });

  it('refuses a negative population beside the field and leaves the document untouched', () => {
    renderWithSelection('ccg-ashby');
    const before = useDocumentStore.getState().workspace;
    const cardBefore = cardLabel('Ashby CCG');
    const input = within(panel()).getByLabelText('Population');
    expect((input as HTMLInputElement).value).toBe('60,000');

    fireEvent.change(input, { target: { value: '-5,000' } });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(describedText(input)).toMatch(/positive/i);
    fireEvent.keyDown(input, { key: 'Enter' });
    fireEvent.blur(input);

    expect(useDocumentStore.getState().workspace).toBe(before);
    expect(historyLength()).toBe(0);
    expect(cardLabel('Ashby CCG')).toBe(cardBefore);
    // Still explained after the attempt to commit, and the draft is kept to be corrected.
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect((input as HTMLInputElement).value).toBe('-5,000');
  });

  it('says what to type when the text is not a number, and changes nothing', () => {
    renderWithSelection('ccg-ashby');
    const before = useDocumentStore.getState().workspace;
    const input = within(panel()).getByLabelText('Population');
    fireEvent.change(input, { target: { value: 'lots' } });
    expect(describedText(input)).toMatch(/not a number/);
    fireEvent.blur(input);
    expect(useDocumentStore.getState().workspace).toBe(before);
  });

  it('commits a valid population typed key by key as one undo step, and the card figure changes', () => {
    renderWithSelection('ccg-ashby');
    const cardBefore = cardLabel('Ashby CCG');
    const input = within(panel()).getByLabelText('Population');
    for (const text of ['1', '12', '120', '120,', '120,0', '120,00', '120,000'])
      fireEvent.change(input, { target: { value: text } });
    expect(historyLength()).toBe(0); // nothing committed while typing
    expect(input.getAttribute('aria-invalid')).toBeNull();
    fireEvent.keyDown(input, { key: 'Enter' });

    expect(historyLength()).toBe(1);
    const ashby = useDocumentStore
      .getState()
      .workspace.scenarios[0]?.nodes.find((n) => n.id === 'ccg-ashby');
    expect(ashby?.kind === 'ccg' && ashby.population).toBe(120_000);
    const cardAfter = cardLabel('Ashby CCG');
    expect(cardAfter).not.toBe(cardBefore);
    expect(cardAfter).toContain('population 120,000');
    // A bigger CCG spreads its fixed costs: the per-head figure falls.
    const perHead = (label: string): number => Number(/£(\d+\.\d\d) per head/.exec(label)?.[1]);
    expect(perHead(cardAfter)).toBeLessThan(perHead(cardBefore));
  });

  it('Esc puts the committed value back', () => {
    renderWithSelection('ccg-ashby');
    const input = within(panel()).getByLabelText('Population') as HTMLInputElement;
    fireEvent.change(input, { target: { value: '-1' } });
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.value).toBe('60,000');
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(historyLength()).toBe(0);
  });

  it('a CCG with localities shows their sum, disabled, and says why', () => {
    renderWithSelection('ccg-barford');
    const input = within(panel()).getByLabelText('Population') as HTMLInputElement;
    expect(input.disabled).toBe(true);
    expect(input.value).toBe('230,000');
    expect(describedText(input)).toContain('sum of its 2 localities: 230,000');
  });

  it('the federated checkbox commits at once', () => {
    renderWithSelection('ccg-barford');
    fireEvent.click(within(panel()).getByLabelText('Federated (devolved localities)'));
    const barford = useDocumentStore
      .getState()
      .workspace.scenarios[0]?.nodes.find((n) => n.id === 'ccg-barford');
    expect(barford?.kind === 'ccg' && barford.federated).toBe(true);
    expect(historyLength()).toBe(1);
  });

  it('links a CCG to a local authority and refuses a share over 100%', () => {
    renderWithSelection('ccg-ashby');
    fireEvent.click(within(panel()).getByRole('button', { name: 'Add link' }));
    const scenario = () => useDocumentStore.getState().workspace.scenarios[0];
    expect(scenario()?.laOverlaps).toEqual([{ ccgId: 'ccg-ashby', laId: 'la-shire', share: 1 }]);

    const share = within(panel()).getByLabelText(
      'Share in Shire County Council',
    ) as HTMLInputElement;
    expect(share.value).toBe('100%');
    const before = useDocumentStore.getState().workspace;
    fireEvent.change(share, { target: { value: '140' } });
    expect(describedText(share)).toContain('from 0 to 100');
    fireEvent.blur(share);
    expect(useDocumentStore.getState().workspace).toBe(before);

    fireEvent.change(share, { target: { value: '75%' } });
    fireEvent.blur(share);
    expect(scenario()?.laOverlaps[0]?.share).toBe(0.75);

    fireEvent.click(
      within(panel()).getByRole('button', { name: 'Remove the link to Shire County Council' }),
    );
    expect(scenario()?.laOverlaps).toEqual([]);
  });

  it('moving a locality to another CCG takes its population with it', () => {
    renderWithSelection('loc-b2');
    fireEvent.change(within(panel()).getByRole('combobox', { name: 'CCG' }), {
      target: { value: 'ccg-ashby' },
    });
    const loc = useDocumentStore
      .getState()
      .workspace.scenarios[0]?.nodes.find((n) => n.id === 'loc-b2');
    expect(loc?.kind === 'locality' && loc.ccgId).toBe('ccg-ashby');
    expect(cardLabel('Barford CCG')).toContain('population 130,000');
    expect(cardLabel('Ashby CCG')).toContain('population 100,000');
  });

  it("a provider's own price a head is set, and cleared back to the modelled price", () => {
    renderWithSelection('prov-acme');
    const bi = within(panel()).getByLabelText(
      'Business intelligence & population data',
    ) as HTMLInputElement;
    expect(bi.value).toBe('');
    expect(bi.placeholder).toMatch(/^£\d\.\d\d$/);
    fireEvent.change(bi, { target: { value: '£2.10' } });
    fireEvent.blur(bi);
    const prices = () => {
      const p = useDocumentStore
        .getState()
        .workspace.scenarios[0]?.nodes.find((n) => n.id === 'prov-acme');
      return p?.kind === 'provider' ? p.prices : 'not a provider';
    };
    expect(prices()).toEqual({ bi: 2.1 });
    expect(bi.value).toBe('£2.10');
    fireEvent.change(bi, { target: { value: '' } });
    fireEvent.keyDown(bi, { key: 'Enter' });
    expect(prices()).toBeUndefined();
  });
});
