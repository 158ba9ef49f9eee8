import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../../shared/edits/applyEdit';
import type { Edit } from '../../../shared/edits/edit';
import type { Node, ProviderNode, Workspace } from '../../../shared/model/workspace';
import { validateWorkspace } from '../../../shared/schema/validateWorkspace';
import type { DraftOutcome } from '../../../renderer/src/inspector/DraftField';
import { fieldMessage } from '../../../renderer/src/inspector/fieldMessage';
import { nodePatchEdit } from '../../../shared/edits/nodePatch';
import {
  numberFieldDraft,
  optionalTextDraft,
  requiredTextDraft,
} from '../../../renderer/src/inspector/nodeDrafts';
import {
  parseNumberInput,
  parsePercentInput,
} from '../../../renderer/src/inspector/parseNumberInput';
import { dispatchEdit } from '../../../renderer/src/state/dispatchEdit';
import { useDocumentStore } from '../../../renderer/src/state/documentStore';
import { appEditor } from '../../../renderer/src/editor/appEditor';
import { everyFieldWorkspace } from '../persistence/fixtures';
import {
  FUZZ_TIMEOUT_MS,
  MEGABYTE_STRING,
  deepFreeze,
  expectReadableMessages,
  fuzzOptions,
  timed,
} from './fuzzInputs';

// Every inspector field kind, fed arbitrary typed text through the same draft functions and the
// same dry run (applyEdit) the fields use as the user types, then committed through dispatchEdit
// as Enter does. Text is either accepted with a finite, valid value or refused with a message;
// a refusal changes neither the document nor its undo history.

// The fixture with every kind of organisation and a local authority link.
const workspace: Workspace = deepFreeze(everyFieldWorkspace());
const scenario =
  workspace.scenarios.find(
    (s) => s.nodes.some((n) => n.kind === 'provider') && s.laOverlaps.length > 0,
  ) ?? workspace.scenarios[0];
if (!scenario) throw new Error('the sample has no scenario');
const sid = scenario.id;

interface FieldCase {
  readonly label: string;
  readonly node: Node | undefined;
  readonly field: string;
  readonly numeric: boolean;
  readonly toEdit: (text: string) => DraftOutcome;
}

const first = <K extends Node['kind']>(kind: K) =>
  scenario.nodes.find((n) => n.kind === kind) as Extract<Node, { kind: K }> | undefined;
const ccg = first('ccg');
const locality = first('locality');
const cluster = first('cluster');
const la = first('localAuthority');
const provider =
  scenario.nodes.find(
    (n): n is ProviderNode => n.kind === 'provider' && n.providerType !== 'csu',
  ) ?? first('provider');
const overlap = scenario.laOverlaps[0];

/** Each field as its inspector builds it (see CcgInspector, LocalityInspector, … LaLinksEditor). */
const FIELDS: readonly FieldCase[] = [
  ...(ccg
    ? [
        {
          label: 'CCG name',
          node: ccg,
          field: 'name',
          numeric: false,
          toEdit: requiredTextDraft(sid, ccg, 'name'),
        },
        {
          label: 'CCG ODS code',
          node: ccg,
          field: 'code',
          numeric: false,
          toEdit: optionalTextDraft(sid, ccg, 'code'),
        },
        {
          label: 'CCG population',
          node: ccg,
          field: 'population',
          numeric: true,
          toEdit: numberFieldDraft(sid, ccg, 'population', { optional: true }),
        },
      ]
    : []),
  ...(locality
    ? [
        {
          label: 'locality population',
          node: locality,
          field: 'population',
          numeric: true,
          toEdit: numberFieldDraft(sid, locality, 'population'),
        },
        {
          label: 'locality practices',
          node: locality,
          field: 'practices',
          numeric: true,
          toEdit: numberFieldDraft(sid, locality, 'practices', { optional: true, example: '12' }),
        },
      ]
    : []),
  ...(cluster
    ? [
        {
          label: 'cluster width',
          node: cluster,
          field: 'width',
          numeric: true,
          toEdit: numberFieldDraft(sid, cluster, 'width', { example: '720' }),
        },
      ]
    : []),
  ...(la
    ? [
        {
          label: 'LA type',
          node: la,
          field: 'laType',
          numeric: false,
          toEdit: optionalTextDraft(sid, la, 'laType'),
        },
        {
          label: 'LA population',
          node: la,
          field: 'population',
          numeric: true,
          toEdit: numberFieldDraft(sid, la, 'population'),
        },
      ]
    : []),
  ...(provider
    ? [
        {
          label: 'provider other customers',
          node: provider,
          field: 'otherCustomersPopulation',
          numeric: true,
          toEdit: numberFieldDraft(sid, provider, 'otherCustomersPopulation', {
            optional: true,
            example: '1,500,000',
          }),
        },
        {
          // ProviderInspector's price field: parseNumberInput, then the prices map.
          label: 'provider price',
          node: provider,
          field: 'prices',
          numeric: true,
          toEdit: (text: string): DraftOutcome => {
            const parsed = parseNumberInput(text, '£2.10');
            return parsed.ok
              ? { ok: true, edit: nodePatchEdit(sid, provider, { prices: { bi: parsed.value } }) }
              : parsed;
          },
        },
      ]
    : []),
  ...(overlap
    ? [
        {
          // LaLinksEditor's share field.
          label: 'LA share',
          node: undefined,
          field: 'share',
          numeric: true,
          toEdit: (text: string): DraftOutcome => {
            const parsed = parsePercentInput(text);
            return parsed.ok
              ? {
                  ok: true,
                  edit: {
                    type: 'setLaOverlap',
                    scenarioId: sid,
                    ccgId: overlap.ccgId,
                    laId: overlap.laId,
                    share: parsed.value,
                  },
                }
              : parsed;
          },
        },
      ]
    : []),
];

