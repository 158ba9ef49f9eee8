/** What npm run bench writes to bench-results.json, and the table it prints against the budgets. */
import { INTERACTION_BUDGET_MS, type InteractionFigures } from './interactionBench';
import { STAFFING_BUDGET_MS, type StaffingFigures } from './staffingBench';

export interface BenchResults extends InteractionFigures, StaffingFigures {
  readonly costingMedianMs: number;
  readonly costingP95Ms: number;
  readonly costingRuns: number;
  readonly costingCpuMedianMs: number;
  readonly dragFrameP95Ms: number;
  readonly dragFrameMedianMs: number;
  readonly panFrameP95Ms: number;
  readonly panFrameMedianMs: number;
  readonly zoomFrameP95Ms: number;
  readonly zoomFrameMedianMs: number;
  readonly openMs: number;
  readonly saveMs: number;
  readonly saveWriteMs: number;
  readonly heapMB: number;
  readonly bundleKB: number;
  readonly canvasElements: number;
  readonly reactFlowDragFrameP95Ms: number;
  readonly reactFlowDragFrameMedianMs: number;
  readonly reactFlowPanFrameP95Ms: number;
  readonly reactFlowPanFrameMedianMs: number;
  /** Recommend (Node), when measured: Four small, a 12-CCG cluster, all England. */
  readonly recommendSmallMs?: number;
  readonly recommendClusterMs?: number;
  readonly recommendEnglandMs?: number;
  readonly rendering: string;
  readonly quick: boolean;
  readonly ccgs: number;
  readonly measuredAt: string;
}

/** The keys the issue names: each must be a finite number in every run. */
export const REQUIRED_KEYS = [
  'costingMedianMs',
  'costingP95Ms',
  'staffingCostingMedianMs',
  'dragFrameP95Ms',
  'panFrameP95Ms',
  'zoomFrameP95Ms',
  'openMs',
  'saveMs',
  'heapMB',
  'bundleKB',
  'reactFlowDragFrameP95Ms',
  'reactFlowPanFrameP95Ms',
  'interactionP95Ms',
] as const;

/**
 * A frame at 60 Hz lasts 16.7 ms; rAF timestamps snap to vsync, so a steady 60 fps shows
 * intervals of 16.6–16.8 ms. A p95 within a tenth of a millisecond of the period is 60 fps.
 */
const FRAME_BUDGET_MS = 16.7;
const VSYNC_JITTER_MS = 0.15;

export interface Row {
  readonly metric: string;
  readonly value: number;
  readonly unit: string;
  readonly budget?: string;
  readonly pass?: boolean;
}

/** The Recommend rows, against DESIGN's budgets: 1 s, 5 s, 60 s. */
export function recommendRows(
  r: Partial<Pick<BenchResults, 'recommendSmallMs' | 'recommendClusterMs' | 'recommendEnglandMs'>>,
): Row[] {
  const out: Row[] = [];
  if (r.recommendSmallMs !== undefined)
    out.push({
      metric: 'recommendSmallMs',
      value: r.recommendSmallMs,
      unit: 'ms',
      budget: '< 1000',
      pass: r.recommendSmallMs < 1000,
    });
  if (r.recommendClusterMs !== undefined)
    out.push({
      metric: 'recommendClusterMs',
      value: r.recommendClusterMs,
      unit: 'ms',
      budget: '< 5000',
      pass: r.recommendClusterMs < 5000,
    });
  if (r.recommendEnglandMs !== undefined)
    out.push({
      metric: 'recommendEnglandMs',
      value: r.recommendEnglandMs,
      unit: 'ms',
      budget: '< 60000',
      pass: r.recommendEnglandMs < 60000,
    });
  return out;
}

/** Input → painted frame: overall and per interaction, each against the 100 ms budget. */
export function interactionRows(r: InteractionFigures): Row[] {
  const row = (metric: keyof InteractionFigures, value: number): Row => ({
    metric,
    value,
    unit: 'ms',
    budget: `< ${INTERACTION_BUDGET_MS}`,
    pass: value < INTERACTION_BUDGET_MS,
  });
  return [
    row('interactionP95Ms', r.interactionP95Ms),
    row('interactionSelectP95Ms', r.interactionSelectP95Ms),
    row('interactionDropP95Ms', r.interactionDropP95Ms),
    row('interactionCommitP95Ms', r.interactionCommitP95Ms),
    row('interactionScenarioP95Ms', r.interactionScenarioP95Ms),
    row('interactionUndoP95Ms', r.interactionUndoP95Ms),
  ];
}

