import { describe, expect, it } from 'vitest';
import { validateWorkspace } from '../../../shared/schema/validateWorkspace';
import { parseWorkspaceText } from '../../../shared/schema/parseWorkspaceText';
import { validDocument, type Loose } from './fixtures';

function errorsOf(doc: Loose): readonly string[] {
  const result = validateWorkspace(doc);
  if (result.ok) throw new Error('expected the document to be rejected');
  return result.errors;
}

const arrangement = (doc: Loose, id: string) =>
  doc.scenarios[0].arrangements.find((a: Loose) => a.id === id);
const node = (doc: Loose, id: string) => doc.scenarios[0].nodes.find((n: Loose) => n.id === id);

describe('validateWorkspace: a valid file', () => {
  it('accepts a workspace using every node kind and arrangement model', () => {
    const result = validateWorkspace(validDocument());
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('does not change the document it validates', () => {
    const doc = validDocument();
    const before = JSON.stringify(doc);
    validateWorkspace(doc);
    expect(JSON.stringify(doc)).toBe(before);
  });
});

describe('validateWorkspace: unknown references', () => {
  it('names the arrangement and the missing member, as the spec example does', () => {
    const doc = validDocument();
    arrangement(doc, 'north').members.push('ccg-9');
    expect(errorsOf(doc)).toContain(
      'scenario "Option B" › arrangement "North shared service": member "ccg-9" does not exist',
    );
  });

  it('reports a locality whose CCG is missing', () => {
    const doc = validDocument();
    node(doc, 'b-n').ccgId = 'nowhere';
    expect(errorsOf(doc)).toContain(
      'scenario "Option B" › locality "Bourne North": ccgId: CCG "nowhere" does not exist',
    );
  });

  it('reports a CCG pointing at something that is not a cluster', () => {
    const doc = validDocument();
    node(doc, 'ashby').clusterId = 'la';
    expect(errorsOf(doc)).toContain(
      'scenario "Option B" › CCG "Ashby CCG": clusterId: cluster "la" is a local authority ("Northshire County Council"), not a cluster',
    );
  });

  it('reports local authority links to missing CCGs and authorities', () => {
    const doc = validDocument();
    doc.scenarios[0].laOverlaps.push({ ccgId: 'ghost', laId: 'nope', share: 0.5 });
    const errors = errorsOf(doc);
    expect(errors).toContain(
      'scenario "Option B" › local authority link "ghost" → "nope": ccgId: CCG "ghost" does not exist',
    );
    expect(errors).toContain(
      'scenario "Option B" › local authority link "ghost" → "nope": laId: local authority "nope" does not exist',
    );
  });

  it('reports a host, local authority and provider that do not exist', () => {
    const doc = validDocument();
    arrangement(doc, 'host').hostCcgId = 'x1';
    arrangement(doc, 'la-p').laId = 'x2';
    arrangement(doc, 'csu-c').providerId = 'x3';
    const errors = errorsOf(doc);
    expect(errors).toContain(
      'scenario "Option B" › arrangement "Ashby hosted BI": hostCcgId: host CCG "x1" does not exist',
    );
    expect(errors).toContain(
      'scenario "Option B" › arrangement "Northshire partnership": laId: local authority "x2" does not exist',
    );
    expect(errors).toContain(
      'scenario "Option B" › arrangement "CSU contract": providerId: provider "x3" does not exist',
    );
  });

  it('reports functions that do not exist, in arrangements, prices and overrides', () => {
    const doc = validDocument();
    arrangement(doc, 'north').functions.push('payroll');
    node(doc, 'acme').prices.astrology = 3;
    doc.scenarios[0].assumptionOverrides = { functions: [{ id: 'telepathy', costPerHead: 1 }] };
    const errors = errorsOf(doc);
    expect(errors).toContain(
      'scenario "Option B" › arrangement "North shared service": function "payroll" does not exist',
    );
    expect(errors).toContain(
      'scenario "Option B" › provider "Acme Support Ltd": prices.astrology: function "astrology" does not exist',
    );
    expect(errors).toContain(
      'scenario "Option B" › assumption overrides: functions: function "telepathy" does not exist in the workspace assumptions',
    );
  });

  it('requires the host, local authority or provider each model names', () => {
    const doc = validDocument();
    delete arrangement(doc, 'host').hostCcgId;
    delete arrangement(doc, 'la-p').laId;
    delete arrangement(doc, 'ext-c').providerId;
    const errors = errorsOf(doc);
    expect(errors).toContain(
      'scenario "Option B" › arrangement "Ashby hosted BI": hostCcgId: is missing: a host-ccg arrangement must name its host CCG',
    );
    expect(errors).toContain(
      'scenario "Option B" › arrangement "Northshire partnership": laId: is missing: a la-partnership arrangement must name its local authority',
    );
    expect(errors).toContain(
      'scenario "Option B" › arrangement "Acme finance": providerId: is missing: a external arrangement must name its provider',
    );
  });
});

describe('validateWorkspace: provider types', () => {
  it('refuses a csu arrangement naming a non-CSU provider', () => {
    const doc = validDocument();
    arrangement(doc, 'csu-c').providerId = 'acme';
    expect(errorsOf(doc)).toContain(
      'scenario "Option B" › arrangement "CSU contract": providerId: a csu arrangement must name a CSU, but "Acme Support Ltd" is a private provider',
    );
  });

  it('refuses an external arrangement naming a CSU', () => {
    const doc = validDocument();
    arrangement(doc, 'ext-c').providerId = 'csu';
    expect(errorsOf(doc)[0]).toMatch(
      /arrangement "Acme finance": providerId: an external arrangement must name a private, social enterprise or third-sector provider, but "Northern CSU" is a CSU/,
    );
  });

  it('refuses fields a model does not use, so nothing is silently ignored', () => {
    const doc = validDocument();
    arrangement(doc, 'north').providerId = 'csu';
    arrangement(doc, 'la-p').allocation = 'equal';
    const errors = errorsOf(doc);
    expect(errors).toContain(
      'scenario "Option B" › arrangement "North shared service": providerId: is only used by csu and external arrangements; remove it or change the model',
    );
    expect(errors).toContain(
      'scenario "Option B" › arrangement "Northshire partnership": allocation: only shared-service and host-ccg arrangements choose an allocation basis',
    );
  });
});

describe('validateWorkspace: coverage', () => {
  it('refuses a (CCG, function) pair covered by two arrangements', () => {
    const doc = validDocument();
    arrangement(doc, 'csu-c').functions.push('hr');
    expect(errorsOf(doc)).toContain(
      'scenario "Option B" › arrangement "CSU contract": CCG "Ashby CCG" already gets HR & organisational development from arrangement "North shared service"; a CCG\'s function can be covered by only one arrangement',
    );
  });

  it('counts the host of a host-ccg arrangement as a member for coverage', () => {
    const doc = validDocument();
    // Ashby hosts BI for Bourne, so Ashby itself gets BI from the host arrangement already.
    doc.scenarios[0].arrangements.push({
      id: 'bi2',
      name: 'Ashby BI via CSU',
      model: 'csu',
      providerId: 'csu',
      members: ['ashby'],
      functions: ['bi'],
    });
    expect(errorsOf(doc).join('\n')).toMatch(
      /arrangement "Ashby BI via CSU": CCG "Ashby CCG" already gets Business intelligence & population data from arrangement "Ashby hosted BI"/,
    );
  });

  it('refuses an arrangement with no members or no functions, and duplicates within one', () => {
    const doc = validDocument();
    arrangement(doc, 'north').members = [];
    arrangement(doc, 'csu-c').functions = [];
    arrangement(doc, 'la-p').members = ['ashby', 'ashby'];
    const errors = errorsOf(doc);
    expect(errors).toContain(
      'scenario "Option B" › arrangement "CSU contract": functions: must cover at least one support function',
    );
    // Structure is checked first, so fix that and look again.
    arrangement(doc, 'csu-c').functions = ['contracting'];
    const again = errorsOf(doc);
    expect(again).toContain(
      'scenario "Option B" › arrangement "North shared service": members: must include at least one CCG',
    );
    expect(again).toContain(
      'scenario "Option B" › arrangement "Northshire partnership": member "ashby" is listed twice',
    );
  });
});

describe('validateWorkspace: populations and shares', () => {
  it.each([
    [0, 'must be a positive number of people'],
    [-5, 'must be a positive number of people'],
    ['120000', 'must be a number, not text "120000"'],
  ])('refuses a CCG population of %s', (value, message) => {
    const doc = validDocument();
    node(doc, 'ashby').population = value;
    expect(errorsOf(doc)).toEqual([
      `scenario "Option B" › CCG "Ashby CCG": population: ${message}`,
    ]);
  });

  it('refuses non-finite populations (a JSON-less caller can pass Infinity or NaN)', () => {
    for (const bad of [Infinity, NaN]) {
      const doc = validDocument();
      node(doc, 'b-s').population = bad;
      expect(errorsOf(doc).join('\n')).toMatch(/locality "Bourne South": population: /);
    }
  });

  it('refuses a CCG with neither population nor localities: a validation error, not a zero', () => {
    const doc = validDocument();
    delete node(doc, 'ashby').population;
    expect(errorsOf(doc)).toEqual([
      'scenario "Option B" › CCG "Ashby CCG": population: is missing: a CCG needs a population or at least one locality',
    ]);
  });

  it('refuses a local authority share outside 0..1', () => {
    for (const share of [-0.1, 1.2]) {
      const doc = validDocument();
      doc.scenarios[0].laOverlaps[0].share = share;
      expect(errorsOf(doc)).toEqual([
        'scenario "Option B" › local authority link "ashby" → "la": share: must be between 0 and 1 (a share of the CCG\'s population)',
      ]);
    }
  });

  it('refuses CCG links that place more people in a council than it has (beyond 1%), naming the council and the count', () => {
    // Ashby 90% of 120,000 = 108,000 and Bourne 100% of 60,000 + 70,000 = 130,000: 238,000 people.
    const within = validDocument();
    within.scenarios[0].nodes[5].population = 236_000; // 238,000 ≤ 236,000 × 1.01 = 238,360
    expect(validateWorkspace(within).ok).toBe(true);
    const over = validDocument();
    over.scenarios[0].nodes[5].population = 235_000; // 238,000 > 235,000 × 1.01 = 237,350
    expect(errorsOf(over)).toEqual([
      'scenario "Option B" › local authority "Northshire County Council": the CCGs\' overlaps put 238,000 people in it, more than its population of 235,000',
    ]);
  });

  it('refuses shares of one CCG adding up to more than the whole', () => {
    const doc = validDocument();
    doc.scenarios[0].nodes.push({
      kind: 'localAuthority',
      id: 'la2',
      name: 'Eastshire Council',
      population: 200000,
      x: 0,
      y: 0,
    });
    doc.scenarios[0].laOverlaps.push({ ccgId: 'ashby', laId: 'la2', share: 0.3 });
    expect(errorsOf(doc)).toEqual([
      'scenario "Option B" › CCG "Ashby CCG": laOverlaps: the shares of its population in local authorities add up to 120%, more than 100%',
    ]);
  });
});

describe('validateWorkspace: duplicate ids', () => {
  it('refuses two organisations with one id in a scenario', () => {
    const doc = validDocument();
    node(doc, 'la').id = 'ashby';
    expect(errorsOf(doc)).toContain(
      'scenario "Option B" › local authority "Northshire County Council": id: "ashby" is used by another organisation in this scenario',
    );
  });

  it('refuses duplicate scenario, arrangement and function ids', () => {
    const doc = validDocument();
    doc.scenarios.push({ ...structuredClone(doc.scenarios[0]), name: 'Option C' });
    arrangement(doc, 'host').id = 'north';
    doc.assumptions.functions[1].id = 'bi';
    const errors = errorsOf(doc);
    expect(errors).toContain('scenario "Option C": id: "opt-b" is used by another scenario');
    expect(errors).toContain(
      'scenario "Option B" › arrangement "Ashby hosted BI": id: "north" is used by another arrangement',
    );
    expect(errors).toContain('assumptions › function #2: id: "bi" is used by another function');
  });

  it('refuses an arrangement sharing an id with an organisation (flags name either by id)', () => {
    const doc = validDocument();
    arrangement(doc, 'north').id = 'csu';
    expect(errorsOf(doc)).toContain(
      'scenario "Option B" › arrangement "North shared service": id: "csu" is also the id of an organisation in this scenario',
    );
  });
});

describe('validateWorkspace: structure and assumptions', () => {
  it('reports wrong types, missing fields and unknown fields with their place', () => {
    const doc = validDocument();
    node(doc, 'ashby').federated = 'yes';
    delete node(doc, 'la').name;
    node(doc, 'csu').colour = 'blue';
    const errors = errorsOf(doc);
    expect(errors).toContain(
      'scenario "Option B" › CCG "Ashby CCG": federated: must be true or false, not text "yes"',
    );
    expect(errors).toContain('scenario "Option B" › local authority "la": name: is missing');
    expect(errors).toContain(
      'scenario "Option B" › provider "Northern CSU": unknown field "colour" (not part of file format version 4)',
    );
  });

  it('reports an unknown node kind and an unknown arrangement model', () => {
    const doc = validDocument();
    node(doc, 'la').kind = 'hospital';
    arrangement(doc, 'north').model = 'merger';
    const errors = errorsOf(doc);
    expect(errors).toContain(
      'scenario "Option B" › node "Northshire County Council": kind: kind must be one of cluster, ccg, locality, localAuthority, provider, not text "hospital"',
    );
    expect(errors).toContain(
      'scenario "Option B" › arrangement "North shared service": model: must be "shared-service" or "host-ccg" or "la-partnership" or "csu" or "external", not text "merger"',
    );
  });

  it('refuses a workspace without scenarios and a bad timestamp', () => {
    const doc = validDocument();
    doc.scenarios = [];
    doc.updatedAt = 'yesterday';
    const errors = errorsOf(doc);
    expect(errors).toContain('scenarios: must contain at least one scenario');
    expect(errors).toContain(
      'updatedAt: must be an ISO 8601 date and time such as "2012-03-01T09:00:00Z", not text "yesterday"',
    );
  });

  it('refuses assumptions outside their valid range, in the workspace and in overrides', () => {
    const doc = validDocument();
    doc.assumptions.years[0].allowancePerHead = 0;
    doc.assumptions.functions[0].costPerHead = -1;
    doc.scenarios[0].assumptionOverrides = { models: { external: { contractYears: 0 } } };
    const errors = errorsOf(doc);
    expect(errors).toContain(
      'assumptions: years.2013-14.allowancePerHead: 2013/14: running cost allowance per head must be 5 or more and at most 60, not 0',
    );
    expect(errors).toContain(
      'assumptions: functions.bi.costPerHead: Business intelligence & population data: £ per head at the reference population must be 0 or more and at most 1000, not -1',
    );
    expect(errors).toContain(
      'scenario "Option B" › assumption overrides: models.external.contractYears: External provider: contract length must be more than 0 and at most 50, not 0',
    );
  });

  it('refuses things that are not workspaces at all', () => {
    expect(errorsOf(null)).toEqual([
      'file: expected a workspace object ({ "format": "ccg-modeller/workspace", … })',
    ]);
    expect(errorsOf([1, 2])).toEqual([
      'file: expected a workspace object ({ "format": "ccg-modeller/workspace", … })',
    ]);
    expect(errorsOf({ format: 'excel' })[0]).toBe(
      'file: format must be "ccg-modeller/workspace", not "excel"; this is not a CCG Modeller workspace',
    );
  });
});

describe('parseWorkspaceText', () => {
  it('round-trips a valid document through JSON text', () => {
    const result = parseWorkspaceText(JSON.stringify(validDocument(), null, 2));
    expect(result.ok).toBe(true);
  });

  it('accepts a byte-order mark', () => {
    expect(parseWorkspaceText('\uFEFF' + JSON.stringify(validDocument())).ok).toBe(true);
  });

  it('says where broken JSON breaks', () => {
    // The second comma on line 3 is the 16th character of that line.
    const result = parseWorkspaceText(
      '{\n  "format": "ccg-modeller/workspace",\n  "version": 1,,\n}',
    );
    expect(result.ok ? [] : result.errors).toEqual([
      expect.stringMatching(/^file: not valid JSON: .* at line 3, column 16$/),
    ]);
  });

  it('says an empty file is empty', () => {
    expect(parseWorkspaceText('   ')).toEqual({
      ok: false,
      errors: ['file: is empty; a workspace file is JSON text'],
      warnings: [],
    });
  });

  it('caps a hopeless file at a readable number of messages', () => {
    const doc = validDocument();
    for (let i = 0; i < 500; i++) doc.scenarios[0].arrangements[0].members.push(`ghost-${i}`);
    const errors = errorsOf(doc);
    expect(errors.length).toBe(201);
    expect(errors[200]).toMatch(/^…and \d+ more problems$/);
  });
});

describe('validateWorkspace: slides (format version 2)', () => {
  const withSlide = (extra: Loose) => {
    const doc = validDocument();
    doc.slides = [
      {
        id: 'sl',
        title: 'Option B — North',
        scenarioId: 'opt-b',
        camera: { x: 0, y: 0, k: 1 },
        ...extra,
      },
    ];
    return doc;
  };

  it('accepts slides that point at what exists', () => {
    const doc = withSlide({
      highlight: { kind: 'arrangement', id: 'north' },
      notes: 'Risk sharing',
    });
    const result = validateWorkspace(doc);
    expect(result.ok && result.workspace.slides).toEqual(doc.slides);
  });

  it('names the slide and what it points at when a reference is missing', () => {
    expect(errorsOf(withSlide({ scenarioId: 's-9' }))).toEqual([
      'slide "Option B — North": scenario "s-9" does not exist',
    ]);
    expect(errorsOf(withSlide({ highlight: { kind: 'ccg', id: 'ccg-9' } }))).toEqual([
      'slide "Option B — North": highlight: CCG "ccg-9" does not exist in scenario "Option B"',
    ]);
    expect(errorsOf(withSlide({ highlight: { kind: 'ccg', id: 'la' } }))).toEqual([
      'slide "Option B — North": highlight: CCG "la" does not exist in scenario "Option B"',
    ]);
    expect(
      errorsOf(withSlide({ highlight: { kind: 'comparison', scenarioIds: ['opt-b', 'opt-z'] } })),
    ).toEqual(['slide "Option B — North": highlight: compared scenario "opt-z" does not exist']);
  });

  it('reports a malformed slide where it is', () => {
    const errors = errorsOf(withSlide({ camera: { x: 0, y: 'up', k: 1 }, colour: 'red' }));
    expect(errors).toContain('slide "Option B — North": camera.y: must be a number, not text "up"');
    expect(errors).toContain(
      'slide "Option B — North": unknown field "colour" (not part of file format version 4)',
    );
    expect(
      errorsOf(withSlide({ highlight: { kind: 'comparison', scenarioIds: ['opt-b'] } })),
    ).toEqual([
      'slide "Option B — North": highlight.scenarioIds: must name at least two scenarios to compare',
    ]);
  });
});
