import { Fragment, useId, useState, type ReactNode } from 'react';
import type { CcgResult, RiskFlag, YearResult } from '../../../shared/costing/results';
import { headroomPhrase } from '../../../shared/format/headroom';
import { allowanceStatusPhrase, type AllowanceTest } from '../../../shared/format/allowancePhrase';
import { formatMoneyShort, formatPerHead, formatPopulation } from '../../../shared/format/format';
import type { Arrangement, Assumptions } from '../../../shared/model/workspace';
import { arrangementPartner } from '../common/describeArrangement';
import { deliveryLabel } from '../../../shared/model/arrangementModels';
import { StatusBadge } from '../common/StatusBadge';
import { explainFunctionCost } from './explainFunctionCost';
import { CcgYears } from './CcgYears';
import { FlagList } from './FlagList';

export interface CcgBreakdownProps {
  readonly ccg: CcgResult;
  /** What the CCG is tested against in the shown year: its own allowance, or the national rate. */
  readonly allowance: AllowanceTest;
  readonly assumptions: Assumptions;
  readonly arrangements: readonly Arrangement[];
  /** Flags about this CCG or one of its arrangements. */
  readonly flags: readonly RiskFlag[];
  readonly nameOf: (id: string) => string;
  readonly laPopulation: (id: string) => number | undefined;
  readonly onSelect: (id: string) => void;
  /** The CCG's editable fields (the inspector), shown under the headline figures. */
  readonly editor?: ReactNode;
  /** Every planning year's figures (the scenario's), for the year-by-year table and chart. */
  readonly years?: readonly YearResult[];
  /** The year the figures above are for. */
  readonly shownYearId?: string;
}

/**
 * One CCG's running cost, line by line: population, core and its parts, each support function
 * with how it is delivered, by whom and what it costs (expandable to its formula), the total
 * against its allowance, and the flags that concern it.
 */
