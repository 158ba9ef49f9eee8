/**
 * A slice: one part of the editor's session store held under its own key, with its own actions,
 * so each part keeps its own names (a toast's `show` is not the library screen's `show`).
 * `set` patches only this slice; the rest of the session is untouched.
 */
export type SliceSet<S> = (patch: Partial<S> | ((slice: S) => Partial<S>)) => void;

/** A change to the store holding the slice under `key`, for zustand's `set`. */
export function slicePatch<T, K extends keyof T>(
  key: K,
  patch: Partial<T[K]> | ((slice: T[K]) => Partial<T[K]>),
): (store: T) => Partial<T> {
  return (store) => {
    const slice = store[key];
    const change = typeof patch === 'function' ? patch(slice) : patch;
    // TypeScript widens a computed key to `string`; this object holds exactly `key`.
    return { [key]: { ...slice, ...change } } as unknown as Partial<T>;
  };
}
