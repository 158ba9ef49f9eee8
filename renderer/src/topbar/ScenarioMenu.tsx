import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Workspace } from '../../../shared/model/workspace';
import { AssumptionsEditor, type EditorScope } from '../assumptions/AssumptionsEditor';
import { MenuButton, type MenuSection } from '../common/MenuButton';
import { RecommendDialog } from '../recommend/RecommendDialog';
import { undo } from '../state/dispatchEdit';
import { useDocumentStore } from '../state/documentStore';
import { useUiStore } from '../state/uiStore';
import { useCurrentScenario } from '../state/useCurrentScenario';
import { useRenameRequest } from './renameRequest';
import { useToastStore } from './toastStore';
import { branchScenario, deleteScenario, moveScenario, newScenario } from './scenarioCommands';
import { SCENARIO_SHORTCUTS, useScenarioShortcuts } from './useScenarioShortcuts';

/** The toast offering to undo a delete, and the document right after the delete. */
interface Deleted {
  readonly toastId: number;
  /** Once the document changes again, Undo would undo something else: the offer is withdrawn. */
  readonly after: Workspace;
}

/** `Alt+Shift+ArrowLeft` as a menu shows it. */
function shown(shortcut: string): string {
  return shortcut.replace('ArrowLeft', '←').replace('ArrowRight', '→');
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
  const requestRename = useRenameRequest((s) => s.request);
  const [editorScope, setEditorScope] = useState<EditorScope>('scenario');
  const [editorOpen, setEditorOpen] = useState(false);
  const [recommendOpen, setRecommendOpen] = useState(false);
  const [deleted, setDeleted] = useState<Deleted | null>(null);

  useScenarioShortcuts({ onRename: requestRename, onAssumptions: () => setEditorOpen(true), onRecommend: () => setRecommendOpen(true) });

  // The Undo offer lasts only while the delete is the last change made.
  useEffect(() => {
    if (!deleted || workspace === deleted.after) return;
    useToastStore.getState().dismiss(deleted.toastId);
    setDeleted(null);
  }, [workspace, deleted]);

  const onDelete = (): void => {
    const gone = deleteScenario();
    if (!gone) return;
    const toastId = useToastStore.getState().show({
      text: `Deleted scenario “${gone.name}”.`,
      sticky: true,
      action: {
        label: 'Undo',
        ariaLabel: `Undo deleting “${gone.name}”`,
        run: () => {
          undo();
          useUiStore.getState().selectScenario(gone.id);
          document.getElementById('scenario-select')?.focus();
        },
      },
    });
    setDeleted({ toastId, after: useDocumentStore.getState().workspace });
  };

  const item = (id: string, label: string, run: () => void, shortcut?: string, extra: { disabled?: boolean; description?: string } = {}) => ({
    id, label, run, ...extra,
    ...(shortcut ? { hint: shown(shortcut), keyShortcuts: shortcut } : {}),
  });
  const sections: MenuSection[] = [
    {
      id: 'make',
      items: [
        item('new', 'New', newScenario, SCENARIO_SHORTCUTS.newScenario, { description: 'A blank scenario after this one' }),
        item('branch', 'Branch (copy this scenario)', branchScenario, SCENARIO_SHORTCUTS.branch),
        item('rename', 'Rename', requestRename, SCENARIO_SHORTCUTS.rename),
      ],
    },
    {
      id: 'order',
      items: [
        item('earlier', 'Move scenario earlier', () => moveScenario(-1), SCENARIO_SHORTCUTS.earlier, { disabled: index <= 0 }),
        item('later', 'Move scenario later', () => moveScenario(1), SCENARIO_SHORTCUTS.later, { disabled: index >= count - 1 }),
        item('delete', 'Delete scenario', onDelete, undefined, {
          description: count === 1 ? 'The only scenario cannot be deleted' : 'Delete this scenario (you can undo)',
        }),
      ],
    },
    {
      id: 'figures',
      items: [
        item('assumptions', 'Assumptions…', () => setEditorOpen(true), SCENARIO_SHORTCUTS.assumptions),
        item('recommend', 'Recommend…', () => setRecommendOpen(true), SCENARIO_SHORTCUTS.recommend, {
          description: 'The cheapest configuration that keeps every CCG within its allowance',
        }),
      ],
    },
  ];

  return (
    <>
      <MenuButton label="Scenario" sections={sections} disabled={disabled} />
      {/* Dialogs in a portal: a modal must cover the whole window. */}
      {editorOpen && createPortal(
        <AssumptionsEditor scenarioId={scenario.id} scope={editorScope} onScopeChange={setEditorScope} onClose={() => setEditorOpen(false)} />,
        document.body,
      )}
      {recommendOpen && createPortal(<RecommendDialog onClose={() => setRecommendOpen(false)} />, document.body)}
    </>
  );
}
