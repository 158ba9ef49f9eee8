// Workspaces for the persistence tests: one that uses every optional field the format has, so a
// round trip or an upgrade that dropped anything would show, checked by the real validator.
import type { Workspace } from '../../../shared/model/workspace';
import { validateWorkspace } from '../../../shared/schema/validateWorkspace';
import { validDocument, type Loose } from '../schema/fixtures';

export function everyFieldWorkspace(
  id = 'ws-every-field',
  name = 'Northshire (every field)',
): Workspace {
  const doc: Loose = validDocument();
  doc.id = id;
  doc.name = name;
  doc.description = 'Every optional field of the format is set, so nothing can be lost quietly.';
  const scenario = doc.scenarios[0];
  scenario.notes = 'Notes for the finance lead.';
  scenario.assumptionOverrides = {
    years: [{ id: '2013-14', allowancePerHead: 35 }],
    core: { perHead: 7.5 },
    functions: [{ id: 'bi', costPerHead: 2.0 }],
    models: { csu: { margin: 0.06 } },
  };
  for (const node of scenario.nodes) {
    if (node.kind === 'ccg') node.code = `${node.id.toUpperCase()}1`;
    if (node.kind === 'locality') Object.assign(node, { x: 12, y: 34 });
    if (node.kind === 'localAuthority')
      Object.assign(node, { code: 'E10000001', laType: 'county' });
    if (node.kind === 'provider' && node.providerType === 'csu')
      node.otherCustomersPopulation = 1_200_000;
  }
  for (const a of scenario.arrangements) Object.assign(a, { x: 400, y: 250 });
  doc.scenarios.push({
    ...structuredClone(scenario),
    id: 'opt-c',
    name: 'Option C',
    notes: undefined,
  });
  delete doc.scenarios[1].notes;
  doc.slides = [
    {
      id: 'sl-1',
      title: 'Option B — North',
      scenarioId: 'opt-b',
      camera: { x: 400, y: 300, k: 1.25 },
      highlight: { kind: 'arrangement', id: 'north' },
      notes: 'Ask about risk sharing.',
      yearId: '2014-15',
    },
    {
      id: 'sl-2',
      title: 'B against C',
      scenarioId: 'opt-c',
      camera: { x: 0, y: 0, k: 0.5 },
      highlight: { kind: 'comparison', scenarioIds: ['opt-b', 'opt-c'] },
    },
  ];
  // Version 3: a programme function, an ONS-adjusted allowance population and a published allowance.
  doc.assumptions.functions = doc.assumptions.functions.map((f: Loose) =>
    f.id === 'chc' ? { ...f, runningCost: false } : f,
  );
  for (const s of doc.scenarios) {
    for (const node of s.nodes) {
      if (node.id === 'ashby') node.allowancePopulation = 118_500;
      if (node.id === 'bourne') node.allowances = { '2014-15': 3_300_000 };
    }
  }
  const checked = validateWorkspace(doc);
  if (!checked.ok)
    throw new Error(`Fixture is not a valid workspace:\n${checked.errors.join('\n')}`);
  return doc as Workspace;
}
