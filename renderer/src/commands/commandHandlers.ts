import { useEffect, useRef } from 'react';
import { retainKeyDispatcher } from './keyDispatcher';

/** The exports, by the names the menu (and the desktop menu's commands) use. */
export type ExportCommand =
  'results-csv' | 'workbook' | 'canvas-svg' | 'canvas-png' | 'report-pdf' | 'comparison-pdf';

/**
 * What the commands need from the components that are showing: a dialog's opener, the file
 * actions with their busy state, the slide being shown. A command whose handler is absent is
 * disabled: the part of the window it acts on is not there (the scenario menu is hidden in the
 * library and in workshop mode, so its keys are too).
 */
export interface CommandHandlers {
  readonly openWorkspace: () => void;
  readonly saveWorkspaceAs: () => void;
  readonly newWorkspace: () => void;
  readonly toggleLibrary: () => void;
  readonly showHistory: () => void;
  readonly importCsv: () => void;
  readonly runExport: (command: ExportCommand) => void;
  readonly present: () => void;
  readonly newScenario: () => void;
  readonly branchScenario: () => void;
  readonly renameScenario: () => void;
  readonly moveScenario: (by: -1 | 1) => void;
  readonly deleteScenario: () => void;
  readonly showAssumptions: () => void;
  readonly recommend: () => void;
  readonly stepYear: (step: 1 | -1) => void;
  /** Workshop mode's slide keys, by the key that steps (see slideStep); false when nothing happens. */
  readonly stepSlide: (key: 'ArrowRight' | 'ArrowLeft' | 'Home' | 'End' | 'Escape') => boolean;
  readonly toggleWorkshopPart: (part: 'presenterView' | 'whatIfsHidden' | 'liveCanvas') => void;
}

export type HandlerName = keyof CommandHandlers;

const provided = new Map<HandlerName, CommandHandlers[HandlerName]>();

/** The handlers provided now, read when a command runs. */
export function currentHandlers(): Partial<CommandHandlers> {
  return Object.fromEntries(provided) as Partial<CommandHandlers>;
}

/**
 * Provides handlers while the component is mounted, and keeps the key dispatcher listening; the
 * latest render's functions are called.
 * A handler given as undefined is withdrawn (its command is disabled).
 */
export function useCommandHandlers(handlers: {
  readonly [K in HandlerName]?: CommandHandlers[K] | undefined;
}): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  const names = (Object.keys(handlers) as HandlerName[]).filter(
    (name) => handlers[name] !== undefined,
  );
  const key = names.join(' ');
  // Keys reach the handlers however the component is mounted (the app, or a test rendering it alone).
  useEffect(() => retainKeyDispatcher(), []);
  useEffect(() => {
    const mine = key === '' ? [] : (key.split(' ') as HandlerName[]);
    for (const name of mine) {
      // Each call goes to the latest render's function, so no effect reruns on every render.
      const forward = (...args: unknown[]): unknown =>
        (latest.current[name] as ((...a: unknown[]) => unknown) | undefined)?.(...args);
      provided.set(name, forward as CommandHandlers[HandlerName]);
    }
    return () => {
      for (const name of mine) provided.delete(name);
    };
  }, [key]);
}
