import { sessionSliceHook } from '../state/sessionSliceHook';

export type { SaveConflict, SaveIndicator, SaveStatusState } from '../state/saveStatusSlice';

/** The editor's save status (a slice of its session; see sessionSliceHook). */
export const useSaveStatus = sessionSliceHook('saveStatus');
