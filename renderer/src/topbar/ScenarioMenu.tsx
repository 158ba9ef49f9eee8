import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Workspace } from '../../../shared/model/workspace';
import { AssumptionsEditor, type EditorScope } from '../assumptions/AssumptionsEditor';
import { MenuButton, type MenuSection } from '../common/MenuButton';
import { useCommandHandlers } from '../commands/commandHandlers';
import { ariaKeys, keyLabel } from '../commands/keys';
import { command } from '../commands/registry';
import { RecommendDialog } from '../recommend/RecommendDialog';
import { undo } from '../state/dispatchEdit';
import { useDocumentStore } from '../state/documentStore';
import { useCurrentScenario } from '../state/useCurrentScenario';
import { branchScenario, deleteScenario, moveScenario, newScenario } from './scenarioCommands';
import { appEditor } from '../editor/appEditor';
import { useEditor } from '../editor/EditorContext';

/** The toast offering to undo a delete, and the document right after the delete. */
interface Deleted {
  readonly toastId: number;
  /** Once the document changes again, Undo would undo something else: the offer is withdrawn. */
  readonly after: Workspace;
}

/**
 * "Scenario ▾" in the app bar: new, branch, rename, move, delete, assumptions and Recommend, each
 * with its Alt+Shift shortcut (which works without opening the menu). A delete is said in a toast
 * with Undo, offered while the delete is still the last change.
 */
export function ScenarioMenu({ disabled = false }: { readonly disabled?: boolean }) {
  const workspace = useDocumentStore((s) => s.workspace);
  const scenario = useCurrentScenario();
  const index = workspace.scenarios.findIndex((s) => s.id === scenario.id);
  const count = workspace.scenarios.length;
  const editor = useEditor();
  const requestRename = (): void => editor.requestRename();
  const [editorScope, setEditorScope] = useState<EditorScope>('scenario');
  const [editorOpen, setEditorOpen] = useState(false);
  const [recommendOpen, setRecommendOpen] = useState(false);
  const [deleted, setDeleted] = useState<Deleted | null>(null);

  // The menu's commands, with their Alt+Shift keys, while it shows (not in the library or workshop mode).
  const openAssumptions = (): void => setEditorOpen(true);
  const openRecommend = (): void => setRecommendOpen(true);

  // The Undo offer lasts only while the delete is the last change made.
  useEffect(() => {
    if (!deleted || workspace === deleted.after) return;
    appEditor().dismissToast(deleted.toastId);
    setDeleted(null);
  }, [workspace, deleted]);

  const onDelete = (): void => {
    const gone = deleteScenario();
    if (!gone) return;
    const toastId = appEditor().toast({
      text: `Deleted scenario “${gone.name}”.`,
      sticky: true,
      action: {
        label: 'Undo',
        ariaLabel: `Undo deleting “${gone.name}”`,
        run: () => {
          undo();
          appEditor().showScenario(gone.id);
          document.getElementById('scenario-select')?.focus();
        },
      },
    });
    setDeleted({ toastId, after: useDocumentStore.getState().workspace });
  };

  useCommandHandlers({
    newScenario,
    branchScenario,
    renameScenario: requestRename,
    moveScenario,
    deleteScenario: onDelete,
    showAssumptions: openAssumptions,
    recommend: openRecommend,
  });

  // Label and shortcut from the command registry, so the menu says what the keys do.
  const item = (
    id: string,
    commandId: string,
    run: () => void,
    extra: { disabled?: boolean; description?: string } = {},
  ) => {
    const { label, keys } = command(commandId);
    return {
      id,
      label,
      run,
      ...extra,
      ...(keys.length > 0
        ? { hint: keys.map((k) => keyLabel(k)).join(' or '), keyShortcuts: ariaKeys(keys) }
        : {}),
    };
  };
  const sections: MenuSection[] = [
    {
      id: 'make',
      items: [
        item('new', 'new-scenario', newScenario, {
          description: 'A blank scenario after this one',
        }),
        item('branch', 'branch-scenario', branchScenario),
        item('rename', 'rename-scenario', requestRename),
      ],
    },
    {
      id: 'order',
      items: [
        item('earlier', 'scenario-earlier', () => moveScenario(-1), { disabled: index <= 0 }),
        item('later', 'scenario-later', () => moveScenario(1), { disabled: index >= count - 1 }),
        item('delete', 'delete-scenario', onDelete, {
          description:
            count === 1
              ? 'The only scenario cannot be deleted'
              : 'Delete this scenario (you can undo)',
        }),
      ],
    },
    {
      id: 'figures',
      items: [
        item('assumptions', 'assumptions', openAssumptions),
        item('recommend', 'recommend', openRecommend, {
          description: 'The cheapest configuration that keeps every CCG within its allowance',
        }),
      ],
    },
  ];

  return (
    <>
      <MenuButton label="Scenario" sections={sections} disabled={disabled} />
      {/* Dialogs in a portal: a modal must cover the whole window. */}
      {editorOpen &&
        createPortal(
          <AssumptionsEditor
            scenarioId={scenario.id}
            scope={editorScope}
            onScopeChange={setEditorScope}
            onClose={() => setEditorOpen(false)}
          />,
          document.body,
        )}
      {recommendOpen &&
        createPortal(<RecommendDialog onClose={() => setRecommendOpen(false)} />, document.body)}
    </>
  );
}
