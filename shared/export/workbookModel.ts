/**
 * A workspace as a spreadsheet, independent of the file format: one sheet of inputs (the
 * assumptions in force in each scenario, then every scenario's CCGs, localities, local
 * authorities, providers and arrangements) and one sheet of results per scenario. Numbers are
 * numbers with £ and % formats, so the workbook can be checked line by line in Excel.
 */
import type { AssumptionInfo, AssumptionUnit } from '../assumptions/assumptionInfo';
import { assumptionValue } from '../assumptions/assumptionPaths';
import { assumptionInfos } from '../compare/assumptionDisplay';
import { resolveAssumptions } from '../assumptions/resolveAssumptions';
import { formatCap } from '../format/format';
import { ccgPopulation, effectiveMembers, indexScenario } from '../model/scenarioIndex';
import type { Scenario, Workspace } from '../model/workspace';
import { costScenario } from '../costing/costScenario';
import { statusLabel } from '../format/format';
import {
  blank,
  columnLetter,
  formula,
  num,
  sheetName,
  text,
  type Cell,
  type CellFormat,
  type SheetModel,
  type SheetRow,
  type WorkbookModel,
} from './cells';
import { comparisonSheet } from './comparisonSheet';
import { MODEL_RULES } from '../model/arrangementModels';
import { resultsTable, type ResultsTable } from './resultsTable';

export interface WorkbookOptions {
  /** Only these scenarios (in workspace order); all when omitted. */
  readonly scenarioIds?: readonly string[];
  /** When the export was made, for the note under the title. */
  readonly exportedAt?: Date;
  /**
   * The Comparison sheet's scenarios (the first is the baseline) and year; by default every
   * exported scenario, the first the baseline, in the first year. No sheet with fewer than two.
   */
  readonly comparison?: { readonly scenarioIds?: readonly string[]; readonly yearId?: string };
}

const UNIT_FORMAT: Readonly<Record<AssumptionUnit, CellFormat>> = {
  pounds: 'pounds',
  poundsPerHead: 'perHead',
  fraction: 'percent',
  people: 'integer',
  years: 'decimal',
  elasticity: 'decimal',
  index: 'decimal',
};

const UNIT_LABEL: Readonly<Record<AssumptionUnit, string>> = {
  pounds: '£ a year',
  poundsPerHead: '£ per head',
  fraction: '%',
  people: 'people',
  years: 'years',
  elasticity: 'elasticity',
  index: 'cost index',
};

/**
 * The workbook of a workspace: "Inputs", "Results – <scenario>" for each scenario, "Comparison"
 * (with two scenarios or more), then "Years".
 */
export function workbookModel(workspace: Workspace, options: WorkbookOptions = {}): WorkbookModel {
  const wanted = options.scenarioIds;
  const scenarios = wanted
    ? workspace.scenarios.filter((s) => wanted.includes(s.id))
    : workspace.scenarios;
  const taken = new Set<string>();
  const inputs = inputsSheet(workspace, scenarios, sheetName('Inputs', taken), options.exportedAt);
  const results = scenarios.map((s) =>
    resultsSheet(resultsTable(workspace, s.id), sheetName(`Results – ${s.name}`, taken)),
  );
  const compared =
    options.comparison?.scenarioIds?.filter((id) => workspace.scenarios.some((s) => s.id === id)) ??
    scenarios.map((s) => s.id);
  const comparison =
    compared.length >= 2
      ? [
          comparisonSheet(
            workspace,
            compared,
            sheetName('Comparison', taken),
            options.comparison?.yearId,
          ),
        ]
      : [];
  const years = yearsSheet(workspace, scenarios, sheetName('Years', taken));
  return { title: workspace.name, sheets: [inputs, ...results, ...comparison, years] };
}

function row(style: SheetRow['style'], cells: readonly Cell[]): SheetRow {
  return { style, cells };
}

function texts(style: SheetRow['style'], values: readonly string[]): SheetRow {
  return row(style, values.map(text));
}

function optionalText(value: string | undefined): Cell {
  return value === undefined ? blank() : text(value);
}

function optionalNum(value: number | undefined, format: CellFormat): Cell {
  return value === undefined ? blank() : num(value, format);
}

