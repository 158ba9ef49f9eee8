// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { costScenario } from '../../shared/costing/costScenario';
import type { Node } from '../../shared/model/workspace';
import { useDocumentStore } from '../../renderer/src/state/documentStore';
import { appEditor } from '../../renderer/src/editor/appEditor';
import { WorkshopMode } from '../../renderer/src/workshop/WorkshopMode';
import { useWorkshopStore } from '../../renderer/src/state/workshopStore';
import { workspaceOf } from './fixtures';

// The core's fixed/variable split as a workshop what-if. Hand-worked on the default core
// (£600,000 fixed + £8 a head; C = 600,000 + 8 × 175,000 = £2,000,000, so 30% fixed):
//   Small CCG, 87,500 people: core 600,000 + 8 × 87,500 = £1,300,000.
//   At 50% fixed: 1,000,000 + (1,000,000 / 175,000) × 87,500 = 1,000,000 + 500,000 = £1,500,000,
//     so its running cost rises by £200,000, £200,000 / 87,500 = £2.285714 a head.
//   Fit-point CCG, 175,000 people: 600,000 + 1,400,000 = 1,000,000 + 1,000,000 = £2,000,000 either way.
const nodes: Node[] = [
  { kind: 'ccg', id: 'small', name: 'Small CCG', population: 87_500, federated: false, x: 0, y: 0 },
  {
    kind: 'ccg',
    id: 'fit',
    name: 'Fit-point CCG',
    population: 175_000,
    federated: false,
    x: 300,
    y: 0,
  },
];

beforeEach(() => {
  act(() => {
    void appEditor().open(workspaceOf(nodes), { kind: 'file', fileName: 'test.ccgm' });
    useWorkshopStore.getState().enter(0);
  });
});
afterEach(() => {
  cleanup();
  act(() => useWorkshopStore.getState().leave());
});

const label = (name: string) =>
  screen
    .getByRole('listitem', { name: new RegExp(`^${name}: £[\\d.,]+ per head`) })
    .getAttribute('aria-label') ?? '';
const perHeadShown = (name: string) =>
  Number(/£([\d.,]+) per head/.exec(label(name))?.[1]?.replace(/,/g, ''));

describe('workshop what-if: the core’s fixed share', () => {
  it('starts at 30%; at 50% a small CCG pays £2.29 a head more while a CCG of 175,000 is unchanged; reset puts it back', () => {
    render(<WorkshopMode />);
    const workspace = useDocumentStore.getState().workspace;
    const own = costScenario(workspace, 's1');
    const small = own.ccgs.find((c) => c.id === 'small')!;
    const fit = own.ccgs.find((c) => c.id === 'fit')!;
    const slider = screen.getByRole('slider', { name: 'Core: fixed share at 175,000' });
    expect(Number((slider as HTMLInputElement).value)).toBeCloseTo(0.3, 12);
    expect(small.core).toBeCloseTo(1_300_000, 6);
    expect(perHeadShown('Small CCG')).toBe(Number(small.perHead.toFixed(2)));
    const fitBefore = label('Fit-point CCG');

    fireEvent.change(slider, { target: { value: '0.5' } });
    expect(slider.getAttribute('aria-valuetext')).toBe('50% fixed: £1.0m a CCG plus £5.71 a head');
    expect(perHeadShown('Small CCG')).toBe(Number(((small.running + 200_000) / 87_500).toFixed(2)));
    expect(perHeadShown('Small CCG') - Number(small.perHead.toFixed(2))).toBeCloseTo(2.29, 1);
    expect(label('Fit-point CCG')).toBe(fitBefore);
    expect(fit.core).toBeCloseTo(2_000_000, 6);
    // Nothing saved: the document is the same object.
    expect(useDocumentStore.getState().workspace).toBe(workspace);

    fireEvent.click(screen.getByRole('button', { name: 'Reset what-ifs' }));
    expect(useWorkshopStore.getState().whatIfs).toEqual({});
    expect(perHeadShown('Small CCG')).toBe(Number(small.perHead.toFixed(2)));
  });
});
