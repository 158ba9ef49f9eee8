import { useEffect, useRef } from 'react';
import { focusScope } from '../keyboard/matchShortcut';
import { branchScenario, moveScenario, newScenario } from './scenarioCommands';

export interface ScenarioShortcutHandlers {
  readonly onRename: () => void;
  readonly onAssumptions: () => void;
  readonly onRecommend: () => void;
}

/**
 * The scenario bar's shortcuts, all Alt+Shift+key so they clash with neither the editor's
 * (Ctrl/⌘, plain keys) nor text editing: N new, B branch, R rename, A assumptions, M recommend,
 * ← → move.
 * They apply wherever focus is except in a text field or a dialog. Keys are matched by code,
 * because on a Mac Alt+Shift+A types "Å".
 */
export const SCENARIO_SHORTCUTS = {
  newScenario: 'Alt+Shift+N',
  branch: 'Alt+Shift+B',
  rename: 'Alt+Shift+R',
  assumptions: 'Alt+Shift+A',
  // M for "minimise": Ctrl+Shift+R is the browser's and Electron's hard reload.
  recommend: 'Alt+Shift+M',
  earlier: 'Alt+Shift+ArrowLeft',
  later: 'Alt+Shift+ArrowRight',
} as const;

export function useScenarioShortcuts(handlers: ScenarioShortcutHandlers): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.isComposing || !event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
      // A select keeps no Alt+Shift keys of its own, so the scenario picker can move its scenario.
      if (focusScope(event.target) === 'text' && !(event.target instanceof HTMLSelectElement)) return;
      if (event.target instanceof Element && event.target.closest('[role="dialog"]')) return;
      const action = ({
        KeyN: newScenario,
        KeyB: branchScenario,
        KeyR: () => latest.current.onRename(),
        KeyA: () => latest.current.onAssumptions(),
        KeyM: () => latest.current.onRecommend(),
        ArrowLeft: () => moveScenario(-1),
        ArrowRight: () => moveScenario(1),
      } as Readonly<Record<string, () => void>>)[event.code];
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
