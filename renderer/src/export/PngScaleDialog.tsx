import { useId, useState } from 'react';
import { formatPopulation } from '../../../shared/format/format';
import { ModalDialog } from '../dialogs/ModalDialog';
import { PNG_SCALES, type PngScale } from './svgToPng';
import '../files/files.css';

export interface PngScaleDialogProps {
  /** The picture's size at 1×, in pixels, to show what each scale gives. */
  readonly width: number;
  readonly height: number;
  onExport(scale: PngScale): void;
  onCancel(): void;
}

/** What each scale is for. */
const USE: Readonly<Record<PngScale, string>> = {
  1: 'for the screen',
  2: 'for slides',
  3: 'for print',
};

/** The default: sharp on a projector and in PowerPoint, still a modest file. */
export const DEFAULT_PNG_SCALE: PngScale = 2;

/** Asks the scale of a PNG export (1×, 2× or 3×, default 2×), showing the pixel size of each. */
export function PngScaleDialog({ width, height, onExport, onCancel }: PngScaleDialogProps) {
  const id = useId();
  const [scale, setScale] = useState<PngScale>(DEFAULT_PNG_SCALE);
  const px = (n: number, s: PngScale): string => formatPopulation(Math.ceil(n * s));
  return (
    <ModalDialog className="png-scale-dialog" labelledBy={`${id}-title`} onClose={onCancel}>
      <h2 id={`${id}-title`}>Export the canvas as PNG</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onExport(scale);
        }}
      >
        <fieldset className="png-scales">
          <legend>Scale</legend>
          {PNG_SCALES.map((s) => (
            <label key={s}>
              <input
                type="radio"
                name={`${id}-scale`}
                value={s}
                checked={scale === s}
                onChange={() => setScale(s)}
                {...(s === DEFAULT_PNG_SCALE ? { 'data-autofocus': true } : {})}
              />
              {s}×{' '}
              <span className="menu-hint">
                {px(width, s)} × {px(height, s)} pixels, {USE[s]}
              </span>
            </label>
          ))}
        </fieldset>
        <div className="dialog-actions png-scale-actions">
          <button type="button" className="secondary-button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="primary-button">
            Export PNG
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
