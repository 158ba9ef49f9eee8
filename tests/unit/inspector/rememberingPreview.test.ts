import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../../shared/model/workspace';
import { fourSmallCcgsSample } from '../../../shared/samples/fourSmallCcgsSample';
import { rememberingPreview } from '../../../renderer/src/inspector/previewEdit';

const sample = fourSmallCcgsSample();
const scenario = sample.scenarios[0];
const ccg = scenario?.nodes.find((n) => n.kind === 'ccg');
if (!scenario || !ccg) throw new Error('The sample has no scenario with a CCG.');
const rename = (name: string) =>
  ({ type: 'updateNode', scenarioId: scenario.id, id: ccg.id, patch: { name } }) as const;

describe('previewing a field’s edit', () => {
  it('tries an edit once per document: Enter after typing reuses the keystroke’s try', () => {
    let document: Workspace = sample;
    const preview = rememberingPreview(() => document);
    const typed = preview(rename('Corby North'));
    expect(typed.ok).toBe(true);
    // The same edit (a new but equal object) on the same document: the same outcome, not a new try.
    expect(preview(rename('Corby North'))).toBe(typed);
    // The document changed meanwhile (an undo, another window's edit): tried again against it.
    document = { ...sample };
    const again = preview(rename('Corby North'));
    expect(again).not.toBe(typed);
    expect(again.ok && again.workspace.scenarios[0]?.nodes.find((n) => n.id === ccg.id)?.name).toBe(
      'Corby North',
    );
  });

  it('tells a different edit apart, and still refuses one the document cannot take', () => {
    const preview = rememberingPreview(() => sample);
    const ok = preview(rename('Corby North'));
    const refused = preview(rename(''));
    expect(ok.ok).toBe(true);
    expect(refused.ok).toBe(false);
    expect(preview(rename('Corby North'))).not.toBe(refused);
  });
});
