import { describe, expect, it } from 'vitest';
import {
  IDLE,
  stepPointerSession,
  type GestureKind,
  type SessionInput,
  type SessionState,
  type SessionStep,
} from '../../../renderer/src/canvas/pointer/pointerSession';

// The pointer session's state machine without a DOM: which inputs start a drag, commit it, let a
// press be a click, or put it back, and when the browser's click afterwards is swallowed.

function press(
  kind: GestureKind = 'move',
  startsOnPress = false,
  at = { x: 100, y: 200 },
): SessionInput {
  return { type: 'press', press: { kind, pointerId: 1, x: at.x, y: at.y }, startsOnPress };
}
const move = (x: number, y: number, pointerId = 1): SessionInput => ({
  type: 'move',
  pointerId,
  x,
  y,
});
const release = (pointerId = 1): SessionInput => ({ type: 'release', pointerId });

/** Runs the inputs from idle, returning every step. */
function run(...inputs: SessionInput[]): SessionStep[] {
  let state: SessionState = IDLE;
  return inputs.map((input) => {
    const step = stepPointerSession(state, input);
    state = step.state;
    return step;
  });
}
const outcomes = (steps: SessionStep[]): string[] => steps.map((s) => s.outcome);
const last = (steps: SessionStep[]): SessionStep => steps[steps.length - 1] as SessionStep;

describe('stepPointerSession', () => {
  it('a press that moves less than 3 px and is released is a click: nothing drags, the click goes through', () => {
    // (100, 200) → (102, 202): √8 ≈ 2.83 px, under the threshold.
    const steps = run(press(), move(102, 202), release());
    expect(outcomes(steps)).toEqual(['press', 'none', 'click']);
    expect(last(steps).swallowClick).toBe(false);
    expect(last(steps).state).toEqual(IDLE);
  });

  it('a press becomes a drag once the pointer is 3 px away, measured as a straight line', () => {
    // (100, 200) → (101, 202): √5 ≈ 2.24 px, still a press; → (102, 203): √13 ≈ 3.61 px, a drag.
    const steps = run(press('chip'), move(101, 202), move(102, 203), move(150, 260));
    expect(outcomes(steps)).toEqual(['press', 'none', 'start', 'drag']);
    expect(last(steps).state).toMatchObject({
      phase: 'dragging',
      press: { kind: 'chip', x: 100, y: 200 },
    });
  });

  it('exactly 3 px away starts the drag (3, 0 and the 3-4-5 triangle’s 1.8, 2.4)', () => {
    expect(outcomes(run(press(), move(103, 200)))).toEqual(['press', 'start']);
    expect(outcomes(run(press(), move(101.8, 202.4)))).toEqual(['press', 'start']);
    expect(outcomes(run(press(), move(102.9, 200)))).toEqual(['press', 'none']);
  });

  it('releasing a drag commits it and swallows the click that follows', () => {
    const steps = run(press('resize'), move(110, 200), release());
    expect(outcomes(steps)).toEqual(['press', 'start', 'commit']);
    expect(last(steps).swallowClick).toBe(true);
    expect(last(steps).state).toEqual(IDLE);
  });

  it('connect and marquee drag from the press itself: a release without moving still commits and swallows the click', () => {
    for (const kind of ['connect', 'marquee'] as const) {
      const steps = run(press(kind, true), release());
      expect(outcomes(steps)).toEqual(['start', 'commit']);
      expect(last(steps).swallowClick).toBe(true);
    }
  });

  it('Esc abandons a drag and is used up; during a press that has not moved it is left to the app', () => {
    const dragging = run(press(), move(120, 200), { type: 'escape' });
    expect(last(dragging)).toMatchObject({ outcome: 'abandon', escapeHandled: true, state: IDLE });
    const pressing = run(press(), { type: 'escape' });
    expect(last(pressing)).toMatchObject({
      outcome: 'none',
      escapeHandled: false,
      state: { phase: 'pressing' },
    });
    // The press goes on: moving on still drags.
    const after = run(press(), { type: 'escape' }, move(120, 200));
    expect(outcomes(after)).toEqual(['press', 'none', 'start']);
  });

  it('after Esc the release is nobody’s: no commit, no click swallowed', () => {
    const steps = run(press(), move(120, 200), { type: 'escape' }, release());
    expect(outcomes(steps)).toEqual(['press', 'start', 'abandon', 'none']);
    expect(last(steps).swallowClick).toBe(false);
  });

  it('the window losing focus, pointercancel or the app abandon a drag, and end a press with nothing drawn', () => {
    for (const type of ['blur', 'pointercancel', 'cancel'] as const) {
      expect(last(run(press(), move(120, 200), { type }))).toMatchObject({
        outcome: 'abandon',
        state: IDLE,
        swallowClick: false,
      });
      expect(last(run(press(), { type }))).toMatchObject({ outcome: 'end', state: IDLE });
    }
  });

  it('a drag with nothing to drag (refused at its start) ends the press', () => {
    expect(outcomes(run(press(), move(120, 200), { type: 'refuse' }, release()))).toEqual([
      'press',
      'start',
      'end',
      'none',
    ]);
  });

  it('another pointer neither moves nor releases the gesture, and a second press waits its turn', () => {
    const steps = run(
      press(),
      move(200, 200, 2),
      release(2),
      press('marquee', true),
      move(101, 200),
      release(),
    );
    expect(outcomes(steps)).toEqual(['press', 'none', 'none', 'none', 'none', 'click']);
  });

  it('when idle, moves, releases, Esc and blur do nothing', () => {
    expect(
      outcomes(
        run(move(1, 1), release(), { type: 'escape' }, { type: 'blur' }, { type: 'cancel' }),
      ),
    ).toEqual(['none', 'none', 'none', 'none', 'none']);
  });
});
