import { useContext } from 'react';
import { useStore, type StoreApi } from 'zustand';
import type { Editor } from '../editor/Editor';
import { EditorContext } from './editorContext';

/** A store hook as components and commands use it: a selector hook, and the store outside React. */
export interface EditorStoreHook<S> {
  <T>(selector: (state: S) => T): T;
  getState(): S;
  subscribe(listener: (state: S, previous: S) => void): () => void;
}

/**
 * A hook onto one of the editor's stores: in React, the store of the editor provided to the
 * component (EditorProvider), else the window's; outside React (commands, persistence), the
 * window's, which is the window's editor's.
 */
export function editorStoreHook<S>(
  storeOf: (editor: Editor) => StoreApi<S>,
  windowStore: () => StoreApi<S>,
): EditorStoreHook<S> {
  function useEditorStore<T>(selector: (state: S) => T): T {
    const editor = useContext(EditorContext);
    return useStore(editor ? storeOf(editor) : windowStore(), selector);
  }
  return Object.assign(useEditorStore, {
    getState: () => windowStore().getState(),
    subscribe: (listener: (state: S, previous: S) => void) => windowStore().subscribe(listener),
  });
}
