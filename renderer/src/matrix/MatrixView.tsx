import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { allowanceStatusPhrase, allowanceTest } from '../../../shared/format/allowancePhrase';
import { formatMoneyShort, formatPerHead } from '../../../shared/format/format';
import { effectiveMembers } from '../../../shared/model/scenarioIndex';
import type { CcgNode } from '../../../shared/model/workspace';
import { STATUS_ICON } from '../common/statusDisplay';
import { IN_HOUSE_LABEL, deliveryLabel } from '../../../shared/model/arrangementModels';
import { dispatchEdit } from '../state/dispatchEdit';
import { useEditor } from '../editor/EditorContext';
import { useCurrentScenario } from '../state/useCurrentScenario';
import { useScenarioAssumptions, useScenarioResult } from '../state/useScenarioResult';
import { CoverageEditor } from './CoverageEditor';
import { DELIVERY_ICON, DELIVERY_LABEL, deliveryKind } from './deliveryKind';
import { moveActiveCell, type CellPosition } from './moveActiveCell';

interface Status {
  readonly text: string;
  readonly isError: boolean;
}

/**
 * The CCG × function matrix: for every pair, do / share / buy (as text and icon), who delivers it
 * and what it costs the CCG. A grid you can drive like a spreadsheet: arrows, Home/End, Page
 * Up/Down move the active cell (one Tab stop, roving tabindex); Enter or F2 opens the list of
 * In-house and the scenario's arrangements; choosing one is one setCoverage edit. A refused
 * choice is explained in the status line and changes nothing.
 */
