/**
 * The state machine every canvas gesture runs on, as a pure reducer: a press becomes a drag once
 * the pointer has travelled far enough (or at once, for gestures drawn from the press itself), a
 * release commits a drag or lets a plain press be a click, and Esc, the window losing focus or
 * the browser cancelling the pointer abandon it. createPointerSession drives it from DOM events.
 */

/** What a drag does: move items, drag a locality chip, resize a cluster, connect a CCG, sweep a marquee. */
export type GestureKind = 'move' | 'chip' | 'resize' | 'connect' | 'marquee';

/** Screen pixels the pointer must travel before a press becomes a drag (a click stays a click). */
export const DRAG_THRESHOLD = 3;

export interface Press {
  readonly kind: GestureKind;
  readonly pointerId: number;
  /** Where the press was, in screen pixels. */
  readonly x: number;
  readonly y: number;
}

export type SessionState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'pressing'; readonly press: Press }
  | { readonly phase: 'dragging'; readonly press: Press };

export type SessionInput =
  /** A press the gesture sources claimed; `startsOnPress`: the drag begins at once (connect, marquee). */
  | { readonly type: 'press'; readonly press: Press; readonly startsOnPress: boolean }
  | { readonly type: 'move'; readonly pointerId: number; readonly x: number; readonly y: number }
  | { readonly type: 'release'; readonly pointerId: number }
  /** The drag was to start but there is nothing to drag (the item has gone). */
  | { readonly type: 'refuse' }
  | { readonly type: 'escape' }
  | { readonly type: 'blur' }
  | { readonly type: 'pointercancel' }
  /** Abandoned by the app (a command, the canvas unmounting). */
  | { readonly type: 'cancel' };

/**
 * What the driver does after a step:
 * - `press`: a press began, listen for its moves; `start`: a drag begins (then apply this move);
 * - `drag`: a drag moved; `commit`: a drag was released, hand over its result;
 * - `click`: released without becoming a drag; `abandon`: a drag was put back;
 * - `end`: a press ended with nothing drawn; `none`: nothing happened.
 */
export type SessionOutcome =
  'none' | 'press' | 'start' | 'drag' | 'commit' | 'click' | 'abandon' | 'end';

export interface SessionStep {
  readonly state: SessionState;
  readonly outcome: SessionOutcome;
  /** The browser's click after this release must not reach the page (it would select or clear). */
  readonly swallowClick: boolean;
  /** Esc was used up here; when false it goes on to the app's other handlers. */
  readonly escapeHandled: boolean;
}

export const IDLE: SessionState = { phase: 'idle' };

const step = (
  state: SessionState,
  outcome: SessionOutcome,
  extra: Partial<Pick<SessionStep, 'swallowClick' | 'escapeHandled'>> = {},
): SessionStep => ({
  state,
  outcome,
  swallowClick: extra.swallowClick ?? false,
  escapeHandled: extra.escapeHandled ?? false,
});

export function stepPointerSession(state: SessionState, input: SessionInput): SessionStep {
  if (state.phase === 'idle') {
    if (input.type !== 'press') return step(state, 'none');
    return input.startsOnPress
      ? step({ phase: 'dragging', press: input.press }, 'start')
      : step({ phase: 'pressing', press: input.press }, 'press');
  }
  const { press } = state;
  const dragging = state.phase === 'dragging';
  switch (input.type) {
    case 'press':
      // One gesture at a time: a second pointer or button does nothing until this one ends.
      return step(state, 'none');
    case 'move':
      if (input.pointerId !== press.pointerId) return step(state, 'none');
      if (dragging) return step(state, 'drag');
      if (Math.hypot(input.x - press.x, input.y - press.y) < DRAG_THRESHOLD)
        return step(state, 'none');
      return step({ phase: 'dragging', press }, 'start');
    case 'release':
      if (input.pointerId !== press.pointerId) return step(state, 'none');
      return dragging ? step(IDLE, 'commit', { swallowClick: true }) : step(IDLE, 'click');
    case 'refuse':
      return step(IDLE, 'end');
    case 'escape':
      // Esc during a press that has not moved is not the gesture's: it goes on (to clear the selection, say).
      return dragging ? step(IDLE, 'abandon', { escapeHandled: true }) : step(state, 'none');
    case 'blur':
    case 'pointercancel':
    case 'cancel':
      return step(IDLE, dragging ? 'abandon' : 'end');
  }
}
