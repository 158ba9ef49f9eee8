import { readRememberedView } from '../persistence/viewMemory';
import { useDocumentStore } from '../state/documentStore';
import { useMainViewStore } from '../state/mainViewStore';
import { useUiStore } from '../state/uiStore';
import { Editor } from './Editor';

let editor: Editor | null = null;

/**
 * The window's editor, over the window's stores. main.tsx creates it first thing and provides it
 * to React (EditorProvider); code outside React (commands, persistence) reaches it here.
 */
export function appEditor(): Editor {
  editor ??= new Editor({
    document: useDocumentStore,
    ui: useUiStore,
    mainView: useMainViewStore,
    rememberedView: (workspace) => readRememberedView(workspace),
  });
  return editor;
}