export function MatrixView() {
  const id = useId();
  const scenario = useCurrentScenario();
  const result = useScenarioResult();
  const assumptions = useScenarioAssumptions();
  const editor = useEditor();
  const functions = assumptions.functions;
  const rows = result.ccgs;
  const ccgNodes = useMemo(
    () =>
      new Map(scenario.nodes.filter((n): n is CcgNode => n.kind === 'ccg').map((n) => [n.id, n])),
    [scenario],
  );
  const [active, setActive] = useState<CellPosition>({ row: 0, col: 0 });
  const [editing, setEditing] = useState<CellPosition | null>(null);
  const [status, setStatus] = useState<Status>({ text: '', isError: false });
  const cellRefs = useRef(new Map<string, HTMLTableCellElement>());
  // Focus follows the active cell only after a key or click in the grid, never on first render.
  const wantFocus = useRef(false);

  // Keep the active cell inside the grid when CCGs or functions come and go.
  const at: CellPosition = {
    row: Math.min(active.row, Math.max(0, rows.length - 1)),
    col: Math.min(active.col, Math.max(0, functions.length - 1)),
  };

  useEffect(() => {
    if (!wantFocus.current || editing) return;
    wantFocus.current = false;
    cellRefs.current.get(`${at.row}:${at.col}`)?.focus();
  }, [at.row, at.col, editing]);

  const arrangementName = (arrangementId: string | undefined): string | undefined =>
    scenario.arrangements.find((a) => a.id === arrangementId)?.name;

  const choose = (cell: CellPosition, arrangementId: string): void => {
    const ccg = rows[cell.row];
    const fn = functions[cell.col];
    wantFocus.current = true;
    setEditing(null);
    if (!ccg || !fn) return;
    const current = ccg.functions[fn.id]?.arrangementId ?? '';
    if (arrangementId === current) return;
    // An arrangement covers its functions for every member alike, so adding one reaches them all: say so.
    const target = scenario.arrangements.find((a) => a.id === arrangementId);
    const others = target ? effectiveMembers(target).filter((m) => m !== ccg.id).length : 0;
    const widened =
      target && !target.functions.includes(fn.id) && others > 0
        ? ` It now covers it for all ${others + 1} of its members.`
        : '';
    const result = dispatchEdit({
      type: 'setCoverage',
      scenarioId: scenario.id,
      ccgId: ccg.id,
      functionId: fn.id,
      arrangementId: arrangementId || null,
    });
    setStatus(
      result.ok
        ? {
            text: `${ccg.name}: ${fn.name} is now ${target ? `from ${target.name}.${widened}` : 'in-house.'}`,
            isError: false,
          }
        : { text: `Not changed. ${result.errors.join(' ')}`, isError: true },
    );
  };

  const onCellKeyDown = (event: KeyboardEvent<HTMLTableCellElement>, cell: CellPosition): void => {
    if (editing) return;
    if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      setActive(cell);
      setEditing(cell);
      return;
    }
    const next = moveActiveCell(
      cell,
      event.key,
      event.ctrlKey || event.metaKey,
      rows.length,
      functions.length,
    );
    if (!next) return;
    event.preventDefault();
    wantFocus.current = true;
    setActive(next);
  };

  if (rows.length === 0) {
    return (
      <section className="matrix" aria-label="Matrix">
        <p className="matrix-empty">
          No CCGs in this scenario yet. Add one from the palette, then come back to assign who
          delivers each function.
        </p>
      </section>
    );
  }

  return (
    <section className="matrix" aria-label="Matrix">
      <div className="matrix-toolbar">
        <p className="matrix-help" id={`${id}-help`}>
          Arrow keys move between cells; Enter or F2 changes who delivers a function; Esc cancels.
        </p>
        <p
          className={`matrix-status${status.isError ? ' is-error' : ''}`}
          role="status"
          aria-live="polite"
        >
          {status.isError && <span aria-hidden="true">✕ </span>}
          {status.text}
        </p>
      </div>
      <div className="matrix-scroll">
        <table
          className="matrix-grid"
          role="grid"
          aria-label={`Who delivers each support function, ${scenario.name}`}
          aria-describedby={`${id}-help`}
          aria-rowcount={rows.length + 1}
          aria-colcount={functions.length + 1}
        >
          <thead>
            <tr role="row">
              <th role="columnheader" scope="col" className="matrix-corner">
                CCG
              </th>
              {functions.map((f) => (
                <th key={f.id} role="columnheader" scope="col" className="matrix-fn">
                  {f.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((ccg, r) => (
              <tr key={ccg.id} role="row">
                <th role="rowheader" scope="row" className={`matrix-ccg status-${ccg.status}`}>
                  <button
                    type="button"
                    className="matrix-ccg-name"
                    tabIndex={-1}
                    onClick={() => editor.select(ccg.id)}
                  >
                    {ccg.name}
                  </button>
                  <span className="matrix-ccg-figure">
                    {formatPerHead(ccg.perHead)} per head
                    <span
                      className={`status-badge status-${ccg.status}`}
                      title={allowanceStatusPhrase(
                        ccg.status,
                        allowanceTest(ccgNodes.get(ccg.id), ccg, result.year),
                      )}
                    >
                      <span aria-hidden="true">{STATUS_ICON[ccg.status]} </span>
                      {allowanceStatusPhrase(
                        ccg.status,
                        allowanceTest(ccgNodes.get(ccg.id), ccg, result.year),
                        true,
                      )}
                    </span>
                  </span>
                </th>
                {functions.map((fn, c) => {
                  const fc = ccg.functions[fn.id];
                  if (!fc) return <td key={fn.id} role="gridcell" />;
                  const kind = deliveryKind(fc.mode);
                  const isActive = at.row === r && at.col === c;
                  const isEditing = editing?.row === r && editing.col === c;
                  const who = fc.arrangementId
                    ? (arrangementName(fc.arrangementId) ?? fc.arrangementId)
                    : IN_HOUSE_LABEL;
                  return (
                    <td
                      key={fn.id}
                      ref={(el) => {
                        if (el) cellRefs.current.set(`${r}:${c}`, el);
                        else cellRefs.current.delete(`${r}:${c}`);
                      }}
                      role="gridcell"
                      tabIndex={isActive && !isEditing ? 0 : -1}
                      aria-selected={isActive}
                      className={`matrix-cell kind-${kind} mode-${fc.mode}${isActive ? ' is-active' : ''}`}
                      data-cell={`${ccg.id}:${fn.id}`}
                      onKeyDown={(e) => onCellKeyDown(e, { row: r, col: c })}
                      // Whatever brings focus here (a click, a screen reader's cursor) makes it the active cell.
                      onFocus={(e) => {
                        if (e.target === e.currentTarget && !isActive)
                          setActive({ row: r, col: c });
                      }}
                      onDoubleClick={() => {
                        setActive({ row: r, col: c });
                        setEditing({ row: r, col: c });
                      }}
                      title={`${fn.name} for ${ccg.name}: ${deliveryLabel(fc.mode)}${fc.arrangementId ? `, ${who}` : ''}, ${formatMoneyShort(fc.cost)} a year. Enter or double-click to change.`}
                    >
                      {isEditing ? (
                        <CoverageEditor
                          label={`Who delivers ${fn.name} to ${ccg.name}`}
                          arrangements={scenario.arrangements}
                          current={fc.arrangementId ?? ''}
                          onChoose={(arrangementId) => choose({ row: r, col: c }, arrangementId)}
                          alignRight={c >= functions.length - 2}
                          onCancel={(returnFocus) => {
                            wantFocus.current = returnFocus;
                            setEditing(null);
                          }}
                        />
                      ) : (
                        <>
                          <span className="cell-kind">
                            <span aria-hidden="true" className="cell-icon">
                              {DELIVERY_ICON[kind]}
                            </span>{' '}
                            {DELIVERY_LABEL[kind]}
                          </span>
                          <span className="cell-who">{who}</span>
                          <span className="cell-cost">{formatMoneyShort(fc.cost)}</span>
                        </>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
