import type { WhatIfs } from './applyWhatIfs';
import type { SliceSet } from './sliceOf';

/**
 * Session state of workshop mode: whether it is on, which slide shows, the presenter's
 * what-ifs and which parts are shown. Never saved and never undone; leaving workshop mode drops the what-ifs, so the
 * editor always shows the document's own figures.
 */
export interface WorkshopState {
  readonly active: boolean;
  /** Index into the workspace's slides; 0 when there are none (the current view is shown). */
  readonly slideIndex: number;
  readonly whatIfs: WhatIfs;
  /** The presenter view (notes, next slide, clock): private, so off until asked for (N). */
  readonly presenterView: boolean;
  /** The what-if bar hidden (W), giving its room to the slide. */
  readonly whatIfsHidden: boolean;
  /** The live, editable canvas instead of the presentation rendering (D). */
  readonly liveCanvas: boolean;
  toggle(part: 'presenterView' | 'whatIfsHidden' | 'liveCanvas'): void;
  enter(slideIndex?: number): void;
  leave(): void;
  goTo(slideIndex: number): void;
  setWhatIfs(patch: Partial<WhatIfs>): void;
  resetWhatIfs(): void;
}

const NO_WHAT_IFS: WhatIfs = {};

/** The editor's workshop mode (its session store's `workshop`). */
export function workshopSlice(set: SliceSet<WorkshopState>): WorkshopState {
  return {
    active: false,
    slideIndex: 0,
    whatIfs: NO_WHAT_IFS,
    presenterView: false,
    whatIfsHidden: false,
    liveCanvas: false,
    toggle: (part) => set((s) => ({ [part]: !s[part] })),
    enter: (slideIndex = 0) =>
      set({
        active: true,
        slideIndex,
        whatIfs: NO_WHAT_IFS,
        presenterView: false,
        whatIfsHidden: false,
        liveCanvas: false,
      }),
    leave: () => set({ active: false, whatIfs: NO_WHAT_IFS, presenterView: false }),
    goTo: (slideIndex) => set({ slideIndex }),
    setWhatIfs: (patch) => set((s) => ({ whatIfs: { ...s.whatIfs, ...patch } })),
    resetWhatIfs: () => set({ whatIfs: NO_WHAT_IFS }),
  };
}
