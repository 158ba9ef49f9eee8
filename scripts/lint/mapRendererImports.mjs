// Maps imports between renderer/src folders and lists those that run back up the layer order.
// Usage: node scripts/lint/mapRendererImports.mjs [--edges]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { layerOf, rendererLayers } from './rendererLayers.mjs';

const root = resolve(import.meta.dirname, '../../renderer/src');

function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The top-level folder (or root file, without extension) of renderer/src a path lies in. */
function unitOf(path) {
  const [first, second] = relative(root, path).split(sep);
  if (first === undefined || first.startsWith('..')) return undefined;
  return second === undefined ? first.replace(/\.(d\.)?tsx?$/, '') : first;
}

// Static imports, re-exports and dynamic import() of relative paths.
const specifierPattern = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]*)['"]/g;

const edges = new Map();
const backImports = [];
for (const file of sourceFiles(root)) {
  const from = unitOf(file);
  for (const match of readFileSync(file, 'utf8').matchAll(specifierPattern)) {
    const to = unitOf(resolve(dirname(file), match[1]));
    if (to === undefined || to === from) continue;
    const key = `${from} → ${to}`;
    edges.set(key, (edges.get(key) ?? 0) + 1);
    const fromLayer = layerOf(from);
    const toLayer = layerOf(to);
    if (fromLayer !== undefined && toLayer !== undefined && toLayer > fromLayer) {
      backImports.push(
        `${relative(root, file)} → ${match[1]}  (${rendererLayers[fromLayer].name} → ${rendererLayers[toLayer].name})`,
      );
    }
  }
}

// Folders importing each other (allowed within a layer, but a sign a helper wants to move down).
const twoWay = [...edges.keys()]
  .map((key) => key.split(' → '))
  .filter(([a, b]) => a < b && edges.has(`${b} → ${a}`));
const unlisted = [...new Set([...edges.keys()].flatMap((key) => key.split(' → ')))].filter(
  (unit) => layerOf(unit) === undefined,
);
if (process.argv.includes('--edges')) {
  for (const [key, count] of [...edges].sort()) console.log(`${String(count).padStart(4)}  ${key}`);
}
for (const line of backImports) console.log(line);
for (const [a, b] of twoWay) console.log(`two-way: ${a} ⇄ ${b}`);
if (unlisted.length > 0) console.log(`Folders in no layer: ${unlisted.join(', ')}`);
console.log(
  `${edges.size} folder-to-folder edges, ${[...edges.values()].reduce((a, b) => a + b, 0)} imports between folders, ${backImports.length} back-imports, ${twoWay.length} two-way folder pairs`,
);
