import type { ScenarioResult } from '../../../../shared/costing/results';
import { totalsAllowanceWords } from '../../../../shared/format/allowancePhrase';
import { formatCap, formatPerHead } from '../../../../shared/format/format';
import { PictureProblem } from '../../print/PictureProblem';
import { ResultsTable } from '../../print/ResultsTable';
import type { Slide, Workspace } from '../../../../shared/model/workspace';
import { statusBadgeText } from '../../common/statusDisplay';
import { costScenarioCached } from '../../state/costScenarioCached';
import { comparisonRows } from '../comparisonRows';
import { describeHighlight } from '../slideFromView';

export interface HandoutViewProps {
  readonly workspace: Workspace;
  /** Picture URL per slide id (slides highlighting a comparison have none). */
  readonly pictures: ReadonlyMap<string, string>;
  /** Why a slide's picture could not be drawn, per slide id: printed in its place. */
  readonly pictureProblems?: ReadonlyMap<string, string>;
  readonly printedAt: Date;
}

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** Running cost per head of every CCG in each of these scenarios, side by side, with each cap. */
function ComparisonTable({ results }: { readonly results: readonly ScenarioResult[] }) {
  const rows = comparisonRows(results);
  return (
    // Past four scenarios the type steps down a size; names wrap in their column, never clipped.
    <table
      className={
        results.length > 4
          ? 'report-table handout-comparison is-wide'
          : 'report-table handout-comparison'
      }
    >
      <thead>
        <tr>
          <th scope="col">CCG</th>
          {results.map((r) => (
            <th key={r.scenarioId} scope="col" className="num">
              {r.name} ({totalsAllowanceWords(r.totals, r.year.allowancePerHead)})
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(({ id, name }) => (
          <tr key={id}>
            <th scope="row">{name}</th>
            {results.map((r) => {
              const c = r.ccgs.find((x) => x.id === id);
              return (
                <td
                  key={r.scenarioId}
                  className={`num${c ? ` status-cell status-${c.status}` : ''}`}
                >
                  {c ? (
                    <>
                      <span className="handout-nowrap">{formatPerHead(c.perHead)}</span>{' '}
                      <span className="handout-nowrap">{statusBadgeText(c.status)}</span>
                    </>
                  ) : (
                    '—'
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">All CCGs</th>
          {results.map((r) => (
            <td key={r.scenarioId} className="num">
              {formatPerHead(r.totals.perHead)}
            </td>
          ))}
        </tr>
      </tfoot>
    </table>
  );
}

/**
 * The workshop handout, laid out for A4 by print.css and handout.css: one page per slide (its
 * title, the canvas picture framed as the slide frames it — or the comparison it shows —, the
 * figures of its scenario and its notes), then a page comparing every scenario. Figures are the
 * document's own: what-ifs tried in a workshop are not printed.
 */
export function HandoutView({ workspace, pictures, pictureProblems, printedAt }: HandoutViewProps) {
  const slides: readonly Slide[] = workspace.slides ?? [];
  const resultOf = (id: string, yearId?: string) => costScenarioCached(workspace, id, yearId);
  return (
    <article className="report handout" aria-label={`Workshop handout: ${workspace.name}`}>
      {slides.map((slide, i) => {
        const scenario = workspace.scenarios.find((s) => s.id === slide.scenarioId);
        if (!scenario) return null;
        // A slide shows its own planning year (the first when it names none).
        const result = resultOf(scenario.id, slide.yearId);
        const h = slide.highlight;
        const picture = pictures.get(slide.id);
        const problem = pictureProblems?.get(slide.id);
        return (
          <section
            key={slide.id}
            className="handout-page"
            aria-label={`Slide ${i + 1}: ${slide.title}`}
          >
            <header className="report-header">
              <p className="report-eyebrow">
                {workspace.name} · slide {i + 1} of {slides.length}
              </p>
              <h1>{slide.title}</h1>
              <p className="report-meta">
                Scenario {scenario.name} · national rate {formatCap(result.year.allowancePerHead)} a
                head · {describeHighlight(workspace, slide)}
              </p>
            </header>
            {h?.kind === 'comparison' ? (
              <ComparisonTable
                results={h.scenarioIds
                  .filter((id) => workspace.scenarios.some((s) => s.id === id))
                  .map((id) => resultOf(id, slide.yearId))}
              />
            ) : problem !== undefined ? (
              <PictureProblem reason={problem} />
            ) : (
              picture && (
                <figure className="report-picture">
                  <img
                    src={picture}
                    data-slide-id={slide.id}
                    alt={`The canvas of ${scenario.name} as slide ${i + 1} shows it.`}
                  />
                </figure>
              )
            )}
            <h2>Figures: {scenario.name}</h2>
            <ResultsTable
              workspace={workspace}
              scenarioId={slide.scenarioId}
              yearId={result.year.id}
            />
            {slide.notes && (
              <p className="report-notes handout-notes">
                <strong>Notes: </strong>
                {slide.notes}
              </p>
            )}
          </section>
        );
      })}
      <section className="handout-page" aria-label="Scenario comparison">
        <header className="report-header">
          <p className="report-eyebrow">{workspace.name}</p>
          <h1>Scenario comparison</h1>
          <p className="report-meta">
            Running cost per head by CCG in every scenario · printed {dateFormat.format(printedAt)}
          </p>
        </header>
        <ComparisonTable results={workspace.scenarios.map((s) => resultOf(s.id))} />
        <footer className="report-footer">
          Made with CCG Modeller. Figures are model outputs from illustrative assumptions, in pounds
          a year; populations are registered patients.
        </footer>
      </section>
    </article>
  );
}
