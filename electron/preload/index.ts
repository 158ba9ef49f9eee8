/**
 * The preload: exposes the bridge to the page as `window.ccgBridge`, built only from
 * ipcRenderer.invoke on the channels in shared/ipc/bridge.ts. It runs sandboxed (CommonJS, only
 * Electron's preload modules available), and hands the page functions, never ipcRenderer itself.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  IPC_CHANNELS,
  type AppInfo,
  type Bridge,
  type OpenTextFileRequest,
  type OpenTextFileResult,
  type PrintToPdfRequest,
  type PrintToPdfResult,
  type SaveBinaryFileRequest,
  type SaveBinaryFileResult,
  type SaveTextFileRequest,
  type SaveTextFileResult,
} from '../../shared/ipc/bridge';
import { MENU_COMMAND_CHANNEL } from '../common/menuCommands';

/** The desktop bridge: the shared Bridge plus the native menu's commands. */
export interface DesktopBridge extends Bridge {
  /**
   * Calls `listener` with each native-menu command ('open-workspace', 'save-workspace-as', …;
   * see electron/common/menuCommands.ts). Returns a function that removes the listener.
   */
  onMenuCommand(listener: (command: string) => void): () => void;
}

const bridge: DesktopBridge = {
  appInfo: (): Promise<AppInfo> => ipcRenderer.invoke(IPC_CHANNELS.appInfo),
  openTextFile: (request: OpenTextFileRequest): Promise<OpenTextFileResult> =>
    ipcRenderer.invoke(IPC_CHANNELS.openTextFile, request),
  saveTextFile: (request: SaveTextFileRequest): Promise<SaveTextFileResult> =>
    ipcRenderer.invoke(IPC_CHANNELS.saveTextFile, request),
  saveBinaryFile: (request: SaveBinaryFileRequest): Promise<SaveBinaryFileResult> =>
    ipcRenderer.invoke(IPC_CHANNELS.saveBinaryFile, request),
  printToPdf: (request: PrintToPdfRequest): Promise<PrintToPdfResult> =>
    ipcRenderer.invoke(IPC_CHANNELS.printToPdf, request),
  onMenuCommand(listener) {
    // Wrap so the page never receives the IpcRendererEvent (it exposes `sender`).
    const forward = (_event: IpcRendererEvent, command: unknown): void => {
      if (typeof command === 'string') listener(command);
    };
    ipcRenderer.on(MENU_COMMAND_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, forward);
    };
  },
};

contextBridge.exposeInMainWorld('ccgBridge', bridge);
