import { readdirSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { layerOf } from '../../../scripts/lint/rendererLayers.mjs';

// The renderer's layer order is a lint rule on the real config; prove it refuses a back-import,
// so it cannot rot into a no-op, and that downward and sideways imports pass.
const eslint = new ESLint({ cwd: process.cwd() });

async function layerMessages(specifier: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(
    `import { thing } from '${specifier}';\nexport const x = thing;\n`,
    { filePath },
  );
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

describe('renderer layer lint rule', () => {
  it.each([
    [
      'renderer/src/state/example.ts',
      '../workshop/workshopMode',
      'services must not import from features',
    ],
    [
      'renderer/src/persistence/example.ts',
      '../library/LibraryScreen',
      'services must not import from features',
    ],
    [
      'renderer/src/commands/example.ts',
      '../topbar/toastStore',
      'services must not import from shell',
    ],
    ['renderer/src/editor/Editor.ts', '../canvas/Canvas', 'services must not import from features'],
    ['renderer/src/common/example.tsx', '../state/uiStore', 'common must not import from services'],
    ['renderer/src/canvas/example.tsx', '../App', 'features must not import from shell'],
    [
      'renderer/src/workshop/handout/example.tsx',
      '../../topbar/AppHeader',
      'features must not import from shell',
    ],
  ])('refuses %s importing %s', async (file, specifier, says) => {
    const messages = await layerMessages(specifier, file);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(says);
  });

  it.each([
    ['renderer/src/workshop/example.tsx', '../state/uiStore'],
    ['renderer/src/workshop/example.tsx', '../common/LoadingNote'],
    ['renderer/src/inspector/example.tsx', '../arrangements/ArrangementInspector'],
    ['renderer/src/topbar/example.tsx', '../workshop/presenter'],
    ['renderer/src/state/example.ts', '../persistence/db'],
    ['renderer/src/App.tsx', './workshop/presenter'],
    // A shared/ folder named like a feature is not the feature.
    ['renderer/src/state/example.ts', '../../../shared/compare/compareScenarios'],
  ])('allows %s importing %s', async (file, specifier) => {
    expect(await layerMessages(specifier, file)).toEqual([]);
  });

  it('keeps the renderer’s Node boundary in every layer', async () => {
    const messages = await layerMessages('node:fs', 'renderer/src/state/example.ts');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('The renderer never touches Node');
  });

  it('gives every renderer folder and root module a layer', () => {
    const units = readdirSync('renderer/src', { withFileTypes: true })
      .filter((entry) => entry.isDirectory() || /\.tsx?$/.test(entry.name))
      .filter((entry) => !entry.name.endsWith('.d.ts'))
      .map((entry) => entry.name.replace(/\.tsx?$/, ''));
    expect(units.filter((unit) => layerOf(unit) === undefined)).toEqual([]);
  });
});
