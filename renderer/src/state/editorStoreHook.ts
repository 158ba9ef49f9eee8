import { useContext } from 'react';
import { useStore, type StoreApi } from 'zustand';
import type { Editor } from '../editor/Editor';
import { EditorContext } from './editorContext';
import { slicePatch } from './sliceOf';

/** A store hook as components and commands use it: a selector hook, and the store outside React. */
export interface EditorStoreHook<S> {
  /** The whole state (re-renders on every change of it). */
  (): S;
  <T>(selector: (state: S) => T): T;
  getState(): S;
  subscribe(listener: (state: S, previous: S) => void): () => void;
}

/** A hook onto one slice of an editor's store; `setState` patches the window's (tests set up with it). */
export interface EditorSliceHook<S> extends EditorStoreHook<S> {
  setState(patch: Partial<S>): void;
}

const whole = <S>(state: S): S => state;

/**
 * A hook onto one of the editor's stores: in React, the store of the editor provided to the
 * component (EditorProvider), else the window's; outside React (commands, persistence), the
 * window's, which is the window's editor's.
 */
export function editorStoreHook<S>(
  storeOf: (editor: Editor) => StoreApi<S>,
  windowStore: () => StoreApi<S>,
): EditorStoreHook<S> {
  function useEditorStore(): S;
  function useEditorStore<T>(selector: (state: S) => T): T;
  function useEditorStore<T>(selector?: (state: S) => T): T | S {
    const editor = useContext(EditorContext);
    const store = editor ? storeOf(editor) : windowStore();
    const pick: (state: S) => T | S = selector ?? whole;
    return useStore(store, pick);
  }
  return Object.assign(useEditorStore, {
    getState: () => windowStore().getState(),
    subscribe: (listener: (state: S, previous: S) => void) => windowStore().subscribe(listener),
  });
}

/**
 * A hook onto the slice under `key` of one of the editor's stores, read the same way as
 * editorStoreHook's: the provided editor's in React, the window's outside it.
 */
export function editorSliceHook<S, K extends keyof S>(
  storeOf: (editor: Editor) => StoreApi<S>,
  windowStore: () => StoreApi<S>,
  key: K,
): EditorSliceHook<S[K]> {
  const useWhole = editorStoreHook(storeOf, windowStore);
  function useSlice(): S[K];
  function useSlice<T>(selector: (slice: S[K]) => T): T;
  function useSlice<T>(selector?: (slice: S[K]) => T): T | S[K] {
    return useWhole((state) => (selector ? selector(state[key]) : state[key]));
  }
  return Object.assign(useSlice, {
    getState: () => windowStore().getState()[key],
    setState: (patch: Partial<S[K]>) => windowStore().setState(slicePatch<S, K>(key, patch)),
    subscribe: (listener: (slice: S[K], previous: S[K]) => void) =>
      windowStore().subscribe((state, previous) => {
        if (state[key] !== previous[key]) listener(state[key], previous[key]);
      }),
  });
}
