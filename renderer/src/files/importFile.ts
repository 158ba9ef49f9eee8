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
