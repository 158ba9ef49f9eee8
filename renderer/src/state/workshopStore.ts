import { sessionSliceHook } from './sessionSliceHook';

export type { WorkshopState } from './workshopSlice';

/** Workshop mode, in the editor's session (see sessionSliceHook). */
export const useWorkshopStore = sessionSliceHook('workshop');
