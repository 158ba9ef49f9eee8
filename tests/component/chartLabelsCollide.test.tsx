// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BreakdownChart } from '../../renderer/src/charts/BreakdownChart';
import { PerHeadChart } from '../../renderer/src/charts/PerHeadChart';
import type { Node } from '../../shared/model/workspace';
import { buildWorkspace, ccg } from '../unit/helpers/buildWorkspace';

// Labels on a crowded chart (24 CCGs with long names, four scenarios) must never run into each
// other: each label's box — its centre ± half its width at 0.58 em a character, one line high —
// is compared with every other label's.

afterEach(cleanup);

const nodes: Node[] = Array.from({ length: 24 }, (_, i) =>
  ccg(`ccg-${i}`, `NHS Northamptonshire Nene Valley ${i + 1} CCG`, {
    population: 80_000 + i * 9_000,
  }),
);
const workspace = buildWorkspace(
  ['a', 'b', 'c', 'd'].map((id, i) => ({
    id,
    name: `Option ${id.toUpperCase()}`,
    nodes: nodes.map((n) =>
      n.kind === 'ccg' ? { ...n, population: (n.population ?? 0) + i * 1_000 } : n,
    ),
  })),
);

interface Box {
  readonly text: string;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** Absolute boxes of every text line, with the translations of the groups around it added up. */
function labelBoxes(svg: SVGSVGElement): Box[] {
  const offset = (el: Element): [number, number] => {
    let dx = 0;
    let dy = 0;
    for (let at: Element | null = el.parentElement; at && at !== svg; at = at.parentElement) {
      const m = /translate\(([-\d.e]+),\s*([-\d.e]+)\)/.exec(at.getAttribute('transform') ?? '');
      if (m) {
        dx += Number(m[1]);
        dy += Number(m[2]);
      }
    }
    return [dx, dy];
  };
  const boxes: Box[] = [];
  for (const t of svg.querySelectorAll(
    'text.chart-value, text.chart-category, text.chart-segment-label',
  )) {
    const size = Number.parseFloat((t as SVGTextElement).style.fontSize);
    const [dx, dy] = offset(t);
    const x = Number(t.getAttribute('x'));
    let y = Number(t.getAttribute('y'));
    const lines = t.querySelectorAll('tspan').length ? [...t.querySelectorAll('tspan')] : [t];
    for (const [i, line] of lines.entries()) {
      if (i > 0) y += size * 1.15;
      const text =
        line === t
          ? [...t.childNodes]
              .filter((c) => c.nodeType === 3)
              .map((c) => c.textContent)
              .join('')
          : (line.textContent ?? '');
      const w = [...text].length * size * 0.58;
      boxes.push({
        text,
        left: dx + x - w / 2,
        right: dx + x + w / 2,
        top: dy + y - size,
        bottom: dy + y,
      });
    }
  }
  return boxes;
}

function collisions(boxes: readonly Box[]): string[] {
  const out: string[] = [];
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      const overlapX = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const overlapY = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (overlapX > 0.5 && overlapY > 0.5) out.push(`${a.text} / ${b.text}`);
    }),
  );
  return out;
}

describe('chart labels on a crowded comparison', () => {
  it.each([
    ['£/head chart', PerHeadChart],
    ['breakdown', BreakdownChart],
  ])(
    '%s: no two labels overlap, and every CCG is still named (cut with … where it must be)',
    (_name, Chart) => {
      const { container } = render(
        <Chart workspace={workspace} scenarioIds={['a', 'b', 'c', 'd']} />,
      );
      const svg = container.querySelector('svg.chart-svg') as SVGSVGElement;
      const boxes = labelBoxes(svg);
      expect(boxes.length).toBeGreaterThan(24);
      expect(collisions(boxes)).toEqual([]);
      // Each CCG label keeps its full name as a tooltip.
      expect(svg.querySelectorAll('text.chart-category > title')).toHaveLength(24);
    },
  );
});
