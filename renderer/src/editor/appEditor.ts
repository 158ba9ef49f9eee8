import { readRememberedView } from '../persistence/viewMemory';
import { windowDocumentStore } from '../state/documentStore';
import { windowUiStore } from '../state/uiStore';
import { Editor } from './Editor';

let editor: Editor | null = null;

/**
 * The window's editor, holding the window's stores (the hooks outside an EditorProvider read
 * them). main.tsx creates it first thing and provides it to React (EditorProvider); code outside
 * React (commands, persistence) reaches it here.
 */
export function appEditor(): Editor {
  editor ??= new Editor({
    document: windowDocumentStore(),
    ui: windowUiStore(),
    rememberedView: (workspace) => readRememberedView(workspace),
  });
  return editor;
}
