/**
 * Which workspace openings started and never finished. A workspace that hangs the window while
 * opening (too big, or built to be hostile) would otherwise be reopened on every start, hanging
 * the app each time. Kept in localStorage: the launch can read it synchronously, and it survives
 * the window being killed mid-open, which is exactly when it matters.
 */

/** The part of Web Storage used; null where storage is refused (nothing is then recorded). */
export type OpeningStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** One key per workspace, so two windows opening two workspaces never clear each other's mark. */
const KEY_PREFIX = 'ccg-modeller:opening:';

export interface UnfinishedOpening {
  readonly id: string;
  readonly name: string;
  /** ISO 8601: when the opening started. */
  readonly startedAt: string;
}

export interface OpeningLog {
  /** Records that opening `id` has started (before its document is loaded into the editor). */
  started(id: string, name: string, at?: Date): void;
  /** Records that `id` reached an interactive editor: it is safe to reopen on the next start. */
  finished(id: string): void;
  /** The opening of `id` that started and never finished, if there was one. */
  unfinished(id: string): UnfinishedOpening | null;
}

/** The window's localStorage, or null where reading it throws (storage disabled). */
export function windowStorage(): OpeningStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function createOpeningLog(storage: OpeningStorage | null): OpeningLog {
  // A full or refused storage must never stop a workspace from opening: the mark is a safeguard.
  const attempt = (work: () => void): void => {
    try {
      work();
    } catch {
      // Nothing recorded; the launch then behaves as it did before the safeguard existed.
    }
  };
  const read = (key: string): string | null => {
    try {
      return storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  };
  return {
    started(id, name, at = new Date()) {
      attempt(() =>
        storage?.setItem(KEY_PREFIX + id, JSON.stringify({ name, startedAt: at.toISOString() })),
      );
    },
    finished(id) {
      attempt(() => storage?.removeItem(KEY_PREFIX + id));
    },
    unfinished(id) {
      const raw = read(KEY_PREFIX + id);
      if (raw === null) return null;
      try {
        const parsed: unknown = JSON.parse(raw);
        const record =
          typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
        return {
          id,
          name: typeof record.name === 'string' ? record.name : id,
          startedAt: typeof record.startedAt === 'string' ? record.startedAt : '',
        };
      } catch {
        // A mark we cannot read still says the opening never finished.
        return { id, name: id, startedAt: '' };
      }
    },
  };
}
