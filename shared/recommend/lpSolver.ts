/**
 * The solver Recommend talks to: CPLEX LP text in, a status and column values out. The shells
 * load HiGHS (WebAssembly) and wrap it with highsLpSolver; keeping the loading outside shared/
 * keeps this folder pure (no file system, no fetch of the .wasm).
 */
export interface LpSolution {
  /** HiGHS's model status, in its words ("Optimal", "Infeasible", "Time limit reached"…). */
  readonly status: string;
  /** Proved optimal (within the gap asked for). */
  readonly optimal: boolean;
  /** A solution is available (optimal or the best found before a limit). */
  readonly feasible: boolean;
  readonly value: (column: string) => number;
}

export interface LpSolveOptions {
  readonly timeLimitSeconds?: number;
}

export type LpSolver = (lpText: string, options?: LpSolveOptions) => LpSolution;

/** The part of highs-js's one-shot API that Recommend uses. */
export interface HighsLike {
  solve(
    problem: string,
    options?: Readonly<Record<string, string | number | boolean>>,
  ): {
    readonly Status: string;
    /** Column name → its result; an infeasible model's columns carry no Primal. */
    readonly Columns: Readonly<Record<string, object>>;
  };
}

const STATUSES_WITH_SOLUTION = new Set([
  'Optimal',
  'Time limit reached',
  'Iteration limit reached',
  'Solution limit reached',
  'Interrupted by user',
]);

/** An LpSolver on a loaded HiGHS instance. */
export function highsLpSolver(highs: HighsLike): LpSolver {
  return (lpText, options = {}) => {
    const result = highs.solve(lpText, {
      output_flag: false,
      // Pounds matter to the last pound on totals of billions: close the gap fully.
      mip_rel_gap: 0,
      mip_abs_gap: 1e-3,
      ...(options.timeLimitSeconds !== undefined ? { time_limit: options.timeLimitSeconds } : {}),
    });
    const columns = result.Columns;
    const primal = (column: object | undefined): number | undefined =>
      column && 'Primal' in column && typeof column.Primal === 'number' ? column.Primal : undefined;
    const feasible =
      STATUSES_WITH_SOLUTION.has(result.Status) &&
      Object.values(columns).some((c) => primal(c) !== undefined);
    return {
      status: result.Status,
      optimal: result.Status === 'Optimal',
      feasible,
      value: (column) => primal(columns[column]) ?? 0,
    };
  };
}