function inputsSheet(
  workspace: Workspace,
  scenarios: readonly Scenario[],
  name: string,
  exportedAt: Date | undefined,
): SheetModel {
  const rows: SheetRow[] = [];
  rows.push(texts('title', [workspace.name]));
  const when = exportedAt ? ` on ${exportedAt.toISOString().slice(0, 10)}` : '';
  rows.push(
    texts('note', [
      `Inputs exported from CCG Modeller${when}. Money is pounds a year; populations are registered patients. Every default is an illustrative assumption.`,
    ]),
  );
  if (workspace.description) rows.push(texts('note', [workspace.description]));

  // Assumptions: the workspace's, then the values in force in each scenario (with its overrides).
  const resolved = scenarios.map((s) =>
    resolveAssumptions(workspace.assumptions, s.assumptionOverrides),
  );
  const infos: readonly AssumptionInfo[] = assumptionInfos(workspace.assumptions);
  rows.push(row('body', []));
  rows.push(texts('section', ['Assumptions']));
  rows.push(texts('header', ['Assumption', 'Unit', 'Workspace', ...scenarios.map((s) => s.name)]));
  for (const info of infos) {
    const format = UNIT_FORMAT[info.unit];
    rows.push(
      row('body', [
        text(info.label),
        text(UNIT_LABEL[info.unit]),
        optionalNum(assumptionValue(workspace.assumptions, info.path), format),
        ...resolved.map((a) => optionalNum(assumptionValue(a, info.path), format)),
      ]),
    );
  }

  const section = (title: string, header: readonly string[], body: SheetRow[]): void => {
    rows.push(row('body', []));
    rows.push(texts('section', [title]));
    rows.push(texts('header', ['Scenario', ...header]));
    if (body.length === 0) rows.push(texts('note', ['None.']));
    rows.push(...body);
  };

  section(
    'CCGs',
    [
      'CCG id',
      'CCG',
      'Code',
      'Cluster',
      'Federated',
      'Own population',
      'Localities',
      'Population modelled',
    ],
    scenarios.flatMap((s) => {
      const index = indexScenario(s);
      const names = new Map(s.nodes.map((n) => [n.id, n.name]));
      return s.nodes.flatMap((n) =>
        n.kind !== 'ccg'
          ? []
          : [
              row('body', [
                text(s.name),
                text(n.id),
                text(n.name),
                optionalText(n.code),
                optionalText(
                  n.clusterId !== undefined ? (names.get(n.clusterId) ?? n.clusterId) : undefined,
                ),
                text(n.federated ? 'Yes' : 'No'),
                optionalNum(n.population, 'integer'),
                num(index.localitiesByCcg.get(n.id)?.length ?? 0, 'integer'),
                num(ccgPopulation(n, index), 'integer'),
              ]),
            ],
      );
    }),
  );

  section(
    'Localities',
    ['Locality id', 'Locality', 'CCG', 'Population', 'Practices'],
    scenarios.flatMap((s) => {
      const names = new Map(s.nodes.map((n) => [n.id, n.name]));
      return s.nodes.flatMap((n) =>
        n.kind !== 'locality'
          ? []
          : [
              row('body', [
                text(s.name),
                text(n.id),
                text(n.name),
                text(names.get(n.ccgId) ?? n.ccgId),
                num(n.population, 'integer'),
                optionalNum(n.practices, 'integer'),
              ]),
            ],
      );
    }),
  );

  section(
    'Local authorities',
    ['Id', 'Local authority', 'Type', 'Population'],
    scenarios.flatMap((s) =>
      s.nodes.flatMap((n) =>
        n.kind !== 'localAuthority'
          ? []
          : [
              row('body', [
                text(s.name),
                text(n.id),
                text(n.name),
                optionalText(n.laType),
                num(n.population, 'integer'),
              ]),
            ],
      ),
    ),
  );

  section(
    'CCG populations living in local authorities',
    ['CCG', 'Local authority', 'Share of the CCG population'],
    scenarios.flatMap((s) => {
      const names = new Map(s.nodes.map((n) => [n.id, n.name]));
      return s.laOverlaps.map((o) =>
        row('body', [
          text(s.name),
          text(names.get(o.ccgId) ?? o.ccgId),
          text(names.get(o.laId) ?? o.laId),
          num(o.share, 'percent'),
        ]),
      );
    }),
  );

  section(
    'Support providers',
    ['Id', 'Provider', 'Type', 'Other customers (population)', 'Own prices (£ per head)'],
    scenarios.flatMap((s) =>
      s.nodes.flatMap((n) =>
        n.kind !== 'provider'
          ? []
          : [
              row('body', [
                text(s.name),
                text(n.id),
                text(n.name),
                text(n.providerType),
                optionalNum(n.otherCustomersPopulation, 'integer'),
                text(
                  Object.entries(n.prices ?? {})
                    .map(([f, p]) => `${f}: £${p.toFixed(2)}`)
                    .join('; '),
                ),
              ]),
            ],
      ),
    ),
  );

  section(
    'Arrangements',
    [
      'Id',
      'Arrangement',
      'Model',
      'Members',
      'Host CCG',
      'Local authority',
      'Provider',
      'Functions',
      'Allocation',
      'Risk sharing agreed',
    ],
    scenarios.flatMap((s) => {
      const names = new Map(s.nodes.map((n) => [n.id, n.name]));
      const nameOf = (id: string | undefined): Cell =>
        id === undefined ? blank() : text(names.get(id) ?? id);
      const functionNames = new Map(workspace.assumptions.functions.map((f) => [f.id, f.name]));
      return s.arrangements.map((a) =>
        row('body', [
          text(s.name),
          text(a.id),
          text(a.name),
          text(MODEL_RULES[a.model].label),
          text(
            effectiveMembers(a)
              .map((m) => names.get(m) ?? m)
              .join('; '),
          ),
          nameOf(a.hostCcgId),
          nameOf(a.laId),
          nameOf(a.providerId),
          text(a.functions.map((f) => functionNames.get(f) ?? f).join('; ')),
          optionalText(
            MODEL_RULES[a.model].memberSplit
              ? a.allocation === 'equal'
                ? 'Equal'
                : 'By population'
              : undefined,
          ),
          optionalText(
            MODEL_RULES[a.model].memberSplit ? (a.riskShareAgreed ? 'Yes' : 'No') : undefined,
          ),
        ]),
      );
    }),
  );

  const scenarioColumns = scenarios.map(() => 14);
  return { name, columnWidths: [44, 14, 30, 14, 24, 24, 16, 20, 20, 28, ...scenarioColumns], rows };
}

