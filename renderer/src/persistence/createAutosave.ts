import type { Workspace } from '../../../shared/model/workspace';
import type { Editor } from '../editor/Editor';

/** How long edits are gathered before one write (tldraw throttles IndexedDB at about 350 ms). */
export const AUTOSAVE_THROTTLE_MS = 300;

/** Waits before retrying a failed write: the last is repeated until a write succeeds. */
export const RETRY_DELAYS_MS: readonly number[] = [1000, 2000, 5000, 10_000, 30_000];

/**
 * saving: there are changes not yet committed (or being written); saved: the open document is
 * on disk; failed: the last write failed and a retry is scheduled; conflict: another window saved
 * this workspace, so nothing more is written until the user chooses whose version to keep.
 */
export type AutosaveStatus = 'saving' | 'saved' | 'failed' | 'conflict';

export interface AutosaveReport {
  readonly status: AutosaveStatus;
  /** ISO time of the last committed write (the saved document's updatedAt). */
  readonly lastSavedAt?: string;
  /** How long the last committed write took, in milliseconds. */
  readonly lastWriteMs?: number;
  /** Why the last write failed, while status is failed. */
  readonly error?: string;
}

/**
 * What autosave needs of the editor: the document, and its explicit events — `opened` (a
 * workspace replaced the document) and `changed` (the document was edited).
 */
export type DocumentSource = Pick<Editor, 'workspace' | 'on'>;

export interface AutosaveOptions {
  readonly documents: DocumentSource;
  /** Writes the document stamped as changed at `updatedAt`; resolves once it has committed. */
  readonly write: (workspace: Workspace, updatedAt: string) => Promise<void>;
  /**
   * The write used when the page is being left (flushOnLeave): it must issue its database
   * requests before returning, because a page being unloaded runs no more callbacks — a write
   * that first waits for a read never gets to write. Defaults to `write`.
   */
  readonly writeOnLeave?: (workspace: Workspace, updatedAt: string) => Promise<void>;
  readonly onStatus: (report: AutosaveReport) => void;
  /** After each committed write (the history's "every few minutes of editing" hangs off this). */
  readonly onSaved?: (workspace: Workspace, updatedAt: string) => void;
  /**
   * The editor now holds a document other than the bound one (a file or a blank workspace opened
   * without going through the library). Autosave writes nothing for it until bound.
   */
  readonly onForeignDocument?: (workspace: Workspace) => void;
  /**
   * The write refused because another window saved this workspace meanwhile (`write` rejected
   * with an error named WorkspaceConflictError). Autosave holds, writing nothing, until bound again.
   */
  readonly onConflict?: (error: Error) => void;
  readonly throttleMs?: number;
  readonly retryDelaysMs?: readonly number[];
  readonly now?: () => Date;
  readonly clock?: () => number;
}

export interface Autosave {
  /**
   * Ties autosave to the workspace with this id. `onDisk` is the document already saved (nothing
   * to write until it changes); null means the store's document is new and is written soon.
   */
  bind(id: string, onDisk: Workspace | null): void;
  /** Stops saving (a deleted workspace, or none open); pending changes are dropped. */
  unbind(): void;
  /**
   * Stops writing the bound workspace, keeping its changes in the store: another window saved it
   * (see onConflict). Reports 'conflict' until bind() is called again.
   */
  hold(): void;
  /** Whether writing is held by a conflict. */
  readonly held: boolean;
  readonly boundId: string | null;
  /** Whether the store holds changes not yet committed. */
  readonly dirty: boolean;
  /** Writes pending changes now; resolves when they are committed (or the write failed). */
  flush(): Promise<void>;
  /**
   * The page is being left: starts the write of pending changes in this very task (with
   * writeOnLeave), without waiting for a write already under way. Resolves when it commits.
   */
  flushOnLeave(): Promise<void>;
  /** Whether the last write failed (a retry is scheduled): edits may be lost if the page goes now. */
  readonly failing: boolean;
  /** Unsubscribes and cancels timers. */
  stop(): void;
}

/**
 * Saves the editor's workspace whenever it changes, throttled: the first change of a
 * burst starts a timer, every change until it fires is gathered into one write of the latest
 * document, and changes made during a write are written after it. Status is reported as the
 * writes happen; "saved" only after the write's promise (the IndexedDB commit) resolves.
 */
