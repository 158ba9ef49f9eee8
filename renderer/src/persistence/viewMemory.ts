import { z } from 'zod';
import type { Workspace } from '../../../shared/model/workspace';
import { appEditor } from '../editor/appEditor';
import { useMainViewStore } from '../state/mainViewStore';
import { useDocumentStore } from '../state/documentStore';
import { useUiStore } from '../state/uiStore';

/**
 * Where the user was, per workspace (scenario, year, Canvas/Matrix/Compare), and whether the
 * minimap is shown: kept in the window's local storage, not in the workspace (a colleague opening
 * the file starts from its first scenario), so reopening carries on where the user left off.
 */
const VIEW_KEY = (workspaceId: string): string => `ccgm:view:${workspaceId}`;
const MINIMAP_KEY = 'ccgm:minimap';

const rememberedSchema = z.object({
  scenarioId: z.string().max(500),
  yearId: z.string().max(500).nullable(),
  view: z.enum(['canvas', 'matrix', 'compare']),
});
export type RememberedView = z.infer<typeof rememberedSchema>;

/** Storage as the browser's localStorage offers it (a stand-in in tests). */
export type ViewStorage = Pick<Storage, 'getItem' | 'setItem'>;

function browserStorage(): ViewStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Storage can be switched off (a locked-down profile): the app then simply forgets.
    return null;
  }
}

/**
 * What was remembered for this workspace, keeping only what still exists in it: a deleted
 * scenario or year is dropped (its neighbours are not guessed at). Unreadable text gives nothing.
 */
export function rememberedView(workspace: Workspace, text: string | null): Partial<RememberedView> {
  if (!text) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return {};
  }
  const read = rememberedSchema.safeParse(parsed);
  if (!read.success) return {};
  const scenario = workspace.scenarios.find((s) => s.id === read.data.scenarioId);
  if (!scenario) return { view: read.data.view };
  const years = workspace.assumptions.years;
  const yearOk = read.data.yearId !== null && years.some((y) => y.id === read.data.yearId);
  return {
    scenarioId: scenario.id,
    ...(yearOk ? { yearId: read.data.yearId } : {}),
    view: read.data.view,
  };
}

/** What is remembered for a workspace about to open (read before the session is reset, which is itself remembered). */
export function readRememberedView(
  workspace: Workspace,
  storage: ViewStorage | null = browserStorage(),
): Partial<RememberedView> {
  if (!storage) return {};
  try {
    return rememberedView(workspace, storage.getItem(VIEW_KEY(workspace.id)));
  } catch {
    return {};
  }
}

/**
 * Starts remembering: from now on every change of scenario, year or view is written for the
 * open workspace, and the minimap's shown/hidden state for every workspace. Returns the stop.
 */
export function startViewMemory(storage: ViewStorage | null = browserStorage()): () => void {
  if (!storage) return () => {};
  const write = (key: string, value: string): void => {
    try {
      storage.setItem(key, value);
    } catch {
      // Full or switched-off storage: forgetting the view is harmless.
    }
  };
  try {
    const minimap = storage.getItem(MINIMAP_KEY);
    if (minimap === 'hidden') appEditor().showMinimap(false);
  } catch {
    // As above.
  }
  const save = (): void => {
    const { workspace } = useDocumentStore.getState();
    const { scenarioId, yearId } = useUiStore.getState();
    const remembered: RememberedView = {
      scenarioId,
      yearId,
      view: useMainViewStore.getState().view,
    };
    write(VIEW_KEY(workspace.id), JSON.stringify(remembered));
  };
  const stopUi = useUiStore.subscribe((s, before) => {
    if (s.minimapVisible !== before.minimapVisible)
      write(MINIMAP_KEY, s.minimapVisible ? 'shown' : 'hidden');
    if (s.scenarioId !== before.scenarioId || s.yearId !== before.yearId) save();
  });
  const stopView = useMainViewStore.subscribe((s, before) => {
    if (s.view !== before.view) save();
  });
  return () => {
    stopUi();
    stopView();
  };
}
