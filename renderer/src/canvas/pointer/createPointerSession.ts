import { addGestureEscape } from '../../commands/keyDispatcher';
import {
  IDLE,
  stepPointerSession,
  type GestureKind,
  type SessionInput,
  type SessionState,
} from './pointerSession';

/** A drag under way: it draws itself as the pointer moves, and hands over its result on release. */
export interface Gesture {
  /** The pointer moved during the drag. */
  move(event: PointerEvent): void;
  /** Released: put the drawing back and hand over the result. The session has stopped listening. */
  commit(event: PointerEvent): void;
  /** Esc, blur, the browser's pointercancel or the app: put everything back, hand over nothing. */
  abandon(): void;
}

/** A press a gesture source takes on. */
export interface PressClaim {
  readonly kind: GestureKind;
  /**
   * The drag starts with the press itself (a connect line, a marquee, drawn at once), and the
   * press is kept from the page: no pan, focus move or text selection.
   */
  readonly startsOnPress?: boolean;
  /** Called once the press is taken, before any movement (a press on an item selects it). */
  begin?(): void;
  /** Makes the drag when it starts, from the press's own event; null when there is nothing to drag. */
  start(press: PointerEvent): Gesture | null;
  /** The press is over, however it ended. */
  end?(): void;
}

/** Turns presses on the surface into gestures of its kinds. */
export interface GestureSource {
  /** The gesture a primary-button press begins, or null if the press is not this source's. */
  claim(event: PointerEvent): PressClaim | null;
}

export interface PointerSession {
  /** Abandons a drag in progress, putting everything back; false if there was none. */
  cancel(): boolean;
  isDragging(): boolean;
  /** Removes every listener; abandons a drag in progress. */
  destroy(): void;
}

/**
 * The one pointer session of a canvas surface: listens for presses on `surface`, asks `sources`
 * in order which gesture a press begins, and runs it through the state machine of
 * pointerSession.ts. It alone holds the window listeners, the pointer capture, Esc (taken from
 * the app's key dispatcher while a press is held), blur and pointercancel, and the swallowing of
 * the click the browser fires after a drag.
 */
export function createPointerSession(
  surface: Element,
  sources: readonly GestureSource[],
): PointerSession {
  let state: SessionState = IDLE;
  let claim: PressClaim | null = null;
  let pressEvent: PointerEvent | null = null;
  let gesture: Gesture | null = null;
  let releaseEscape: (() => void) | null = null;
  let captured: number | null = null;

  // While a drag is under way the pointer is captured: the browser then neither hit-tests the
  // drawing on every move nor restyles (and repaints) each card the pointer passes over.
  const capture = (pointerId: number): void => {
    try {
      surface.setPointerCapture(pointerId);
      captured = pointerId;
    } catch {
      // The pointer is already gone (released between events), or capture is unsupported.
    }
  };
  const releaseCapture = (): void => {
    if (captured !== null && surface.hasPointerCapture?.(captured))
      surface.releasePointerCapture(captured);
    captured = null;
  };

  // After a drag the browser still fires a click where the pointer was released: swallow it, so
  // a drag never also selects or clears the selection.
  const swallowNextClick = (): void => {
    const swallow = (e: Event): void => {
      e.stopPropagation();
      e.preventDefault();
      window.removeEventListener('click', swallow, true);
    };
    window.addEventListener('click', swallow, true);
    setTimeout(() => window.removeEventListener('click', swallow, true), 0);
  };

  const listen = (): void => {
    window.addEventListener('pointermove', onMove);
    window.addEventListener('pointerup', onUp);
    window.addEventListener('pointercancel', onPointerCancel);
    window.addEventListener('blur', onBlur);
    releaseEscape = addGestureEscape(onEscape);
  };
  /** Stops listening, lets the pointer go and forgets the press; returns what was under way. */
  const stop = (): { claim: PressClaim | null; gesture: Gesture | null } => {
    window.removeEventListener('pointermove', onMove);
    window.removeEventListener('pointerup', onUp);
    window.removeEventListener('pointercancel', onPointerCancel);
    window.removeEventListener('blur', onBlur);
    releaseEscape?.();
    releaseEscape = null;
    releaseCapture();
    const was = { claim, gesture };
    claim = null;
    gesture = null;
    pressEvent = null;
    return was;
  };

  /** Runs one input through the state machine and does what it says; true if Esc was used up. */
  const run = (input: SessionInput, event?: PointerEvent): boolean => {
    const step = stepPointerSession(state, input);
    state = step.state;
    switch (step.outcome) {
      case 'none':
        break;
      case 'press':
        listen();
        break;
      case 'start': {
        if (input.type === 'press') listen();
        const made = claim && pressEvent ? claim.start(pressEvent) : null;
        if (!made) return run({ type: 'refuse' });
        gesture = made;
        if (state.phase === 'dragging') capture(state.press.pointerId);
        if (input.type === 'move' && event) {
          event.preventDefault();
          made.move(event);
        }
        break;
      }
      case 'drag':
        if (event) {
          event.preventDefault();
          gesture?.move(event);
        }
        break;
      case 'commit': {
        const was = stop();
        was.claim?.end?.();
        if (step.swallowClick) swallowNextClick();
        if (event) was.gesture?.commit(event);
        break;
      }
      case 'abandon': {
        const was = stop();
        was.claim?.end?.();
        was.gesture?.abandon();
        break;
      }
      case 'click':
      case 'end':
        stop().claim?.end?.();
        break;
    }
    return step.escapeHandled;
  };

  function onMove(e: PointerEvent): void {
    run({ type: 'move', pointerId: e.pointerId, x: e.clientX, y: e.clientY }, e);
  }
  function onUp(e: PointerEvent): void {
    run({ type: 'release', pointerId: e.pointerId }, e);
  }
  function onPointerCancel(): void {
    run({ type: 'pointercancel' });
  }
  function onBlur(): void {
    run({ type: 'blur' });
  }
  function onEscape(): boolean {
    return run({ type: 'escape' });
  }

  // Element's own listener map has no pointer events (HTML and SVG elements each add them): this
  // listens only for pointerdown.
  const onDown = (event: Event): void => {
    const e = event as PointerEvent;
    if (e.button !== 0 || state.phase !== 'idle') return;
    let taken: PressClaim | null = null;
    for (const source of sources) {
      taken = source.claim(e);
      if (taken) break;
    }
    if (!taken) return;
    if (taken.startsOnPress) e.preventDefault();
    claim = taken;
    pressEvent = e;
    taken.begin?.();
    run(
      {
        type: 'press',
        press: { kind: taken.kind, pointerId: e.pointerId, x: e.clientX, y: e.clientY },
        startsOnPress: taken.startsOnPress ?? false,
      },
      e,
    );
  };
  surface.addEventListener('pointerdown', onDown);

  return {
    cancel() {
      const was = state.phase === 'dragging';
      run({ type: 'cancel' });
      return was;
    },
    isDragging: () => state.phase === 'dragging',
    destroy() {
      run({ type: 'cancel' });
      surface.removeEventListener('pointerdown', onDown);
    },
  };
}
