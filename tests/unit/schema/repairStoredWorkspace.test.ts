import { describe, expect, it } from 'vitest';
import { repairStoredWorkspace } from '../../../shared/schema/repairStoredWorkspace';
import { validateWorkspace } from '../../../shared/schema/validateWorkspace';
import { validDocument } from './fixtures';

const long = (n: number): string =>
  'Northshire '
    .repeat(Math.ceil(n / 11))
    .slice(0, n)
    .trimEnd()
    .padEnd(n, 'x');

describe('repairStoredWorkspace', () => {
  // 499 characters fit before the ellipsis; the last space within them is after 45 words (494).
  it('shortens every over-long name and slide title, saying where, and the result validates', () => {
    const doc = validDocument();
    doc.name = long(700);
    doc.scenarios[0].arrangements[0].name = long(501);
    doc.slides = [
      { id: 'sl-1', title: long(520), scenarioId: 'opt-b', camera: { x: 0, y: 0, k: 1 } },
    ];
    expect(validateWorkspace(doc).ok).toBe(false);
    const before = JSON.stringify(doc);

    const { document, repairs } = repairStoredWorkspace(doc);
    expect(repairs).toEqual([
      'workspace: name: shortened from 700 to 495 characters',
      'scenario "Option B" › arrangement "Northshire Northshire Northshire Northshire Northshire Northshire Northshire …": name: shortened from 501 to 495 characters',
      'slide "Northshire Northshire Northshire Northshire Northshire Northshire Northshire …": title: shortened from 520 to 495 characters',
    ]);
    expect(validateWorkspace(document).ok).toBe(true);
    // The stored document is left exactly as it was (it may still be exported as it is).
    expect(JSON.stringify(doc)).toBe(before);
  });

  it('repairs nothing in a document without over-long names, and hands it back as it is', () => {
    const doc = validDocument();
    doc.scenarios[0].nodes[1].population = -5;
    const outcome = repairStoredWorkspace(doc);
    expect(outcome.repairs).toEqual([]);
    expect(outcome.document).toBe(doc);
    expect(repairStoredWorkspace('not a workspace').repairs).toEqual([]);
  });
});
