import type { Bridge } from '../../../shared/ipc/bridge';
import { createBrowserBridge } from './browserBridge';
import type { DesktopBridgeExtras } from './bridgeGlobal';

export type RendererBridge = Bridge & DesktopBridgeExtras;

let cached: RendererBridge | undefined;

/**
 * The bridge to native file dialogs: the preload's `window.ccgBridge` in the desktop app, else
 * the browser implementation (upload/download) so the renderer runs in plain Chromium too.
 */
export function getBridge(): RendererBridge {
  if (window.ccgBridge) return window.ccgBridge;
  cached ??= createBrowserBridge();
  return cached;
}
