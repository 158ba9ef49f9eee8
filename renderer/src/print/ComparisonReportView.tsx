import { resolveAssumptions } from '../../../shared/assumptions/resolveAssumptions';
import { assumptionInfos, formatAssumptionValue } from '../../../shared/compare/assumptionDisplay';
import { compareScenarios } from '../../../shared/compare/compareScenarios';
import { diffScenarios } from '../../../shared/compare/diffScenarios';
import { formatSignedPerHead, formatSignedPounds } from '../../../shared/compare/formatDifference';
import { costScenario } from '../../../shared/costing/costScenario';
import { assumptionValue } from '../../../shared/assumptions/assumptionPaths';
import {
  formatCap,
  formatPerHead,
  formatPopulation,
  formatPounds,
  statusLabel,
} from '../../../shared/format/format';
import type { Workspace } from '../../../shared/model/workspace';
import { PerHeadChart } from '../charts/PerHeadChart';
import { STATUS_ICON } from '../common/statusDisplay';

export interface ComparisonReportViewProps {
  readonly workspace: Workspace;
  /** Two or more scenario ids; the first is the baseline. */
  readonly scenarioIds: readonly string[];
  readonly yearId?: string;
  readonly printedAt: Date;
}

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/**
 * The comparison report for a committee, laid out for A4 by print.css: the scenarios side by
 * side (totals, then every CCG), the £ per head chart, what changes in words from the baseline,
 * and the assumptions that differ between the scenarios. Only ever shown in print.
 */
export function ComparisonReportView({
  workspace,
  scenarioIds,
  yearId,
  printedAt,
}: ComparisonReportViewProps) {
  const c = compareScenarios(workspace, scenarioIds, (w, id) => costScenario(w, id, { yearId }));
  const [baseline, ...others] = c.scenarios;
  if (!baseline) return null;
  const year = baseline.year;
  const resolved = c.scenarios.map((s) =>
    resolveAssumptions(
      workspace.assumptions,
      workspace.scenarios.find((x) => x.id === s.scenarioId)?.assumptionOverrides,
    ),
  );
  const differing = assumptionInfos(workspace.assumptions).flatMap((info) => {
    const values = resolved.map((a) => assumptionValue(a, info.path));
    return values.every((v) => v === values[0]) ? [] : [{ info, values }];
  });

  return (
    <article
      className="report"
      aria-label={`Comparison report: ${c.scenarios.map((s) => s.name).join(', ')}`}
    >
      <header className="report-header">
        <p className="report-eyebrow">{workspace.name}</p>
        <h1>Comparison of scenarios</h1>
        <p className="report-meta">
          {c.scenarios.map((s) => s.name).join(' · ')} · baseline {baseline.name} · {year.label} ·
          allowance {formatCap(year.allowancePerHead)} a head (or the CCG’s published figure) ·
          printed {dateFormat.format(printedAt)}
        </p>
      </header>

      <section className="report-section">
        <h2>Scenario totals</h2>
        <table className="report-table">
          <thead>
            <tr>
              <th scope="col">Scenario</th>
              <th scope="col" className="num">
                Population
              </th>
              <th scope="col" className="num">
                Running cost
              </th>
              <th scope="col" className="num">
                £ per head
              </th>
              <th scope="col">CCGs</th>
              <th scope="col" className="num">
                Change in running cost
              </th>
            </tr>
          </thead>
          <tbody>
            {c.scenarios.map((s, i) => (
              <tr key={s.scenarioId}>
                <th scope="row">
                  {s.name}
                  {i === 0 ? ' (baseline)' : ''}
                </th>
                <td className="num">{formatPopulation(s.totals.population)}</td>
                <td className="num">{formatPounds(s.totals.running)}</td>
                <td className="num">{formatPerHead(s.totals.perHead)}</td>
                <td>
                  {s.totals.within} within, {s.totals.tight} tight, {s.totals.over} over
                </td>
                <td className="num">
                  {i === 0 ? '—' : formatSignedPounds(s.totals.running - baseline.totals.running)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="report-section">
        <h2>Side by side, CCG by CCG</h2>
        <table className="report-table">
          <thead>
            <tr>
              <th scope="col">CCG</th>
              {c.scenarios.map((s, i) => (
                <th key={s.scenarioId} scope="col" className="num">
                  {s.name}
                  {i === 0 ? ' (baseline)' : ''}
                </th>
              ))}
              {others.map((s) => (
                <th key={s.scenarioId} scope="col" className="num">
                  Change to {s.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {c.rows.map((row) => (
              <tr key={row.ccgId}>
                <th scope="row">{row.name}</th>
                {row.results.map((r, i) => (
                  <td key={i} className="num">
                    {r ? (
                      <>
                        {formatPerHead(r.perHead)}{' '}
                        <span className={`status-cell status-${r.status}`}>
                          <span aria-hidden="true">{STATUS_ICON[r.status]}</span>{' '}
                          {statusLabel(r.status)}
                        </span>
                      </>
                    ) : (
                      'not in this scenario'
                    )}
                  </td>
                ))}
                {row.differences.slice(1).map((d, i) => (
                  <td key={i} className="num">
                    {d ? formatSignedPerHead(d.perHead) : '—'}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        <p className="report-small">
          Running cost per head, with its status against the CCG’s allowance; changes are from{' '}
          {baseline.name}.
        </p>
      </section>

      <section className="report-section report-chart">
        <PerHeadChart workspace={workspace} scenarioIds={scenarioIds} yearId={year.id} />
      </section>

      <section className="report-section">
        <h2>What changes</h2>
        {others.map((s) => {
          const sentences = diffScenarios(workspace, baseline.scenarioId, s.scenarioId);
          return (
            <div key={s.scenarioId} className="report-diff">
              <h3>
                From {baseline.name} to {s.name}
              </h3>
              {sentences.length === 0 ? (
                <p>The two scenarios are configured the same.</p>
              ) : (
                <ul>
                  {sentences.map((x, i) => (
                    <li key={i}>{x.text}</li>
                  ))}
                </ul>
              )}
            </div>
          );
        })}
      </section>

      <section className="report-section report-assumptions">
        <h2>Assumptions that differ</h2>
        {differing.length === 0 ? (
          <p>The scenarios use the same assumptions.</p>
        ) : (
          <table className="report-table">
            <thead>
              <tr>
                <th scope="col">Assumption</th>
                {c.scenarios.map((s) => (
                  <th key={s.scenarioId} scope="col" className="num">
                    {s.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {differing.map(({ info, values }) => (
                <tr key={info.path}>
                  <th scope="row">{info.label}</th>
                  {values.map((v, i) => (
                    <td key={i} className="num">
                      {v === undefined ? '—' : formatAssumptionValue(v, info.unit)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <footer className="report-footer">
        Made with CCG Modeller. Figures are model outputs from illustrative assumptions, in pounds a
        year; populations are registered patients.
      </footer>
    </article>
  );
}
