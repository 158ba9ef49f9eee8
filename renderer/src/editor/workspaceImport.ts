/**
 * Bringing a `.ccgm` file into the editor: validate it first (a broken file changes nothing), then
 * open it, through the library while one is attached. A file whose id is already saved is never
 * written over silently: the caller asks the user to keep both or replace, and a replaced
 * workspace's last saved version is kept in its History.
 */
import { withSuffix } from '../../../shared/edits/suffixedName';
import type { Workspace } from '../../../shared/model/workspace';
import { parseWorkspaceText } from '../../../shared/schema/parseWorkspaceText';

/** A file read from disk (picked, dropped or handed over by the operating system). */
export interface TextFile {
  readonly fileName: string;
  readonly text: string;
}

/** The name a kept-both copy gets, so the two are told apart in the library (within the name limit). */
export function importedCopyName(name: string): string {
  return withSuffix(name, ' (imported)');
}

/** The label of the History version that keeps what a replace overwrote. */
export function replacedVersionLabel(fileName: string): string {
  return `Before replacing with “${fileName}”`;
}

export type InvalidImport = {
  readonly kind: 'invalid';
  readonly fileName: string;
  readonly errors: readonly string[];
};

export type ValidImport = {
  readonly kind: 'valid';
  readonly fileName: string;
  readonly workspace: Workspace;
  readonly migratedFrom?: number;
  /** What the file held that was ignored (a duplicate key, a "__proto__" price): it opens, the user is told. */
  readonly warnings: readonly string[];
  /** The saved workspace with the same id, if the library has one: ask before importing. */
  readonly conflict?: { readonly name: string };
};

export type WorkspaceImportPlan = InvalidImport | ValidImport;

/** How to bring in a file whose id is already in the library. */
export type ConflictChoice = 'keep-both' | 'replace';

/**
 * Validates a workspace file and says whether it collides with a saved workspace (`savedName`
 * names the saved workspace with an id, if any). Changes nothing.
 */
export async function planWorkspaceImport(
  file: TextFile,
  savedName: ((id: string) => Promise<string | undefined>) | null,
): Promise<WorkspaceImportPlan> {
  const parsed = parseWorkspaceText(file.text);
  if (!parsed.ok) return { kind: 'invalid', fileName: file.fileName, errors: parsed.errors };
  const base: ValidImport = {
    kind: 'valid',
    fileName: file.fileName,
    workspace: parsed.workspace,
    warnings: parsed.warnings,
    ...('migratedFrom' in parsed && parsed.migratedFrom !== undefined
      ? { migratedFrom: parsed.migratedFrom }
      : {}),
  };
  const saved = savedName ? await savedName(parsed.workspace.id) : undefined;
  return saved === undefined ? base : { ...base, conflict: { name: saved } };
}

/** The one-line notice refusing a broken file: its name and its first problem. */
export function refusedImportNotice(plan: InvalidImport): string {
  const [first] = plan.errors;
  const more = plan.errors.length > 1 ? ` (and ${plan.errors.length - 1} more problems)` : '';
  return `Could not open “${plan.fileName}”; nothing was changed: ${first ?? 'it is not a workspace'}${more}.`;
}
