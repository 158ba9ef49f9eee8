import { sessionSliceHook } from '../state/sessionSliceHook';

export type { PaletteStatus } from '../state/paletteStatusSlice';

/** The palette's last message, in the editor's session (see sessionSliceHook). */
export const usePaletteStatus = sessionSliceHook('paletteStatus');
