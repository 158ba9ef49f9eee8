import { createContext } from 'react';
import type { Editor } from '../editor/Editor';

/** The editor components work in (EditorProvider gives it); null: the window's. */
export const EditorContext = createContext<Editor | null>(null);
