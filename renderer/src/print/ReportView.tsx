import { resolveAssumptions } from '../../../shared/assumptions/resolveAssumptions';
import { assumptionInfos, formatAssumptionValue } from '../../../shared/compare/assumptionDisplay';
import { resultsTable, statusCountsText } from '../../../shared/export/resultsTable';
import { assumptionValue } from '../../../shared/assumptions/assumptionPaths';
import {
  formatCap,
  formatPerHead,
  formatPopulation,
  formatPounds,
} from '../../../shared/format/format';
import type { Workspace } from '../../../shared/model/workspace';
import { SEVERITY_ICON, SEVERITY_LABEL } from '../common/statusDisplay';
import { PictureProblem } from './PictureProblem';
import { ResultsTable } from './ResultsTable';
import { StaffingReportTables } from './StaffingReportTables';
import { YearsReportTable } from './YearsReportTable';

export interface ReportViewProps {
  readonly workspace: Workspace;
  readonly scenarioId: string;
  /** The planning year reported (default the first). */
  readonly yearId?: string;
  /** The canvas picture (an image URL of the standalone SVG), or null to leave it out. */
  readonly pictureUrl: string | null;
  /** Why the picture could not be drawn: printed in its place (wins over pictureUrl). */
  readonly pictureProblem?: string | null;
  readonly printedAt: Date;
}

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/**
 * The PDF report of one scenario, laid out for A4 by print.css: title, headline totals,
 * the canvas picture, the results table, risk flags and the assumptions in force (marking those
 * the scenario overrides). Only ever shown in print.
 */
export function ReportView({
  workspace,
  scenarioId,
  yearId,
  pictureUrl,
  pictureProblem = null,
  printedAt,
}: ReportViewProps) {
  const scenario = workspace.scenarios.find((s) => s.id === scenarioId);
  if (!scenario) return null;
  const table = resultsTable(workspace, scenarioId, yearId);
  const t = table.scenarioTotals;
  const resolved = resolveAssumptions(workspace.assumptions, scenario.assumptionOverrides);
  const infos = assumptionInfos(resolved);

  return (
    <article className="report" aria-label={`Report: ${scenario.name}`}>
      <header className="report-header">
        <p className="report-eyebrow">{workspace.name}</p>
        <h1>{scenario.name}</h1>
        <p className="report-meta">
          Running cost report · printed {dateFormat.format(printedAt)} · {table.year.label} ·
          national rate {formatCap(table.year.allowancePerHead)} a head; each CCG against its own
          allowance
        </p>
        {scenario.notes && <p className="report-notes">{scenario.notes}</p>}
      </header>

      <dl className="report-kpis">
        <div>
          <dt>Population</dt>
          <dd>{formatPopulation(t.population)}</dd>
        </div>
        <div>
          <dt>Running cost</dt>
          <dd>
            {formatPounds(
              Number(table.totals[table.columns.findIndex((c) => c.key === 'running')]),
            )}
          </dd>
        </div>
        <div>
          <dt>Per head</dt>
          <dd>{formatPerHead(t.perHead)}</dd>
        </div>
        <div>
          <dt>CCGs</dt>
          <dd>{statusCountsText(t)}</dd>
        </div>
      </dl>

      {pictureProblem !== null ? (
        <PictureProblem reason={pictureProblem} />
      ) : (
        pictureUrl && (
          <figure className="report-picture">
            <img
              src={pictureUrl}
              alt={`The canvas of ${scenario.name}: its CCGs, localities and support arrangements.`}
            />
          </figure>
        )
      )}

      <section className="report-section">
        <h2>Results by CCG</h2>
        <ResultsTable workspace={workspace} scenarioId={scenarioId} yearId={table.year.id} />
      </section>

      <StaffingReportTables table={table} />

      <section className="report-section">
        <h2>Year by year</h2>
        <YearsReportTable workspace={workspace} scenarioId={scenarioId} />
      </section>

      <section className="report-section">
        <h2>Risk flags</h2>
        {table.flags.length === 0 ? (
          <p>No risk flags.</p>
        ) : (
          <ul className="report-flags">
            {table.flags.map((f, i) => (
              <li key={`${f.id}:${f.subject}:${i}`} className={`severity-${f.severity}`}>
                <span className="report-flag-severity">
                  <span aria-hidden="true">{SEVERITY_ICON[f.severity]}</span>{' '}
                  {SEVERITY_LABEL[f.severity]}
                </span>{' '}
                {f.message}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="report-section report-assumptions">
        <h2>Assumptions in force</h2>
        <p className="report-small">
          Illustrative assumptions, editable in CCG Modeller.{' '}
          <span className="override-mark">*</span> this scenario overrides the workspace value.
        </p>
        <table className="report-table">
          <thead>
            <tr>
              <th scope="col">Assumption</th>
              <th scope="col" className="num">
                Value
              </th>
            </tr>
          </thead>
          <tbody>
            {infos.map((info) => {
              const value = assumptionValue(resolved, info.path);
              const base = assumptionValue(workspace.assumptions, info.path);
              if (value === undefined) return null;
              const overridden = base !== value;
              return (
                <tr key={info.path}>
                  <th scope="row">
                    {info.label}
                    {overridden && (
                      <span className="override-mark" title="Overridden in this scenario">
                        {' '}
                        *
                      </span>
                    )}
                  </th>
                  <td className="num">{formatAssumptionValue(value, info.unit)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      <footer className="report-footer">
        Made with CCG Modeller. Figures are model outputs from illustrative assumptions, in pounds a
        year; populations are registered patients.
      </footer>
    </article>
  );
}
