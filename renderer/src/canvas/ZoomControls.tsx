import { memo } from 'react';
import { useUiStore } from '../state/uiStore';

export interface ZoomControlsProps {
  readonly onZoomIn: () => void;
  readonly onZoomOut: () => void;
  readonly onZoomToFit: () => void;
}

/** Zoom buttons over the canvas, with the zoom level (updated when a gesture ends). */
export const ZoomControls = memo(function ZoomControls({
  onZoomIn,
  onZoomOut,
  onZoomToFit,
}: ZoomControlsProps) {
  const k = useUiStore((s) => s.viewport.k);
  return (
    <div className="zoom-controls" role="toolbar" aria-label="Zoom">
      <button
        type="button"
        className="icon-button"
        onClick={onZoomOut}
        aria-label="Zoom out"
        title="Zoom out (−)"
      >
        −
      </button>
      <span className="zoom-level" title="Zoom level">
        {Math.round(k * 100)}%
      </span>
      <button
        type="button"
        className="icon-button"
        onClick={onZoomIn}
        aria-label="Zoom in"
        title="Zoom in (+)"
      >
        +
      </button>
      <button type="button" className="text-button" onClick={onZoomToFit} title="Zoom to fit (0)">
        Zoom to fit
      </button>
    </div>
  );
});
