import { sessionSliceHook } from './sessionSliceHook';

export type { LibraryScreenState, OpenProblem } from './libraryScreenSlice';

/** Whether the library screen shows, in the editor's session (see sessionSliceHook). */
export const useLibraryScreen = sessionSliceHook('libraryScreen');
