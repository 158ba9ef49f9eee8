import { describe, expect, it } from 'vitest';
import {
  placeWindow,
  showsTitleBar,
  type WindowState,
} from '../../../electron/main/windowPlacement';

const laptop = { x: 0, y: 0, width: 1920, height: 1040 }; // 1920×1080 less a 40 px taskbar
const monitorRight = { x: 1920, y: 0, width: 2560, height: 1400 };
const saved = (rect: Partial<WindowState>): WindowState => ({
  x: 100,
  y: 80,
  width: 1200,
  height: 800,
  maximized: false,
  fullScreen: false,
  ...rect,
});

describe('placeWindow', () => {
  it('centres the default 1400×900 on the primary display the first time', () => {
    // x = (1920 − 1400) / 2 = 260; y = (1040 − 900) / 2 = 70
    expect(placeWindow(undefined, [laptop], laptop)).toEqual({
      bounds: { x: 260, y: 70, width: 1400, height: 900 },
      maximized: false,
      fullScreen: false,
    });
  });

  it('shrinks the default to fit a small screen', () => {
    const small = { x: 0, y: 0, width: 1280, height: 680 };
    expect(placeWindow(undefined, [small], small).bounds).toEqual({
      x: 0,
      y: 0,
      width: 1280,
      height: 680,
    });
  });

  it('restores the saved bounds and maximised state when they are on a current display', () => {
    const state = saved({ x: 2000, y: 100, maximized: true });
    expect(placeWindow(state, [laptop, monitorRight], laptop)).toEqual({
      bounds: { x: 2000, y: 100, width: 1200, height: 800 },
      maximized: true,
      fullScreen: false,
    });
  });

  it('restores full screen', () => {
    expect(placeWindow(saved({ fullScreen: true }), [laptop], laptop).fullScreen).toBe(true);
  });

  it('centres the default instead when the saved spot was on a monitor that is gone', () => {
    const onUnpluggedMonitor = saved({ x: 2200, y: 100 });
    expect(placeWindow(onUnpluggedMonitor, [laptop], laptop)).toEqual({
      bounds: { x: 260, y: 70, width: 1400, height: 900 },
      maximized: false,
      fullScreen: false,
    });
  });

  it('centres the default when only a sliver would show, or the title bar is above the screen', () => {
    expect(placeWindow(saved({ x: 1900 }), [laptop], laptop).bounds.x).toBe(260); // 20 px of it on screen
    expect(placeWindow(saved({ y: -30 }), [laptop], laptop).bounds.y).toBe(70); // title bar off the top
  });

  it('shrinks a saved window that is larger than the display it is on now', () => {
    const big = saved({ x: 0, y: 0, width: 2500, height: 1300 });
    expect(placeWindow(big, [laptop], laptop).bounds).toEqual({
      x: 0,
      y: 0,
      width: 1920,
      height: 1040,
    });
  });
});

describe('showsTitleBar', () => {
  it('needs the top edge on the display and at least 160 px of width overlapping', () => {
    expect(showsTitleBar({ x: 1760, y: 0, width: 800, height: 600 }, laptop)).toBe(true); // 160 px overlap
    expect(showsTitleBar({ x: 1761, y: 0, width: 800, height: 600 }, laptop)).toBe(false); // 159 px
    expect(showsTitleBar({ x: 0, y: 1000, width: 800, height: 600 }, laptop)).toBe(false); // 40 px of title bar left
  });
});
