import { create } from 'zustand';

/** The canvas camera: screen = k·world + (x, y). */
export interface Viewport {
  readonly x: number;
  readonly y: number;
  readonly k: number;
}

/**
 * Session state: which scenario is shown, what is selected, where the camera is. Never saved
 * with the workspace and never undone. The viewport here is committed when a pan or zoom gesture
 * ends; during a gesture the canvas moves its <g> directly so React does not re-render per frame.
 */
export interface UiState {
  /** The scenario shown; if it is not in the workspace, the first scenario is shown instead. */
  readonly scenarioId: string;
  /** Id of the selected CCG, arrangement, local authority or provider, or null. */
  readonly selectedId: string | null;
  readonly viewport: Viewport;
  /** Bumped to ask the canvas to zoom to fit (a freshly opened workspace). */
  readonly fitRequest: number;
  selectScenario(scenarioId: string): void;
  select(id: string | null): void;
  setViewport(viewport: Viewport): void;
  requestFit(): void;
  /** Back to a fresh session for a newly opened workspace. */
  resetSession(scenarioId: string): void;
}

export const useUiStore = create<UiState>()((set) => ({
  scenarioId: '',
  selectedId: null,
  viewport: { x: 0, y: 0, k: 1 },
  fitRequest: 1,
  selectScenario: (scenarioId) => set({ scenarioId }),
  select: (selectedId) => set({ selectedId }),
  setViewport: (viewport) => set({ viewport }),
  requestFit: () => set((s) => ({ fitRequest: s.fitRequest + 1 })),
  resetSession: (scenarioId) => set((s) => ({ scenarioId, selectedId: null, fitRequest: s.fitRequest + 1 })),
}));
