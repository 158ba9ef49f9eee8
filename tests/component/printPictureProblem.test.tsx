// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Bridge, PrintToPdfRequest, PrintToPdfResult } from '../../shared/ipc/bridge';
import type { Node, Workspace } from '../../shared/model/workspace';
import { printScenarioReport } from '../../renderer/src/print/printScenarioReport';
import { printHandout } from '../../renderer/src/workshop/handout/printHandout';
import { workspaceOf } from './fixtures';

// When the canvas picture of the PDF report or the workshop handout cannot be decoded, the page
// must say so in words: an empty frame reads as an empty canvas. jsdom cannot decode images, so
// HTMLImageElement.decode stands in for the browser's decoder (rejecting as Chromium does on a
// picture that is not well-formed); what is printed is the subject.

const nodes: Node[] = [
  {
    kind: 'ccg',
    id: 'ccg-a',
    name: 'Ashby CCG',
    population: 120_000,
    federated: false,
    x: 0,
    y: 0,
  },
];

function workspace(): Workspace {
  const ws = workspaceOf(nodes);
  return {
    ...ws,
    slides: [{ id: 'sl-1', title: 'Ashby', scenarioId: 's1', camera: { x: 0, y: 0, k: 1 } }],
  };
}

/** A bridge whose printToPdf records what the page held when it was printed. */
function printingBridge() {
  const printed: { text: string; images: number }[] = [];
  const printToPdf = vi.fn(async (_request: PrintToPdfRequest): Promise<PrintToPdfResult> => {
    const root = document.querySelector('.print-root');
    printed.push({
      text: root?.textContent ?? '',
      images: root?.querySelectorAll('img').length ?? 0,
    });
    return { canceled: false, fileName: 'report.pdf' };
  });
  // Only printToPdf is used by printing; the rest of the bridge is not reached.
  return { bridge: { printToPdf } as unknown as Bridge, printed };
}

let decode: ReturnType<typeof vi.fn>;
beforeEach(() => {
  // jsdom has no blob URLs; a fixed one is enough, since decoding is stood in for below.
  URL.createObjectURL = vi.fn(() => 'blob:picture');
  URL.revokeObjectURL = vi.fn();
  decode = vi.fn(async () => undefined);
  HTMLImageElement.prototype.decode = decode as unknown as HTMLImageElement['decode'];
});
afterEach(() => {
  vi.restoreAllMocks();
});

const SENTENCE =
  'The canvas picture could not be drawn, so it is not printed here (The source image cannot be decoded). The figures below are not affected.';

describe('a canvas picture that cannot be drawn', () => {
  it('the scenario report prints the picture when it decodes', async () => {
    const { bridge, printed } = printingBridge();
    await printScenarioReport(bridge, workspace(), 's1');
    expect(printed).toHaveLength(1);
    expect(printed[0]?.images).toBe(1);
    expect(printed[0]?.text).not.toContain('could not be drawn');
  });

  it('the scenario report prints a sentence saying why instead of a blank frame', async () => {
    decode.mockRejectedValue(
      new DOMException('The source image cannot be decoded.', 'EncodingError'),
    );
    const { bridge, printed } = printingBridge();
    await printScenarioReport(bridge, workspace(), 's1');
    expect(printed[0]?.images).toBe(0);
    expect(printed[0]?.text).toContain(SENTENCE);
    expect(printed[0]?.text).toContain('Ashby CCG');
  });

  it('the workshop handout does the same for a slide whose picture fails', async () => {
    decode.mockRejectedValue(
      new DOMException('The source image cannot be decoded.', 'EncodingError'),
    );
    const { bridge, printed } = printingBridge();
    await printHandout(bridge, workspace());
    expect(printed[0]?.images).toBe(0);
    expect(printed[0]?.text).toContain(SENTENCE);
  });
});
