// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  cameraAttribute,
  createCameraLayer,
  gestureTransform,
} from '../../renderer/src/canvas/cameraLayer';

const SVG = 'http://www.w3.org/2000/svg';

function layers(): { layer: SVGSVGElement; camera: SVGGElement } {
  const layer = document.createElementNS(SVG, 'svg');
  const camera = document.createElementNS(SVG, 'g');
  layer.append(camera);
  return { layer, camera };
}

describe('gestureTransform', () => {
  it('carries what was drawn for one camera to where the live camera shows it', () => {
    // Drawn at x 100, y 50, zoom 1; live at x 40, y 20, zoom 2, so s = 2 / 1 = 2.
    // Translation: 40 − 2·100 = −160 and 20 − 2·50 = −80.
    // Check on the world point (10, 10): drawn at (110, 60); −160 + 2·110 = 60 = 2·10 + 40 and
    // −80 + 2·60 = 40 = 2·10 + 20, where the live camera puts it.
    expect(gestureTransform({ x: 100, y: 50, k: 1 }, { x: 40, y: 20, k: 2 })).toBe(
      'translate(-160px,-80px) scale(2)',
    );
  });

  it('is a plain translation for a pan', () => {
    expect(gestureTransform({ x: 10, y: 10, k: 0.5 }, { x: 35, y: -5, k: 0.5 })).toBe(
      'translate(25px,-15px) scale(1)',
    );
  });
});

describe('createCameraLayer', () => {
  it('moves the layer during a gesture and writes the camera only when it settles', () => {
    const { layer, camera } = layers();
    const cam = createCameraLayer(layer, [camera]);
    // The first frame has nothing drawn to move: it draws.
    cam.move({ x: 0, y: 0, k: 1 });
    expect(camera.getAttribute('transform')).toBe(cameraAttribute({ x: 0, y: 0, k: 1 }));
    expect(layer.style.transform).toBe('');

    cam.move({ x: 30, y: 12, k: 1 });
    cam.move({ x: 60, y: 24, k: 1 });
    expect(camera.getAttribute('transform')).toBe('translate(0,0) scale(1)');
    expect(layer.style.transform).toBe('translate(60px,24px) scale(1)');

    // Settling draws the camera and drops the CSS transform together: nothing jumps.
    cam.settle({ x: 60, y: 24, k: 1 });
    expect(camera.getAttribute('transform')).toBe('translate(60,24) scale(1)');
    expect(layer.style.transform).toBe('');

    // The next gesture moves from the settled drawing.
    cam.move({ x: 60, y: 24, k: 1.5 });
    expect(layer.style.transform).toBe('translate(-30px,-12px) scale(1.5)');
    cam.settle({ x: 60, y: 24, k: 1.5 });
    expect(layer.style.transform).toBe('');
    expect(camera.getAttribute('transform')).toBe('translate(60,24) scale(1.5)');
  });
});
