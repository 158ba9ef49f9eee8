// Writes to the editor's stores go through the editor (renderer/src/editor) or the store's own
// module (renderer/src/state); everywhere else a store reached through `getState()` is read-only.
// Without types a lint rule cannot tell an action from a field, so reads are an allow-list of the
// stores' field names: `X.getState().<field>` and `const { <field> } = X.getState()` pass; any
// other member (an action, called or passed on), binding the whole state to a name, or handing it
// to a function is refused.

/** Fields of the document and session stores (and their slices) that may be read via getState(). */
export const readableStoreFields = [
  'workspace',
  'source',
  'scenarioId',
  'yearId',
  'selectedId',
  'selectedIds',
  'viewport',
  'notice',
  'clipboard',
  'open',
  'active',
  'view',
  'error',
  'picked',
];

const reads = `/^(${readableStoreFields.join('|')})$/`;
const getState = "[callee.type='MemberExpression'][callee.property.name='getState']";
const message =
  'Change the editor through its methods (useEditor() or appEditor()): outside editor/ and state/ a store reached by getState() is read-only — read a listed field (scripts/lint/storeWrites.mjs), never an action.';

/** `no-restricted-syntax` entries refusing a store write through getState(). */
export const storeWriteRestrictions = [
  {
    selector: `MemberExpression[object.type='CallExpression'][object.callee.property.name='getState'][property.name!=${reads}]`,
    message,
  },
  {
    selector: `VariableDeclarator[id.type='Identifier'] > CallExpression.init${getState}`,
    message,
  },
  { selector: `CallExpression > CallExpression${getState}`, message },
  {
    selector: `VariableDeclarator:has(> CallExpression.init${getState}) > ObjectPattern > Property[key.name!=${reads}]`,
    message,
  },
];

/** Where the stores may be written directly: the editor and the stores' own modules. */
export const storeWriters = ['renderer/src/editor/**', 'renderer/src/state/**'];
