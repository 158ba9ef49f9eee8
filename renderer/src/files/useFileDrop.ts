import { useEffect, useRef, useState } from 'react';

/** What is being dragged over the window, as far as a browser tells before the drop. */
export interface FileDrag {
  /** How many files (a drag of several is refused on drop). */
  readonly count: number;
  /** The MIME type of a single file, '' when the system does not know it (a .ccgm). */
  readonly type: string;
}

/** Only drags that carry files are ours: the palette's drags carry its own data type. */
function carriesFiles(data: DataTransfer | null): data is DataTransfer {
  return data !== null && Array.from(data.types).includes('Files');
}

function dragOf(data: DataTransfer): FileDrag {
  const files = Array.from(data.items).filter((i) => i.kind === 'file');
  return { count: files.length, type: files.length === 1 ? (files[0]?.type ?? '') : '' };
}

/**
 * Files dragged onto the window: while one is over it, `drag` describes it (for the overlay); a
 * drop calls `onDrop` with the dropped files. Drags without files are left alone. A file drop is
 * always taken, even when `onDrop` refuses it, so the browser never navigates to the file.
 */
export function useFileDrop(onDrop: (files: readonly File[]) => void): FileDrag | null {
  const [drag, setDrag] = useState<FileDrag | null>(null);
  const onDropRef = useRef(onDrop);
  onDropRef.current = onDrop;

  useEffect(() => {
    const onDragOver = (event: DragEvent): void => {
      if (!carriesFiles(event.dataTransfer)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
      const next = dragOf(event.dataTransfer);
      setDrag((d) => (d && d.count === next.count && d.type === next.type ? d : next));
    };
    const onDragLeave = (event: DragEvent): void => {
      // relatedTarget is null only when the pointer leaves the window (or the drag ends outside).
      if (event.relatedTarget === null) setDrag(null);
    };
    const onDropEvent = (event: DragEvent): void => {
      if (!carriesFiles(event.dataTransfer)) return;
      event.preventDefault();
      setDrag(null);
      onDropRef.current(Array.from(event.dataTransfer.files));
    };
    const end = (): void => setDrag(null);
    window.addEventListener('dragenter', onDragOver);
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('drop', onDropEvent);
    window.addEventListener('dragend', end);
    return () => {
      window.removeEventListener('dragenter', onDragOver);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('drop', onDropEvent);
      window.removeEventListener('dragend', end);
    };
  }, []);

  return drag;
}
