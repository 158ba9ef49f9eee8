import { useContext, type ReactNode } from 'react';
import { EditorContext } from '../state/editorContext';
import type { Editor } from './Editor';
import { appEditor } from './appEditor';

/** Gives the components under it this editor (main.tsx gives the window's). */
export function EditorProvider({
  editor,
  children,
}: {
  readonly editor: Editor;
  readonly children: ReactNode;
}) {
  return <EditorContext.Provider value={editor}>{children}</EditorContext.Provider>;
}

/** The editor the component works in: the provided one, else the window's (component tests). */
export function useEditor(): Editor {
  return useContext(EditorContext) ?? appEditor();
}