function rows(r: BenchResults): Row[] {
  const frame = (value: number): boolean => value < FRAME_BUDGET_MS + VSYNC_JITTER_MS;
  return [
    {
      metric: 'costingMedianMs',
      value: r.costingMedianMs,
      unit: 'ms',
      budget: '< 5',
      pass: r.costingMedianMs < 5,
    },
    { metric: 'costingP95Ms', value: r.costingP95Ms, unit: 'ms' },
    { metric: 'costingCpuMedianMs', value: r.costingCpuMedianMs, unit: 'ms CPU' },
    {
      metric: 'staffingCostingMedianMs',
      value: r.staffingCostingMedianMs,
      unit: 'ms',
      budget: `< ${STAFFING_BUDGET_MS}`,
      pass: r.staffingCostingMedianMs < STAFFING_BUDGET_MS,
    },
    { metric: 'staffingCostingCpuMedianMs', value: r.staffingCostingCpuMedianMs, unit: 'ms CPU' },
    {
      metric: 'dragFrameP95Ms',
      value: r.dragFrameP95Ms,
      unit: 'ms',
      budget: '< 16.7 and ≤ React Flow',
      pass:
        frame(r.dragFrameP95Ms) && r.dragFrameP95Ms <= r.reactFlowDragFrameP95Ms + VSYNC_JITTER_MS,
    },
    {
      metric: 'panFrameP95Ms',
      value: r.panFrameP95Ms,
      unit: 'ms',
      budget: '< 16.7 and ≤ React Flow',
      pass: frame(r.panFrameP95Ms) && r.panFrameP95Ms <= r.reactFlowPanFrameP95Ms + VSYNC_JITTER_MS,
    },
    {
      metric: 'zoomFrameP95Ms',
      value: r.zoomFrameP95Ms,
      unit: 'ms',
      budget: '< 16.7',
      pass: frame(r.zoomFrameP95Ms),
    },
    { metric: 'dragFrameMedianMs', value: r.dragFrameMedianMs, unit: 'ms' },
    { metric: 'panFrameMedianMs', value: r.panFrameMedianMs, unit: 'ms' },
    { metric: 'zoomFrameMedianMs', value: r.zoomFrameMedianMs, unit: 'ms' },
    ...interactionRows(r),
    { metric: 'openMs', value: r.openMs, unit: 'ms', budget: '< 1000', pass: r.openMs < 1000 },
    { metric: 'saveMs', value: r.saveMs, unit: 'ms', budget: '< 50', pass: r.saveMs < 50 },
    { metric: 'saveWriteMs', value: r.saveWriteMs, unit: 'ms' },
    { metric: 'heapMB', value: r.heapMB, unit: 'MB' },
    { metric: 'bundleKB', value: r.bundleKB, unit: 'KB gzip' },
    { metric: 'canvasElements', value: r.canvasElements, unit: 'elements' },
    { metric: 'reactFlowDragFrameP95Ms', value: r.reactFlowDragFrameP95Ms, unit: 'ms' },
    { metric: 'reactFlowPanFrameP95Ms', value: r.reactFlowPanFrameP95Ms, unit: 'ms' },
    { metric: 'reactFlowDragFrameMedianMs', value: r.reactFlowDragFrameMedianMs, unit: 'ms' },
    { metric: 'reactFlowPanFrameMedianMs', value: r.reactFlowPanFrameMedianMs, unit: 'ms' },
    ...recommendRows(r),
  ];
}

/** The results as a plain-text table: metric, value, budget, pass/fail. */
export function resultsTable(r: BenchResults): string {
  return table(
    rows(r),
    `${r.ccgs} CCGs, ${r.rendering}${r.quick ? ', quick run (few iterations: not a measurement)' : ''}; saveMs excludes the 300 ms autosave throttle.`,
  );
}

/** Rows as the plain-text table, with a closing note. */
export function table(list: readonly Row[], note: string): string {
  const lines = list.map((row) =>
    [
      row.metric.padEnd(28),
      `${row.value.toFixed(row.value >= 100 ? 0 : 2)} ${row.unit}`.padStart(16),
      (row.budget ?? '').padEnd(24),
      row.pass === undefined ? '' : row.pass ? 'pass' : 'FAIL',
    ].join('  '),
  );
  const header = `${'metric'.padEnd(28)}  ${'value'.padStart(16)}  ${'budget'.padEnd(24)}  result`;
  return [header, '-'.repeat(header.length), ...lines, note].join('\n');
}
