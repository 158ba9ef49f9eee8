/**
 * Sizes and fills shared by the charts. Scenarios are told apart by pattern as well as colour
 * (DESIGN.md §6: colour is never the only signal), and every bar also carries a direct label.
 */
export interface ChartSize {
  readonly font: number;
  readonly small: number;
}

export function chartSize(large: boolean | undefined): ChartSize {
  return large ? { font: 22, small: 18 } : { font: 13, small: 11 };
}

/** Up to four scenarios: a colour and a pattern id each. */
export const SCENARIO_FILLS: readonly {
  readonly colour: string;
  readonly pattern: 'solid' | 'hatch' | 'dots' | 'cross';
}[] = [
  { colour: '#005eb8', pattern: 'solid' },
  { colour: '#330072', pattern: 'hatch' },
  { colour: '#007c73', pattern: 'dots' },
  { colour: '#9c1e62', pattern: 'cross' },
];

/** Fills for the stacked breakdown: core, then functions; colours repeat with a hatch on the second round. */
export const SEGMENT_COLOURS: readonly string[] = [
  '#425563',
  '#005eb8',
  '#330072',
  '#007c73',
  '#9c1e62',
  '#ed8b00',
  '#00a499',
  '#7c2855',
  '#003087',
  '#78be20',
  '#ae2573',
];
