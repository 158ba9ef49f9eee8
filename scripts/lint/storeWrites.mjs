// Writes to the editor's stores go through the editor (renderer/src/editor) or the store's own
// module (renderer/src/state); everywhere else a store is read-only, whether it is reached through
// `getState()` or through a hook's selector. Without types a lint rule cannot tell an action from a
// field, so reads are an allow-list of the stores' field names: `X.getState().<field>`,
// `const { <field> } = X.getState()` and `useXStore((s) => s.<field>…)` pass; any other member (an
// action, called, passed on or selected), the whole state bound to a name, handed to a function or
// returned by a hook, is refused. A slice's key (`toasts`, `workshop`…) is not a field: the slice
// holds its actions.

/** Fields of the document and session stores, their slices and the undo history: what may be read. */
export const readableStoreFields = [
  // document
  'workspace',
  'source',
  // undo history
  'pastStates',
  'futureStates',
  // session
  'scenarioId',
  'yearId',
  'selectedId',
  'selectedIds',
  'heldSelection',
  'viewport',
  'fitRequest',
  'notice',
  'clipboard',
  'minimapVisible',
  'shortcutsHelpOpen',
  'centreRequest',
  'cameraRequest',
  // slices: main view, toasts, rename request, palette status, library screen, save status,
  // Compare, workshop
  'view',
  'shown',
  'seq',
  'message',
  'isError',
  'n',
  'open',
  'problem',
  'status',
  'conflict',
  'lastSavedAt',
  'lastWriteMs',
  'error',
  'libraryVersion',
  'picked',
  'large',
  'sensitivityScenarioId',
  'sensitivityCcgId',
  'percent',
  'active',
  'slideIndex',
  'whatIfs',
  'presenterView',
  'whatIfsHidden',
  'liveCanvas',
];

/** The store hooks, by name: `useUiStore`, `useLibraryScreen`, `useSaveStatus`, zustand's `useStore`… */
const storeHook = '[callee.name=/^use\\w*(Store|Screen|Status|Request)$/]';
const selector = ':matches(ArrowFunctionExpression, FunctionExpression)';

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

const hookMessage =
  'Change the editor through its methods (useEditor()): outside editor/ and state/ a store hook selects a listed field (scripts/lint/storeWrites.mjs), never an action, a slice or the whole state.';

/**
 * `no-restricted-syntax` entries refusing a store action selected through a hook: a member of the
 * selector's state that is not a listed field (also inside an object or useShallow), a destructured
 * one, the whole state returned, or the hook called with no selector.
 */
export const hookWriteRestrictions = [
  {
    selector: `CallExpression${storeHook} ${selector} MemberExpression[object.type='Identifier'][property.name!=${reads}]`,
    message: hookMessage,
  },
  {
    selector: `CallExpression${storeHook} ${selector} > ObjectPattern > Property[key.name!=${reads}]`,
    message: hookMessage,
  },
  {
    selector: `CallExpression${storeHook} > ArrowFunctionExpression[body.type='Identifier'][params.0.type='Identifier']`,
    message: hookMessage,
  },
  { selector: `CallExpression${storeHook}[arguments.length=0]`, message: hookMessage },
];

/** Where the stores may be written directly: the editor and the stores' own modules. */
export const storeWriters = ['renderer/src/editor/**', 'renderer/src/state/**'];
