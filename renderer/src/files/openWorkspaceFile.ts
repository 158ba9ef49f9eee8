import type { Bridge } from '../../../shared/ipc/bridge';
import { parseWorkspaceText } from '../../../shared/schema/parseWorkspaceText';
import { loadWorkspace } from '../state/loadWorkspace';

export type OpenOutcome =
  | { readonly kind: 'canceled' }
  | { readonly kind: 'opened'; readonly fileName: string; readonly migratedFrom?: number }
  | { readonly kind: 'failed'; readonly fileName?: string; readonly errors: readonly string[] };

/**
 * Asks for a `.ccgm` file and opens it. A file that fails validation changes nothing: the
 * outcome carries every located error for the dialog to list.
 */
export async function openWorkspaceFile(bridge: Bridge): Promise<OpenOutcome> {
  const picked = await bridge.openTextFile({ kind: 'workspace' });
  if (picked.canceled) return { kind: 'canceled' };
  if ('error' in picked) return { kind: 'failed', errors: [picked.error] };
  const parsed = parseWorkspaceText(picked.text);
  if (!parsed.ok) return { kind: 'failed', fileName: picked.fileName, errors: parsed.errors };
  loadWorkspace(parsed.workspace, { kind: 'file', fileName: picked.fileName });
  return 'migratedFrom' in parsed && parsed.migratedFrom !== undefined
    ? { kind: 'opened', fileName: picked.fileName, migratedFrom: parsed.migratedFrom }
    : { kind: 'opened', fileName: picked.fileName };
}
