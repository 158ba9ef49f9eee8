/**
 * Control characters made visible for a terminal. A name holding ESC or a C1 control could
 * otherwise move the cursor, erase lines or plant a hyperlink (OSC 8) in the CLI's output; shown
 * as `\x1b` or `\u009b` it is harmless and still tells the reader what is in the file.
 */

// eslint-disable-next-line no-control-regex -- finding control characters is this module's job
const CONTROLS = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g;
// eslint-disable-next-line no-control-regex -- as above, with the newline left alone
const CONTROLS_BUT_NEWLINE = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029]/g;

function visible(ch: string): string {
  const code = ch.charCodeAt(0);
  // C0 and DEL in the short form every shell user knows; C1 and the Unicode line and paragraph
  // separators as \u escapes, which JSON reads back as the same character.
  return code < 0x80
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * `text` with every C0 control (newline too), DEL, C1 control and U+2028/U+2029 written as an
 * escape: for one cell or name, which never needs a line break.
 */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, visible);
}

/**
 * The same for whole lines of output: newlines are kept (they end the lines), everything else
 * escaped. Applied to JSON text it leaves valid JSON, since JSON.stringify already writes C0
 * controls inside strings as \u escapes and the \u escapes written here mean the same characters.
 */
export function escapeControlsKeepingNewlines(text: string): string {
  return text.replace(CONTROLS_BUT_NEWLINE, visible);
}
