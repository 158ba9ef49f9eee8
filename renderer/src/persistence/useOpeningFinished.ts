import { useEffect } from 'react';
import { useDocumentStore } from '../state/documentStore';
import { getPersistence } from './persistenceSession';

/**
 * Marks the open library workspace's opening as finished once the editor has drawn it and the
 * window has painted a frame (a hung render never gets there), so the next start may reopen it.
 * `showing` is false while the library covers the editor.
 */
export function useOpeningFinished(showing: boolean): void {
  const id = useDocumentStore((s) => s.workspace.id);
  useEffect(() => {
    const session = getPersistence();
    if (!showing || !session || session.openId() !== id) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The frame callback runs before that frame's paint; the task after it, once it is painted.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => session.openings.finished(id), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [id, showing]);
}
