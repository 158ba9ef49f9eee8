import { SCENARIO_FILLS } from './chartTheme';

/** <defs> with one fill per scenario slot; ids are prefixed so several charts can share a page. */
export function ScenarioPatterns({ prefix }: { readonly prefix: string }) {
  return (
    <defs>
      {SCENARIO_FILLS.map((f, i) => (
        <pattern key={i} id={`${prefix}-${i}`} width="8" height="8" patternUnits="userSpaceOnUse">
          <rect width="8" height="8" fill={f.pattern === 'solid' ? f.colour : '#fff'} />
          {f.pattern === 'hatch' && (
            <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke={f.colour} strokeWidth="2.5" />
          )}
          {f.pattern === 'dots' && <circle cx="4" cy="4" r="2.4" fill={f.colour} />}
          {f.pattern === 'cross' && (
            <path d="M0,4 h8 M4,0 v8" stroke={f.colour} strokeWidth="2.5" />
          )}
        </pattern>
      ))}
    </defs>
  );
}

/** The fill of scenario slot i. */
export function scenarioFill(prefix: string, i: number): string {
  return `url(#${prefix}-${i % SCENARIO_FILLS.length})`;
}

/** A legend entry: the scenario's swatch (with its border colour) and its name. */
export function ScenarioLegend({
  prefix,
  names,
}: {
  readonly prefix: string;
  readonly names: readonly string[];
}) {
  return (
    <ul className="chart-legend" aria-label="Legend">
      {names.map((name, i) => (
        <li key={i}>
          <svg width="22" height="16" aria-hidden="true">
            <ScenarioPatterns prefix={`${prefix}-legend-${i}`} />
            <rect
              x="1"
              y="1"
              width="20"
              height="14"
              fill={scenarioFill(`${prefix}-legend-${i}`, i)}
              stroke={SCENARIO_FILLS[i % SCENARIO_FILLS.length]?.colour}
              strokeWidth="2"
            />
          </svg>
          {name}
        </li>
      ))}
    </ul>
  );
}
