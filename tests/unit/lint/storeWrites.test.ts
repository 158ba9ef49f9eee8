import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Store writes go through the editor: on the real config, a store's action reached by getState()
// outside editor/ and state/ is refused, however it is spelled, and reads of listed fields pass.
const eslint = new ESLint({ cwd: process.cwd() });

async function refusals(code: string, filePath: string): Promise<number> {
  const [result] = await eslint.lintText(
    `import { useUiStore } from '../state/uiStore';\nimport { useDocumentStore } from '../state/documentStore';\n${code}\n`,
    { filePath },
  );
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-syntax').length;
}

const FEATURE = 'renderer/src/canvas/example.ts';

describe('store-write lint rule', () => {
  it.each([
    ['an action called', "useUiStore.getState().select('ccg-1');"],
    ['a slice action called', 'useUiStore.getState().toasts.dismiss(1);'],
    ['the state bound to a name', 'const ui = useUiStore.getState();\nui.select(null);'],
    ['an action destructured', 'const { select } = useUiStore.getState();\nselect(null);'],
    ['an action passed on', 'export const pick = useUiStore.getState().selectMany;'],
    ['the state handed to a function', 'console.log(useUiStore.getState());'],
  ])('refuses %s outside the editor', async (_what, code) => {
    expect(await refusals(code, FEATURE)).toBe(1);
  });

  it.each([
    ['a field read', 'export const ids = useUiStore.getState().selectedIds;'],
    ['fields destructured', 'export const { workspace } = useDocumentStore.getState();'],
    ['a nested read', "export const refused = useUiStore.getState().notice?.kind === 'refused';"],
  ])('allows %s outside the editor', async (_what, code) => {
    expect(await refusals(code, FEATURE)).toBe(0);
  });

  it.each(['renderer/src/editor/example.ts', 'renderer/src/state/example.ts'])(
    'allows writes in %s',
    async (file) => {
      expect(await refusals("useUiStore.getState().select('ccg-1');", file)).toBe(0);
    },
  );
});