export function CcgBreakdown({
  ccg,
  allowance,
  assumptions,
  arrangements,
  flags,
  nameOf,
  laPopulation,
  onSelect,
  editor,
  years,
  shownYearId,
}: CcgBreakdownProps) {
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const idPrefix = useId();
  const arrangementById = new Map(arrangements.map((a) => [a.id, a]));
  const perHead = (pounds: number): string => formatPerHead(pounds / ccg.population);
  const toggle = (id: string): void =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const core = assumptions.core;

  return (
    <article className="breakdown" aria-labelledby={`${idPrefix}-title`}>
      <header className="panel-header">
        <p className="eyebrow">CCG{ccg.federated ? ' · federated' : ''}</p>
        <h2 id={`${idPrefix}-title`}>{ccg.name}</h2>
        <p className="headline">
          <strong className="headline-figure">{formatPerHead(ccg.perHead)}</strong> per head{' '}
          <StatusBadge status={ccg.status} />
        </p>
        <p className="headline-phrase">{allowanceStatusPhrase(ccg.status, allowance)}</p>
      </header>

      <dl className="kpis">
        <div>
          <dt>Population</dt>
          <dd>{formatPopulation(ccg.population)}</dd>
        </div>
        <div>
          <dt>Running cost</dt>
          <dd>{formatMoneyShort(ccg.running)}</dd>
        </div>
        {ccg.programme > 0 && (
          <div>
            <dt>Programme (not tested)</dt>
            <dd>{formatMoneyShort(ccg.programme)}</dd>
          </div>
        )}
        <div>
          <dt>Allowance</dt>
          <dd>{formatMoneyShort(ccg.allowance)}</dd>
        </div>
        <div>
          <dt>Per head vs allowance</dt>
          <dd>
            {formatPerHead(ccg.perHead)} / {formatPerHead(ccg.allowance / ccg.population)}
          </dd>
        </div>
        <div>
          <dt>Headroom</dt>
          <dd
            className={ccg.headroom < 0 ? 'is-negative' : undefined}
            title={`allowance ${formatMoneyShort(ccg.allowance)} − running cost ${formatMoneyShort(ccg.running)}`}
          >
            {headroomPhrase(ccg.headroom)}
          </dd>
        </div>
      </dl>

      {years && years.length > 0 && (
        <CcgYears ccgId={ccg.id} years={years} shownYearId={shownYearId ?? years[0]?.id ?? ''} />
      )}

      {editor}

      <section aria-labelledby={`${idPrefix}-core`}>
        <h3 id={`${idPrefix}-core`}>
          Core{' '}
          <span className="h-figure">
            {formatMoneyShort(ccg.core)} · {perHead(ccg.core)} a head
          </span>
        </h3>
        <table className="figures core-table">
          <tbody>
            {ccg.sources.core === 'structure' ? (
              <tr>
                <th scope="row">Posts under the core headings (staffing structure)</th>
                <td
                  className="num"
                  title={`${ccg.corePostIds.length} posts: pay × (1 + on-costs) plus their non-pay share`}
                >
                  {formatMoneyShort(ccg.coreParts.posts)}
                </td>
              </tr>
            ) : (
              <>
                <tr>
                  <th scope="row">Governing body and statutory duties</th>
                  <td className="num" title="Fixed cost per CCG">
                    {formatMoneyShort(ccg.coreParts.fixed)}
                  </td>
                </tr>
                <tr>
                  <th scope="row">Clinical leadership and staff</th>
                  <td
                    className="num"
                    title={`${formatPerHead(core.perHead)} × ${formatPopulation(ccg.population)}`}
                  >
                    {formatMoneyShort(ccg.coreParts.perHead)}
                  </td>
                </tr>
              </>
            )}
            {ccg.federated && (
              <tr>
                <th scope="row">Devolved localities</th>
                <td
                  className="num"
                  title={`${ccg.localities} × ${formatMoneyShort(core.perDevolvedLocality)}`}
                >
                  {formatMoneyShort(ccg.coreParts.devolvedLocalities)}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </section>

      <section aria-labelledby={`${idPrefix}-functions`}>
        <h3 id={`${idPrefix}-functions`}>Support functions</h3>
        <table className="figures function-table">
          <thead>
            <tr>
              <th scope="col">Function</th>
              <th scope="col">How</th>
              <th scope="col" className="num">
                Cost
              </th>
              <th scope="col" className="num">
                £/head
              </th>
            </tr>
          </thead>
          <tbody>
            {assumptions.functions.map((fn) => {
              const fc = ccg.functions[fn.id];
              if (!fc) return null;
              const arrangement = fc.arrangementId
                ? arrangementById.get(fc.arrangementId)
                : undefined;
              const explanation = explainFunctionCost(fn, fc, {
                assumptions,
                population: ccg.population,
                ccgName: ccg.name,
                arrangement,
                nameOf,
                laPopulation,
              });
              const partner = arrangement ? arrangementPartner(arrangement, nameOf) : undefined;
              const isOpen = open.has(fn.id);
              const rowId = `${idPrefix}-fn-${fn.id}`;
              return (
                <Fragment key={fn.id}>
                  <tr className={`function-row mode-${fc.mode}`} data-function-id={fn.id}>
                    <th scope="row">
                      <button
                        type="button"
                        className="disclosure"
                        aria-expanded={isOpen}
                        aria-controls={rowId}
                        onClick={() => toggle(fn.id)}
                        title="Show how this figure is worked out"
                      >
                        <span aria-hidden="true" className="disclosure-icon">
                          {isOpen ? '▾' : '▸'}
                        </span>
                        {fn.name}
                      </button>
                    </th>
                    <td>
                      <span className={`mode-tag mode-${fc.mode}`}>{deliveryLabel(fc.mode)}</span>
                      {fc.source === 'structure' && <span className="source-tag"> from posts</span>}
                      {arrangement && (
                        <span className="delivered-by">
                          {arrangement.name}
                          {partner ? `, ${partner}` : ''}
                        </span>
                      )}
                    </td>
                    <td className="num" title={explanation}>
                      {formatMoneyShort(fc.cost)}
                    </td>
                    <td className="num">{perHead(fc.cost)}</td>
                  </tr>
                  <tr id={rowId} className="explanation-row" hidden={!isOpen}>
                    <td colSpan={4}>
                      <p className="explanation">{explanation}</p>
                    </td>
                  </tr>
                </Fragment>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2}>
                Total running cost
              </th>
              <td className="num">{formatMoneyShort(ccg.total)}</td>
              <td className="num">{formatPerHead(ccg.perHead)}</td>
            </tr>
          </tfoot>
        </table>
      </section>

      <section aria-labelledby={`${idPrefix}-flags`}>
        <h3 id={`${idPrefix}-flags`}>Risk flags</h3>
        <FlagList
          flags={flags}
          onSelect={onSelect}
          emptyText="No risk flags for this CCG or its arrangements."
        />
      </section>
    </article>
  );
}