function resultsSheet(table: ResultsTable, name: string): SheetModel {
  const rows: SheetRow[] = [];
  rows.push(texts('title', [`Results – ${table.scenarioName}`]));
  rows.push(
    texts('note', [
      `${table.year.label}: running cost allowance ${formatCap(table.year.allowancePerHead)} a head (or the CCG's published allowance). Money is pounds a year, as the engine computed it (unrounded).`,
    ]),
  );
  rows.push(row('body', []));
  rows.push(
    texts(
      'header',
      table.columns.map((c) => c.header),
    ),
  );
  for (const r of table.rows) {
    rows.push(
      row(
        'body',
        r.values.map((v, i) => cellOf(v, table.columns[i]?.format ?? 'text')),
      ),
    );
  }
  rows.push(
    row(
      'total',
      table.totals.map((v, i) => cellOf(v, table.columns[i]?.format ?? 'text')),
    ),
  );

  rows.push(row('body', []));
  rows.push(texts('section', ['How each support function is delivered']));
  rows.push(texts('header', ['CCG', ...table.functions.map((f) => f.name)]));
  for (const r of table.rows) rows.push(texts('body', [String(r.values[0] ?? ''), ...r.delivery]));

  rows.push(row('body', []));
  rows.push(
    texts('section', [
      'Staffing: WTE and the figures that come from posts (the rest are the estimate)',
    ]),
  );
  rows.push(texts('header', ['CCG', 'WTE', 'From posts']));
  for (const r of table.staffing)
    rows.push(row('body', [text(r.name), num(r.wte, 'decimal'), text(r.fromPosts)]));

  if (table.transition) {
    const tr = table.transition;
    rows.push(row('body', []));
    rows.push(
      texts('section', [
        `One-off transition costs against ${tr.baselineName} (shown apart: never counted against the allowance)`,
      ]),
    );
    rows.push(
      texts('header', [
        'CCG',
        'Redundancy',
        'Set-up',
        'Exit',
        'One-off',
        'Payback (years)',
        'Cumulative net saving',
      ]),
    );
    for (const r of tr.rows) {
      rows.push(
        row('body', [
          text(r.name),
          num(r.redundancy, 'pounds'),
          num(r.setUp, 'pounds'),
          num(r.exit, 'pounds'),
          num(r.oneOff, 'pounds'),
          r.paybackYears === null ? text('Never') : num(r.paybackYears, 'decimal'),
          num(r.cumulativeNet, 'pounds'),
        ]),
      );
    }
    rows.push(
      row('total', [
        text('Total'),
        blank(),
        blank(),
        blank(),
        num(tr.totals.oneOff, 'pounds'),
        blank(),
        num(tr.totals.cumulativeNet, 'pounds'),
      ]),
    );
  }

  rows.push(row('body', []));
  rows.push(texts('section', ['Risk flags']));
  rows.push(texts('header', ['Severity', 'Flag', 'About', 'Message']));
  if (table.flags.length === 0) rows.push(texts('note', ['None.']));
  for (const f of table.flags) rows.push(texts('body', [f.severity, f.id, f.subject, f.message]));

  return {
    name,
    columnWidths: [32, 13, 14, ...table.functions.map(() => 15), 16, 11, 14, 22],
    rows,
  };
}