/** What people type, and what they paste by mistake. */
const typed: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.stringMatching(/^[-−£ ]{0,2}[0-9,. ]{0,14}%?$/),
  fc.integer({ min: 1, max: 400 }).map((n) => '9'.repeat(n)),
  fc.double().map(String),
  fc.constantFrom(
    '',
    ' ',
    '0',
    '-0',
    '−5',
    '£2.20',
    '1e5',
    '1e999',
    'NaN',
    'Infinity',
    '0x10',
    '٣',
    '12,,3',
    '.',
    '-',
    '£',
    '%',
    '100%',
    '100.0001%',
    '\u0000',
    MEGABYTE_STRING.slice(0, 600),
  ),
);

function valueOf(ws: Workspace, c: FieldCase): unknown {
  const s = ws.scenarios.find((x) => x.id === sid);
  if (!c.node)
    return s?.laOverlaps.find((o) => o.ccgId === overlap?.ccgId && o.laId === overlap?.laId)?.share;
  const n = s?.nodes.find((x) => x.id === c.node?.id) as Record<string, unknown> | undefined;
  return c.field === 'prices'
    ? (n?.prices as Record<string, unknown> | undefined)?.bi
    : n?.[c.field];
}

describe('inspector fields under fuzzing', { timeout: FUZZ_TIMEOUT_MS }, () => {
  it('covers every field kind', () => {
    expect(FIELDS.map((f) => f.label)).toHaveLength(11);
  });

  it('typed text is accepted with a finite valid value or refused with a message; the frozen document never changes', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIELDS), typed, (c, text) => {
        timed(c.label, () => {
          const draft = c.toEdit(text);
          if (!draft.ok) {
            expectReadableMessages([draft.message]);
            return;
          }
          if (!draft.edit) return;
          const result = applyEdit(workspace, draft.edit);
          if (!result.ok) {
            expectReadableMessages(result.errors);
            expectReadableMessages([fieldMessage(result.errors, c.field)]);
            return;
          }
          const value = valueOf(result.workspace, c);
          if (c.numeric && value !== undefined) expect(Number.isFinite(value)).toBe(true);
          expect(validateWorkspace(result.workspace).ok).toBe(true);
        });
      }),
      fuzzOptions(1500),
    );
  });

  it('committing through dispatchEdit: a refusal leaves the document and its undo history as they were', () => {
    void appEditor().open(workspace, { kind: 'library' });
    fc.assert(
      fc.property(fc.constantFrom(...FIELDS), typed, (c, text) => {
        const draft = c.toEdit(text);
        if (!draft.ok || !draft.edit) return;
        const before = useDocumentStore.getState().workspace;
        const steps = useDocumentStore.temporal.getState().pastStates.length;
        const result = dispatchEdit(draft.edit as Edit);
        if (!result.ok) {
          expect(useDocumentStore.getState().workspace).toBe(before);
          expect(useDocumentStore.temporal.getState().pastStates.length).toBe(steps);
        } else {
          expect(validateWorkspace(useDocumentStore.getState().workspace).ok).toBe(true);
        }
      }),
      fuzzOptions(400),
    );
  });

  it('the parsers give a finite number or a message, whatever is typed', () => {
    fc.assert(
      fc.property(typed, (text) => {
        for (const parsed of [parseNumberInput(text), parsePercentInput(text)]) {
          if (parsed.ok) expect(Number.isFinite(parsed.value)).toBe(true);
          else expectReadableMessages([parsed.message]);
        }
      }),
      fuzzOptions(1000),
    );
  });

  it('regression: a number too long to be finite is refused, not taken as Infinity', () => {
    expect(parseNumberInput('9'.repeat(400))).toEqual({
      ok: false,
      message: `“${'9'.repeat(17)}…” is too large: type a number such as 120,000`,
    });
  });
});
