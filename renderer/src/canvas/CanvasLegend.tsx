import { memo } from 'react';
import { useEditor } from '../editor/EditorContext';

/** What the canvas's shapes and lines mean, and how to work it with the mouse: a key in the corner. */
export const CanvasLegend = memo(function CanvasLegend() {
  const editor = useEditor();
  return (
    <details className="canvas-legend">
      <summary>Key and help</summary>
      <ul>
        <li>
          <svg width="28" height="14" aria-hidden="true">
            <line className="edge edge-member" x1="2" y1="7" x2="26" y2="7" />
          </svg>
          member CCG
        </li>
        <li>
          <svg width="28" height="14" aria-hidden="true">
            <line className="edge edge-host" x1="2" y1="7" x2="26" y2="7" />
          </svg>
          host CCG
        </li>
        <li>
          <svg width="28" height="14" aria-hidden="true">
            <line className="edge edge-provider" x1="2" y1="7" x2="26" y2="7" />
          </svg>
          provider
        </li>
        <li>
          <svg width="28" height="14" aria-hidden="true">
            <line className="edge edge-localAuthority" x1="2" y1="7" x2="26" y2="7" />
          </svg>
          local authority
        </li>
        <li>
          <svg width="28" height="18" aria-hidden="true">
            <circle className="legend-hub" cx="14" cy="9" r="7" />
          </svg>
          shared arrangement
        </li>
        <li>
          <svg width="28" height="18" aria-hidden="true">
            <path className="legend-hub" d="M14,1 L22,9 L14,17 L6,9 Z" />
          </svg>
          bought (CSU, external)
        </li>
      </ul>
      <h3 className="legend-heading">With the mouse</h3>
      <dl className="legend-gestures">
        <dt>Drag empty canvas</dt>
        <dd>pan (the wheel zooms)</dd>
        <dt>Shift+drag empty canvas</dt>
        <dd>select everything the box touches</dd>
        <dt>Click, Shift+click</dt>
        <dd>select; add to the selection</dd>
        <dt>Drag an organisation</dt>
        <dd>move it, or the whole selection; snaps to the grid (Alt: freely)</dd>
        <dt>Drag a locality</dt>
        <dd>onto another CCG card to move it there, population and all</dd>
        <dt>Drag a CCG into a cluster</dt>
        <dd>it joins the cluster; out of it, it leaves</dd>
        <dt>Cluster’s title, corner grip</dt>
        <dd>move it with its CCGs; resize it</dd>
      </dl>
      <button type="button" className="text-button" onClick={() => editor.showShortcutsHelp(true)}>
        All keyboard shortcuts (?)
      </button>
    </details>
  );
});
