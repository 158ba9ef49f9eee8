/**
 * Bringing a `.ccgm` file into the app: validate it first (a broken file changes nothing), then
 * add it to the local library as a new workspace and open it. A file whose id is already saved
 * is never written over silently: the caller asks the user to keep both or replace, and a
 * replaced workspace's last saved version is kept in its History. Without a library (storage
 * refused, component tests) the file simply opens, as before the library existed.
 */
import { withSuffix } from '../../../shared/edits/suffixedName';
import type { Workspace } from '../../../shared/model/workspace';
import { parseWorkspaceText } from '../../../shared/schema/parseWorkspaceText';
import { useLibraryScreen } from '../state/libraryStore';
import { freshWorkspaceId, type PersistenceSession } from '../persistence/persistenceSession';
import { takeSnapshot } from '../persistence/snapshotRecords';
import { appEditor } from '../editor/appEditor';

/** A file read from disk (picked, dropped or handed over by the operating system). */
export interface TextFile {
  readonly fileName: string;
  readonly text: string;
}

/** What a file is, judged by its name, for drops and files the OS opens. */
export type ImportKind = 'workspace' | 'csv';

/** `.ccgm` (and `.json`, as the Open dialog accepts) is a workspace, `.csv` a practice list; else null. */
export function importKindOf(fileName: string): ImportKind | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.ccgm') || lower.endsWith('.json')) return 'workspace';
  if (lower.endsWith('.csv')) return 'csv';
  return null;
}

/** The sentence refusing a file of another kind, naming it. */
export function unsupportedFileMessage(fileName: string): string {
  return `“${fileName}” cannot be imported: only CCG Modeller workspaces (.ccgm) and practice lists (.csv) can.`;
}

/** The name a kept-both copy gets, so the two are told apart in the library (within the name limit). */
export function importedCopyName(name: string): string {
  return withSuffix(name, ' (imported)');
}

/** The label of the History version that keeps what a replace overwrote. */
export function replacedVersionLabel(fileName: string): string {
  return `Before replacing with “${fileName}”`;
}

export type WorkspaceImportPlan =
  | { readonly kind: 'invalid'; readonly fileName: string; readonly errors: readonly string[] }
  | {
      readonly kind: 'valid';
      readonly fileName: string;
      readonly workspace: Workspace;
      readonly migratedFrom?: number;
      /** What the file held that was ignored (a duplicate key, a "__proto__" price): it opens, the user is told. */
      readonly warnings: readonly string[];
      /** The saved workspace with the same id, if the library has one: ask before importing. */
      readonly conflict?: { readonly name: string };
    };

/** Validates a workspace file and says whether it collides with a saved workspace. Changes nothing. */
export async function planWorkspaceImport(
  session: PersistenceSession | null,
  file: TextFile,
): Promise<WorkspaceImportPlan> {
  const parsed = parseWorkspaceText(file.text);
  if (!parsed.ok) return { kind: 'invalid', fileName: file.fileName, errors: parsed.errors };
  const base = {
    kind: 'valid' as const,
    fileName: file.fileName,
    workspace: parsed.workspace,
    warnings: parsed.warnings,
    ...('migratedFrom' in parsed && parsed.migratedFrom !== undefined
      ? { migratedFrom: parsed.migratedFrom }
      : {}),
  };
  if (!session) return base;
  // Read the listing rather than trusting what the session has seen so far.
  const saved = (await session.listWorkspaces()).find((w) => w.id === parsed.workspace.id);
  return saved ? { ...base, conflict: { name: saved.name } } : base;
}

/** How to bring in a file whose id is already in the library. */
export type ConflictChoice = 'keep-both' | 'replace';

/**
 * Imports a validated workspace and opens it: a new library workspace, or (for a conflicting id)
 * a copy under a new id or a replacement of the saved one. Resolves with the workspace opened.
 */
export async function importWorkspace(
  session: PersistenceSession | null,
  plan: Extract<WorkspaceImportPlan, { kind: 'valid' }>,
  choice?: ConflictChoice,
  now: () => Date = () => new Date(),
): Promise<Workspace> {
  const { workspace, fileName } = plan;
  if (!session) return appEditor().open(workspace, { kind: 'file', fileName });
  let opened: Workspace;
  if (!plan.conflict) {
    opened = await session.createWorkspace(workspace);
  } else if (choice === 'replace') {
    opened = await replaceKeepingHistory(session, workspace, fileName, now);
  } else {
    opened = await session.createWorkspace({
      ...workspace,
      id: freshWorkspaceId(now()),
      name: importedCopyName(workspace.name),
    });
  }
  useLibraryScreen.getState().hide();
  return opened;
}

async function replaceKeepingHistory(
  session: PersistenceSession,
  workspace: Workspace,
  fileName: string,
  now: () => Date,
): Promise<Workspace> {
  // Pending edits of the saved workspace go to disk first, so the kept version has them and a
  // late autosave cannot write the old document over the imported one.
  if (session.openId() === workspace.id) await session.autosave.flush();
  const record = await session.db.workspaces.get(workspace.id);
  if (record) {
    // A checkpoint, not an automatic snapshot: automatic ones are pruned, this must stay findable.
    await takeSnapshot(session.db, record.document, {
      kind: 'checkpoint',
      label: replacedVersionLabel(fileName),
      takenAt: now().toISOString(),
    });
  }
  return session.replaceWorkspace(workspace);
}
