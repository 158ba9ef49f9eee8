import { DEFAULT_SAMPLE_ID, SAMPLES, findSample } from '../../../shared/samples';
import type { PersistenceSession } from './persistenceSession';

export type LaunchOutcome =
  /** The most recently changed workspace is open. */
  | { readonly kind: 'opened'; readonly id: string }
  /** The library was empty (a first start): the default sample was saved into it and opened. */
  | { readonly kind: 'first-start'; readonly id: string }
  /** The most recent workspace failed validation: nothing is open; show these and the library. */
  | {
      readonly kind: 'invalid';
      readonly id: string;
      readonly name: string;
      readonly errors: readonly string[];
    }
  /**
   * The last opening of the most recent workspace never reached the editor (the window hung or
   * was killed while drawing it): it is not reopened by itself, so the app cannot hang on every
   * start. Nothing is open; show the library, saying so.
   */
  | { readonly kind: 'not-reopened'; readonly id: string; readonly name: string };

/**
 * What the window opens on: the most recently changed saved workspace, validated, unless its
 * last opening never finished; on the very first start (an empty library) the default sample,
 * saved so that it is there next time.
 */
export async function openOnLaunch(session: PersistenceSession): Promise<LaunchOutcome> {
  // Also tells the session every id in the library, so nothing opened later can overwrite one.
  const [id] = await session.workspaceIds();
  if (id === undefined) {
    // A new user opens on a working model (DESIGN.md §6).
    const sample = findSample(DEFAULT_SAMPLE_ID) ?? SAMPLES[0];
    if (!sample) throw new Error('No sample workspaces are built in.');
    const saved = await session.createWorkspace(sample.create());
    return { kind: 'first-start', id: saved.id };
  }
  const unfinished = session.openings.unfinished(id);
  if (unfinished) {
    const summary = (await session.listWorkspaces()).find((w) => w.id === id);
    return { kind: 'not-reopened', id, name: summary?.name ?? unfinished.name };
  }
  const opened = await session.openWorkspace(id);
  if (opened.ok) return { kind: 'opened', id };
  const summary = (await session.listWorkspaces()).find((w) => w.id === id);
  return { kind: 'invalid', id, name: summary?.name ?? id, errors: opened.errors };
}
