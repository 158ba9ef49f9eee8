import { useLayoutEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { buildPracticeImport, type PracticeImport } from '../../../shared/csv/buildPracticeImport';
import { clipCell, type CsvTable } from '../../../shared/csv/csvTable';
import {
  PRACTICE_FIELDS,
  PRACTICE_FIELD_LABELS,
  REQUIRED_PRACTICE_FIELDS,
  guessPracticeMapping,
  mappingProblems,
  type PracticeField,
  type PracticeMapping,
} from '../../../shared/csv/practiceColumns';
import {
  choiceFor,
  describePlanEntry,
  matchImportedCcgs,
  type ClashChoice,
} from '../../../shared/csv/practiceImportPlan';
import { formatPopulation } from '../../../shared/format/format';
import type { Scenario } from '../../../shared/model/workspace';
import { useEscapeToClose } from '../dialogs/useModalFocus';
import './files.css';

export type CsvImportDestination = 'scenario' | 'workspace';

/** How to add to existing scenarios: the choices for clashing localities, and which scenarios. */
export interface CsvImportOptions {
  readonly choices: Readonly<Record<string, ClashChoice>>;
  readonly everyScenario: boolean;
}

export interface CsvImportDialogProps {
  readonly fileName: string;
  readonly table: CsvTable;
  /** The scenario shown, which "Add to scenario" adds to; its CCGs are matched to the file's. */
  readonly scenario: Scenario;
  /** How many scenarios the workspace has ("Apply to every scenario" is offered when more than one). */
  readonly scenarioCount: number;
  onImport(
    imported: PracticeImport,
    destination: CsvImportDestination,
    options: CsvImportOptions,
  ): void;
  onCancel(): void;
}

/** Rows of the file shown in the preview. */
const PREVIEW_ROWS = 6;
/** Bad rows listed before "and n more". */
const LISTED_BAD_ROWS = 40;
/** CCGs listed in the summary before "and n more". */
const LISTED_CCGS = 12;

function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function plural(n: number, one: string, many: string): string {
  return `${formatPopulation(n)} ${n === 1 ? one : many}`;
}

/**
 * The preview and mapping step of a practice-list import: the first rows of the file, a choice
 * of column for each field (guessed from the headings), what the import will build, and every
 * row that cannot be used with its line number. Nothing changes until Import is pressed, and a
 * file with bad rows imports only if the user ticks that those rows are to be skipped.
 */
export function CsvImportDialog({
  fileName,
  table,
  scenario,
  scenarioCount,
  onImport,
  onCancel,
}: CsvImportDialogProps) {
  const scenarioName = scenario.name;
  const id = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const [mapping, setMapping] = useState<PracticeMapping>(() => guessPracticeMapping(table.header));
  const [skipBadRows, setSkipBadRows] = useState(false);
  const [destination, setDestination] = useState<CsvImportDestination>('scenario');
  const [choices, setChoices] = useState<Readonly<Record<string, ClashChoice>>>({});
  const [everyScenario, setEveryScenario] = useState(false);

  const problems = useMemo(() => mappingProblems(mapping, table.header), [mapping, table.header]);
  const imported = useMemo(
    () => (problems.length === 0 ? buildPracticeImport(table, mapping) : null),
    [problems, table, mapping],
  );
  const badRows = imported?.badRows ?? [];
  const localityCount = imported?.ccgs.reduce((n, c) => n + c.localities.length, 0) ?? 0;
  const plan = useMemo(
    () => (imported ? matchImportedCcgs(imported, scenario) : []),
    [imported, scenario],
  );
  const toAdd = destination === 'scenario';
  // A matched CCG whose localities share names with the file's waits for the user's choice.
  const undecided = toAdd
    ? plan.filter((e) => e.clashes.length > 0 && choiceFor(e, choices) === null)
    : [];
  const clashing = plan.filter((e) => e.clashes.length > 0);
  const canImport =
    imported !== null &&
    imported.ccgs.length > 0 &&
    (badRows.length === 0 || skipBadRows) &&
    undecided.length === 0;

  // Before the first paint, so a key pressed the moment the dialog shows reaches it.
  useLayoutEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialogRef.current?.querySelector<HTMLElement>('select')?.focus();
    return () => previous?.focus();
  }, []);

  useEscapeToClose(onCancel, dialogRef);

  // A changed mapping gives different bad rows: the user must agree to skip them again.
  const choose = (field: PracticeField, value: string): void => {
    setMapping((m) => ({ ...m, [field]: value === '' ? null : Number(value) }));
    setSkipBadRows(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
      return;
    }
    if (event.key !== 'Tab') return;
    // Keep focus inside the dialog: wrap from the last control to the first and back.
    const focusable = Array.from(
      dialogRef.current?.querySelectorAll<HTMLElement>(
        'select, input, button:not(:disabled), [tabindex="0"]',
      ) ?? [],
    );
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  const fieldOf = new Map<number, PracticeField>();
  for (const f of PRACTICE_FIELDS) {
    const c = mapping[f];
    if (c !== null) fieldOf.set(c, f);
  }

  return (
    <div className="dialog-backdrop">
      <div
        ref={dialogRef}
        className="dialog csv-import-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-intro`}
        onKeyDown={onKeyDown}
      >
        <h2 id={`${id}-title`}>Import practices from “{fileName}”</h2>
        <p id={`${id}-intro`}>
          {plural(table.rows.length, 'row', 'rows')} under the headings. Check which column holds
          what: practices are summed into localities and localities into CCGs.
        </p>

        <fieldset className="csv-mapping">
          <legend>Columns</legend>
          {PRACTICE_FIELDS.map((field) => {
            const required = REQUIRED_PRACTICE_FIELDS.includes(field);
            return (
              <label key={field} className="csv-mapping-field">
                <span>
                  {PRACTICE_FIELD_LABELS[field]}
                  {required ? '' : ' (optional)'}
                </span>
                <select
                  value={mapping[field] ?? ''}
                  onChange={(e) => choose(field, e.target.value)}
                >
                  <option value="">{required ? 'Choose a column…' : 'None'}</option>
                  {table.header.map((h, i) => (
                    <option key={i} value={i}>
                      {columnLetter(i)}: {h || '(no heading)'}
                    </option>
                  ))}
                </select>
              </label>
            );
          })}
        </fieldset>

        <div
          className="csv-preview"
          tabIndex={0}
          role="region"
          aria-label={`The first rows of ${fileName}`}
        >
          <table>
            <thead>
              <tr>
                <th scope="col">Line</th>
                {table.header.map((h, i) => {
                  const f = fieldOf.get(i);
                  return (
                    <th key={i} scope="col" className={f ? 'is-mapped' : undefined}>
                      {h || columnLetter(i)}
                      {f && <span className="csv-field-tag">{PRACTICE_FIELD_LABELS[f]}</span>}
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {table.rows.slice(0, PREVIEW_ROWS).map((r) => (
                <tr key={r.line}>
                  <td className="csv-line">{r.line}</td>
                  {table.header.map((_, i) => (
                    <td key={i} className={fieldOf.has(i) ? 'is-mapped' : undefined}>
                      {clipCell(r.cells[i] ?? '')}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>

        <div className="csv-summary" aria-live="polite">
          {problems.length > 0 && (
            <ul className="csv-problems">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
          {imported && (
            <>
              <p className="csv-builds">
                {imported.ccgs.length === 0 ? (
                  'No CCG can be built from this file.'
                ) : (
                  <>
                    Builds <strong>{plural(imported.ccgs.length, 'CCG', 'CCGs')}</strong>
                    {mapping.locality !== null && (
                      <>
                        {' '}
                        and <strong>{plural(localityCount, 'locality', 'localities')}</strong>
                      </>
                    )}{' '}
                    from {plural(imported.usedRows, 'practice', 'practices')}:{' '}
                    {formatPopulation(imported.population)} people.
                  </>
                )}
              </p>
              {imported.ccgs.length > 0 && !toAdd && (
                <ul className="csv-ccgs">
                  {imported.ccgs.slice(0, LISTED_CCGS).map((c) => (
                    <li key={c.name}>
                      <span className="csv-ccg-name">{c.name}</span>{' '}
                      <span className="csv-ccg-figures">
                        {formatPopulation(c.population)}
                        {c.localities.length > 0 &&
                          ` · ${plural(c.localities.length, 'locality', 'localities')}`}
                      </span>
                    </li>
                  ))}
                  {imported.ccgs.length > LISTED_CCGS && (
                    <li className="muted">and {imported.ccgs.length - LISTED_CCGS} more</li>
                  )}
                </ul>
              )}
              {imported.ccgs.length > 0 && toAdd && (
                <>
                  <p>In “{scenarioName}”, the import:</p>
                  <ul
                    className="csv-ccgs csv-plan"
                    aria-label={`What the import does in ${scenarioName}`}
                  >
                    {plan.slice(0, LISTED_CCGS).map((e) => (
                      <li key={e.imported.name}>
                        {describePlanEntry(e, scenario, choiceFor(e, choices))}
                      </li>
                    ))}
                    {plan.length > LISTED_CCGS && (
                      <li className="muted">and {plan.length - LISTED_CCGS} more</li>
                    )}
                  </ul>
                </>
              )}
              {toAdd &&
                clashing.map((e) => (
                  <fieldset key={e.imported.name} className="csv-clash">
                    <legend>
                      {e.match.kind === 'existing' ? e.match.ccg.name : e.imported.name} already has{' '}
                      {e.clashes.length === 1 ? 'a locality' : 'localities'} named{' '}
                      {e.clashes.join(', ')}
                    </legend>
                    {(
                      [
                        ['replace', 'Replace those localities with the file’s'],
                        ['alongside', 'Add the file’s localities alongside them'],
                        ['skip', `Skip ${e.imported.name}`],
                      ] as const
                    ).map(([value, label]) => (
                      <label key={value}>
                        <input
                          type="radio"
                          name={`${id}-clash-${e.imported.name}`}
                          checked={choices[e.imported.name] === value}
                          onChange={() => setChoices((c) => ({ ...c, [e.imported.name]: value }))}
                        />
                        {label}
                      </label>
                    ))}
                  </fieldset>
                ))}
              {badRows.length > 0 && (
                <div className="csv-bad-rows">
                  <p>
                    <strong>{plural(badRows.length, 'row cannot', 'rows cannot')} be used:</strong>
                  </p>
                  <ul className="error-list">
                    {badRows.slice(0, LISTED_BAD_ROWS).map((b) => (
                      <li key={`${b.line}:${b.reason}`}>
                        Line {b.line}: {b.reason}
                      </li>
                    ))}
                    {badRows.length > LISTED_BAD_ROWS && (
                      <li>and {badRows.length - LISTED_BAD_ROWS} more</li>
                    )}
                  </ul>
                  <label className="csv-skip">
                    <input
                      type="checkbox"
                      checked={skipBadRows}
                      onChange={(e) => setSkipBadRows(e.target.checked)}
                    />
                    Skip{' '}
                    {badRows.length === 1
                      ? 'this row'
                      : `these ${formatPopulation(badRows.length)} rows`}{' '}
                    and import the rest
                  </label>
                </div>
              )}
            </>
          )}
        </div>

        <fieldset className="csv-destination">
          <legend>Import into</legend>
          <label>
            <input
              type="radio"
              name={`${id}-destination`}
              checked={destination === 'scenario'}
              onChange={() => setDestination('scenario')}
            />
            The scenario “{scenarioName}” (one step you can undo)
          </label>
          {scenarioCount > 1 && (
            <label className="csv-every-scenario">
              <input
                type="checkbox"
                checked={everyScenario}
                disabled={!toAdd}
                onChange={(e) => setEveryScenario(e.target.checked)}
              />
              Apply to every scenario ({scenarioCount}; each matched on its own, still one step)
            </label>
          )}
          <label>
            <input
              type="radio"
              name={`${id}-destination`}
              checked={destination === 'workspace'}
              onChange={() => setDestination('workspace')}
            />
            A new workspace
          </label>
        </fieldset>

        {undecided.length > 0 && (
          <p className="csv-warning" role="status">
            Choose what to do with the localities of the same name in{' '}
            {undecided.map((e) => e.imported.name).join(', ')} before importing.
          </p>
        )}
        <div className="dialog-actions csv-actions">
          <button type="button" className="secondary-button" onClick={onCancel}>
            Cancel
          </button>
          <button
            type="button"
            className="primary-button"
            disabled={!canImport}
            onClick={() =>
              imported &&
              canImport &&
              onImport(imported, destination, { choices, everyScenario: toAdd && everyScenario })
            }
          >
            Import
          </button>
        </div>
      </div>
    </div>
  );
}
