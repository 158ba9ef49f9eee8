// The renderer's layer order, written once: the lint rule and the import map both read it.
// A folder may import from its own layer and the layers before it, never from a later one.
// Root files (App.tsx, main.tsx, ErrorBoundary.tsx) are named without their extension.

/** @type {ReadonlyArray<{ name: string, folders: readonly string[] }>} */
export const rendererLayers = [
  { name: 'common', folders: ['common', 'styles'] },
  { name: 'services', folders: ['bridge', 'state', 'persistence', 'commands', 'editor'] },
  {
    name: 'features',
    folders: [
      'canvas',
      'inspector',
      'panel',
      'matrix',
      'palette',
      'arrangements',
      'assumptions',
      'staffing',
      'compare',
      'charts',
      'workshop',
      'export',
      'print',
      'recommend',
      'files',
      'history',
      'library',
      'dialogs',
      'keyboard',
    ],
  },
  { name: 'shell', folders: ['topbar', 'App', 'main', 'ErrorBoundary'] },
];

/** The layer index of a top-level renderer/src folder or root file, or undefined if unlisted. */
export function layerOf(folder) {
  const index = rendererLayers.findIndex((layer) => layer.folders.includes(folder));
  return index < 0 ? undefined : index;
}

function escapeRegex(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One `no-restricted-imports` pattern per later layer, for the files of each layer but the last.
 * Renderer folders are one level under renderer/src and every import between them is relative,
 * so "../" steps straight into a folder's name is an import of that folder (an import of
 * "../../shared/compare" steps into "shared" first and is not matched).
 */
export function rendererLayerPatterns(layerIndex) {
  return rendererLayers.slice(layerIndex + 1).map((later) => ({
    regex: `^(\\.\\./)+(${later.folders.map(escapeRegex).join('|')})(/|$)`,
    message: `The renderer's layers run common → services → features → shell: ${rendererLayers[layerIndex].name} must not import from ${later.name}. Move the helper down (common/) or pass it in.`,
  }));
}

/** The file globs of one layer, for an eslint `files` entry. */
export function rendererLayerFiles(layerIndex) {
  return rendererLayers[layerIndex].folders.flatMap((folder) =>
    /^[A-Z]|^main$/.test(folder)
      ? [`renderer/src/${folder}.{ts,tsx}`]
      : [`renderer/src/${folder}/**/*.{ts,tsx}`],
  );
}
