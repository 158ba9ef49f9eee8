import { memo } from 'react';

/** What the canvas's shapes and lines mean: a small key in the corner. */
export const CanvasLegend = memo(function CanvasLegend() {
  return (
    <details className="canvas-legend">
      <summary>Key</summary>
      <ul>
        <li><svg width="28" height="14" aria-hidden="true"><line className="edge edge-member" x1="2" y1="7" x2="26" y2="7" /></svg>member CCG</li>
        <li><svg width="28" height="14" aria-hidden="true"><line className="edge edge-host" x1="2" y1="7" x2="26" y2="7" /></svg>host CCG</li>
        <li><svg width="28" height="14" aria-hidden="true"><line className="edge edge-provider" x1="2" y1="7" x2="26" y2="7" /></svg>provider</li>
        <li><svg width="28" height="14" aria-hidden="true"><line className="edge edge-localAuthority" x1="2" y1="7" x2="26" y2="7" /></svg>local authority</li>
        <li><svg width="28" height="18" aria-hidden="true"><circle className="legend-hub" cx="14" cy="9" r="7" /></svg>shared arrangement</li>
        <li><svg width="28" height="18" aria-hidden="true"><path className="legend-hub" d="M14,1 L22,9 L14,17 L6,9 Z" /></svg>bought (CSU, external)</li>
      </ul>
    </details>
  );
});
