/**
 * Tells the app's other windows (browser tabs on the same library) when a workspace was saved,
 * so a window that has it open hears at once instead of at its next write. The revision check
 * in writeWorkspaceChecked is what guarantees nothing is overwritten; this only makes it prompt.
 */

/** The channel name: every window of this app on this machine listens on it. */
export const LIBRARY_CHANNEL_NAME = 'ccg-modeller-library';

export interface SavedMessage {
  readonly type: 'saved';
  readonly workspaceId: string;
  /** The saved record's updatedAt. */
  readonly updatedAt: string;
  /** Which window saved it, so a window ignores its own saves. */
  readonly windowId: string;
}

export interface LibraryChannel {
  announceSaved(workspaceId: string, updatedAt: string): void;
  close(): void;
}

function isSavedMessage(data: unknown): data is SavedMessage {
  const m = data as Partial<SavedMessage> | null;
  return (
    typeof m === 'object' &&
    m !== null &&
    m.type === 'saved' &&
    typeof m.workspaceId === 'string' &&
    typeof m.updatedAt === 'string' &&
    typeof m.windowId === 'string'
  );
}

/** Opens the channel for this window; without BroadcastChannel it announces and hears nothing. */
export function openLibraryChannel(
  windowId: string,
  onSavedElsewhere: (message: SavedMessage) => void,
): LibraryChannel {
  if (typeof BroadcastChannel === 'undefined')
    return { announceSaved: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(LIBRARY_CHANNEL_NAME);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (isSavedMessage(event.data) && event.data.windowId !== windowId)
      onSavedElsewhere(event.data);
  };
  return {
    announceSaved(workspaceId, updatedAt) {
      const message: SavedMessage = { type: 'saved', workspaceId, updatedAt, windowId };
      channel.postMessage(message);
    },
    close: () => channel.close(),
  };
}
