import { sessionSliceHook } from './sessionSliceHook';

export type { MainViewKind, MainViewState } from './mainViewSlice';

/**
 * Which view is shown: session state, in the editor's session so a command (Recommend) can open
 * Compare (see sessionSliceHook).
 */
export const useMainViewStore = sessionSliceHook('mainView');
