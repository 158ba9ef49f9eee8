import type { FileDrag } from './useFileDrop';
import './files.css';

export interface FileDropOverlayProps {
  readonly drag: FileDrag;
  /** The scenario a practice list would be added to. */
  readonly scenarioName: string;
  /** Whether workspaces go into the local library (else they just open). */
  readonly library: boolean;
}

/** What dropping will do, in words; before the drop a browser tells only the count and MIME type. */
export function dropMessage({ drag, scenarioName, library }: FileDropOverlayProps): string {
  if (drag.count > 1) return `${drag.count} files: drop one file at a time.`;
  const workspace = library
    ? 'a .ccgm workspace is added to your library and opened'
    : 'a .ccgm workspace is opened';
  const csv = `a .csv practice list is checked, then its CCGs are added to “${scenarioName}”`;
  if (drag.type === 'text/csv') return `Drop to import the practice list: ${csv}.`;
  return `Drop to import: ${workspace}; ${csv}.`;
}

/** The whole-window overlay shown while files are dragged over it. */
export function FileDropOverlay(props: FileDropOverlayProps) {
  return (
    <div className="file-drop-overlay" role="status" aria-live="polite">
      <p>{dropMessage(props)}</p>
    </div>
  );
}
