import { describe, expect, it } from 'vitest';
import { findSample } from '../../shared/samples';
import { rememberedView } from '../../renderer/src/persistence/viewMemory';

// What is remembered of where the user was is checked against the workspace that opens: only a
// scenario and year it still has are restored, and anything unreadable restores nothing.

const sample = findSample('four-small-ccgs');
if (!sample) throw new Error('sample missing');
const workspace = sample.create();
const second = workspace.scenarios[1];
if (!second) throw new Error('sample changed');

describe('rememberedView', () => {
  it('restores a scenario, year and view the workspace still has', () => {
    const text = JSON.stringify({ scenarioId: second.id, yearId: '2014-15', view: 'matrix' });
    expect(rememberedView(workspace, text)).toEqual({
      scenarioId: second.id,
      yearId: '2014-15',
      view: 'matrix',
    });
  });

  it('drops a scenario or year that no longer exists, keeping the view', () => {
    expect(
      rememberedView(
        workspace,
        JSON.stringify({ scenarioId: 'gone', yearId: '2014-15', view: 'compare' }),
      ),
    ).toEqual({ view: 'compare' });
    expect(
      rememberedView(
        workspace,
        JSON.stringify({ scenarioId: second.id, yearId: '2030-31', view: 'canvas' }),
      ),
    ).toEqual({ scenarioId: second.id, view: 'canvas' });
  });

  it('restores nothing from missing, broken or unexpected text', () => {
    expect(rememberedView(workspace, null)).toEqual({});
    expect(rememberedView(workspace, '{not json')).toEqual({});
    expect(
      rememberedView(
        workspace,
        JSON.stringify({ scenarioId: second.id, yearId: null, view: 'slides' }),
      ),
    ).toEqual({});
    expect(rememberedView(workspace, JSON.stringify(['matrix']))).toEqual({});
  });
});
