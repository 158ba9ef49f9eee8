import { useMemo } from 'react';
import { allowanceStatusPhrase } from '../../../shared/format/allowancePhrase';
import { formatPerHead } from '../../../shared/format/format';
import type { Assumptions, Scenario } from '../../../shared/model/workspace';
import { breakEven } from '../../../shared/sensitivity/breakEven';

export interface BreakEvenAnswersProps {
  readonly scenario: Scenario;
  readonly assumptions: Assumptions;
  readonly ccgId: string;
  /** The planning year whose allowance is tested (default the first). */
  readonly yearId?: string;
}

/**
 * For a CCG over its allowance: the fixed cost, shared population and prices at which it would
 * land on it, each in a sentence ("Not reachable: …" where no valid value does it).
 */
export function BreakEvenAnswers({ scenario, assumptions, ccgId, yearId }: BreakEvenAnswersProps) {
  const result = useMemo(
    () => breakEven(scenario, assumptions, ccgId, yearId),
    [scenario, assumptions, ccgId, yearId],
  );
  const { ccg } = result;
  return (
    <section className="break-even" aria-labelledby="break-even-title">
      <h4 id="break-even-title">Break-even for {ccg.name}</h4>
      {!result.over ? (
        <p>
          {ccg.name} costs {formatPerHead(ccg.perHead)} a head,{' '}
          {allowanceStatusPhrase(ccg.status, result.allowance)}: there is no break-even to find.
        </p>
      ) : (
        <>
          <p>
            {ccg.name} costs {formatPerHead(ccg.perHead)} a head,{' '}
            {formatPerHead(ccg.perHead - result.capPerHead)} a head{' '}
            {allowanceStatusPhrase(ccg.status, result.allowance)}. Each line changes one input and
            keeps everything else as it is:
          </p>
          <ul>
            {result.answers.map((a, i) => (
              <li key={i} className={a.value === null ? 'is-unreachable' : 'is-reachable'}>
                <span aria-hidden="true">{a.value === null ? '✕ ' : '✓ '}</span>
                {a.sentence}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
