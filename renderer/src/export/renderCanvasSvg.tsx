import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { ScenarioResult } from '../../../shared/costing/results';
import type { Scenario } from '../../../shared/model/workspace';
import { xmlSafe } from '../../../shared/text/xmlSafe';
import { CanvasContent } from '../canvas/CanvasContent';
import { sceneOf } from '../canvas/sceneOf';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Canvas units of margin round the drawing. */
const MARGIN = 24;

/**
 * Properties copied from the stylesheet onto each element as SVG presentation attributes, so the
 * picture looks the same with no stylesheet (a file opened on its own, in Word or PowerPoint, or
 * drawn into a PNG). Inherited ones are written only where they differ from the parent's.
 */
const INHERITED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'letter-spacing',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
] as const;
const NOT_INHERITED: readonly (readonly [string, string])[] = [['opacity', '1']];

/** Attributes that only mean something in the live app (events, focus, test hooks, classes). */
function isAppOnlyAttribute(name: string): boolean {
  return (
    name === 'class' ||
    name === 'role' ||
    name === 'tabindex' ||
    name === 'style' ||
    name.startsWith('aria-') ||
    name.startsWith('data-')
  );
}

export interface CanvasSvg {
  /** A standalone, well-formed SVG document (UTF-8 XML): no stylesheet, script or external reference. */
  readonly svg: string;
  /** Its size in CSS pixels (one canvas unit each). */
  readonly width: number;
  readonly height: number;
}

const LENGTHS = new Set(['stroke-width', 'stroke-dasharray', 'font-size', 'letter-spacing']);

/** A computed value as an attribute: lengths "8px, 5px" → "8 5", so every SVG renderer reads them. */
function attributeValue(property: string, value: string): string {
  return LENGTHS.has(property)
    ? value.replace(/(-?\d*\.?\d+)px/g, '$1').replace(/,\s*/g, ' ')
    : value;
}

/**
 * Draws a scenario's canvas — every cluster, card, chip, box, hub and line, as the app draws
 * them but with nothing selected — as a standalone SVG. It renders the canvas components into an
 * off-screen element of this document (so the app's stylesheet applies), copies each element's
 * computed style onto it as presentation attributes, and serialises a clean copy.
 */
export function renderCanvasSvg(
  scenario: Scenario,
  result: ScenarioResult,
  title: string,
): CanvasSvg {
  const scene = sceneOf(scenario, result);
  const b = scene.bounds;
  const x = Math.floor(b.x - MARGIN);
  const y = Math.floor(b.y - MARGIN);
  const width = Math.max(1, Math.ceil(b.width + 2 * MARGIN));
  const height = Math.max(1, Math.ceil(b.height + 2 * MARGIN));

  // Off screen but laid out and styled: a hidden (display: none) tree would have no computed style.
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  Object.assign(host.style, {
    position: 'fixed',
    left: '-100000px',
    top: '0',
    width: `${width}px`,
    height: `${height}px`,
    pointerEvents: 'none',
  });
  document.body.append(host);
  const root = createRoot(host);
  try {
    const noop = (): void => undefined;
    flushSync(() => {
      root.render(
        <svg
          className="canvas-svg"
          width={width}
          height={height}
          viewBox={`${x} ${y} ${width} ${height}`}
        >
          <g>
            <CanvasContent
              scenario={scenario}
              scene={scene}
              capPerHead={result.year.allowancePerHead}
              yearLabel={result.year.label}
              selected={new Set()}
              onSelect={noop}
            />
          </g>
        </svg>,
      );
    });
    const live = host.querySelector('svg');
    if (!live) throw new Error('The canvas could not be drawn for export.');
    return { svg: standaloneSvg(live, { x, y, width, height }, title), width, height };
  } finally {
    root.unmount();
    host.remove();
  }
}

function standaloneSvg(
  live: SVGSVGElement,
  box: { x: number; y: number; width: number; height: number },
  title: string,
): string {
  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const out = doc.documentElement;
  out.setAttribute('width', String(box.width));
  out.setAttribute('height', String(box.height));
  out.setAttribute('viewBox', `${box.x} ${box.y} ${box.width} ${box.height}`);
  const rootStyle = getComputedStyle(live);
  for (const p of INHERITED) {
    const v = rootStyle.getPropertyValue(p);
    if (v) out.setAttribute(p, attributeValue(p, v));
  }
  const titleEl = doc.createElementNS(SVG_NS, 'title');
  titleEl.textContent = title;
  out.append(titleEl);
  // The app's canvas background, so light labels and halos read as they do on screen.
  const bg = doc.createElementNS(SVG_NS, 'rect');
  for (const [k, v] of Object.entries({ x: box.x, y: box.y, width: box.width, height: box.height }))
    bg.setAttribute(k, String(v));
  bg.setAttribute(
    'fill',
    getComputedStyle(document.documentElement).getPropertyValue('--canvas-bg').trim() || '#f4f6f7',
  );
  out.append(bg);

  const content = live.firstElementChild;
  if (content) {
    const copy = copyElement(doc, content, rootStyle);
    if (copy) out.append(copy);
  }
  // The serializer writes text as it finds it, so one control character in a name would make
  // the file not well-formed (and the PNG and PDF pictures drawn from it fail to decode). The
  // markup itself is ASCII, so only names, notes and the title are touched.
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xmlSafe(new XMLSerializer().serializeToString(doc))}\n`;
}

/** A styled copy of `el` and its children, or null for what draws nothing (focus rings, hidden parts). */
function copyElement(
  doc: XMLDocument,
  el: Element,
  parentStyle: CSSStyleDeclaration,
): Element | null {
  const style = getComputedStyle(el);
  if (style.display === 'none' || style.visibility === 'hidden') return null;
  if (el.classList.contains('focus-ring') || el.classList.contains('selection-handles'))
    return null;
  const copy = doc.createElementNS(SVG_NS, el.localName);
  for (const attr of Array.from(el.attributes)) {
    if (!isAppOnlyAttribute(attr.name)) copy.setAttribute(attr.name, attr.value);
  }
  for (const p of INHERITED) {
    const v = style.getPropertyValue(p);
    // A stylesheet rule beats a presentation attribute, so an attribute React wrote (font-size,
    // text-anchor) is replaced by the value in force; otherwise only a change from the parent is written.
    if (v && (copy.hasAttribute(p) || v !== parentStyle.getPropertyValue(p)))
      copy.setAttribute(p, attributeValue(p, v));
  }
  for (const [p, initial] of NOT_INHERITED) {
    const v = style.getPropertyValue(p);
    if (v && v !== initial) copy.setAttribute(p, v);
  }
  const upper = style.getPropertyValue('text-transform') === 'uppercase';
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE) {
      const t = child.textContent ?? '';
      copy.append(doc.createTextNode(upper ? t.toUpperCase() : t));
    } else if (child instanceof Element) {
      const c = copyElement(doc, child, style);
      if (c) copy.append(c);
    }
  }
  return copy;
}
