/**
 * The main process's security decisions as pure functions, so each rule is tested rather than
 * trusted. index.ts wires them to Electron's session and web-contents events.
 */
import { isFileUrlInside, isSameFileUrl, type FileUrlOptions } from './appUrls';

/** Where the app's own files are: computed once in index.ts from the built renderer's path. */
export interface AppLocation {
  /** file:// URL of out/renderer/index.html. */
  readonly indexUrl: string;
  /** file:// URL of the out/renderer/ folder; the only files the renderer may load. */
  readonly rendererDirUrl: string;
  readonly urlOptions: FileUrlOptions;
}

/** Schemes that never leave the machine and carry no file-system reach of their own. */
const LOCAL_SCHEMES = new Set(['devtools:', 'data:', 'blob:']);

/**
 * Whether the renderer's session may make this request. Everything that could reach a network
 * (http, https, ws, ftp, …) is refused: the data stays on the machine. file: is allowed only
 * inside the renderer's own folder, so a bug or injected markup cannot read other local files.
 */
export function isAllowedRequest(url: string, app: AppLocation): boolean {
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    return false;
  }
  if (LOCAL_SCHEMES.has(protocol)) return true;
  if (protocol === 'file:') return isFileUrlInside(url, app.rendererDirUrl, app.urlOptions);
  return false;
}

/** Whether a web contents may navigate to `url`: only (re)loading the app's own page. */
export function isAllowedNavigation(url: string, app: AppLocation): boolean {
  return isSameFileUrl(url, app.indexUrl, app.urlOptions);
}

/** The frame an IPC message came from, as Electron's WebFrameMain describes it. */
export interface SenderFrameLike {
  readonly url: string;
  readonly parent: unknown;
}

/**
 * Whether an IPC message may be acted on: it must come from the top frame showing the app's own
 * page. A null frame (already navigated or destroyed) or any other page is refused.
 */
export function isTrustedSender(
  frame: SenderFrameLike | null | undefined,
  app: AppLocation,
): boolean {
  if (!frame || frame.parent !== null) return false;
  return isSameFileUrl(frame.url, app.indexUrl, app.urlOptions);
}

/**
 * Permissions the page may have. Everything is denied (camera, microphone, geolocation,
 * notifications, clipboard reading, …) except three the app can use and that expose nothing:
 * writing text to the clipboard ("copy table"), element full screen (workshop mode) and
 * persistent storage (keeps the IndexedDB autosave from being evicted under disk pressure).
 */
const ALLOWED_PERMISSIONS = new Set([
  'clipboard-sanitized-write',
  'fullscreen',
  'persistent-storage',
]);

export function isPermissionAllowed(permission: string): boolean {
  return ALLOWED_PERMISSIONS.has(permission);
}
