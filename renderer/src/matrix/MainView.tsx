import { lazy, Suspense, type ReactNode } from 'react';
import { LoadingNote } from '../common/LoadingNote';
import { PaletteDropZone } from '../palette/PaletteDropZone';
import { MatrixView } from './MatrixView';
import { useEditor } from '../editor/EditorContext';
import { useMainViewStore } from '../state/mainViewStore';
import '../styles/matrix.css';

export { useMainViewStore, type MainViewKind } from '../state/mainViewStore';

// Compare (its charts, sensitivity and exports) is loaded the first time it is opened, so the
// editor starts without it.
const CompareView = lazy(() =>
  import('../compare/CompareView').then((m) => ({ default: m.CompareView })),
);

/**
 * The main area with its "Canvas | Matrix | Compare" switch: the canvas (inside the palette's drop
 * zone), the CCG × function matrix (both show the same scenario), or scenarios side by side.
 * The choice is remembered per workspace in this window (persistence/viewMemory.ts), never in the file.
 */
export function MainView({ canvas }: { readonly canvas: ReactNode }) {
  const view = useMainViewStore((s) => s.view);
  const editor = useEditor();
  return (
    <div className="main-view">
      <div className="view-switch" role="group" aria-label="View">
        <button
          type="button"
          className="view-switch-button"
          aria-pressed={view === 'canvas'}
          onClick={() => editor.showView('canvas')}
        >
          <span aria-hidden="true">◫ </span>Canvas
        </button>
        <button
          type="button"
          className="view-switch-button"
          aria-pressed={view === 'matrix'}
          onClick={() => editor.showView('matrix')}
        >
          <span aria-hidden="true">▦ </span>Matrix
        </button>
        <button
          type="button"
          className="view-switch-button"
          aria-pressed={view === 'compare'}
          onClick={() => editor.showView('compare')}
        >
          <span aria-hidden="true">⇆ </span>Compare
        </button>
      </div>
      <div className="main-view-body">
        {view === 'canvas' ? (
          <PaletteDropZone>{canvas}</PaletteDropZone>
        ) : view === 'matrix' ? (
          <MatrixView />
        ) : (
          <Suspense fallback={<LoadingNote what="Compare" />}>
            <CompareView />
          </Suspense>
        )}
      </div>
    </div>
  );
}
