/**
 * Where the main window opens: where the user left it, if that spot is still on a screen they
 * have now (a laptop undocked from its second monitor must not open the app off-screen), else
 * centred at the default size. Pure (no Electron at run time), so it is unit-tested.
 */
import { z } from 'zod';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** What is saved between runs: the normal (un-maximised) bounds and how the window was shown. */
export const windowState = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean(),
  fullScreen: z.boolean(),
});
export type WindowState = z.infer<typeof windowState>;

export const DEFAULT_WINDOW_SIZE = { width: 1400, height: 900 } as const;
/** The window's minimum size: smaller and the canvas and side panel no longer fit side by side. */
export const MIN_WINDOW_SIZE = { width: 800, height: 560 } as const;
/**
 * How much of the window must overlap one display's work area to count as visible: enough of
 * the title bar to grab and drag it. Narrower slivers are treated as lost off-screen.
 */
const MIN_VISIBLE = { width: 160, height: 48 } as const;

export interface WindowPlacement {
  readonly bounds: Rect;
  readonly maximized: boolean;
  readonly fullScreen: boolean;
}

/**
 * The window's bounds and state for this run. `workAreas` are the current displays' work areas
 * (screen.getAllDisplays()[i].workArea), `primary` the primary display's.
 */
export function placeWindow(
  saved: WindowState | undefined,
  workAreas: readonly Rect[],
  primary: Rect,
): WindowPlacement {
  const area = saved ? workAreas.find((a) => showsTitleBar(saved, a)) : undefined;
  if (saved && area) {
    // A window bigger than the screen it is on now (a smaller monitor) is shrunk to fit it.
    const width = Math.min(saved.width, area.width);
    const height = Math.min(saved.height, area.height);
    const x = clamp(
      saved.x,
      area.x - width + MIN_VISIBLE.width,
      area.x + area.width - MIN_VISIBLE.width,
    );
    const y = clamp(saved.y, area.y, area.y + area.height - MIN_VISIBLE.height);
    return {
      bounds: { x, y, width, height },
      maximized: saved.maximized,
      fullScreen: saved.fullScreen,
    };
  }
  return { bounds: centred(primary), maximized: false, fullScreen: false };
}

/** True when the top strip of `rect` (its title bar) lies on `area` far enough to be grabbed. */
export function showsTitleBar(rect: Rect, area: Rect): boolean {
  const overlapWidth =
    Math.min(rect.x + rect.width, area.x + area.width) - Math.max(rect.x, area.x);
  const topInside = rect.y >= area.y && rect.y + MIN_VISIBLE.height <= area.y + area.height;
  return topInside && overlapWidth >= Math.min(MIN_VISIBLE.width, rect.width);
}

/** The default size (shrunk to fit a small screen) centred on `area`. */
function centred(area: Rect): Rect {
  const width = Math.min(DEFAULT_WINDOW_SIZE.width, area.width);
  const height = Math.min(DEFAULT_WINDOW_SIZE.height, area.height);
  return {
    x: Math.round(area.x + (area.width - width) / 2),
    y: Math.round(area.y + (area.height - height) / 2),
    width,
    height,
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, value));
}
