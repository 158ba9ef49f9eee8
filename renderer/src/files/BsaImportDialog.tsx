import { useId, useMemo, useState } from 'react';
import type { BsaChoice, LocalityChoice } from '../../../shared/csv/bsaImportPlan';
import type { BsaListSizes } from '../../../shared/csv/bsaListSizes';
import { formatPopulation } from '../../../shared/format/format';
import { ModalDialog } from '../dialogs/ModalDialog';
import './bsaImport.css';

export interface BsaImportDialogProps {
  readonly fileName: string;
  readonly listSizes: BsaListSizes;
  /** Every code of the file with what it would change (bsaChoices). */
  readonly choices: readonly BsaChoice[];
  /** The scenario shown, which the import changes. */
  readonly scenarioName: string;
  onConfirm(codes: ReadonlySet<string>, localities: LocalityChoice): void;
  onCancel(): void;
}

/** Bad rows listed before "and n more". */
const LISTED_BAD_ROWS = 40;

function plural(n: number, one: string, many: string): string {
  return `${formatPopulation(n)} ${n === 1 ? one : many}`;
}

/** "+928", "−1,234" or "no change": a population's change, in words a screen reader reads well. */
export function signedChange(n: number): string {
  if (n === 0) return 'no change';
  return `${n > 0 ? '+' : '−'}${formatPopulation(Math.abs(n))}`;
}

function matches(choice: BsaChoice, query: string): boolean {
  const q = query.trim().toLowerCase();
  return q === '' || choice.code.toLowerCase().includes(q) || choice.name.toLowerCase().includes(q);
}

/**
 * The NHS BSA list-size import: pick CCGs by code or name (those of the scenario with a matching
 * code are ticked), see for each its practices, total and the change from its population now,
 * choose whether its practices become localities, then confirm. Nothing changes before that, and
 * the change is one step Undo takes back.
 */
