import { describe, expect, it, vi } from 'vitest';
import { applyEdit } from '../../../shared/edits/applyEdit';
import type { Workspace } from '../../../shared/model/workspace';
import { englandSample } from '../../../shared/samples/england/englandSample';
import { parseReusingRecords } from '../../../shared/schema/parsedRecords';
import { acceptedReusingRecords, validateWorkspace } from '../../../shared/schema/validateWorkspace';
import { nodeSchema, workspaceSchema } from '../../../shared/schema/workspaceSchema';
import { validDocument, type Loose } from './fixtures';

describe('parseReusingRecords: the schema\'s answer, reusing records parsed before', () => {
  it('gives what workspaceSchema gives, names trimmed and defaults filled', () => {
    const doc: Loose = validDocument();
    doc.scenarios[0].nodes[1].name = '  Ashby CCG  ';
    delete doc.assumptions.functions[0].runningCost;
    expect(parseReusingRecords(doc)).toEqual(workspaceSchema.parse(doc));
  });

  it('refuses a new record that breaks its schema, though its neighbours were parsed before', () => {
    const doc: Loose = validDocument();
    expect(parseReusingRecords(doc)).toBeDefined();
    const broken = { ...doc, scenarios: [{ ...doc.scenarios[0], nodes: [...doc.scenarios[0].nodes, { kind: 'ccg', id: 'x', name: 'X', federated: false, x: 0, y: Number.NaN }] }] };
    expect(parseReusingRecords(broken)).toBeUndefined();
  });

  it('refuses a change to the scenario\'s own fields or the assumptions', () => {
    const doc: Loose = validDocument();
    expect(parseReusingRecords({ ...doc, scenarios: [{ ...doc.scenarios[0], name: '' }] })).toBeUndefined();
    expect(parseReusingRecords({ ...doc, assumptions: { ...doc.assumptions, amberMargin: 'high' } })).toBeUndefined();
  });
});

describe('acceptedReusingRecords agrees with validateWorkspace', () => {
  const cases: readonly [string, (doc: Loose) => void][] = [
    ['a valid document', () => {}],
    ['a locality of a CCG that does not exist (a reference)', (d) => { d.scenarios[0].nodes[3].ccgId = 'nowhere'; }],
    ['a negative population (structure)', (d) => { d.scenarios[0].nodes[1].population = -1; }],
    ['a CCG\'s function covered twice (coverage)', (d) => { d.scenarios[0].arrangements.push({ ...d.scenarios[0].arrangements[0], id: 'again', name: 'Again' }); }],
    ['an override of a year that is not planned', (d) => { d.scenarios[0].assumptionOverrides = { years: [{ id: '2099-00', costIndex: 1 }] }; }],
  ];
  it.each(cases)('%s', (_, breakIt) => {
    const doc: Loose = validDocument();
    breakIt(doc);
    expect(acceptedReusingRecords(doc as Workspace)).toBe(validateWorkspace(doc).ok);
  });
});

describe('an accepted edit at England scale', () => {
  it('parses only the organisation it changed', () => {
    const checked = validateWorkspace(englandSample());
    if (!checked.ok) throw new Error(checked.errors.join('\n'));
    const ws = checked.workspace;
    const scenario = ws.scenarios[0];
    const ccg = scenario?.nodes.find((n) => n.kind === 'ccg');
    if (!scenario || !ccg) throw new Error('England has no CCG');
    const parsed = vi.spyOn(nodeSchema, 'safeParse');
    try {
      const result = applyEdit(ws, { type: 'updateNode', scenarioId: scenario.id, id: ccg.id, patch: { name: `${ccg.name} North` } });
      expect(result.ok).toBe(true);
      expect(parsed).toHaveBeenCalledTimes(1);
      // A second edit re-parses the CCG it changes, and nothing else.
      if (!result.ok) return;
      applyEdit(result.workspace, { type: 'updateNode', scenarioId: scenario.id, id: ccg.id, patch: { name: ccg.name } });
      expect(parsed).toHaveBeenCalledTimes(2);
    } finally {
      parsed.mockRestore();
    }
  });
});
