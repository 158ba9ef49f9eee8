import { useWorkshopStore } from '../state/workshopStore';
import { appEditor } from '../editor/appEditor';

/** Whether workshop mode put the window into full screen (so leaving it should end full screen). */
let ownFullscreen = false;

/**
 * Enters workshop mode at a slide, full screen where the platform allows it. Must be called
 * from a user action (a click or key press): browsers refuse full screen otherwise, and then
 * workshop mode simply fills the window.
 */
export function enterWorkshop(slideIndex = 0): void {
  appEditor().workshop.enter(slideIndex);
  const root = document.documentElement;
  if (document.fullscreenElement || typeof root.requestFullscreen !== 'function') return;
  root.requestFullscreen().then(
    () => {
      ownFullscreen = true;
    },
    () => {
      ownFullscreen = false;
    },
  );
}

/** Leaves workshop mode (dropping the what-ifs) and the full screen it entered. */
export function leaveWorkshop(): void {
  appEditor().workshop.leave();
  if (
    ownFullscreen &&
    document.fullscreenElement &&
    typeof document.exitFullscreen === 'function'
  ) {
    void document.exitFullscreen().catch(() => undefined);
  }
  ownFullscreen = false;
}

/**
 * The browser ends full screen on its own Esc (the page never sees that key press): follow it
 * out of workshop mode. Returns the unsubscribe function.
 */
export function followFullscreenExit(): () => void {
  const onChange = (): void => {
    if (!document.fullscreenElement && ownFullscreen) {
      ownFullscreen = false;
      if (useWorkshopStore.getState().active) leaveWorkshop();
    }
  };
  document.addEventListener('fullscreenchange', onChange);
  return () => document.removeEventListener('fullscreenchange', onChange);
}
