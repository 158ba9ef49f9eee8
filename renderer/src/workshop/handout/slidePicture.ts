import type { Slide, Workspace } from '../../../../shared/model/workspace';
import { xmlSafe } from '../../../../shared/text/xmlSafe';
import { canvasPicture } from '../../export/exportActions';
import { visibleRect } from '../slideCamera';

/**
 * The canvas picture of a slide: its scenario drawn as the app draws it (renderCanvasSvg), framed
 * to what the slide's camera shows in a 16:9 view. Returns standalone SVG text.
 */
export function slidePictureSvg(workspace: Workspace, slide: Slide): string {
  const picture = canvasPicture(workspace, slide.scenarioId);
  const doc = new DOMParser().parseFromString(picture.svg, 'image/svg+xml');
  const root = doc.documentElement;
  const r = visibleRect(slide.camera);
  root.setAttribute('viewBox', `${r.x} ${r.y} ${r.width} ${r.height}`);
  // A fixed 16:9 size in CSS pixels; the page scales the picture to its width.
  root.setAttribute('width', '1280');
  root.setAttribute('height', '720');
  return xmlSafe(new XMLSerializer().serializeToString(doc));
}
