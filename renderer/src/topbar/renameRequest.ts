import { sessionSliceHook } from '../state/sessionSliceHook';

/** The editor's request to rename the shown scenario, in its session (see sessionSliceHook). */
export const useRenameRequest = sessionSliceHook('renameRequest');
