import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Store writes go through the editor: on the real config, a store's action reached by getState()
// or selected through a store hook outside editor/ and state/ is refused, however it is spelled,
// and reads of listed fields pass.
const eslint = new ESLint({ cwd: process.cwd() });

async function refusals(code: string, filePath: string): Promise<number> {
  const [result] = await eslint.lintText(
    `import { useUiStore } from '../state/uiStore';\nimport { useDocumentStore } from '../state/documentStore';\nimport { useToastStore } from '../topbar/toastStore';\nimport { useWorkshopStore } from '../state/workshopStore';\nimport { useShallow } from 'zustand/react/shallow';\n${code}\n`,
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

describe('store-hook lint rule', () => {
  it.each([
    ['an action selected', 'export const select = useUiStore((s) => s.select);'],
    ['a slice action selected', 'export const dismiss = useToastStore((s) => s.dismiss);'],
    ['a slice selected whole', 'export const toasts = useUiStore((s) => s.toasts);'],
    [
      'an action in a selected object',
      'export const o = useUiStore((s) => ({ id: s.selectedId, select: s.select }));',
    ],
    [
      'an action through useShallow',
      'export const o = useWorkshopStore(useShallow((s) => [s.active, s.goTo]));',
    ],
    [
      'an action destructured in the selector',
      'export const goTo = useWorkshopStore(({ goTo }) => goTo);',
    ],
    ['the whole state returned', 'export const ui = useUiStore((s) => s);'],
    ['the hook called with no selector', 'export const ui = useUiStore();'],
  ])('refuses %s outside the editor', async (_what, code) => {
    expect(await refusals(code, 'renderer/src/topbar/Example.tsx')).toBe(1);
  });

  it.each([
    ['a field selected', 'export const ids = useUiStore((s) => s.selectedIds);'],
    ['a nested field selected', 'export const name = useDocumentStore((s) => s.workspace.name);'],
    ['a slice field selected', 'export const shown = useToastStore((s) => s.shown);'],
    [
      'fields through useShallow',
      'export const o = useWorkshopStore(useShallow((s) => [s.active, s.slideIndex]));',
    ],
  ])('allows %s outside the editor', async (_what, code) => {
    expect(await refusals(code, 'renderer/src/topbar/Example.tsx')).toBe(0);
  });

  it.each(['renderer/src/editor/Example.tsx', 'renderer/src/state/Example.tsx'])(
    'allows a selected action in %s',
    async (file) => {
      expect(await refusals('export const select = useUiStore((s) => s.select);', file)).toBe(0);
    },
  );
});
