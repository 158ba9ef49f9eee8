/**
 * File names for exports: "Northshire – Option B results.csv". Built only from characters every
 * file system accepts (the bridge refuses the others in a suggested name).
 */

/** `text` without characters Windows, macOS or Linux forbid in a file name, trimmed to `max`. */
export function safeFileNamePart(text: string, max = 80): string {
  return [...text]
    .filter((ch) => ch.charCodeAt(0) >= 0x20 && !'\\/:*?"<>|'.includes(ch))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, max)
    .replace(/[. ]+$/, '');
}

/**
 * "<workspace> – <scenario> <what>.<extension>", or "<workspace> <what>.<extension>" without a
 * scenario; "export" when nothing usable is left.
 */
export function exportFileName(parts: { readonly workspace: string; readonly scenario?: string; readonly what: string; readonly extension: string }): string {
  const workspace = safeFileNamePart(parts.workspace, 80);
  const scenario = parts.scenario !== undefined ? safeFileNamePart(parts.scenario, 60) : '';
  const what = safeFileNamePart(parts.what, 40);
  const head = [workspace, scenario].filter(Boolean).join(' – ');
  const base = [head, what].filter(Boolean).join(' ') || 'export';
  return `${base}.${parts.extension}`;
}