export function createAutosave(options: AutosaveOptions): Autosave {
  const throttleMs = options.throttleMs ?? AUTOSAVE_THROTTLE_MS;
  const retryDelays = options.retryDelaysMs ?? RETRY_DELAYS_MS;
  const now = options.now ?? (() => new Date());
  const clock = options.clock ?? (() => performance.now());

  let boundId: string | null = null;
  /** The document last committed (or loaded from disk): identity says whether there is more. */
  let onDisk: Workspace | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let writing: Promise<void> | null = null;
  let failures = 0;
  let lastSavedAt: string | undefined;
  let lastWriteMs: number | undefined;
  let stopped = false;
  /** Another window saved the bound workspace: write nothing until bound again. */
  let held = false;

  const current = (): Workspace => options.documents.workspace;
  const isDirty = (): boolean =>
    boundId !== null && current().id === boundId && current() !== onDisk;

  const report = (status: AutosaveStatus, error?: string): void => {
    options.onStatus({
      status,
      ...(lastSavedAt !== undefined ? { lastSavedAt } : {}),
      ...(lastWriteMs !== undefined ? { lastWriteMs } : {}),
      ...(error !== undefined ? { error } : {}),
    });
  };

  const schedule = (delay: number): void => {
    // A throttle, not a debounce: later changes never postpone a write already scheduled.
    if (timer !== null || stopped || held) return;
    timer = setTimeout(() => {
      timer = null;
      void writeNow();
    }, delay);
  };

  const writeNow = async (leaving = false): Promise<void> => {
    if (held) return;
    if (writing && !leaving) {
      // One write at a time; whatever changed meanwhile goes in the next one.
      await writing;
      if (isDirty()) return writeNow();
      return;
    }
    if (!isDirty()) {
      if (boundId !== null && failures === 0) report('saved');
      return;
    }
    const workspace = current();
    const updatedAt = now().toISOString();
    const started = clock();
    const write = leaving && options.writeOnLeave ? options.writeOnLeave : options.write;
    writing = (async () => {
      try {
        await write(workspace, updatedAt);
        // Bound to another workspace meanwhile: this write was the old one's last, nothing more.
        if (workspace.id !== boundId) return;
        onDisk = workspace;
        failures = 0;
        lastSavedAt = updatedAt;
        lastWriteMs = clock() - started;
        options.onSaved?.(workspace, updatedAt);
        if (isDirty()) {
          report('saving');
          schedule(throttleMs);
        } else {
          report('saved');
        }
      } catch (err) {
        if (workspace.id !== boundId) return;
        if (err instanceof Error && err.name === 'WorkspaceConflictError') {
          // Retrying would overwrite the other window's version: hold until the user decides.
          hold();
          options.onConflict?.(err);
          return;
        }
        failures += 1;
        report('failed', err instanceof Error ? err.message : String(err));
        const delay = retryDelays[Math.min(failures, retryDelays.length) - 1] ?? throttleMs;
        schedule(delay);
      }
    })();
    try {
      await writing;
    } finally {
      writing = null;
    }
  };

  function hold(): void {
    held = true;
    if (timer !== null) clearTimeout(timer);
    timer = null;
    report('conflict');
  }

  const edited = (workspace: Workspace): void => {
    if (boundId === null || workspace === onDisk) return;
    if (workspace.id !== boundId) {
      options.onForeignDocument?.(workspace);
      return;
    }
    if (held) return;
    // While a retry is pending the indicator keeps saying the save failed.
    if (failures === 0) report('saving');
    schedule(throttleMs);
  };
  const stopChanged = options.documents.on('changed', ({ workspace }) => edited(workspace));
  const stopOpened = options.documents.on('opened', ({ workspace, origin }) => {
    if (boundId === null || workspace === onDisk) return;
    // A file opened from outside the library may carry the open workspace's id: it is another
    // document all the same, and must never be written over the saved one.
    if (origin.kind !== 'library') {
      options.onForeignDocument?.(workspace);
      return;
    }
    edited(workspace);
  });
  const unsubscribe = (): void => {
    stopChanged();
    stopOpened();
  };

  return {
    bind(id, saved) {
      boundId = id;
      onDisk = saved;
      failures = 0;
      held = false;
      lastSavedAt = saved?.updatedAt;
      if (timer !== null) clearTimeout(timer);
      timer = null;
      // A document from disk is about to be opened (the caller binds first, so its opening is not
      // taken for a foreign document): nothing to write until it changes.
      if (saved !== null) {
        report('saved');
      } else {
        report('saving');
        schedule(throttleMs);
      }
    },
    unbind() {
      boundId = null;
      onDisk = null;
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
    hold,
    get held() {
      return held;
    },
    get boundId() {
      return boundId;
    },
    get dirty() {
      return isDirty();
    },
    async flush() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      await writeNow();
    },
    flushOnLeave() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      return writeNow(true);
    },
    get failing() {
      return failures > 0;
    },
    stop() {
      stopped = true;
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}