function cellOf(value: string | number | boolean | null, format: CellFormat): Cell {
  return typeof value === 'number' ? num(value, format) : { value };
}

/** The Years sheet's columns, in order (their letters are what the formulas refer to). */
export const YEARS_COLUMNS = [
  'Scenario',
  'CCG',
  'Year',
  'Allowance £ per head',
  'Allowance population',
  'Published allowance',
  'Allowance',
  'Allowance basis',
  'Running cost',
  'Headroom',
  'Status',
] as const;
const YEARS_COLUMN = (name: (typeof YEARS_COLUMNS)[number]): string =>
  columnLetter(YEARS_COLUMNS.indexOf(name) + 1);

/**
 * A row per CCG per planning year in each scenario. The allowance and headroom are formulas of
 * the cells they come from, so a finance lead can see and change how they are worked out:
 * allowance = £ per head × allowance population; a published figure is a value; a year without
 * one, when another year has one, scales the first published figure by the years' £ per head.
 * Headroom = allowance − running cost. The cached results are the engine's own figures.
 */
function yearsSheet(
  workspace: Workspace,
  scenarios: readonly Scenario[],
  name: string,
): SheetModel {
  const rows: SheetRow[] = [];
  rows.push(texts('title', ['Running cost against the allowance, year by year']));
  rows.push(
    texts('note', [
      'Allowance and headroom are formulas of the cells to their left; running cost is the engine’s figure (unrounded), scaled by each year’s cost index.',
    ]),
  );
  rows.push(row('body', []));
  rows.push(texts('header', [...YEARS_COLUMNS]));
  const col = YEARS_COLUMN;
  for (const s of scenarios) {
    const result = costScenario(workspace, s.id);
    const assumptions = resolveAssumptions(workspace.assumptions, s.assumptionOverrides);
    const nodes = new Map(s.nodes.map((n) => [n.id, n]));
    for (const ccg of result.years[0]?.ccgs ?? []) {
      const node = nodes.get(ccg.id);
      const published =
        node?.kind === 'ccg' && node.allowances
          ? new Map(Object.entries(node.allowances))
          : new Map<string, number>();
      const allowancePopulation =
        node?.kind === 'ccg' ? (node.allowancePopulation ?? ccg.population) : ccg.population;
      const firstYear = assumptions.years.find((y) => published.has(y.id));
      const firstRow = rows.length + 1 + assumptions.years.findIndex((y) => y.id === firstYear?.id);
      assumptions.years.forEach((y, yi) => {
        const figures = result.years[yi]?.ccgs.find((c) => c.id === ccg.id);
        if (!figures) return;
        const r = rows.length + 1;
        const own = published.get(y.id);
        const allowance: Cell =
          own !== undefined
            ? num(own, 'pounds')
            : firstYear
              ? formula(
                  `${col('Published allowance')}${firstRow}*${col('Allowance £ per head')}${r}/${col('Allowance £ per head')}${firstRow}`,
                  figures.allowance,
                  'pounds',
                )
              : formula(
                  `${col('Allowance £ per head')}${r}*${col('Allowance population')}${r}`,
                  figures.allowance,
                  'pounds',
                );
        const basis =
          own !== undefined
            ? 'Published'
            : firstYear
              ? `Published ${firstYear.label} scaled by £ per head`
              : '£ per head × allowance population';
        rows.push(
          row('body', [
            text(s.name),
            text(ccg.name),
            text(y.label),
            num(y.allowancePerHead, 'perHead'),
            num(allowancePopulation, 'integer'),
            own !== undefined ? num(own, 'pounds') : blank(),
            allowance,
            text(basis),
            num(figures.running, 'pounds'),
            formula(
              `${col('Allowance')}${r}-${col('Running cost')}${r}`,
              figures.headroom,
              'pounds',
            ),
            text(statusLabel(figures.status)),
          ]),
        );
      });
    }
  }
  return { name, columnWidths: [24, 32, 10, 14, 14, 16, 16, 34, 16, 16, 10], rows };
}
