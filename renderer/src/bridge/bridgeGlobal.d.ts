import type { Bridge, FlushOutcome } from '../../../shared/ipc/bridge';

/**
 * What the desktop preload adds beyond the shared Bridge (electron/preload/index.ts). Optional,
 * because the browser bridge has no native menu; the renderer checks for it before use.
 */
export interface DesktopBridgeExtras {
  /** Calls `listener` with each native-menu command; returns a function that unsubscribes. */
  onMenuCommand?(listener: (command: string) => void): () => void;
  /**
   * Calls `listener` with each `.ccgm` or `.csv` file the operating system asks the app to open
   * (double-click, a second launch with a path, macOS open-file), already read by the main
   * process; returns a function that unsubscribes. The renderer imports it like a dropped file.
   */
  onOpenFile?(listener: (file: OsOpenedFile) => void): () => void;
  /**
   * Sets what runs when the desktop window is closing: save every pending edit and say whether
   * it worked; main waits for the answer before closing. Returns a function that removes it.
   */
  onFlushRequest?(handler: () => Promise<FlushOutcome>): () => void;
}

/** A file the OS handed to the app: its name (no folder) and its text. */
export interface OsOpenedFile {
  readonly fileName: string;
  readonly text: string;
}

declare global {
  interface Window {
    /** Exposed by the Electron preload through contextBridge; absent in a plain browser. */
    ccgBridge?: Bridge & DesktopBridgeExtras;
  }
}
