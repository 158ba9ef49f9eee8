// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createPointerSession,
  type Gesture,
  type GestureSource,
} from '../../renderer/src/canvas/pointer/createPointerSession';
import type { GestureKind } from '../../renderer/src/canvas/pointer/pointerSession';

// The session's DOM side, with a recording gesture: the window listeners, Esc through the key
// dispatcher, blur, and the click after a drag kept from the page.

afterEach(() => {
  document.body.replaceChildren();
});

function pointer(
  type: string,
  target: EventTarget,
  x: number,
  y: number,
  init: PointerEventInit = {},
): void {
  target.dispatchEvent(
    new PointerEvent(type, {
      bubbles: true,
      cancelable: true,
      clientX: x,
      clientY: y,
      pointerId: 1,
      button: 0,
      ...init,
    }),
  );
}

function setUp(kind: GestureKind = 'move', startsOnPress = false) {
  const surface = document.createElement('div');
  const item = document.createElement('span');
  surface.append(item);
  document.body.append(surface);
  const calls: string[] = [];
  const gesture: Gesture = {
    move: (e) => calls.push(`move ${e.clientX},${e.clientY}`),
    commit: (e) => calls.push(`commit ${e.clientX},${e.clientY}`),
    abandon: () => calls.push('abandon'),
  };
  const source: GestureSource = {
    claim: (e) =>
      e.target === item
        ? {
            kind,
            startsOnPress,
            begin: () => calls.push('begin'),
            start: (down) => {
              calls.push(`start ${down.clientX},${down.clientY}`);
              return gesture;
            },
            end: () => calls.push('end'),
          }
        : null,
  };
  const session = createPointerSession(surface, [source]);
  const clicks = vi.fn();
  document.body.addEventListener('click', clicks);
  const click = (): void => {
    item.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
  };
  return { surface, item, calls, session, clicks, click };
}

describe('createPointerSession', () => {
  it('a drag starts from the press’s own position, follows the pointer and commits on release; the click after it never reaches the page', () => {
    const h = setUp();
    pointer('pointerdown', h.item, 10, 10);
    pointer('pointermove', window, 11, 11);
    expect(h.session.isDragging()).toBe(false);
    pointer('pointermove', window, 14, 10);
    expect(h.session.isDragging()).toBe(true);
    pointer('pointermove', window, 30, 40);
    pointer('pointerup', window, 30, 40);
    h.click();
    expect(h.calls).toEqual([
      'begin',
      'start 10,10',
      'move 14,10',
      'move 30,40',
      'end',
      'commit 30,40',
    ]);
    expect(h.clicks).not.toHaveBeenCalled();
    // Listening stops with the gesture: later moves reach nothing.
    pointer('pointermove', window, 50, 50);
    expect(h.calls).toHaveLength(6);
    h.session.destroy();
  });

  it('a press released without moving 3 px is a click: no drag, and the click goes through', () => {
    const h = setUp();
    pointer('pointerdown', h.item, 10, 10);
    pointer('pointermove', window, 12, 12);
    pointer('pointerup', window, 12, 12);
    h.click();
    expect(h.calls).toEqual(['begin', 'end']);
    expect(h.clicks).toHaveBeenCalledTimes(1);
    h.session.destroy();
  });

  it('Esc puts a drag back and the release after it commits nothing', () => {
    const h = setUp();
    pointer('pointerdown', h.item, 10, 10);
    pointer('pointermove', window, 40, 10);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    pointer('pointerup', window, 40, 10);
    expect(h.calls).toEqual(['begin', 'start 10,10', 'move 40,10', 'end', 'abandon']);
    expect(h.session.isDragging()).toBe(false);
    h.session.destroy();
  });

  it('the window losing focus abandons a drag; cancel() and destroy() do too', () => {
    const h = setUp();
    pointer('pointerdown', h.item, 10, 10);
    pointer('pointermove', window, 40, 10);
    window.dispatchEvent(new Event('blur'));
    expect(h.calls.slice(-2)).toEqual(['end', 'abandon']);
    pointer('pointerdown', h.item, 10, 10);
    pointer('pointermove', window, 40, 10);
    expect(h.session.cancel()).toBe(true);
    expect(h.session.cancel()).toBe(false);
    pointer('pointerdown', h.item, 10, 10);
    pointer('pointermove', window, 40, 10);
    h.session.destroy();
    expect(h.calls.filter((c) => c === 'abandon')).toHaveLength(3);
    // Destroyed: presses start nothing.
    pointer('pointerdown', h.item, 10, 10);
    expect(h.calls.filter((c) => c === 'begin')).toHaveLength(3);
  });

  it('a gesture drawn from the press starts at once and keeps the press from the page', () => {
    const h = setUp('connect', true);
    const down = new PointerEvent('pointerdown', {
      bubbles: true,
      cancelable: true,
      clientX: 5,
      clientY: 6,
      pointerId: 1,
      button: 0,
    });
    h.item.dispatchEvent(down);
    expect(down.defaultPrevented).toBe(true);
    expect(h.session.isDragging()).toBe(true);
    pointer('pointerup', window, 5, 6);
    h.click();
    expect(h.calls).toEqual(['begin', 'start 5,6', 'end', 'commit 5,6']);
    expect(h.clicks).not.toHaveBeenCalled();
    h.session.destroy();
  });

  it('presses the sources do not claim, and other buttons, are left alone', () => {
    const h = setUp();
    pointer('pointerdown', h.surface, 10, 10);
    pointer('pointerdown', h.item, 10, 10, { button: 2 });
    pointer('pointermove', window, 40, 10);
    expect(h.calls).toEqual([]);
    h.session.destroy();
  });
});
