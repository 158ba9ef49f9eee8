/**
 * Names made by adding a suffix to another name ("(copy)", "(imported)", "(my copy)"). A name at
 * or near the length limit would otherwise be pushed past it: such a document saves, but fails
 * validation when it is read back, so it could no longer be opened.
 */
import { MAX_NAME_LENGTH } from '../schema/workspaceSchema';

/** Marks where a name was shortened to make room for its suffix. */
const ELLIPSIS = '…';

/** A shortened name should keep at least this share of the room when cut at a word boundary. */
const MIN_WORD_CUT_SHARE = 0.6;

/**
 * `name` followed by `suffix` (which brings its own leading space), never longer than `max`
 * characters (UTF-16 units, as the schema counts). When it would be, the name is cut — at the
 * last space if that keeps most of it, else mid-word — and ends with "…" before the suffix.
 */
export function withSuffix(name: string, suffix: string, max: number = MAX_NAME_LENGTH): string {
  const base = name.trim();
  if (base.length + suffix.length <= max) return `${base}${suffix}`;
  const room = max - suffix.length - ELLIPSIS.length;
  if (room <= 0) return suffix.trim().slice(0, max);
  let cut = base.slice(0, room);
  // A word boundary: the cut falls on a space, or there is one late enough in what is kept.
  const nextIsSpace = /\s/.test(base.charAt(room));
  if (!nextIsSpace) {
    const lastSpace = cut.search(/\s\S*$/);
    if (lastSpace >= room * MIN_WORD_CUT_SHARE) cut = cut.slice(0, lastSpace);
  }
  // Never leave half of a surrogate pair (an emoji, say) at the end.
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}${ELLIPSIS}${suffix}`;
}
