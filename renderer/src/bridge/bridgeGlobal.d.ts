import type { Bridge } from '../../../shared/ipc/bridge';

/**
 * What the desktop preload adds beyond the shared Bridge (electron/preload/index.ts). Optional,
 * because the browser bridge has no native menu; the renderer checks for it before use.
 */
export interface DesktopBridgeExtras {
  /** Calls `listener` with each native-menu command; returns a function that unsubscribes. */
  onMenuCommand?(listener: (command: string) => void): () => void;
}

declare global {
  interface Window {
    /** Exposed by the Electron preload through contextBridge; absent in a plain browser. */
    ccgBridge?: Bridge & DesktopBridgeExtras;
  }
}
