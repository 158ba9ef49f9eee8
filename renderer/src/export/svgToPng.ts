/** The scales the PNG export offers: 1× for the screen, 2× and 3× for slides and print. */
export const PNG_SCALES = [1, 2, 3] as const;
export type PngScale = (typeof PNG_SCALES)[number];

/** Chromium's limits on a canvas: each side and the area (in pixels). */
const MAX_SIDE = 32_767;
const MAX_AREA = 268_435_456;

/**
 * Rasterises a standalone SVG into PNG bytes at `scale` device pixels per canvas unit. The SVG is
 * loaded as an image from a local blob: URL (the CSP allows blob: images), drawn on a canvas and
 * encoded by the browser; nothing leaves the machine.
 */
export async function svgToPng(
  svg: string,
  width: number,
  height: number,
  scale: PngScale,
): Promise<Uint8Array> {
  const w = Math.ceil(width * scale);
  const h = Math.ceil(height * scale);
  if (w > MAX_SIDE || h > MAX_SIDE || w * h > MAX_AREA) {
    throw new Error(
      `The picture would be ${w.toLocaleString('en-GB')} × ${h.toLocaleString('en-GB')} pixels, more than a browser can draw; choose a smaller scale or export SVG.`,
    );
  }
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = w;
    canvas.height = h;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('The browser could not make a canvas to draw the picture on.');
    ctx.scale(scale, scale);
    ctx.drawImage(image, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('The browser could not encode the picture as PNG.');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}
