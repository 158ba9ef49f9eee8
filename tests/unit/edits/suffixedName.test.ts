import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../shared/edits/applyEdit';
import { branchName } from '../../../shared/edits/scenarioNames';
import { withSuffix } from '../../../shared/edits/suffixedName';
import { MAX_NAME_LENGTH } from '../../../shared/schema/workspaceSchema';
import { validateWorkspace } from '../../../shared/schema/validateWorkspace';
import { importedCopyName } from '../../../renderer/src/editor/workspaceImport';
import { B, fixtureWorkspace } from './editFixtures';

// A name at the 500-character limit, of words, so a word boundary is there to cut at.
const longName = (length: number): string =>
  'Northshire '
    .repeat(Math.ceil(length / 11))
    .slice(0, length)
    .trimEnd()
    .padEnd(length, 'x');

describe('withSuffix', () => {
  it('adds the suffix as it is when the name has room', () => {
    expect(withSuffix('Northshire', ' (copy)')).toBe('Northshire (copy)');
    expect(withSuffix('a'.repeat(493), ' (copy)')).toHaveLength(500);
    expect(withSuffix('a'.repeat(493), ' (copy)').endsWith('a (copy)')).toBe(true);
  });

  it('shortens a 500-character name at a word boundary so the whole fits in 500', () => {
    const name = longName(MAX_NAME_LENGTH);
    const copy = withSuffix(name, ' (imported)');
    expect(copy.length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
    expect(copy.endsWith('Northshire… (imported)')).toBe(true);
    expect(name.startsWith(copy.slice(0, -' (imported)'.length - 1))).toBe(true);
  });

  it('cuts mid-word when the name has no space late enough', () => {
    const copy = withSuffix('x'.repeat(600), ' (copy)', 20);
    expect(copy).toBe(`${'x'.repeat(12)}… (copy)`);
    expect(copy).toHaveLength(20);
  });

  it('never leaves half an emoji behind', () => {
    const copy = withSuffix('😀'.repeat(10), ' (copy)', 16);
    expect(copy).toBe('😀😀😀😀… (copy)');
  });
});

describe('names made with a suffix from a 500-character name validate', () => {
  it('a branched scenario', () => {
    const ws = fixtureWorkspace();
    const long = longName(MAX_NAME_LENGTH);
    const renamed = applyEdit(ws, { type: 'renameScenario', scenarioId: B, name: long });
    if (!renamed.ok) throw new Error(renamed.errors.join('\n'));
    const name = branchName(long, renamed.workspace.scenarios);
    expect(name.length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
    const branched = applyEdit(renamed.workspace, {
      type: 'branchScenario',
      scenarioId: B,
      newScenarioId: 'b1',
      name,
    });
    if (!branched.ok) throw new Error(branched.errors.join('\n'));
    expect(validateWorkspace(branched.workspace).ok).toBe(true);
    // And a second branch is still told apart from the first.
    const second = branchName(long, branched.workspace.scenarios);
    expect(second).not.toBe(name);
    expect(second.endsWith(' (copy 2)')).toBe(true);
    expect(second.length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
  });

  it('a kept-both import', () => {
    const ws = { ...fixtureWorkspace(), name: longName(MAX_NAME_LENGTH) };
    expect(validateWorkspace({ ...ws, name: importedCopyName(ws.name) }).ok).toBe(true);
  });
});