export function BsaImportDialog({
  fileName,
  listSizes,
  choices,
  scenarioName,
  onConfirm,
  onCancel,
}: BsaImportDialogProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(
    () => new Set(choices.filter((c) => c.ccgId !== null).map((c) => c.code)),
  );
  const [localities, setLocalities] = useState<LocalityChoice>('none');
  const shown = useMemo(() => choices.filter((c) => matches(c, query)), [choices, query]);
  const picked = useMemo(() => choices.filter((c) => chosen.has(c.code)), [choices, chosen]);
  const practiceRows = listSizes.groups.reduce((s, g) => s + g.practices.length, 0);

  const toggle = (code: string, on: boolean): void => {
    setChosen((prev) => {
      const next = new Set(prev);
      if (on) next.add(code);
      else next.delete(code);
      return next;
    });
  };
  const setShown = (on: boolean): void => {
    setChosen((prev) => {
      const next = new Set(prev);
      for (const c of shown) {
        if (on) next.add(c.code);
        else next.delete(c.code);
      }
      return next;
    });
  };

  const replacing = picked.filter((c) => c.currentLocalities > 0);
  const fresh = picked.filter((c) => c.ccgId === null).length;

  return (
    <ModalDialog
      className="bsa-import-dialog"
      labelledBy={`${id}-title`}
      describedBy={`${id}-intro`}
      onClose={onCancel}
    >
      <h2 id={`${id}-title`}>Set populations from NHS BSA list sizes</h2>
      <p id={`${id}-intro`}>
        “{fileName}” is an NHS BSA Patient List Size file:{' '}
        {plural(practiceRows, 'practice', 'practices')} under{' '}
        {plural(listSizes.groups.length, 'organisation code', 'organisation codes')},{' '}
        {formatPopulation(listSizes.total)} patients. Choose the CCGs whose population it sets in “
        {scenarioName}”; CCGs of the scenario with a matching code are ticked. Nothing changes until
        you confirm.
      </p>

      {listSizes.badRows.length > 0 && (
        <div className="csv-bad-rows">
          <p>
            <strong>
              {plural(listSizes.badRows.length, 'row cannot', 'rows cannot')} be used and{' '}
              {listSizes.badRows.length === 1 ? 'is' : 'are'} left out:
            </strong>
          </p>
          <ul className="error-list">
            {listSizes.badRows.slice(0, LISTED_BAD_ROWS).map((b) => (
              <li key={`${b.line}:${b.reason}`}>
                Line {b.line}: {b.reason}
              </li>
            ))}
            {listSizes.badRows.length > LISTED_BAD_ROWS && (
              <li>and {listSizes.badRows.length - LISTED_BAD_ROWS} more</li>
            )}
          </ul>
        </div>
      )}

      <div className="bsa-find">
        <label htmlFor={`${id}-find`}>Find a CCG by code or name</label>
        <input
          id={`${id}-find`}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          autoComplete="off"
          data-autofocus
        />
        <button
          type="button"
          className="secondary-button"
          onClick={() => setShown(true)}
          disabled={shown.length === 0}
        >
          Tick all shown
        </button>
        <button
          type="button"
          className="secondary-button"
          onClick={() => setShown(false)}
          disabled={shown.length === 0}
        >
          Untick all shown
        </button>
      </div>
      <p className="bsa-count" aria-live="polite">
        {shown.length === choices.length
          ? `${choices.length} codes`
          : `${shown.length} of ${choices.length} codes shown`}
      </p>
      <ul className="bsa-choices" aria-label="CCGs in the file">
        {shown.map((c) => (
          <li key={c.code}>
            <label>
              <input
                type="checkbox"
                checked={chosen.has(c.code)}
                onChange={(e) => toggle(c.code, e.target.checked)}
              />
              <span className="bsa-code">{c.code}</span> <span className="bsa-name">{c.name}</span>{' '}
              <span className="bsa-figures">
                {plural(c.practices, 'practice', 'practices')}, {formatPopulation(c.listSize)}{' '}
                patients
                {c.ccgId === null
                  ? ' · not in the scenario'
                  : ` · now ${formatPopulation(c.currentPopulation ?? 0)}`}
              </span>
            </label>
          </li>
        ))}
      </ul>

      <h3 className="bsa-preview-title">
        {picked.length === 0
          ? 'No CCG chosen'
          : `What changes: ${plural(picked.length, 'CCG', 'CCGs')}`}
      </h3>
      {picked.length > 0 && (
        <div className="bsa-preview">
          <table>
            <thead>
              <tr>
                <th scope="col">CCG</th>
                <th scope="col">Code</th>
                <th scope="col">Practices</th>
                <th scope="col">List size</th>
                <th scope="col">Population now</th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              {picked.map((c) => (
                <tr key={c.code}>
                  <th scope="row">{c.name}</th>
                  <td>{c.code}</td>
                  <td>{formatPopulation(c.practices)}</td>
                  <td>{formatPopulation(c.listSize)}</td>
                  <td>
                    {c.currentPopulation === null ? '—' : formatPopulation(c.currentPopulation)}
                  </td>
                  <td>
                    {c.currentPopulation === null
                      ? 'new CCG'
                      : signedChange(c.listSize - c.currentPopulation)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {(replacing.length > 0 || fresh > 0) && (
        <p className="csv-warning">
          {replacing.length > 0 && (
            <>
              {replacing
                .map((c) => `${c.name} (${plural(c.currentLocalities, 'locality', 'localities')})`)
                .join(', ')}
              : the current localities are replaced.{' '}
            </>
          )}
          {fresh > 0 && (
            <>
              {plural(fresh, 'CCG is', 'CCGs are')} not in the scenario yet and will be added beside
              what is drawn.
            </>
          )}
        </p>
      )}

      <fieldset className="bsa-localities">
        <legend>Practices</legend>
        <label>
          <input
            type="radio"
            name={`${id}-localities`}
            checked={localities === 'none'}
            onChange={() => setLocalities('none')}
          />
          Set each CCG’s population to its practices’ total
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-localities`}
            checked={localities === 'practice'}
            onChange={() => setLocalities('practice')}
          />
          Make one locality per practice with patients (drag them between CCGs later)
        </label>
      </fieldset>

      <div className="dialog-actions csv-actions">
        <button type="button" className="secondary-button" onClick={onCancel}>
          Cancel
        </button>
        <button
          type="button"
          className="primary-button"
          disabled={picked.length === 0}
          onClick={() => onConfirm(chosen, localities)}
        >
          {picked.length === 1
            ? 'Set 1 population'
            : `Set ${formatPopulation(picked.length)} populations`}
        </button>
      </div>
    </ModalDialog>
  );
}
