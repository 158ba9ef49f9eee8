/**
 * Edits of the planning years: add the next financial year, remove one, and change a year's
 * label, or a function's class (running cost or programme). Removing a year also takes out
 * everything that names it — scenarios' overrides of it, CCGs' published allowances for it and
 * slides' choice of it — because the validator refuses a reference to a year that does not
 * exist, just as deleting a scenario removes the slides that show it.
 */
import type { Assumptions, PlanningYear, Scenario, Slide, Workspace } from '../model/workspace';
import { validateWorkspace } from '../schema/validateWorkspace';
import type { EditResult } from './edit';

/** The most planning years a workspace may have (as the validator says). */
const MAX_YEARS = 10;

/**
 * The year after `last`: "2015-16"/"2015/16" gives "2016-17"/"2016/17"; any other id gives
 * "year-N"/"Year N". Its allowance per head and cost index are copied from `last`, so the new
 * year starts as a copy the user then adjusts.
 */
export function nextPlanningYear(years: readonly PlanningYear[]): PlanningYear | undefined {
  const last = years[years.length - 1];
  if (!last) return undefined;
  const taken = new Set(years.map((y) => y.id));
  const m = /^(\d{4})-(\d{2})$/.exec(last.id);
  let id: string;
  let label: string;
  if (m) {
    const start = Number(m[1]) + 1;
    id = `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
    label = `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
  } else {
    id = `year-${years.length + 1}`;
    label = `Year ${years.length + 1}`;
  }
  // A taken id gets "-2", "-3"…: a year id holds only lower-case letters, digits and hyphens.
  const base = id;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  return { id, label, allowancePerHead: last.allowancePerHead, costIndex: last.costIndex };
}

/** What removing a year clears besides the year itself, for the message that says so. */
export interface YearReferences {
  /** CCGs (across scenarios) with a published allowance for the year. */
  readonly allowances: number;
  /** Slides that show the year. */
  readonly slides: number;
  /** Scenarios with their own figures for the year. */
  readonly overrides: number;
}

export function yearReferences(workspace: Workspace, yearId: string): YearReferences {
  let allowances = 0;
  let overrides = 0;
  for (const s of workspace.scenarios) {
    if (s.assumptionOverrides?.years?.some((y) => y.id === yearId)) overrides += 1;
    for (const n of s.nodes)
      if (n.kind === 'ccg' && n.allowances && Object.hasOwn(n.allowances, yearId)) allowances += 1;
  }
  const slides = (workspace.slides ?? []).filter((sl) => sl.yearId === yearId).length;
  return { allowances, slides, overrides };
}

/** A workspace change validated like setWorkspaceAssumptions: refused only for problems it causes. */
function validated(before: Workspace, next: Workspace): EditResult {
  const after = validateWorkspace(next);
  if (after.ok) return { ok: true, workspace: next };
  const was = validateWorkspace(before);
  const known = new Set(was.ok ? [] : was.errors);
  const caused = after.errors.filter((e) => !known.has(e));
  return caused.length > 0 ? { ok: false, errors: caused } : { ok: true, workspace: next };
}

/** Adds `year` at the end of the horizon. */
export function addYear(workspace: Workspace, year: PlanningYear): EditResult {
  const years = workspace.assumptions.years;
  if (years.length >= MAX_YEARS)
    return {
      ok: false,
      errors: [
        `Cannot add a year: the planning horizon already has ${MAX_YEARS} years, the most allowed`,
      ],
    };
  if (years.some((y) => y.id === year.id))
    return {
      ok: false,
      errors: [`Cannot add year "${year.label}": its id "${year.id}" is already a planning year`],
    };
  return validated(workspace, {
    ...workspace,
    assumptions: { ...workspace.assumptions, years: [...years, year] },
  });
}

function withoutYearInScenario(s: Scenario, yearId: string): Scenario {
  let changed = false;
  const nodes = s.nodes.map((n) => {
    if (n.kind !== 'ccg' || !n.allowances || !Object.hasOwn(n.allowances, yearId)) return n;
    changed = true;
    const rest = Object.fromEntries(Object.entries(n.allowances).filter(([k]) => k !== yearId));
    const { allowances: _gone, ...ccg } = n;
    return Object.keys(rest).length > 0 ? { ...ccg, allowances: rest } : ccg;
  });
  let overrides = s.assumptionOverrides;
  if (overrides?.years?.some((y) => y.id === yearId)) {
    changed = true;
    const years = overrides.years.filter((y) => y.id !== yearId);
    const { years: _gone, ...others } = overrides;
    overrides = years.length > 0 ? { ...others, years } : others;
  }
  if (!changed) return s;
  const { assumptionOverrides: _old, ...rest } = s;
  return {
    ...rest,
    nodes,
    ...(overrides && Object.keys(overrides).length > 0 ? { assumptionOverrides: overrides } : {}),
  };
}

/**
 * Removes a planning year and every reference to it (see the module note). The last remaining
 * year cannot go: a workspace needs at least one.
 */
export function removeYear(workspace: Workspace, yearId: string): EditResult {
  const years = workspace.assumptions.years;
  const year = years.find((y) => y.id === yearId);
  if (!year)
    return {
      ok: false,
      errors: [`Year "${yearId}" is not a planning year of workspace "${workspace.name}"`],
    };
  if (years.length === 1) {
    return {
      ok: false,
      errors: [
        `Cannot remove ${year.label}: it is the only planning year, and a workspace needs at least one. Add another year first.`,
      ],
    };
  }
  const slides = workspace.slides?.map((sl): Slide => {
    if (sl.yearId !== yearId) return sl;
    const { yearId: _gone, ...rest } = sl;
    return rest;
  });
  const next: Workspace = {
    ...workspace,
    assumptions: { ...workspace.assumptions, years: years.filter((y) => y !== year) },
    scenarios: workspace.scenarios.map((s) => withoutYearInScenario(s, yearId)),
    ...(slides ? { slides } : {}),
  };
  return validated(workspace, next);
}

/** The base assumptions with one year's label changed (trimmed); the same object if unchanged. */
export function withYearLabel(
  assumptions: Assumptions,
  yearId: string,
  label: string,
): Assumptions {
  const text = label.trim();
  if (!assumptions.years.some((y) => y.id === yearId && y.label !== text)) return assumptions;
  return {
    ...assumptions,
    years: assumptions.years.map((y) => (y.id === yearId ? { ...y, label: text } : y)),
  };
}

/** The base assumptions with one function classed as running cost (true) or programme (false). */
export function withRunningCost(
  assumptions: Assumptions,
  functionId: string,
  runningCost: boolean,
): Assumptions {
  if (!assumptions.functions.some((f) => f.id === functionId && f.runningCost !== runningCost))
    return assumptions;
  return {
    ...assumptions,
    functions: assumptions.functions.map((f) => (f.id === functionId ? { ...f, runningCost } : f)),
  };
}
