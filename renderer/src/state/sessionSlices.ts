import { compareSlice, type CompareState } from './compareSlice';
import { libraryScreenSlice, type LibraryScreenState } from './libraryScreenSlice';
import { mainViewSlice, type MainViewState } from './mainViewSlice';
import { paletteStatusSlice, type PaletteStatus } from './paletteStatusSlice';
import { renameRequestSlice, type RenameRequestState } from './renameRequestSlice';
import { saveStatusSlice, type SaveStatusState } from './saveStatusSlice';
import { slicePatch, type SliceSet } from './sliceOf';
import { toastsSlice, type ToastState } from './toastsSlice';
import { workshopSlice, type WorkshopState } from './workshopSlice';

/**
 * The parts of an editor's session that have their own component or service: each under its own
 * key of the session store, so two editors (two windows, two tests) never share one.
 */
export interface SessionSlices {
  readonly mainView: MainViewState;
  readonly toasts: ToastState;
  readonly renameRequest: RenameRequestState;
  readonly paletteStatus: PaletteStatus;
  readonly libraryScreen: LibraryScreenState;
  readonly saveStatus: SaveStatusState;
  readonly compare: CompareState;
  readonly workshop: WorkshopState;
}

/** The store's `set`, narrowed to what a slice patch needs. */
type SessionSet = (change: (store: SessionSlices) => Partial<SessionSlices>) => void;

/** Every slice in its starting state, each writing only under its own key. */
export function sessionSlices(set: SessionSet): SessionSlices {
  function setter<K extends keyof SessionSlices>(key: K): SliceSet<SessionSlices[K]> {
    return (patch) => set(slicePatch<SessionSlices, K>(key, patch));
  }
  return {
    mainView: mainViewSlice(setter('mainView')),
    toasts: toastsSlice(setter('toasts')),
    renameRequest: renameRequestSlice(setter('renameRequest')),
    paletteStatus: paletteStatusSlice(setter('paletteStatus')),
    libraryScreen: libraryScreenSlice(setter('libraryScreen')),
    saveStatus: saveStatusSlice(setter('saveStatus')),
    compare: compareSlice(setter('compare')),
    workshop: workshopSlice(setter('workshop')),
  };
}
